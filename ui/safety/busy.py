"""A busy indicator for long explicit actions (restore, USB export, PDF building).

The work itself runs on a pool thread; this window-modal progress dialog only tells the
facilitator that something is under way, so the desk stays responsive and repaints.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def busy_dialog(parent: QWidget | None, title: str, text: str) -> QProgressDialog:
    """Show an indeterminate progress dialog over ``parent``; the caller closes it (``done``)."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # the work cannot be interrupted halfway (it is atomic)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.show()
    return dialog


def done(dialog: QProgressDialog | None) -> None:
    """Close and forget a busy dialog."""
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
