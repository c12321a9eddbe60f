"""The projector window (being built: shows the current session's title for now)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.forum_context import ForumContext


class ProjectorWindow(QWidget):
    """What the room sees. Follows ``context.current_session_changed``; nothing is editable."""

    def __init__(self, context: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setWindowTitle(self.tr("Agora — projection"))
        self._title = QLabel(self)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
