"""The automatic snapshots of the forum open in the desk (``agora.storage.backup.ForumBackups``).

One ``DeskBackups`` per desk: a snapshot right after opening, a check every minute (a snapshot
when 15 minutes have passed and something changed), one before a bulk deletion and before a
merge of another room's bundle, and one at close. Snapshots never run on the GUI thread: the
periodic ones on a one-thread pool of their own, the one before a bulk deletion on the forum's
write thread (queued just before the deletion, so it copies the state before it). A snapshot
that fails goes to the log and to a discreet status-bar message; it never stops capture.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from agora.storage.backup import REASON_DELETION, REASON_IMPORT, ForumBackups, Snapshot
from ui.forum_context import Change, ForumContext, error_text
from ui.workers import run_in_background

logger = logging.getLogger(__name__)

#: How often the periodic hook asks whether a snapshot is due (ms).
TICK_MS = 60_000


class DeskBackups(QObject):
    """The backup hooks of one open forum, driven from the desk (GUI thread)."""

    #: A snapshot was taken (the ``Snapshot``).
    taken = Signal(object)
    #: Something to say quietly in the status bar (a failed snapshot).
    message = Signal(str)

    def __init__(self, context: ForumContext, parent: QObject | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.enabled = not context.read_only
        self.forum_backups = ForumBackups(context.store.path)
        self._lock = threading.Lock()  # ForumBackups is used from two threads
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._closed = False
        if start and self.enabled:
            self.on_open()
            self.timer.start()

    # -- hooks ------------------------------------------------------------------------------

    def _guarded(self, hook: Callable[[], Snapshot | None]) -> Callable[[], Snapshot | None]:
        def run() -> Snapshot | None:
            with self._lock:
                return hook()

        return run

    def _run(self, hook: Callable[[], Snapshot | None], then: Callable[[], Any] | None = None) -> None:
        def done(snap: Snapshot | None) -> None:
            self._reported(snap)
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            self._failed(exc)
            if then is not None:
                then()

        run_in_background(self._guarded(hook), done, failed, context=self, pool=self._pool)

    def on_open(self) -> None:
        """The snapshot after opening (off the GUI thread)."""
        if self.enabled:
            self._run(self.forum_backups.on_open)

    def tick(self) -> None:
        """The periodic check (the timer calls it every minute)."""
        if self.enabled and not self._closed:
            self._run(self.forum_backups.tick)

    def before_import(self, then: Callable[[], Any]) -> None:
        """Snapshot before merging another room's bundle, then call ``then`` (even if it failed)."""
        if not self.enabled:
            then()
            return
        self._run(lambda: self.forum_backups.before(REASON_IMPORT), then)

    def before_deletion(self) -> None:
        """Queue a snapshot on the write thread: the deletion queued next copies nothing lost."""
        if not self.enabled:
            return
        hook = self._guarded(lambda: self.forum_backups.before(REASON_DELETION))

        def snapshot(_store: object) -> Snapshot | Exception | None:
            try:
                return hook()
            except Exception as exc:  # never blocks the deletion nor turns the save state red
                return exc

        def done(result: Snapshot | Exception | None) -> None:
            if isinstance(result, Exception):
                self._failed(result)
            else:
                self._reported(result)

        self.context.write(snapshot, Change(), done, context=self)

    def guard_deletions(self, editing: Any) -> None:
        """Make ``editing.delete(chosen)`` snapshot first when several cards go at once."""
        original = editing.delete

        def delete(chosen: Sequence[Any]) -> None:
            if len(chosen) > 1:
                self.before_deletion()
            original(chosen)

        editing.delete = delete

    def at_close(self) -> None:
        """The snapshot at close (if anything changed); waits for it, off the GUI thread."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        if self.enabled:
            self._run(self.forum_backups.at_close)
        self._pool.waitForDone(-1)
        with self._lock:
            self.forum_backups.close()

    def suspend(self) -> None:
        """Stop the hooks and release the file (before a restore replaces it); no snapshot."""
        self._closed = True
        self.timer.stop()
        self._pool.waitForDone(-1)
        with self._lock:
            self.forum_backups.close()

    def restart(self) -> None:
        """After the forum file was replaced (a restore): watch the new file, snapshot it."""
        self.suspend()
        self.enabled = not self.context.read_only
        self.forum_backups = ForumBackups(self.context.store.path, clock=self.forum_backups.clock)
        self._closed = False
        if self.enabled:
            self.on_open()
            self.timer.start()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the queued snapshots have run (tests)."""
        return self._pool.waitForDone(msecs)

    # -- outcomes -----------------------------------------------------------------------------

    def _reported(self, snap: Snapshot | None) -> None:
        if snap is None:
            return
        if not snap.verified:
            self._failed(RuntimeError(f"snapshot {snap.path.name} did not verify"))
            return
        self.taken.emit(snap)

    def _failed(self, exc: Exception) -> None:
        logger.warning("snapshot of %s failed: %s", self.context.store.path.name, exc, exc_info=exc)
        self.message.emit(
            self.tr("La sauvegarde automatique a échoué : {reason}").format(reason=error_text(exc))
        )
