"""What was typed in a capture bar and not yet sent, kept on disk until it is.

A card lives only in the bar until Entrée (RELIABILITY.md §1.4, the durability window). Sending
a half-typed card after a pause would put words in a participant's mouth; instead the bar's
text is kept as a draft in the interface settings a moment after the last key, and when the
forum closes. The next time the board opens, the draft is back in the bar.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ui.widgets.settings import app_settings

#: Delay between the last key and the draft being written (ms).
DRAFT_DELAY_MS = 400
_GROUP = "drafts"


def draft_key(forum_path: Path, session_id: str) -> str:
    """The settings key of one board's draft (a copy of the forum has its own drafts)."""
    digest = hashlib.sha1(f"{forum_path.resolve()}|{session_id}".encode()).hexdigest()[:20]
    return f"{_GROUP}/{digest}"


def load_draft(forum_path: Path, session_id: str) -> str:
    """The draft kept for this board ("" if none)."""
    return str(app_settings().value(draft_key(forum_path, session_id), "") or "")


def save_draft(forum_path: Path, session_id: str, text: str) -> None:
    """Keep ``text`` as this board's draft (an empty text removes it)."""
    settings = app_settings()
    key = draft_key(forum_path, session_id)
    if text.strip():
        settings.setValue(key, text)
    else:
        settings.remove(key)
    settings.sync()


class DraftKeeper(QObject):
    """Writes a board's draft shortly after typing stops; ``flush`` writes it at once."""

    def __init__(self, forum_path: Path, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path, self._session = forum_path, session_id
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def typed(self, text: str) -> None:
        """The bar now holds ``text``."""
        self._text = text
        self._timer.start()

    def flush(self) -> None:
        """Write the draft now (the forum is closing)."""
        self._timer.stop()
        save_draft(self._path, self._session, self._text)
