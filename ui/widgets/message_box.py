"""Messages to the facilitator outside capture: errors, confirmations, results, in plain text.

Never used while cards are being captured (the board reports through its banner instead): these
are for explicit actions of the start screen and the menus (import, export, duplicate…).
Tests replace ``QMessageBox.exec``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and titles
    box.setText(text)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A warning that names what failed and why."""
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A plain report of what an action did."""
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def confirm(parent: QWidget | None, title: str, text: str, accept: str) -> bool:
    """Ask before an action that cannot be taken back; True when the facilitator agrees."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("message_box", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes
