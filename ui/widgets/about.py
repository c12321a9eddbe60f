"""« À propos d’Agora »: the version, what Agora is for, and the licences of what it ships.

Plain text only. The box names the fonts and the reference texts Agora carries; the full
licence texts of the fonts (resources/fonts/LICENSE-*.txt) are in its « Détails » part.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from agora import __version__
from agora.paths import resource

#: The font licence files shipped in resources/fonts, in the order the details show them.
FONT_LICENCES = ("LICENSE-DejaVu.txt", "LICENSE-Symbola.txt")


def about_text() -> str:
    """What « À propos d’Agora » says."""
    return QCoreApplication.translate(
        "about",
        "Agora {version}\n"
        "Agora — animation de forums\n\n"
        "Animation de forums de transition territoriale, hors ligne : temps entre pairs, "
        "Agora, consensus et dissensus entre catégories d’acteurs.\n\n"
        "Logiciel libre sous licence AGPL-3.0 ou ultérieure.\n\n"
        "Polices embarquées (écran et documents imprimés) :\n"
        "• DejaVu Sans 2.37 — licence Bitstream Vera / DejaVu (modifications DejaVu dans le "
        "domaine public) ;\n"
        "• Symbola 2.60, de George Douros — libre pour tout usage (licence de l’auteur).\n\n"
        "Textes de référence cités (questions, principes directeurs, typologies) :\n"
        "• « Impulser des dynamiques collectives dans les territoires », table ronde du "
        "9 avril 2021 ;\n"
        "• « Coopérer entre collectivités et acteurs de l’ESS au service d’une transition "
        "systémique », J. Perdrigeat et C. Coubard (Fabrique des transitions).\n\n"
        "Icônes : créées pour Agora, sous la licence du logiciel.\n\n"
        "Le texte complet des licences des polices est dans « Détails ».",
    ).format(version=__version__)


def licence_details() -> str:
    """The full licence texts of the bundled fonts, read from resources/fonts."""
    parts = []
    for name in FONT_LICENCES:
        path = resource("fonts", name)
        try:
            body = path.read_text(encoding="utf-8")
        except OSError:
            body = QCoreApplication.translate("about", "(fichier introuvable : {name})").format(name=name)
        parts.append(f"===== {name} =====\n\n{body.strip()}\n")
    return "\n".join(parts)


def about_box(parent: QWidget | None) -> QMessageBox:
    """The « À propos » box, built but not shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("about", "À propos d’Agora"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text())
    box.setDetailedText(licence_details())
    return box


def show_about(parent: QWidget | None) -> None:
    """Show the version, what Agora is for and the licences of what it ships."""
    about_box(parent).exec()
