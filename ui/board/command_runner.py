"""Running card commands on the write thread, and putting them on the undo stack once durable.

A command enters ``context.undo_stack`` only after its first run is committed: a write that
fails never becomes something « Annuler » would pretend to undo. Its later runs (undo, redo)
go through the same write thread; a failure there is reported to the save tracker with the
way to run it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agora.services.reads import CardRead
from agora.storage.store import ForumStore
from ui.board.board_cards import BoardCards
from ui.desk.save_tracker import SaveTracker
from ui.forum_context import Change, ForumContext, is_refusal

if TYPE_CHECKING:
    from ui.board.card_commands import CardCommand

Write = Callable[[ForumStore], list[CardRead]]
#: How to run a failed write again (None: nothing to retry).
Retry = Callable[[], None] | None


class CommandRunner(QObject):
    """Runs the commands of one board and applies what the core returns to its cards.

    Callers create commands and hand them to ``perform``; they never push them on the undo
    stack themselves.
    """

    #: A command ran for the first time and is durable (the command).
    performed = Signal(object)
    #: A command failed its first run: (the command, the exception).
    perform_failed = Signal(object, object)
    #: An undo or a redo of this board's command is durable (the session id).
    replayed = Signal(str)

    def __init__(
        self, context: ForumContext, cards: BoardCards, tracker: SaveTracker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cards = cards
        self.tracker = tracker
        self._own: list[Change] = []

    def is_own(self, change: object) -> bool:
        """Whether ``change`` announces one of this runner's writes (the board has it already)."""
        for index, mine in enumerate(self._own):
            if mine is change:
                del self._own[index]
                return True
        return False

    def perform(self, command: CardCommand, on_error: Callable[[Exception], Retry] | None = None) -> None:
        """Run ``command`` for the first time; once durable it goes on the undo stack.

        Args:
            command: the change.
            on_error: called if the write fails; returns how to retry (by default: run the
                same command again).
        """

        def done(result: list[CardRead]) -> None:
            self.cards.apply(result)
            command.mark_done()
            self.context.undo_stack.push(command)  # its redo() is skipped: already done
            self.performed.emit(command)

        def failed(exc: Exception) -> None:
            retry = on_error(exc) if on_error is not None else (lambda: self.perform(command))
            if on_error is None or not is_refusal(exc):  # else on_error has said why
                self.tracker.failed(exc, retry)
            self.perform_failed.emit(command, exc)

        self._write(command.forward, done, failed)

    def replay(self, command: CardCommand, *, forward: bool) -> None:
        """Redo (``forward``) or undo ``command`` (called by the command itself)."""

        def done(result: list[CardRead]) -> None:
            self.cards.apply(result)
            self.replayed.emit(self.cards.session_id)

        def failed(exc: Exception) -> None:
            self.tracker.failed(exc, lambda: self.replay(command, forward=forward))

        self._write(command.forward if forward else command.backward, done, failed)

    def _write(
        self, fn: Write, on_success: Callable[[list[CardRead]], None], on_error: Callable[[Exception], None]
    ) -> None:
        change = Change.of_cards(self.cards.session_id)
        self._own.append(change)

        def failed(exc: Exception) -> None:
            self.is_own(change)  # it will never be announced
            on_error(exc)

        self.context.write(fn, change, on_success, failed, context=self)
