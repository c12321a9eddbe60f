"""Aide ▸ Raccourcis clavier : every key of the desk, in one window that can stay open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

#: (keys, what they do), French source; context « ShortcutsDialog ».
SHORTCUTS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Entrée"), QT_TRANSLATE_NOOP("ShortcutsDialog", "ajouter la carte tapée")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+1 … Alt+5"), QT_TRANSLATE_NOOP("ShortcutsDialog", "type de carte : contrainte, attente, engagement, apprentissage, récit")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+E / A / T / S"), QT_TRANSLATE_NOOP("ShortcutsDialog", "attente envers les élu·e·s, les agents, l’État, les acteurs socio-économiques")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+→ / Alt+←"), QT_TRANSLATE_NOOP("ShortcutsDialog", "catégorie visée suivante / précédente")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "↑ / Échap"), QT_TRANSLATE_NOOP("ShortcutsDialog", "aller aux cartes / revenir à la saisie")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "← / →"), QT_TRANSLATE_NOOP("ShortcutsDialog", "colonne voisine (dans les cartes)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F2"), QT_TRANSLATE_NOOP("ShortcutsDialog", "modifier la carte (Entrée garde, Échap annule)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Suppr"), QT_TRANSLATE_NOOP("ShortcutsDialog", "supprimer les cartes choisies")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+M"), QT_TRANSLATE_NOOP("ShortcutsDialog", "fusionner les cartes choisies")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+↑ / ↓"), QT_TRANSLATE_NOOP("ShortcutsDialog", "monter / descendre la carte")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+← / →"), QT_TRANSLATE_NOOP("ShortcutsDialog", "déplacer vers la colonne voisine")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+1 … 4"), QT_TRANSLATE_NOOP("ShortcutsDialog", "associer un principe directeur (Ctrl+Maj+0 : aucun)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+T"), QT_TRANSLATE_NOOP("ShortcutsDialog", "donner un thème aux cartes choisies")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F"), QT_TRANSLATE_NOOP("ShortcutsDialog", "rechercher et filtrer")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Z / Ctrl+Maj+Z"), QT_TRANSLATE_NOOP("ShortcutsDialog", "annuler / rétablir")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Page préc. / suiv."), QT_TRANSLATE_NOOP("ShortcutsDialog", "temps précédent / suivant du programme")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F5"), QT_TRANSLATE_NOOP("ShortcutsDialog", "projeter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F6"), QT_TRANSLATE_NOOP("ShortcutsDialog", "revenir à la saisie")),
)


def shortcuts_text() -> str:
    """The list, one shortcut per line."""
    return "\n".join(
        f"{QCoreApplication.translate('ShortcutsDialog', keys):<26}{QCoreApplication.translate('ShortcutsDialog', text)}"
        for keys, text in SHORTCUTS
    )


class ShortcutsDialog(QDialog):
    """A read-only list of the keys; not modal, so it can stay beside the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.setModal(False)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setPlainText(shortcuts_text())
        text.setAccessibleName(self.tr("Liste des raccourcis clavier"))
        font = text.font()
        font.setStyleHint(font.StyleHint.Monospace)
        font.setFamily("monospace")
        text.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(760, 480)
