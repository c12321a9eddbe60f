"""One forum open for work in the desk: its store, the single write thread, and change notices.

Every screen of an open forum (boards, Agora, projector, participation panel) shares one
``ForumContext``. Writes go through :meth:`ForumContext.write`: they run one at a time on a
dedicated thread (Anki's single collection executor), so capture never blocks the window and
"database is locked" cannot happen between our own writes. When a write is durable the context
emits :attr:`ForumContext.changed` with a :class:`Change` naming what moved, and screens refresh
only what they show (Anki's ``OpChanges``). A failed write leaves the caller's draft alone and
turns the save indicator red with the French reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoStack

from agora.errors import AgoraError, NotFoundError, ValidationError
from agora.storage.store import ForumStore
from ui.workers import Task, run_in_background

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What a write changed. Screens compare it with what they show before reloading."""

    #: Sessions whose cards changed.
    cards: frozenset[str] = field(default_factory=frozenset)
    #: Agora sessions whose statements changed.
    statements: frozenset[str] = field(default_factory=frozenset)
    #: Agora sessions whose positions, tallies, overrides or method parameters changed.
    votes: frozenset[str] = field(default_factory=frozenset)
    #: The forum's frame: title, categories, territories, agenda.
    forum: bool = False

    @staticmethod
    def of_cards(*session_ids: str) -> Change:
        """Cards of these sessions changed."""
        return Change(cards=frozenset(session_ids))

    @staticmethod
    def of_statements(*session_ids: str) -> Change:
        """Statements of these Agora sessions changed."""
        return Change(statements=frozenset(session_ids))

    @staticmethod
    def of_votes(*session_ids: str) -> Change:
        """Votes (or the method's settings) of these Agora sessions changed."""
        return Change(votes=frozenset(session_ids))

    def __or__(self, other: Change) -> Change:
        return Change(
            self.cards | other.cards,
            self.statements | other.statements,
            self.votes | other.votes,
            self.forum or other.forum,
        )

    def touches(self, session_id: str) -> bool:
        """Whether anything of ``session_id`` changed."""
        return self.forum or session_id in self.cards | self.statements | self.votes


class SaveState(StrEnum):
    """What the quiet save indicator shows."""

    SAVED = "saved"
    SAVING = "saving"
    FAILED = "failed"


def is_refusal(exc: Exception) -> bool:
    """Whether the core refused the change itself (too long, gone meanwhile...), the file being fine.

    Nothing was written and the same change would be refused again: the facilitator is told why,
    but this is not a failure to save (no red banner, nothing to retry).
    """
    return isinstance(exc, (ValidationError, NotFoundError))


def error_text(exc: Exception) -> str:
    """The facilitator-facing text of an error, in the interface language."""
    if isinstance(exc, AgoraError):
        return exc.message(QCoreApplication.translate)
    return QCoreApplication.translate("errors", "Erreur inattendue : {detail}").format(detail=exc)


class ForumContext(QObject):
    """An open forum shared by the screens of the desk.

    Screens must not open the database themselves nor write outside :meth:`write`; they read
    through :meth:`read` (or call read services directly for trivial reads) and refresh on
    :attr:`changed`.
    """

    #: A write is durable; the argument is the :class:`Change`.
    changed = Signal(object)
    #: The facilitator moved to another session of the agenda (its id).
    current_session_changed = Signal(str)
    #: The save indicator's state and message: (SaveState, French text).
    save_state_changed = Signal(object, str)
    #: The core refused a change that had no ``on_error`` to say so (the French reason).
    refused = Signal(str)

    def __init__(self, store: ForumStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._pending = 0
        self._current_session = ""
        self.save_state = SaveState.SAVED
        self.save_message = ""

    @property
    def read_only(self) -> bool:
        """Whether the forum refuses changes (newer version, protected file...)."""
        return self.store.read_only

    @property
    def current_session(self) -> str:
        """Id of the session on screen ("" before the first one is chosen)."""
        return self._current_session

    def set_current_session(self, session_id: str) -> None:
        """Show another session of the agenda; screens following the facilitator move too."""
        if session_id != self._current_session:
            self._current_session = session_id
            self.current_session_changed.emit(session_id)

    def write(
        self,
        fn: Callable[[ForumStore], T],
        change: Change | Callable[[T], Change],
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> Task:
        """Run ``fn(store)`` on the write thread; announce ``change`` once it is durable.

        Args:
            fn: calls one or more core services; never touches widgets.
            change: what the write changes, or a function of its result that says so.
            on_success: called on the GUI thread with the result, after ``changed``.
            on_error: called on the GUI thread with the exception; the caller keeps its draft.
            context: a widget whose deletion cancels the callbacks.
        """
        self._pending += 1
        if self.save_state != SaveState.FAILED:  # a failure stays visible until acknowledged
            self._set_state(SaveState.SAVING, "")

        def succeeded(result: T) -> None:
            self._pending -= 1
            if self._pending == 0 and self.save_state != SaveState.FAILED:
                self._set_state(SaveState.SAVED, "")
            self.changed.emit(change(result) if callable(change) else change)
            if on_success is not None:
                on_success(result)

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if is_refusal(exc):  # nothing to retry: say why, stay quiet otherwise
                logger.info("change refused: %s", exc)
                if self._pending == 0 and self.save_state != SaveState.FAILED:
                    self._set_state(SaveState.SAVED, "")
                if on_error is None:
                    self.refused.emit(error_text(exc))
            else:
                logger.warning("write failed: %s", exc)
                self._set_state(SaveState.FAILED, error_text(exc))
            if on_error is not None:
                on_error(exc)

        store = self.store
        return run_in_background(lambda: fn(store), succeeded, failed, context=context, pool=self._writes)

    def read(
        self,
        fn: Callable[[ForumStore], T],
        on_success: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> Task:
        """Run ``fn(store)`` on a pool thread (a slow read); results come back on the GUI thread."""
        store = self.store

        def failed(exc: Exception) -> None:
            logger.warning("read failed: %s", exc)
            if on_error is not None:
                on_error(exc)

        return run_in_background(lambda: fn(store), on_success, failed, context=context)

    def acknowledge_failure(self) -> None:
        """The facilitator saw the failure (or a retry succeeded): back to the quiet state."""
        if self.save_state == SaveState.FAILED:
            self._set_state(SaveState.SAVED if self._pending == 0 else SaveState.SAVING, "")

    def wait_for_writes(self, msecs: int = 10_000) -> bool:
        """Block until queued writes have run (shutdown and tests); True if they all did."""
        return self._writes.waitForDone(msecs)

    def close(self) -> None:
        """Finish queued writes, then release the file."""
        self.wait_for_writes(-1)
        QCoreApplication.processEvents()  # deliver the last outcomes before the store goes
        self.store.close()

    def _set_state(self, state: SaveState, message: str) -> None:
        self.save_state, self.save_message = state, message
        self.save_state_changed.emit(state, message)

    def __repr__(self) -> str:
        return f"ForumContext({self.store.path!s})"


def noop(*_args: Any) -> None:
    """A callback that does nothing (explicitly ignoring an outcome)."""
