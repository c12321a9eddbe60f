"""The quiet save indicator of the status bar, and the red banner that cannot be missed.

« Enregistré » and « Enregistrement… » stay small and grey: saving is the normal case. When a
write fails, the indicator turns into a red « NON ENREGISTRÉ — <raison> » and a red banner
above the page repeats it with « Réessayer »; both stay until the failed writes have been
saved (RELIABILITY.md §1.4, durability window).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.desk.save_tracker import SaveTracker
from ui.forum_context import SaveState
from ui.widgets.plain_label import plain_label

_RED = "#B3261E"


class SaveIndicator(QLabel):
    """The status bar's « Enregistré » / « Enregistrement… » / « NON ENREGISTRÉ — … »."""

    def __init__(self, tracker: SaveTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("État de l’enregistrement"))
        tracker.state_changed.connect(self.show_state)
        self.show_state(tracker.state, tracker.message)

    def show_state(self, state: SaveState, message: str) -> None:
        """Show ``state`` (with the French reason when it failed)."""
        if state == SaveState.FAILED:
            self.setText(self.tr("NON ENREGISTRÉ — {reason}").format(reason=message))
            self.setStyleSheet(f"color: white; background-color: {_RED}; font-weight: bold; padding: 2px 6px;")
        else:
            self.setText(self.tr("Enregistrement…") if state == SaveState.SAVING else self.tr("Enregistré"))
            self.setStyleSheet("color: palette(window-text); padding: 2px 6px;")


class FailureBanner(QFrame):
    """A red band above the page while something is not saved, with « Réessayer »."""

    #: « Réessayer » was clicked.
    retry_clicked = Signal()

    def __init__(self, tracker: SaveTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureBanner")
        self.setStyleSheet(
            f"#failureBanner {{ background-color: {_RED}; border-radius: 4px; }}"
            " #failureBanner QLabel { color: white; font-weight: bold; }"
        )
        self.message = plain_label(self.tr("Raison de l’échec de l’enregistrement"))
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Réessayer"))
        self.retry_button.setAccessibleName(self.tr("Réessayer d’enregistrer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self.retry_clicked)
        self.retry_clicked.connect(tracker.retry)
        tracker.state_changed.connect(self.show_state)
        self.show_state(tracker.state, tracker.message)

    def show_state(self, state: SaveState, message: str) -> None:
        """Visible only while something failed to save."""
        if state == SaveState.FAILED:
            self.message.setText(
                self.tr("NON ENREGISTRÉ — {reason} Le texte saisi est conservé : corrigez la cause puis « Réessayer ».").format(
                    reason=message
                )
            )
            self.show()
        else:
            self.hide()
