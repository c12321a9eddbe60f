"""Group commit: units of work from several threads share one transaction and one fsync.

With ``synchronous=FULL`` every commit waits for the disk, and SQLite lets one writer in at a
time: 200 phones posting at once would queue behind 200 commits. Here the calls that arrive
together are run by one thread in one ``ForumStore.batch`` (one ``BEGIN IMMEDIATE``, one
SAVEPOINT per call, one COMMIT), and each caller is answered only once that commit is on
disk: what is acknowledged is durable, exactly as with one commit per call. With a laptop's
fsync (5 ms, injected with strace on the benchmark), 200 phones get about 270 posts/s this
way against 140 with one commit per post.

Leader and followers: the first caller to find nobody at work becomes the leader and runs the
batch made of every call waiting then (its own first) on its own thread; the others wait on an
event. After the commit the leader answers them and hands over to the first call that arrived
meanwhile, whose thread leads the next batch: no thread serves the others for more than one
batch, and there is no extra thread to start and stop.

No leader waits on a timer for stragglers: a batch gathers what arrived while the previous one
was committing, which is exactly when there is something to gather. Measured with
``bench/bench_server.py`` (200 phones, when the server had 4 threads): without waiting, 2.3 calls per
commit and p99 333–392 ms; waiting up to 2 ms, 2.5 calls and p99 445–455 ms; up to 5 ms, 2.5
calls and p99 606–656 ms. The extra calls never paid for the wait.
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from agora.errors import ReadOnlyForumError, StorageError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.storage.store import ForumStore

T = TypeVar("T")

#: Most calls in one batch: bounds how long the first of them waits for the others' work.
MAX_BATCH = 32

#: Told to the callers of a batch whose leader stopped before committing it.
_NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "La modification n’a pas été enregistrée (écriture interrompue).")


@dataclass(eq=False)
class _Call:
    """One caller's unit of work, and what it is told."""

    work: Callable[[], object]
    #: Set when the call is answered, or when its thread must lead the next batch.
    wake: threading.Event = field(default_factory=threading.Event)
    lead: bool = False
    answered: bool = False
    result: object = None
    error: BaseException | None = None


class GroupCommitter:
    """Runs units of work that write to one store, from any thread, in shared durable commits.

    :meth:`call` returns what the service returned (or raises what it raised) only after the
    commit of its batch. A service that raises undoes only its own writes (its SAVEPOINT); a
    commit the disk refuses fails every call of the batch with the same ``StorageError``.
    Thread-safe.

    Callers must pass services that change the forum only through this same store's
    ``write``/``raw_write`` (never a connection of their own), and must not call the committer
    from inside a service.
    """

    def __init__(self, store: ForumStore, *, max_batch: int = MAX_BATCH) -> None:
        self.store = store
        self.max_batch = max_batch
        self._mutex = threading.Lock()
        self._waiting: deque[_Call] = deque()
        self._leading = False
        #: Batches committed or failed, and calls they held (for the benchmark and the tests).
        self.batches = 0
        self.calls = 0

    @property
    def waiting(self) -> int:
        """Calls queued for the next batch, now."""
        with self._mutex:
            return len(self._waiting)

    def call(self, service: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run ``service(*args, **kwargs)`` in the next batch; return once it is committed.

        Raises:
            StorageError: the disk refused the batch's commit; nothing of it was written.
            ReadOnlyForumError: the forum is open read-only.
            Exception: whatever the service raised (nothing of it was written).
        """
        call = _Call(functools.partial(service, *args, **kwargs))
        with self._mutex:
            self._waiting.append(call)
            call.lead = not self._leading
            self._leading = True
        if not call.lead:
            call.wake.wait()  # answered, or handed the lead
        if call.lead:
            self._lead()
        if call.error is not None:
            raise call.error
        return cast(T, call.result)

    def _lead(self) -> None:
        """Run one batch (this thread's call is its first), then hand over or stand down."""
        with self._mutex:
            batch = [self._waiting.popleft() for _ in range(min(self.max_batch, len(self._waiting)))]
        try:
            self._run(batch)
        finally:
            with self._mutex:
                self.batches += 1
                self.calls += len(batch)
                successor = self._waiting[0] if self._waiting else None
                if successor is None:
                    self._leading = False
                else:
                    successor.lead = True
            if successor is not None:
                successor.wake.set()
            for call in batch:
                if not call.answered:  # the batch stopped on something unexpected: never a false "done"
                    call.error = StorageError(_NOT_WRITTEN)
                call.lead = False
                call.wake.set()

    def _run(self, batch: list[_Call]) -> None:
        outcomes: list[tuple[object, BaseException | None]] = []
        try:
            with self.store.batch():
                for call in batch:
                    try:
                        outcomes.append((call.work(), None))
                    except Exception as exc:  # its savepoint is undone; the others go on
                        outcomes.append((None, exc))
        except (StorageError, ReadOnlyForumError) as exc:  # nothing of the batch was written
            outcomes = [(None, exc)] * len(batch)
        # Only now, after the commit, is any call answered.
        for call, (result, error) in zip(batch, outcomes, strict=True):
            call.result, call.error, call.answered = result, error, True
