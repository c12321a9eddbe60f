"""The Agora screen of one session (being built: shows the statements for now)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agora.services.reads import SessionRead
from ui.forum_context import ForumContext


class AgoraView(QWidget):
    """One Agora session in the desk. Writes only through ``context.write``."""

    def __init__(self, context: ForumContext, session: SessionRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session
        title = QLabel(session.title, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
