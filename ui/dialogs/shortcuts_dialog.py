"""Aide ▸ Raccourcis clavier (F1) : every key of the start screen, the desk, the board, the Agora and
the projector, in one window that can stay open; a button opens the user guide (Maj+F1)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

#: The keys of each screen: (keys, what they do), French source; context « ShortcutsDialog ».
BOARD = (
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
)
DESK = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Z / Ctrl+Maj+Z"), QT_TRANSLATE_NOOP("ShortcutsDialog", "annuler / rétablir (aussi Ctrl+Y)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Page préc. / suiv."), QT_TRANSLATE_NOOP("ShortcutsDialog", "temps précédent / suivant du programme")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F5"), QT_TRANSLATE_NOOP("ShortcutsDialog", "projeter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F6"), QT_TRANSLATE_NOOP("ShortcutsDialog", "revenir à la saisie")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+E"), QT_TRANSLATE_NOOP("ShortcutsDialog", "exporter le forum")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+W"), QT_TRANSLATE_NOOP("ShortcutsDialog", "fermer le forum")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Q"), QT_TRANSLATE_NOOP("ShortcutsDialog", "quitter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F1"), QT_TRANSLATE_NOOP("ShortcutsDialog", "cette liste des raccourcis")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Maj+F1"), QT_TRANSLATE_NOOP("ShortcutsDialog", "le guide d’utilisation")),
)
AGORA = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutsDialog", "écrire un nouvel énoncé")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+N"), QT_TRANSLATE_NOOP("ShortcutsDialog", "des énoncés depuis les cartes")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+↓ / Alt+↑"), QT_TRANSLATE_NOOP("ShortcutsDialog", "énoncé suivant / précédent")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+M"), QT_TRANSLATE_NOOP("ShortcutsDialog", "main levée : saisir les totaux")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+I"), QT_TRANSLATE_NOOP("ShortcutsDialog", "positions individuelles (puis 1 … 5 ; 0 : ne se prononce pas)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+1, Ctrl+2…"), QT_TRANSLATE_NOOP("ShortcutsDialog", "onglets des tableaux et des listes")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+L"), QT_TRANSLATE_NOOP("ShortcutsDialog", "choisir le libellé à la main")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+P"), QT_TRANSLATE_NOOP("ShortcutsDialog", "paramètres de la méthode")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl++ / Ctrl+- / Ctrl+0"), QT_TRANSLATE_NOOP("ShortcutsDialog", "texte plus grand / plus petit / normal")),
)
START = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutsDialog", "nouveau forum")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+O"), QT_TRANSLATE_NOOP("ShortcutsDialog", "ouvrir le forum choisi")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+D"), QT_TRANSLATE_NOOP("ShortcutsDialog", "dupliquer le forum choisi")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+I"), QT_TRANSLATE_NOOP("ShortcutsDialog", "importer un forum ou un lot")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+E"), QT_TRANSLATE_NOOP("ShortcutsDialog", "exporter le forum choisi")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F5"), QT_TRANSLATE_NOOP("ShortcutsDialog", "actualiser la liste")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Q"), QT_TRANSLATE_NOOP("ShortcutsDialog", "quitter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F1 / Maj+F1"), QT_TRANSLATE_NOOP("ShortcutsDialog", "cette liste / le guide d’utilisation")),
)
PROJECTOR = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F11"), QT_TRANSLATE_NOOP("ShortcutsDialog", "plein écran ou fenêtre")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Échap"), QT_TRANSLATE_NOOP("ShortcutsDialog", "quitter le plein écran")),
)

#: The sheet's sections, in order: (title, keys).
SECTIONS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tableau d’un temps entre pairs"), BOARD),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Toute la fenêtre du forum"), DESK),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Page de l’Agora"), AGORA),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Fenêtre de départ (la bibliothèque)"), START),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Vue projetée"), PROJECTOR),
)
#: Every (keys, what they do) of the sheet, all sections together.
SHORTCUTS = tuple(entry for _title, entries in SECTIONS for entry in entries)


def shortcuts_text() -> str:
    """The list, one shortcut per line, under the title of each screen."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ShortcutsDialog", text)

    blocks = [
        "\n".join([tr(title), *(f"  {tr(keys):<26}{tr(text)}" for keys, text in entries)])
        for title, entries in SECTIONS
    ]
    return "\n\n".join(blocks)


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
        self.guide_button = buttons.addButton(self.tr("Guide d’utilisation (Maj+F1)"), QDialogButtonBox.ButtonRole.HelpRole)
        self.guide_button.clicked.connect(self.open_guide)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def open_guide(self) -> None:
        """The full user guide, in its own window."""
        from ui.help.help_window import show_guide  # inline: the guide loads only when asked

        show_guide()
