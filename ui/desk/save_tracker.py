"""What the save indicator and the red banner show, and what « Réessayer » does.

``ForumContext`` reports each write's outcome; a failure there turns back to « Enregistrement… »
as soon as the next write starts. The facilitator must not miss that something was not saved
(RELIABILITY.md, durability window), so the tracker keeps a failure until it is resolved: the
writes that failed are retried with « Réessayer », and only when none is left does the
indicator go back to « Enregistré ».
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ui.forum_context import ForumContext, SaveState, error_text, is_refusal

logger = logging.getLogger(__name__)

Retry = Callable[[], None]


class SaveTracker(QObject):
    """The desk's sticky save state: saved, saving, or failed with the reason and what to retry.

    Screens that write through ``ForumContext.write`` report a failure with ``failed`` and the
    way to try again; they must not show modal dialogs for it.
    """

    #: The state to show changed: (SaveState, French reason when failed).
    state_changed = Signal(object, str)
    #: The core refused a change (the French reason): to say, not a failure to save.
    refused = Signal(str)

    def __init__(self, context: ForumContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._retries: list[Retry] = []
        self._failure = ""
        self._state = SaveState.SAVED
        context.save_state_changed.connect(self._on_context_state)
        context.refused.connect(self.refused)

    @property
    def state(self) -> SaveState:
        """What the indicator shows now."""
        return self._state

    @property
    def message(self) -> str:
        """The French reason of the failure shown (empty unless failed)."""
        return self._failure

    @property
    def pending_retries(self) -> int:
        """How many failed writes « Réessayer » would run again."""
        return len(self._retries)

    def failed(self, exc: Exception, retry: Retry | None = None) -> None:
        """A write failed: show why and remember how to run it again.

        A change the core refused is only said (``refused``): trying it again would not help.
        """
        if is_refusal(exc):
            self.refused.emit(error_text(exc))
            return
        self._failure = error_text(exc)
        if retry is not None:
            self._retries.append(retry)
        self._show(SaveState.FAILED)

    def retry(self) -> None:
        """Run the failed writes again, in the order they failed (the banner's « Réessayer »)."""
        retries, self._retries = self._retries, []
        self._failure = ""
        self._context.acknowledge_failure()
        self._show(self._context.save_state)
        logger.info("retrying %d failed writes", len(retries))
        for again in retries:
            again()

    def _on_context_state(self, state: SaveState, message: str) -> None:
        if state == SaveState.FAILED:
            self._failure = message or self._failure
            self._show(SaveState.FAILED)
        elif not self._failure:
            self._show(state)

    def _show(self, state: SaveState) -> None:
        self._state = state
        self.state_changed.emit(state, self._failure if state == SaveState.FAILED else "")
