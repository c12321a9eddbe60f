"""The participation server: waitress in a thread, bound to one chosen address, and its controls.

This is what the facilitator's panel (and ``agora serve``) drives: start and stop, the join link
and code to project, the room's figures, locking the room, the moderation queue and the events.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from agora.i18n import QT_TRANSLATE_NOOP
from agora.server import tokens
from agora.server.app import ParticipationApp
from agora.server.events import EventHub, ServerEvent
from agora.server.limits import DEFAULT_LIMITS, Limits
from agora.server.listener import Listener
from agora.server.participation import Participation
from agora.server.refusal import ServerStartError
from agora.server.room import ParticipantInfo, PendingCard, Room
from agora.server.security import OriginPolicy
from agora.services import forums, reads
from agora.storage.store import ForumStore, open_forum

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerStats:
    """The room's figures, as the facilitator's panel shows them.

    Attributes:
        phones: phones in the room (joined, not removed or forgotten).
        active_phones: phones seen within the last two minutes.
        answered: phones that answered the current statement.
        current_statement: the statement the room is answering, if one is set.
        room_locked: the facilitator locked the room.
        join_locked: joining is refused, by the facilitator or by the failed-join budget.
        failed_joins: failed join attempts since the room opened or was reopened.
        pending: cards waiting in the moderation queue.
        cards: cards posted from phones since the server started.
        votes: answers recorded from phones since the server started.
    """

    phones: int
    active_phones: int
    answered: int
    current_statement: str | None
    room_locked: bool
    join_locked: bool
    failed_joins: int
    pending: int
    cards: int
    votes: int


def check_bind_address(host: str) -> str:
    """The IPv4 address to bind, refused when it would listen on every interface.

    Raises:
        ServerStartError: not an IPv4 address, or ``0.0.0.0``, a broadcast or multicast address.
    """
    try:
        address = ipaddress.IPv4Address(host.strip())
    except ValueError:
        raise ServerStartError(
            QT_TRANSLATE_NOOP("errors", "« {host} » n’est pas une adresse IPv4 de cet ordinateur."), host=host
        ) from None
    if address.is_unspecified or address.is_multicast or str(address) == "255.255.255.255":
        raise ServerStartError(
            QT_TRANSLATE_NOOP(
                "errors", "L’adresse {host} ouvrirait toutes les interfaces : choisissez celle de la salle."
            ),
            host=host,
        )
    return str(address)


class ParticipationServer:
    """The local web server that lets phones in the room post cards and vote on one session.

    Create it, ``start()`` it, project ``join_url`` (as a QR code) and ``join_code``, and
    ``stop()`` it with the session and with the app. Every method may be called from the GUI
    thread; none blocks longer than a read of the forum file, except ``start`` (opens the file)
    and ``stop`` (waits for requests in progress). Callers must not change the server's
    attributes directly.

    Args:
        store_path: the forum file (opened by the server itself, with its own connections).
        session_id: the session phones take part in (a peer group or the Agora).
        host: the IPv4 address to bind, one of :func:`agora.server.network.local_addresses`.
        port: the TCP port (0 lets the system choose one; :attr:`port` then tells it).
        moderation: cards wait in a queue for the facilitator's approval before reaching the
            board (they are then not in the forum file until approved).
        scale: the answer scale of statements nobody has answered yet (5 or 3).
        kinds: the card kinds phones may post (all five when None).
        limits: sizes, rates and caps (:class:`agora.server.limits.Limits`).
        on_event: called on a server thread for every :class:`ServerEvent`; it must only hand
            the event over (e.g. emit a Qt signal). :meth:`drain_events` works either way.
    """

    def __init__(
        self,
        store_path: Path,
        session_id: str,
        host: str,
        port: int,
        *,
        moderation: bool = False,
        scale: int = 5,
        kinds: Sequence[str] | None = None,
        limits: Limits = DEFAULT_LIMITS,
        on_event: Callable[[ServerEvent], None] | None = None,
    ) -> None:
        self.store_path = Path(store_path)
        self.session_id = session_id
        self.host = check_bind_address(host)
        self._requested_port = port
        self.port = port
        self.limits = limits
        self._moderation = moderation
        self._scale = scale
        self._kinds = kinds
        self._events = EventHub(on_event)
        self._store: ForumStore | None = None
        self._participation: Participation | None = None
        self._room: Room | None = None
        self._listener: Listener | None = None

    # Life cycle ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the server accepts connections."""
        return self._listener is not None and self._listener.running

    def start(self) -> None:
        """Open the forum, bind the address and serve in a background thread.

        Raises:
            ServerStartError: the address is not on this computer, or the port is taken.
            AgoraError: the forum cannot be opened, or the session does not exist.
        """
        if self._listener is not None:
            return
        store = open_forum(self.store_path)
        try:
            session = forums.get_session(store, self.session_id)
            room = Room(self.limits, self._events, fixed_category=session.category)
            participation = Participation(
                store,
                self.session_id,
                room,
                self._events,
                self.limits,
                moderation=self._moderation,
                scale=self._scale,
                kinds=self._kinds,
            )
            app = ParticipationApp(
                participation, room, OriginPolicy(self.host, self._requested_port), self.limits
            )
            listener = Listener(app, self.host, self._requested_port, self.limits)
        except BaseException:
            store.close()
            raise
        self.port = int(listener.port)
        app.policy = OriginPolicy(self.host, self.port)  # the port the system chose, when asked for 0
        self._store, self._room, self._participation, self._listener = store, room, participation, listener
        listener.start()
        logger.info("participation server listening on %s:%s", self.host, self.port)

    def stop(self) -> None:
        """Stop accepting phones, let requests in progress finish, close the forum file.

        Every post acknowledged before ``stop`` is in the file (it was committed before its
        answer); the moderation queue is lost. A new ``start`` opens a new room: new link, new
        code, phones join again.
        """
        listener = self._listener
        if listener is None:
            return
        listener.stop()
        if self._store is not None:
            self._store.close()
        self._listener = self._store = self._room = self._participation = None
        logger.info("participation server stopped")

    def __enter__(self) -> ParticipationServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # What the panel shows ------------------------------------------------------------------

    @property
    def join_url(self) -> str:
        """The join link for the QR code, all upper-case: ``HTTP://10.42.0.1:8000/J/ABC…``."""
        return f"HTTP://{self.host}:{self.port}/J/{self._live_room().join_token}"

    @property
    def join_code(self) -> str:
        """The typed fallback code, as projected: ``K7QM-2XRP``."""
        return tokens.format_join_code(self._live_room().join_code)

    @property
    def address(self) -> tuple[str, int]:
        """The bound address and port."""
        return self.host, self.port

    def stats(self) -> ServerStats:
        """The room's figures now."""
        room, participation = self._live_room(), self._live_participation()
        voting = participation.voting
        phones, active = room.counts()
        return ServerStats(
            phones=phones,
            active_phones=active,
            answered=voting.answered_current() if voting else 0,
            current_statement=voting.current_statement if voting else None,
            room_locked=room.locked,
            join_locked=room.join_locked,
            failed_joins=room.failed_joins,
            pending=len(room.pending()),
            cards=participation.cards_posted,
            votes=voting.recorded if voting else 0,
        )

    def drain_events(self) -> list[ServerEvent]:
        """Events since the last call, oldest first (for a timer on the GUI thread)."""
        return self._events.drain()

    # What the panel does -------------------------------------------------------------------

    def lock_room(self) -> None:
        """« Verrouiller la salle »: no new phone may join; those in the room go on."""
        self._live_room().lock_room()

    def unlock_room(self) -> None:
        """Reopen joining (also after the failed-join budget locked it)."""
        self._live_room().unlock_room()

    @property
    def room_locked(self) -> bool:
        """Whether joining is refused now, for whatever reason."""
        return self._live_room().join_locked

    def set_current_statement(self, statement_id: str | None) -> None:
        """The statement the room is answering (highlighted on phones, counted in ``stats``)."""
        voting = self._live_participation().voting
        if voting is None:
            raise ValueError("a peer-group session has no statements")
        voting.set_current_statement(statement_id)

    def participants(self) -> list[ParticipantInfo]:
        """The phones in the room."""
        return self._live_room().participants()

    def remove_participant(self, participant_id: str) -> bool:
        """Send one phone out of the room (its cards and votes stay)."""
        return self._live_room().remove(participant_id)

    def pending_cards(self) -> list[PendingCard]:
        """The moderation queue, oldest first."""
        return self._live_room().pending()

    def approve_card(self, pending_id: str) -> reads.CardRead:
        """Put a queued card on the board (durably) and return it.

        Raises:
            NotFoundError: it is no longer queued.
            StorageError: the disk refused it; it stays queued.
            AgoraError: the core refused it (e.g. its target category was removed); it stays queued.
        """
        return self._live_participation().approve(pending_id)

    def reject_card(self, pending_id: str) -> bool:
        """Drop a queued card. Returns whether it was still queued."""
        return self._live_participation().reject(pending_id)

    def _live_room(self) -> Room:
        if self._room is None:
            raise RuntimeError("the participation server is not started")
        return self._room

    def _live_participation(self) -> Participation:
        if self._participation is None:
            raise RuntimeError("the participation server is not started")
        return self._participation
