"""What a phone can do in the room — post, edit and withdraw its own cards, vote — through the core.

Every change goes through a core service (``agora.services``), called through the
:class:`~agora.server.writer.Writer`: this module never opens the database and never writes SQL.
A service returns only after its durable commit, so whatever is acknowledged to a phone is on
disk. Votes are handled by :mod:`agora.server.voting`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from agora.domain.kinds import ContributionKind, SessionKind
from agora.domain.text import clean_required
from agora.errors import AgoraError, NotFoundError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.server import views
from agora.server.events import EventHub, EventKind, ServerEvent
from agora.server.fresh import Fresh
from agora.server.limits import Limits
from agora.server.refusal import RefusalError
from agora.server.room import Participant, PendingCard, Room, new_pending
from agora.server.voting import Voting
from agora.server.writer import Writer, refuse_if_limited
from agora.services import cards, forums, reads
from agora.services.cards import CARD_FIELD
from agora.storage.store import ForumStore

#: Seconds the forum's categories are read again after.
CATEGORIES_TTL_S = 1.0

_TOO_FAST = "Trop d’envois rapprochés"


class Participation:
    """The participant's actions on one session of one forum. Thread-safe.

    Callers pass a participant obtained from the room for the current request; the room's lock
    guards the participant's in-memory state, the writer's group commit the forum file.
    """

    def __init__(
        self,
        store: ForumStore,
        session_id: str,
        room: Room,
        events: EventHub,
        limits: Limits,
        *,
        moderation: bool = False,
        scale: int = 5,
        kinds: Sequence[str] | None = None,
    ) -> None:
        self.store = store
        self.session = forums.get_session(store, session_id)
        self.room = room
        self.events = events
        self.limits = limits
        self.moderation = moderation
        self.kinds = tuple(kinds) if kinds else tuple(kind.value for kind in ContributionKind)
        for kind in self.kinds:
            ContributionKind(kind)
        self.writer = Writer(events, store)
        self.cards_posted = 0
        self._category_codes = Fresh(lambda: frozenset(c.code for c in self.categories()), CATEGORIES_TTL_S)
        #: The Agora's answers (None for a peer group: nothing to vote on).
        self.voting = (
            Voting(store, session_id, room, events, self.writer, scale=scale) if self.is_agora else None
        )

    @property
    def is_agora(self) -> bool:
        """Whether the session is the Agora (statements to vote on, categories to choose)."""
        return self.session.kind == SessionKind.AGORA

    # Reading -------------------------------------------------------------------------------

    def categories(self) -> list[reads.CategoryRead]:
        """The forum's categories, in their order."""
        return forums.list_categories(self.store)

    def forum_title(self) -> str:
        """The forum's title, for the page header."""
        return forums.forum_info(self.store).title

    def page(self, participant: Participant) -> views.PageView:
        """What ``participant``'s main page shows, read fresh from the forum file."""
        categories = tuple(self.categories())
        with self.room.lock:
            answers = dict(participant.answers)
            card_ids = list(participant.card_ids)
            pending_ids = list(participant.pending_ids)
            category_code = participant.category
            csrf = participant.csrf
        category = next((c for c in categories if c.code == category_code), None)
        return views.PageView(
            forum_title=self.forum_title(),
            session=self.session,
            categories=categories,
            category=category,
            kinds=self.kinds,
            statements=tuple(self.voting.statement_views(category_code, answers) if self.voting else ()),
            cards=tuple(self._own_cards(card_ids, pending_ids)),
            moderation=self.moderation,
            max_card_chars=self.limits.max_card_chars,
            csrf=csrf,
        )

    def _own_cards(self, card_ids: list[str], pending_ids: list[str]) -> list[views.OwnCard]:
        own = []
        for card_id in card_ids:
            try:
                card = cards.get_card(self.store, card_id)
            except AgoraError:
                continue
            status = views.ON_BOARD
            if card.merged_into:
                status = views.MERGED
            elif card.deleted_at is not None:
                status = views.REMOVED
            own.append(views.OwnCard(card.id, card.kind, card.text, card.target, status))
        for pending_id in pending_ids:
            pending = self.room.pending_card(pending_id)
            if pending is not None:
                own.append(
                    views.OwnCard(pending.id, pending.kind, pending.text, pending.target, views.PENDING)
                )
        return own

    def own_card(self, participant: Participant, card_id: str) -> views.OwnCard:
        """One of ``participant``'s cards, still editable.

        Raises:
            RefusalError: 404 when it is not theirs, or no longer on the board.
        """
        with self.room.lock:
            card_ids, pending_ids = list(participant.card_ids), list(participant.pending_ids)
        if card_id not in card_ids and card_id not in pending_ids:
            raise RefusalError(404, "Cette carte n’est pas l’une des vôtres.")
        found = self._own_cards(
            [card_id] if card_id in card_ids else [], [card_id] if card_id in pending_ids else []
        )
        if not found or not found[0].editable:
            raise RefusalError(404, "Cette carte n’est plus au tableau : elle ne peut plus être modifiée.")
        return found[0]

    # Changing ------------------------------------------------------------------------------

    def choose_category(self, participant: Participant, code: str) -> None:
        """Record the participant's category, once.

        Raises:
            RefusalError: 409 when already chosen, 422 for an unknown category.
        """
        if code not in self._category_codes.get(refresh=True):
            raise RefusalError(422, "Choisissez votre catégorie dans la liste.")
        with self.room.lock:
            if participant.category is not None and participant.category != code:
                raise RefusalError(409, "Votre catégorie est déjà choisie : elle ne peut plus changer.")
            participant.category = code

    def post_card(
        self, participant: Participant, kind: str, text: str, target: str | None, send_id: str = ""
    ) -> reads.CardRead | PendingCard | None:
        """Post a new card: on the board at once, or into the moderation queue.

        Args:
            participant: the phone posting it.
            kind: one of the session's card kinds.
            text: the card's text (at most ``limits.max_card_chars`` characters).
            target: the targeted category (expectations only; ignored for other kinds).
            send_id: the form's one-time id; a post sent twice with it is taken once.

        Returns:
            The stored card (durable), the queued entry, or None for a repeated send.

        Raises:
            RefusalError: 422 (kind, text or target refused), 429 (too fast or too many), 503 (disk).
        """
        category = self._category_of(participant)
        kind, text, target = self._checked_card(category, kind, text, target)
        with self.room.lock:
            if send_id and send_id in participant.sends:
                return None
            if participant.cards_posted >= self.limits.max_cards_per_participant:
                raise RefusalError(429, "Vous avez atteint le nombre maximal de cartes pour ce temps.")
            refuse_if_limited(participant.card_bucket.take(), _TOO_FAST)
            if send_id:
                self._remember_send(participant, send_id)
        if self.moderation:
            pending = new_pending(participant, kind, text, target, None)
            self.room.queue(participant, pending)
            self._count_post(participant)
            self.events.emit(ServerEvent(EventKind.CARD_PENDING, pending_id=pending.id))
            return pending
        try:
            card = self.writer.write(
                cards.add_card,
                self.store,
                self.session.id,
                kind,
                text,
                category=category,
                target=target,
                participant_id=participant.participant_id,
            )
        except RefusalError:
            with self.room.lock:
                participant.sends.pop(send_id, None)  # nothing stored: the same send may come again
            raise
        with self.room.lock:
            participant.card_ids.append(card.id)
        self._count_post(participant)
        self.events.emit(ServerEvent(EventKind.CARD_ADDED, card=card))
        return card

    def edit_card(self, participant: Participant, card_id: str, text: str) -> reads.CardRead | PendingCard:
        """Change the text of one of the participant's cards (queued again under moderation).

        Raises:
            RefusalError: 404 (not theirs or gone), 422, 429, 503.
        """
        own = self.own_card(participant, card_id)
        category = self._category_of(participant)
        _kind, text, _target = self._checked_card(category, own.kind, text, own.target)
        with self.room.lock:
            refuse_if_limited(participant.card_bucket.take(), _TOO_FAST)
        if own.status == views.PENDING:
            pending = self.room.pending_card(card_id)
            if pending is None:
                raise RefusalError(404, "Cette carte n’est plus en attente.")
            changed = dataclasses.replace(pending, text=text)
            self.room.replace_pending(changed)
            return changed
        if self.moderation:
            pending = new_pending(participant, own.kind, text, own.target, card_id)
            self.room.queue(participant, pending)
            self.events.emit(ServerEvent(EventKind.CARD_PENDING, pending_id=pending.id))
            return pending
        card = self.writer.write(cards.edit_card, self.store, card_id, text=text)
        self.events.emit(ServerEvent(EventKind.CARD_EDITED, card=card))
        return card

    def withdraw_card(self, participant: Participant, card_id: str) -> None:
        """Withdraw one of the participant's cards (the facilitator can restore it).

        Raises:
            RefusalError: 404 (not theirs or gone), 429, 503.
        """
        own = self.own_card(participant, card_id)
        with self.room.lock:
            refuse_if_limited(participant.card_bucket.take(), _TOO_FAST)
        if own.status == views.PENDING:
            self.room.take_pending(card_id)
            return
        card = self.writer.write(cards.delete_card, self.store, card_id)
        with self.room.lock:
            if card_id in participant.card_ids:
                participant.card_ids.remove(card_id)
        self.events.emit(ServerEvent(EventKind.CARD_WITHDRAWN, card=card))

    def vote(self, participant: Participant, statement_id: str, raw_value: object) -> reads.PositionRead:
        """Record the participant's answer to a statement of this Agora (see :meth:`Voting.vote`).

        Raises:
            RefusalError: 404 (no such statement here, or not an Agora), 409, 422, 429, 503.
        """
        category = self._category_of(participant)
        if self.voting is None:
            raise RefusalError(404, "Cet énoncé n’est plus soumis au vote.")
        return self.voting.vote(participant, category, statement_id, raw_value)

    # The facilitator's side ----------------------------------------------------------------

    def approve(self, pending_id: str) -> reads.CardRead:
        """Put a queued card on the board (or apply a queued new text).

        Raises:
            NotFoundError: the entry is no longer queued (approved, rejected or withdrawn).
            StorageError: the disk refused the write; the entry stays queued.
            AgoraError: the core refused the card; the entry stays queued.
        """
        pending = self.room.pending_card(pending_id)
        if pending is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Cette carte n’est plus en attente de relecture.")
            )
        if pending.card_id is None:
            card = self.writer.call(
                cards.add_card,
                self.store,
                self.session.id,
                pending.kind,
                pending.text,
                category=pending.category,
                target=pending.target,
                participant_id=pending.participant_id,
            )
        else:
            card = self.writer.call(cards.edit_card, self.store, pending.card_id, text=pending.text)
        self.room.take_pending(pending_id)
        owner = self.room.by_participant_id(pending.participant_id)
        if owner is not None and pending.card_id is None:
            with self.room.lock:
                owner.card_ids.append(card.id)
        self.events.emit(
            ServerEvent(EventKind.CARD_ADDED if pending.card_id is None else EventKind.CARD_EDITED, card=card)
        )
        return card

    def reject(self, pending_id: str) -> bool:
        """Drop a queued card; its author sees a notice. Returns whether it was queued."""
        pending = self.room.take_pending(pending_id)
        if pending is None:
            return False
        owner = self.room.by_participant_id(pending.participant_id)
        if owner is not None:
            with self.room.lock:
                owner.notice = "Une de vos cartes n’a pas été retenue par l’animation."
        return True

    # Helpers -------------------------------------------------------------------------------

    def _category_of(self, participant: Participant) -> str:
        with self.room.lock:
            category = participant.category
        if category is None:
            raise RefusalError(409, "Choisissez d’abord votre catégorie.")
        return category

    def _checked_card(
        self, category: str, kind: str, text: str, target: str | None
    ) -> tuple[str, str, str | None]:
        if kind not in self.kinds:
            raise RefusalError(422, "Choisissez le type de carte dans la liste.")
        target = (target or None) if kind == ContributionKind.EXPECTATION else None
        try:
            text = clean_required(text, limit=self.limits.max_card_chars, field=CARD_FIELD)
            cards.validate_card(self._category_codes.get(), kind, category, target, None)
        except AgoraError as exc:
            raise RefusalError(422, str(exc)) from exc
        if len(text.encode("utf-8")) > self.limits.max_card_bytes:
            raise RefusalError(422, "Le texte de la carte est trop long : raccourcissez-le.")
        return kind, text, target

    def _remember_send(self, participant: Participant, send_id: str) -> None:
        participant.sends[send_id[:64]] = ""
        while len(participant.sends) > 64:
            participant.sends.pop(next(iter(participant.sends)))

    def _count_post(self, participant: Participant) -> None:
        with self.room.lock:
            participant.cards_posted += 1
            self.cards_posted += 1
