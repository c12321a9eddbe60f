"""« À propos d’Agora »: the version and what Agora is for, in plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agora import __version__
from ui.widgets.message_box import show_info


def about_text() -> str:
    """What « À propos d’Agora » says."""
    return QCoreApplication.translate(
        "about",
        "Agora {version}\n\n"
        "Animation de forums de transition territoriale, hors ligne : temps entre pairs, "
        "Agora, consensus et dissensus entre catégories d’acteurs.\n\n"
        "Logiciel libre sous licence AGPL-3.0 ou ultérieure.",
    ).format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    """Show the version and what Agora is for."""
    show_info(parent, QCoreApplication.translate("about", "À propos d’Agora"), about_text())
