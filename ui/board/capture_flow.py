"""From the capture bar to the forum file: a typed card sent, refused, put back, retried, drafted.

The text leaves the bar when Entrée is pressed, so the next card can be typed at once; the
write runs on the forum's write thread. If the core refuses it, the text goes back into the bar
(when the bar is still empty) and « Réessayer » sends it again; meanwhile, and whenever the bar
holds text that was not sent, a draft is kept on disk.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, Signal

from ui.board.board_editing import BoardEditing
from ui.board.capture_bar import CaptureBar, CaptureMode
from ui.board.capture_drafts import DraftKeeper
from ui.board.command_runner import Retry
from ui.forum_context import error_text

logger = logging.getLogger(__name__)


class CaptureFlow(QObject):
    """Sends what the bar submits; handles refusals and drafts. The board owns the bar."""

    #: Something to say in the status bar (French).
    status_message = Signal(str)

    def __init__(self, bar: CaptureBar, editing: BoardEditing, drafts: DraftKeeper, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar, self.editing, self.drafts = bar, editing, drafts
        bar.card_submitted.connect(self._on_submitted)
        bar.line.textChanged.connect(self._on_typed)

    def restore_draft(self, draft: str) -> bool:
        """Put a draft kept from a previous session back in the bar; True if there was one."""
        return bool(draft) and self.bar.restore_text(draft)

    def _on_typed(self, text: str) -> None:
        if self.bar.mode == CaptureMode.CARD:
            self.drafts.typed(text)

    def _on_submitted(self, kind: str, target: str, _text: str) -> None:
        text = self.bar.take_text()
        self.editing.add(kind, target, text, partial(self._failed, kind, target, text))

    def _failed(self, kind: str, target: str, text: str, exc: Exception) -> Retry:
        """A typed card was refused: its text goes back into the bar; « Réessayer » sends it."""
        logger.warning("card not captured: %s", exc)
        restored = self.bar.restore_text(text)
        self.status_message.emit(self.tr("Carte non enregistrée : {reason}").format(reason=error_text(exc)))
        return partial(self._retry, kind, target, text, restored)

    def _retry(self, kind: str, target: str, text: str, restored: bool) -> None:
        if restored:
            if not self.bar.text().strip():
                return  # the facilitator emptied the bar: nothing left to send
            text = self.bar.take_text()
        self.editing.add(kind, target, text, partial(self._failed, kind, target, text))
