"""The server's one way to change the forum: a core service call, serialised, with French refusals.

The server's worker threads queue on one lock instead of spinning on SQLite's busy handler. A
service returns only after its durable commit, so what the caller acknowledges is on disk. A disk
that refuses the write (full, read-only) becomes a 503 for the phone, which keeps its text, and
one alert for the facilitator every few seconds, not one per refused post.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from agora.errors import AgoraError, ReadOnlyForumError, StorageError
from agora.server.events import EventHub, EventKind, ServerEvent
from agora.server.refusal import RefusalError

T = TypeVar("T")

#: Seconds between two storage alerts (a full disk fails every post until space is freed).
STORAGE_ALERT_EVERY_S = 10.0

_KEEP_TEXT = " Votre texte est conservé : réessayez dans un instant."


class Writer:
    """Runs core services that change the forum, one at a time. Thread-safe."""

    def __init__(self, events: EventHub) -> None:
        self._events = events
        self.lock = threading.Lock()
        self._last_alert = 0.0

    def write(self, service: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call ``service(*args, **kwargs)`` alone, and turn the core's refusals into HTTP ones.

        Raises:
            RefusalError: 503 when the disk refused the write, 422 when the core refused the change.
        """
        with self.lock:
            try:
                return service(*args, **kwargs)
            except (StorageError, ReadOnlyForumError) as exc:
                self._alert(str(exc))
                raise RefusalError(503, str(exc) + _KEEP_TEXT, retry_after=5) from exc
            except AgoraError as exc:
                raise RefusalError(422, str(exc)) from exc

    def _alert(self, message: str) -> None:
        now = time.monotonic()
        if now - self._last_alert >= STORAGE_ALERT_EVERY_S:
            self._last_alert = now
            self._events.emit(ServerEvent(EventKind.STORAGE_ERROR, message=message))


def refuse_if_limited(wait: float, what: str) -> None:
    """Refuse a request that a token bucket did not let through.

    Args:
        wait: what :meth:`TokenBucket.take` returned (0 when a token was taken).
        what: the French start of the message, e.g. "Trop d’envois rapprochés".

    Raises:
        RefusalError: 429 with the seconds to wait.
    """
    if wait > 0:
        seconds = max(1, round(wait + 0.5))
        raise RefusalError(429, f"{what} : patientez {seconds} s avant de recommencer.", retry_after=seconds)
