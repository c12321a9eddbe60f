"""The server's one way to change the forum: a core service call, group-committed, with French refusals.

The server's worker threads hand their service calls to one :class:`GroupCommitter` instead of
spinning on SQLite's busy handler: the calls that arrive together share one transaction and one
fsync, and each returns only after that durable commit, so what the caller acknowledges is on
disk. A disk that refuses the write (full, read-only) becomes a 503 for the phone, which keeps
its text, and one alert for the facilitator every few seconds, not one per refused post.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from agora.errors import AgoraError, ReadOnlyForumError, StorageError
from agora.server.events import EventHub, EventKind, ServerEvent
from agora.server.refusal import RefusalError
from agora.storage.group_commit import GroupCommitter
from agora.storage.store import ForumStore

T = TypeVar("T")

#: Seconds between two storage alerts (a full disk fails every post until space is freed).
STORAGE_ALERT_EVERY_S = 10.0

_KEEP_TEXT = " Votre texte est conservé : réessayez dans un instant."


class Writer:
    """Runs the core services that change the forum, group-committed. Thread-safe.

    Callers pass services that write to ``store`` (see :class:`GroupCommitter`).
    """

    def __init__(self, events: EventHub, store: ForumStore) -> None:
        self._events = events
        self.committer = GroupCommitter(store)
        self._alert_lock = threading.Lock()
        self._last_alert = 0.0

    def call(self, service: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Call ``service(*args, **kwargs)``; it returns after its durable commit.

        Raises:
            AgoraError: what the core raised (StorageError when the disk refused the commit).
        """
        return self.committer.call(service, *args, **kwargs)

    def write(self, service: Callable[..., T], *args: object, **kwargs: object) -> T:
        """:meth:`call`, with the core's refusals turned into HTTP ones.

        Raises:
            RefusalError: 503 when the disk refused the write, 422 when the core refused the change.
        """
        try:
            return self.call(service, *args, **kwargs)
        except (StorageError, ReadOnlyForumError) as exc:
            self._alert(str(exc))
            raise RefusalError(503, str(exc) + _KEEP_TEXT, retry_after=5) from exc
        except AgoraError as exc:
            raise RefusalError(422, str(exc)) from exc

    def _alert(self, message: str) -> None:
        now = time.monotonic()
        with self._alert_lock:  # a failed batch refuses several posts at once: one alert
            if now - self._last_alert < STORAGE_ALERT_EVERY_S:
                return
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
