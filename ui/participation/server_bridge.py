"""The participation server seen from the GUI thread: Qt signals, live refresh, counters.

``ServerBridge`` owns one :class:`agora.server.ParticipationServer` at a time. The server calls
``on_event`` on a waitress worker thread: the bridge only emits a Qt signal there, which Qt
queues to the GUI thread. On the GUI thread, cards and votes from phones become
``context.changed`` notices (gathered for a moment, so a burst of phones costs one refresh of the
board, the Agora and the projector), alerts become :attr:`ServerBridge.alert`, and a one-second
timer reads the room's figures for the panel.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from agora.server import EventKind, ParticipationServer, PendingCard, ServerEvent, ServerStats
from agora.services.reads import CardRead
from ui.forum_context import Change, ForumContext

logger = logging.getLogger(__name__)

#: How often the panel's counters are read (milliseconds).
STATS_INTERVAL_MS = 1000
#: Change notices from phones arriving closer together than this are announced once.
COALESCE_MS = 100

_CARD_EVENTS = frozenset({EventKind.CARD_ADDED, EventKind.CARD_EDITED, EventKind.CARD_WITHDRAWN})


class ServerBridge(QObject):
    """Starts and stops the participation server of one session; reports on the GUI thread.

    Callers use only the methods below and must not keep the server object: it is replaced at
    every start. Every method runs on the GUI thread.
    """

    #: The server listens (join link, fallback code).
    started = Signal(str, str)
    #: The server stopped (by « Arrêter », a change of session, the forum closing).
    stopped = Signal()
    #: The room's figures (a :class:`ServerStats`), every second while running.
    stats_changed = Signal(object)
    #: Something needs the facilitator at once (French text).
    alert = Signal(str)
    #: The moderation queue changed.
    pending_changed = Signal()
    #: Any event of the room, on the GUI thread (a :class:`ServerEvent`).
    event_received = Signal(object)
    #: Emitted on the server's worker thread only; delivered queued to the GUI thread.
    _event_arrived = Signal(object)

    def __init__(self, context: ForumContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.server: ParticipationServer | None = None
        self.session_id = ""
        self._change = Change()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(COALESCE_MS)
        self._flush.timeout.connect(self._announce)
        self._poll = QTimer(self)
        self._poll.setInterval(STATS_INTERVAL_MS)
        self._poll.timeout.connect(self.refresh_stats)
        self._event_arrived.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a server is listening."""
        return self.server is not None and self.server.running

    def start(
        self, session_id: str, host: str, port: int, *, moderation: bool = False
    ) -> ParticipationServer:
        """Start the server of ``session_id`` bound to ``host`` only (a running one is stopped first).

        Raises:
            ServerStartError: the address is refused or the port is taken (French message).
            AgoraError: the forum or the session cannot be opened.
        """
        self.stop()
        server = ParticipationServer(
            Path(self.context.store.path),
            session_id,
            host,
            port,
            moderation=moderation,
            on_event=self._event_arrived.emit,
        )
        server.start()
        self.server, self.session_id = server, session_id
        self._poll.start()
        self.started.emit(server.join_url, server.join_code)
        self.refresh_stats()
        return server

    def stop(self) -> None:
        """Stop the server (requests in progress finish) and announce what phones changed."""
        server = self.server
        if server is None:
            return
        self._poll.stop()
        self.server = None
        try:
            server.stop()
        finally:
            self._flush.stop()
            self._announce()
            self.session_id = ""
            self.stopped.emit()

    # -- controls -----------------------------------------------------------------------------

    def stats(self) -> ServerStats | None:
        """The room's figures now (None when stopped)."""
        return self.server.stats() if self.running and self.server is not None else None

    def refresh_stats(self) -> None:
        """Read the figures now and emit :attr:`stats_changed`."""
        stats = self.stats()
        if stats is not None:
            self.stats_changed.emit(stats)

    def lock_room(self, locked: bool) -> None:
        """« Verrouiller la salle » (True) or « Déverrouiller » (False)."""
        if self.server is None:
            return
        if locked:
            self.server.lock_room()
        else:
            self.server.unlock_room()
        self.refresh_stats()

    def set_current_statement(self, statement_id: str) -> None:
        """The Agora statement the room answers (ignored on a peer-group board)."""
        if self.server is None:
            return
        try:
            self.server.set_current_statement(statement_id or None)
        except ValueError:  # a peer-group session has no statements
            return
        self.refresh_stats()

    def pending_cards(self) -> list[PendingCard]:
        """The moderation queue, oldest first (empty when stopped)."""
        return self.server.pending_cards() if self.server is not None else []

    def approve(self, pending_id: str) -> CardRead:
        """Put a queued card on the board (durable before this returns).

        Raises:
            AgoraError: no longer queued, the disk refused it, or the core refused it.
        """
        if self.server is None:
            raise RuntimeError("the participation server is not started")
        card = self.server.approve_card(pending_id)
        self.pending_changed.emit()
        return card

    def reject(self, pending_id: str) -> bool:
        """Drop a queued card."""
        if self.server is None:
            return False
        dropped = self.server.reject_card(pending_id)
        self.pending_changed.emit()
        self.refresh_stats()
        return dropped

    # -- events (GUI thread) ------------------------------------------------------------------

    def _on_event(self, event: ServerEvent) -> None:
        session = event.card.session_id if event.card is not None else self.session_id
        if event.kind in _CARD_EVENTS and session:
            self._gather(Change.of_cards(session))
        elif event.kind == EventKind.VOTE_RECORDED and self.session_id:
            self._gather(Change.of_votes(self.session_id))
        elif event.kind == EventKind.CARD_PENDING:
            self.pending_changed.emit()
        if event.alert:
            self.alert.emit(event.message)
        self.event_received.emit(event)

    def _gather(self, change: Change) -> None:
        self._change = self._change | change
        if not self._flush.isActive():
            self._flush.start()

    def _announce(self) -> None:
        change, self._change = self._change, Change()
        if change.cards or change.votes:
            self.context.changed.emit(change)
            self.refresh_stats()
