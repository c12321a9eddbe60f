"""What the participation server tells the facilitator's interface, as it happens.

Events are produced on the server's worker threads. The interface receives them either through
a callback given to the server (called on a worker thread: it must only hand the event over,
e.g. emit a Qt signal, which Qt queues to the GUI thread) or by polling :meth:`EventHub.drain`
(e.g. from a timer). Both see every event.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from agora.services import reads

logger = logging.getLogger(__name__)

#: Events kept for :meth:`EventHub.drain` when nobody polls (the oldest are dropped).
MAX_QUEUED_EVENTS = 10_000


class EventKind(StrEnum):
    """Kinds of event; ``JOIN_LOCKED`` and ``STORAGE_ERROR`` are alerts for the facilitator."""

    PARTICIPANT_JOINED = "participant_joined"
    CARD_ADDED = "card_added"
    CARD_EDITED = "card_edited"
    CARD_WITHDRAWN = "card_withdrawn"
    CARD_PENDING = "card_pending"
    VOTE_RECORDED = "vote_recorded"
    JOIN_LOCKED = "join_locked"
    STORAGE_ERROR = "storage_error"


#: Kinds that need the facilitator's attention at once.
ALERTS = frozenset({EventKind.JOIN_LOCKED, EventKind.STORAGE_ERROR})


@dataclass(frozen=True)
class ServerEvent:
    """One thing that happened in the room.

    Attributes:
        kind: what happened.
        card: the card added, edited or withdrawn (durable in the forum file).
        position: the answer recorded (durable in the forum file).
        pending_id: the moderation-queue entry, for ``CARD_PENDING``.
        message: a French sentence for alerts.
    """

    kind: EventKind
    card: reads.CardRead | None = None
    position: reads.PositionRead | None = None
    pending_id: str | None = None
    message: str = ""

    @property
    def alert(self) -> bool:
        """Whether the facilitator must be told at once."""
        return self.kind in ALERTS


class EventHub:
    """Collects events for a polling reader and forwards them to an optional callback. Thread-safe."""

    def __init__(self, callback: Callable[[ServerEvent], None] | None = None) -> None:
        self._callback = callback
        self._lock = threading.Lock()
        self._queue: deque[ServerEvent] = deque(maxlen=MAX_QUEUED_EVENTS)

    def emit(self, event: ServerEvent) -> None:
        """Queue ``event`` and call the callback; a failing callback is logged, never raised."""
        with self._lock:
            self._queue.append(event)
        if self._callback is not None:
            try:
                self._callback(event)
            except Exception:  # the room must keep working whatever the interface does
                logger.exception("participation event callback failed")

    def drain(self) -> list[ServerEvent]:
        """Every event queued since the last call, oldest first."""
        with self._lock:
            events = list(self._queue)
            self._queue.clear()
        return events
