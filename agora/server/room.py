"""The room: who has joined, whether joining is open, and the moderation queue. In memory only.

The room knows participants by their session id (the cookie's secret) and gives each an opaque
participant id, the only one that reaches the forum file. Nothing here touches the forum file;
:mod:`agora.server.participation` does, through the core services.

Participant sessions live as long as the server: after a restart, phones join again with the new
link (their cards and votes are in the file; editing a card posted before the restart is no
longer possible from the phone).
"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field

from agora.server import tokens
from agora.server.events import EventHub, EventKind, ServerEvent
from agora.server.limits import JoinGuard, Limits, TokenBucket
from agora.server.refusal import RefusalError

#: Client send-ids remembered per participant, to ignore a post sent twice.
REMEMBERED_SENDS = 64

_LOCKED = "La salle est fermée aux nouvelles arrivées. Adressez-vous à l’animation."


@dataclass
class Participant:
    """One phone's server-side session. Mutated only under the room's lock."""

    session_id: str
    participant_id: str
    csrf: str
    category: str | None
    card_bucket: TokenBucket
    vote_bucket: TokenBucket
    joined: float = field(default_factory=time.monotonic)
    seen: float = field(default_factory=time.monotonic)
    #: Cards on the board posted from this phone (ids), oldest first.
    card_ids: list[str] = field(default_factory=list)
    #: Entries of the moderation queue from this phone.
    pending_ids: list[str] = field(default_factory=list)
    #: Answers given from this phone: statement id → value (None: « je ne me prononce pas »).
    answers: dict[str, int | None] = field(default_factory=dict)
    #: Send-ids of the posts already taken into account.
    sends: dict[str, str] = field(default_factory=dict)
    #: A message shown once on the next page (after a redirect).
    notice: str = ""
    cards_posted: int = 0


@dataclass(frozen=True)
class PendingCard:
    """A card (or a card's new text) waiting for the facilitator's approval.

    ``card_id`` is None for a new card, or the id of the card whose text would change.
    """

    id: str
    participant_id: str
    category: str
    kind: str
    text: str
    target: str | None
    card_id: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class ParticipantInfo:
    """What the facilitator's panel lists about a phone (never its secrets)."""

    participant_id: str
    category: str | None
    cards: int
    answers: int
    idle_seconds: float


class Room:
    """Joining, participant sessions and the moderation queue, behind one lock.

    Callers must not keep a :class:`Participant` across requests, nor change it outside
    ``with room.lock``.
    """

    def __init__(self, limits: Limits, events: EventHub, *, fixed_category: str | None = None) -> None:
        self.limits = limits
        self.lock = threading.RLock()
        self.join_token = tokens.new_join_token()
        self.join_code = tokens.new_join_code()
        #: Key of the signed CSRF token of the join-code form.
        self.welcome_key = secrets.token_bytes(32)
        self._events = events
        self._fixed_category = fixed_category
        self._guard = JoinGuard(limits.failed_joins_per_second, limits.failed_joins_total)
        self._participants: dict[str, Participant] = {}
        self._by_id: dict[str, Participant] = {}
        self._pending: dict[str, PendingCard] = {}
        self.locked = False

    # Joining -----------------------------------------------------------------------------

    @property
    def join_locked(self) -> bool:
        """Whether joining is refused (locked by the facilitator or by the failed-join budget)."""
        return self.locked or self._guard.tripped

    @property
    def failed_joins(self) -> int:
        """Failed joins since the room opened or was reopened."""
        return self._guard.failures

    @property
    def budget_spent(self) -> bool:
        """Whether the failed-join budget locked joining."""
        return self._guard.tripped

    def join_with_token(self, given: str) -> Participant:
        """Admit a phone that opened the join link.

        Raises:
            RefusalError: 403 when joining is locked, 404 for a wrong link, 503 when the room is full.
        """
        return self._join(tokens.same_secret(tokens.normalise_join_token(given), self.join_token))

    def join_with_code(self, typed: str) -> Participant:
        """Admit a phone that typed the join code.

        Raises:
            RefusalError: 403 when joining is locked or the code is wrong, 503 when the room is full.
        """
        return self._join(tokens.same_secret(tokens.normalise_join_code(typed), self.join_code))

    def _join(self, valid: bool) -> Participant:
        if not valid and self._guard.record_failure():
            self._events.emit(
                ServerEvent(
                    EventKind.JOIN_LOCKED,
                    message="Trop de tentatives de connexion avec un mauvais code : "
                    "les arrivées sont bloquées. Rouvrez la salle quand vous le souhaitez.",
                )
            )
        if self.join_locked:
            raise RefusalError(403, _LOCKED)
        if not valid:
            raise RefusalError(404, "Ce lien ou ce code ne correspond pas à la salle. Vérifiez-le à l’écran.")
        with self.lock:
            self._forget_idle()
            if len(self._participants) >= self.limits.max_participants:
                raise RefusalError(
                    503, "La salle est complète : aucun téléphone de plus ne peut la rejoindre."
                )
            participant = Participant(
                session_id=tokens.new_session_id(),
                participant_id=f"tel-{uuid.uuid4().hex[:16]}",
                csrf=tokens.new_csrf_token(),
                category=self._fixed_category,
                card_bucket=TokenBucket(self.limits.card_burst, self.limits.card_per_second),
                vote_bucket=TokenBucket(self.limits.vote_burst, self.limits.vote_per_second),
            )
            self._participants[participant.session_id] = participant
            self._by_id[participant.participant_id] = participant
        self._events.emit(ServerEvent(EventKind.PARTICIPANT_JOINED))
        return participant

    def lock_room(self) -> None:
        """Refuse new phones; those already in keep participating."""
        self.locked = True

    def unlock_room(self) -> None:
        """Accept new phones again, and give the failed-join budget a fresh start."""
        self.locked = False
        self._guard.reset()

    # Participants --------------------------------------------------------------------------

    def participant(self, session_id: str) -> Participant | None:
        """The participant of a session cookie, or None (unknown, forgotten or removed)."""
        if not session_id:
            return None
        with self.lock:
            participant = self._participants.get(session_id)
            if participant is None:
                return None
            now = time.monotonic()
            if now - participant.seen > self.limits.session_idle_s:
                self._drop(participant)
                return None
            participant.seen = now
            return participant

    def by_participant_id(self, participant_id: str) -> Participant | None:
        """The participant with this opaque id, if still in the room."""
        with self.lock:
            return self._by_id.get(participant_id)

    def participants(self) -> list[ParticipantInfo]:
        """Every phone in the room, in the order they joined."""
        now = time.monotonic()
        with self.lock:
            return [
                ParticipantInfo(p.participant_id, p.category, len(p.card_ids), len(p.answers), now - p.seen)
                for p in self._participants.values()
            ]

    def remove(self, participant_id: str) -> bool:
        """Send a phone out of the room (its cookie stops working). Returns whether it was there."""
        with self.lock:
            participant = self._by_id.get(participant_id)
            if participant is None:
                return False
            self._drop(participant)
            return True

    def counts(self) -> tuple[int, int]:
        """Phones in the room, and phones seen within the active window."""
        now = time.monotonic()
        with self.lock:
            active = sum(
                1 for p in self._participants.values() if now - p.seen <= self.limits.active_window_s
            )
            return len(self._participants), active

    def _drop(self, participant: Participant) -> None:
        self._participants.pop(participant.session_id, None)
        self._by_id.pop(participant.participant_id, None)

    def _forget_idle(self) -> None:
        now = time.monotonic()
        for participant in list(self._participants.values()):
            if now - participant.seen > self.limits.session_idle_s:
                self._drop(participant)

    # Moderation queue ----------------------------------------------------------------------

    def queue(self, participant: Participant, pending: PendingCard) -> None:
        """Put a card in the moderation queue."""
        with self.lock:
            self._pending[pending.id] = pending
            participant.pending_ids.append(pending.id)

    def pending(self) -> list[PendingCard]:
        """The moderation queue, oldest first."""
        with self.lock:
            return list(self._pending.values())

    def pending_card(self, pending_id: str) -> PendingCard | None:
        """One entry of the queue."""
        with self.lock:
            return self._pending.get(pending_id)

    def replace_pending(self, pending: PendingCard) -> None:
        """Change a queued card's text (the participant edits it before it is approved)."""
        with self.lock:
            if pending.id in self._pending:
                self._pending[pending.id] = pending

    def take_pending(self, pending_id: str) -> PendingCard | None:
        """Remove an entry from the queue (approved, rejected or withdrawn) and return it."""
        with self.lock:
            pending = self._pending.pop(pending_id, None)
            if pending is not None:
                owner = self._by_id.get(pending.participant_id)
                if owner is not None and pending_id in owner.pending_ids:
                    owner.pending_ids.remove(pending_id)
            return pending


def new_pending(
    participant: Participant, kind: str, text: str, target: str | None, card_id: str | None
) -> PendingCard:
    """A new moderation-queue entry for ``participant``."""
    return PendingCard(
        id=f"p-{uuid.uuid4().hex[:20]}",
        participant_id=participant.participant_id,
        category=participant.category or "",
        kind=kind,
        text=text,
        target=target,
        card_id=card_id,
        created_at=dt.datetime.now(dt.UTC),
    )
