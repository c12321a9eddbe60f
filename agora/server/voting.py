"""Phones answering the Agora's statements: scales, the current statement, and the answers.

Every answer goes through ``agora.services.votes.record_position`` with ``channel="phone"``; a
participant's new answer replaces their previous one there. A statement is answered on the scale
its first answers used (5 or 3 points), or on the server's scale when nobody has answered it yet.
"""

from __future__ import annotations

from agora.server import views
from agora.server.events import EventHub, EventKind, ServerEvent
from agora.server.fresh import Fresh
from agora.server.refusal import RefusalError
from agora.server.room import Participant, Room
from agora.server.writer import Writer, refuse_if_limited
from agora.services import reads, statements, votes
from agora.storage.store import ForumStore

#: Value of the « je ne me prononce pas » answer in forms and JSON.
NO_OPINION = "nsp"

#: Seconds the list of statements put to the vote is read again after.
STATEMENTS_TTL_S = 1.0


class Voting:
    """The answers of one Agora session. Thread-safe (state under the room's lock)."""

    def __init__(
        self, store: ForumStore, session_id: str, room: Room, events: EventHub, writer: Writer, *, scale: int
    ) -> None:
        votes.check_position_value(scale, None)
        self.store = store
        self.session_id = session_id
        self.room = room
        self.events = events
        self.writer = writer
        self.default_scale = scale
        self.current_statement: str | None = None
        self.recorded = 0
        self._answered: set[str] = set()
        self._scales: dict[str, int] = {}
        self._open = Fresh(
            lambda: frozenset(s.id for s in statements.list_statements(store, session_id)), STATEMENTS_TTL_S
        )
        self._load_scales()

    def statement_views(
        self, category: str | None, answers: dict[str, int | None]
    ) -> list[views.StatementView]:
        """The statements as a participant of ``category`` who gave ``answers`` sees them."""
        by_hands = {
            t.statement_id for t in votes.list_tallies(self.store, self.session_id) if t.category == category
        }
        return [
            views.StatementView(
                id=statement.id,
                number=number,
                text=statement.text,
                scale=self._scales.get(statement.id, self.default_scale),
                answered=statement.id in answers,
                value=answers.get(statement.id),
                by_hands=statement.id in by_hands,
                current=statement.id == self.current_statement,
            )
            for number, statement in enumerate(
                statements.list_statements(self.store, self.session_id), start=1
            )
        ]

    def vote(
        self, participant: Participant, category: str, statement_id: str, raw: object
    ) -> reads.PositionRead:
        """Record ``participant``'s answer to a statement.

        Args:
            participant: the phone answering.
            category: its category.
            statement_id: a statement of this Agora.
            raw: ``1``..``scale`` (int or digit string), or ``"nsp"``/None for no opinion.

        Raises:
            RefusalError: 404 (not a statement of this Agora), 422 (value, or a show of hands
                already counted for the category), 429, 503.
        """
        if statement_id not in self._open.get() and statement_id not in self._open.get(refresh=True):
            raise RefusalError(404, "Cet énoncé n’est plus soumis au vote.")
        scale = self._scales.get(statement_id, self.default_scale)
        value = parse_answer(raw, scale)
        with self.room.lock:
            refuse_if_limited(participant.vote_bucket.take(), "Trop de réponses rapprochées")
        try:
            position = self.writer.write(
                votes.record_position,
                self.store,
                statement_id,
                category,
                value,
                scale=scale,
                participant=participant.participant_id,
                channel="phone",
            )
        except RefusalError as refusal:
            if refusal.status == 422:
                self._load_scales()  # the facilitator may have typed answers on another scale
            raise
        with self.room.lock:
            participant.answers[statement_id] = value
            self._scales.setdefault(statement_id, scale)
            if statement_id == self.current_statement:
                self._answered.add(participant.participant_id)
            self.recorded += 1
        self.events.emit(ServerEvent(EventKind.VOTE_RECORDED, position=position))
        return position

    def set_current_statement(self, statement_id: str | None) -> None:
        """The statement the room is answering now (highlighted on phones, counted for the panel)."""
        answered: set[str] = set()
        if statement_id is not None:
            answered = {
                p.participant
                for p in votes.list_positions(self.store, self.session_id)
                if p.statement_id == statement_id and p.channel == "phone" and p.participant
            }
        with self.room.lock:
            self.current_statement = statement_id
            self._answered = answered

    def answered_current(self) -> int:
        """Phones that answered the current statement (in this run or before)."""
        with self.room.lock:
            return len(self._answered)

    def _load_scales(self) -> None:
        scales = {p.statement_id: p.scale for p in votes.list_positions(self.store, self.session_id)}
        with self.room.lock:
            self._scales = scales


def parse_answer(raw: object, scale: int) -> int | None:
    """An answer from a form or JSON: ``"nsp"``/None → None, else an integer in 1..scale.

    Raises:
        RefusalError: 422 for anything else.
    """
    if raw is None or raw == NO_OPINION:
        return None
    if isinstance(raw, bool):
        raise RefusalError(422, "Réponse inconnue.")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= 2:
        value = int(raw)
    else:
        raise RefusalError(422, "Réponse inconnue.")
    if not 1 <= value <= scale:
        raise RefusalError(422, "Réponse inconnue.")
    return value
