"""Every change the Agora screen makes: core services on the write thread, undoable.

A change is written first and pushed on the forum's undo stack only once it is durable, so a
refused change never sits on the stack. Undo and redo call services again through
``ForumContext.write``; what undo needs (the previous tally, text or override) is read on the
write thread, in the same task as the change.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from agora.method import LabelOverride, MethodParams
from agora.services import analysis, forums, statements, votes
from agora.services.reads import TallyRead
from agora.storage.store import ForumStore
from ui.forum_context import Change, ForumContext
from ui.translations import error_message

logger = logging.getLogger(__name__)

StoreFn = Callable[[ForumStore], Any]
Callback = Callable[[Any], None] | None
ErrorCallback = Callable[[Exception], None] | None


class WriteCommand(QUndoCommand):
    """A change already written; undo and redo run their service calls on the write thread.

    The first ``redo`` (which ``QUndoStack.push`` calls) does nothing: the change is done.
    """

    def __init__(
        self, context: ForumContext, text: str, undo: StoreFn, redo: StoreFn, change: Change
    ) -> None:
        super().__init__(text)
        self._context = context
        self._undo = undo
        self._redo = redo
        self._change = change
        self._already_done = True

    def redo(self) -> None:
        """Write the change again (not on the push: it is already written)."""
        if self._already_done:
            self._already_done = False
            return
        self._context.write(self._redo, self._change)

    def undo(self) -> None:
        """Write the reverse change."""
        self._context.write(self._undo, self._change)


def _current_tally(store: ForumStore, session_id: str, statement_id: str, category: str) -> TallyRead | None:
    return next(
        (
            t
            for t in votes.list_tallies(store, session_id)
            if t.statement_id == statement_id and t.category == category
        ),
        None,
    )


def _restore_tally(store: ForumStore, statement_id: str, category: str, previous: TallyRead | None) -> None:
    if previous is None:
        votes.clear_tally(store, statement_id, category)
    else:
        votes.record_tally(
            store,
            statement_id,
            category,
            previous.present,
            previous.pour,
            previous.contre,
            previous.abstention,
        )


def _statement_text(store: ForumStore, session_id: str, statement_id: str) -> str:
    found = next(
        (
            s
            for s in statements.list_statements(store, session_id, include_deleted=True)
            if s.id == statement_id
        ),
        None,
    )
    return found.text if found else ""


def _restore_override(store: ForumStore, statement_id: str, previous: LabelOverride | None) -> None:
    if previous is None:
        analysis.clear_override(store, statement_id)
    else:
        analysis.override_label(store, statement_id, previous.label, previous.note)


class AgoraActions(QObject):
    """The writes of one Agora session. Widgets call these methods, never services directly.

    ``on_success`` runs on the GUI thread after the change is announced; ``on_error`` (default:
    :attr:`refused`) gets the exception, and nothing is pushed on the undo stack.
    """

    #: A change was refused or failed: the French (or translated) reason.
    refused = Signal(str)

    def __init__(self, context: ForumContext, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id

    # -- plumbing ---------------------------------------------------------------------------

    def _write(
        self,
        text: str,
        do: StoreFn,
        reverse: Callable[[Any], tuple[StoreFn, StoreFn]] | None,
        change: Change,
        on_success: Callback = None,
        on_error: ErrorCallback = None,
    ) -> None:
        def succeeded(result: Any) -> None:
            if reverse is not None:
                undo, redo = reverse(result)
                self.context.undo_stack.push(WriteCommand(self.context, text, undo, redo, change))
            if on_success is not None:
                on_success(result)

        def failed(exc: Exception) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.refused.emit(error_message(exc))

        self.context.write(do, change, succeeded, failed, context=self)

    @property
    def _statements_changed(self) -> Change:
        return Change.of_statements(self.session_id)

    @property
    def _votes_changed(self) -> Change:
        return Change.of_votes(self.session_id)

    # -- statements -------------------------------------------------------------------------

    def add_statement(self, text: str, on_success: Callback = None, on_error: ErrorCallback = None) -> str:
        """Put a typed statement to the vote; returns the id it will have."""
        sid, new_id = self.session_id, str(uuid.uuid4())
        self._write(
            self.tr("Ajouter un énoncé"),
            lambda s: statements.add_statement(s, sid, text, statement_id=new_id),
            lambda _r: (
                lambda s: statements.delete_statement(s, new_id),
                lambda s: statements.delete_statement(s, new_id, restore=True),
            ),
            self._statements_changed,
            on_success,
            on_error,
        )
        return new_id

    def add_statements_from_cards(
        self, card_ids: Sequence[str], on_success: Callback = None, on_error: ErrorCallback = None
    ) -> list[str]:
        """Put cards of the peer groups to the vote, one statement each, in the given order."""
        sid = self.session_id
        pairs = [(card, str(uuid.uuid4())) for card in card_ids]

        def add_all(store: ForumStore) -> list[str]:
            for card, new_id in pairs:
                statements.add_statement(store, sid, source_card=card, statement_id=new_id)
            return [new_id for _card, new_id in pairs]

        def remove_all(store: ForumStore, *, restore: bool) -> None:
            for _card, new_id in pairs:
                statements.delete_statement(store, new_id, restore=restore)

        self._write(
            self.tr("Soumettre %n carte(s) à l’Agora", "", len(pairs)),
            add_all,
            lambda _r: (
                lambda s: remove_all(s, restore=False),
                lambda s: remove_all(s, restore=True),
            ),
            self._statements_changed,
            on_success,
            on_error,
        )
        return [new_id for _card, new_id in pairs]

    def edit_statement(
        self, statement_id: str, text: str, on_success: Callback = None, on_error: ErrorCallback = None
    ) -> None:
        """Reword a statement."""
        sid = self.session_id

        def do(store: ForumStore) -> str:
            previous = _statement_text(store, sid, statement_id)
            statements.edit_statement(store, statement_id, text)
            return previous

        self._write(
            self.tr("Modifier l’énoncé"),
            do,
            lambda previous: (
                lambda s: statements.edit_statement(s, statement_id, previous),
                lambda s: statements.edit_statement(s, statement_id, text),
            ),
            self._statements_changed,
            on_success,
            on_error,
        )

    def withdraw_statement(self, statement_id: str, on_success: Callback = None) -> None:
        """Withdraw a statement from the vote (its votes are kept; undo brings it back)."""
        self._write(
            self.tr("Retirer l’énoncé"),
            lambda s: statements.delete_statement(s, statement_id),
            lambda _r: (
                lambda s: statements.delete_statement(s, statement_id, restore=True),
                lambda s: statements.delete_statement(s, statement_id),
            ),
            self._statements_changed,
            on_success,
        )

    # -- votes ------------------------------------------------------------------------------

    def record_tally(
        self,
        statement_id: str,
        category: str,
        counts: tuple[int, int, int, int],
        on_success: Callback = None,
        on_error: ErrorCallback = None,
    ) -> None:
        """Record (or correct) a show of hands: présents, pour, contre, abstention."""
        sid = self.session_id
        present, pour, contre, abstention = counts

        def do(store: ForumStore) -> TallyRead | None:
            previous = _current_tally(store, sid, statement_id, category)
            votes.record_tally(store, statement_id, category, present, pour, contre, abstention)
            return previous

        self._write(
            self.tr("Saisir un décompte à main levée"),
            do,
            lambda previous: (
                lambda s: _restore_tally(s, statement_id, category, previous),
                lambda s: votes.record_tally(s, statement_id, category, present, pour, contre, abstention),
            ),
            self._votes_changed,
            on_success,
            on_error,
        )

    def clear_tally(
        self, statement_id: str, category: str, on_success: Callback = None, on_error: ErrorCallback = None
    ) -> None:
        """Remove a show of hands."""
        sid = self.session_id

        def do(store: ForumStore) -> TallyRead | None:
            previous = _current_tally(store, sid, statement_id, category)
            votes.clear_tally(store, statement_id, category)
            return previous

        self._write(
            self.tr("Effacer un décompte à main levée"),
            do,
            lambda previous: (
                lambda s: _restore_tally(s, statement_id, category, previous),
                lambda s: votes.clear_tally(s, statement_id, category),
            ),
            self._votes_changed,
            on_success,
            on_error,
        )

    def record_position(
        self,
        statement_id: str,
        category: str,
        value: int | None,
        scale: int,
        on_success: Callback = None,
        on_error: ErrorCallback = None,
    ) -> None:
        """Record one anonymous answer typed by the facilitator (None: « ne se prononce pas »)."""
        self._write(
            self.tr("Saisir une position"),
            lambda s: votes.record_position(s, statement_id, category, value, scale=scale),
            lambda position: (
                lambda s: votes.delete_position(s, position.id),
                lambda s: votes.record_position(
                    s, statement_id, category, value, scale=scale, position_id=position.id
                ),
            ),
            self._votes_changed,
            on_success,
            on_error,
        )

    # -- method -----------------------------------------------------------------------------

    def set_params(
        self, params: MethodParams, on_success: Callback = None, on_error: ErrorCallback = None
    ) -> None:
        """Change the method's parameters of the session."""
        sid = self.session_id

        def do(store: ForumStore) -> MethodParams:
            previous = analysis.method_params(store, sid)
            analysis.set_method_params(store, sid, params)
            return previous

        self._write(
            self.tr("Modifier les paramètres de la méthode"),
            do,
            lambda previous: (
                lambda s: analysis.set_method_params(s, sid, previous),
                lambda s: analysis.set_method_params(s, sid, params),
            ),
            self._votes_changed,
            on_success,
            on_error,
        )

    def override_label(
        self,
        statement_id: str,
        label: str,
        note: str,
        previous: LabelOverride | None,
        on_success: Callback = None,
        on_error: ErrorCallback = None,
    ) -> None:
        """Set the facilitator's label on a statement (dated; the computed one stays beside it)."""
        self._write(
            self.tr("Modifier le libellé"),
            lambda s: analysis.override_label(s, statement_id, label, note),
            lambda _r: (
                lambda s: _restore_override(s, statement_id, previous),
                lambda s: analysis.override_label(s, statement_id, label, note),
            ),
            self._votes_changed,
            on_success,
            on_error,
        )

    def clear_override(
        self, statement_id: str, previous: LabelOverride | None, on_success: Callback = None
    ) -> None:
        """Go back to the computed label."""
        self._write(
            self.tr("Revenir au libellé calculé"),
            lambda s: analysis.clear_override(s, statement_id),
            lambda _r: (
                lambda s: _restore_override(s, statement_id, previous),
                lambda s: analysis.clear_override(s, statement_id),
            ),
            self._votes_changed,
            on_success,
        )

    # -- territory --------------------------------------------------------------------------

    def record_relation(
        self,
        territory_id: str,
        date: Any,
        typology: str,
        value: str,
        note: str,
        on_success: Callback = None,
        on_error: ErrorCallback = None,
    ) -> None:
        """Record the relation type between a territory's local authority and its ESS actors.

        Not undoable: the core keeps every assessment as history and offers no removal.
        """
        self._write(
            "",
            lambda s: forums.record_relation(s, territory_id, date, typology, value, note),
            None,
            Change(forum=True),
            on_success,
            on_error,
        )
