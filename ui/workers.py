"""Running slow work off the GUI thread: the one helper every screen uses, ``run_in_background``.

``fn`` runs on a pool thread and never touches a widget; its result or its exception comes back
on the GUI thread, to callbacks that may update widgets. Picard's ``run_task`` and Anki's task
manager are the models (STYLE.md §4.3).

Pool threads report through one signals object that lives on the GUI thread for the whole
session. A signals object per task would be destroyed by whichever thread drops the last
reference to it, sometimes the pool thread while the GUI thread is still delivering its
signals: a crash that shows up once in a few hundred runs.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

logger = logging.getLogger(__name__)

T = TypeVar("T")


def _ignore(_value: Any) -> None:
    pass


class Task:
    """One piece of background work as the GUI thread sees it: what to call when it ends.

    Callers get it back from ``run_in_background`` and must not call its callbacks themselves.
    """

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        context: QObject | None,
    ) -> None:
        self._on_success = on_success
        self._on_error = on_error
        self._context = weakref.ref(context) if context is not None else None
        self.done = False

    def _context_gone(self) -> bool:
        if self._context is None:
            return False
        context = self._context()
        return context is None or not Shiboken.isValid(context)

    def deliver(self, ok: bool, value: object) -> None:
        """Call the callback for the outcome, unless the context object is gone (GUI thread)."""
        on_success, on_error = self._on_success, self._on_error
        # Forget the callbacks (often bound to widgets): the pool thread may hold the last
        # reference to this task, and must never be the one that releases a widget.
        self._on_success, self._on_error = _ignore, _ignore
        self.done = True
        if self._context_gone():
            if not ok:
                logger.info("background task failed after its window closed: %r", value)
            return
        if ok:
            on_success(value)
        else:
            assert isinstance(value, Exception)
            on_error(value)


class _WorkerSignals(QObject):
    """The signals of every worker: QRunnable is not a QObject, so they live on this object,
    created once on the GUI thread and kept until the application ends."""

    #: A task ended: (task, whether it succeeded, its result or its exception).
    task_ended = Signal(object, bool, object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        # Emitted from pool threads, received here on the GUI thread: Qt queues the call.
        self.task_ended.connect(self._deliver)

    @Slot(object, bool, object)
    def _deliver(self, task: Task, ok: bool, value: object) -> None:
        _PENDING.discard(task)
        task.deliver(ok, value)


#: Tasks started and not yet delivered (GUI thread only).
_PENDING: set[Task] = set()
_signals: _WorkerSignals | None = None


def _worker_signals() -> _WorkerSignals:
    global _signals
    if _signals is None or not Shiboken.isValid(_signals):
        _signals = _WorkerSignals(QCoreApplication.instance())
    return _signals


class Worker(QRunnable):
    """Calls ``fn()`` on a pool thread and reports the outcome of ``task`` to the GUI thread.

    ``fn`` must not touch widgets nor share a database session with the GUI thread: it takes
    plain values and opens what it needs itself. The pool owns and deletes the runnable.
    """

    def __init__(self, fn: Callable[[], Any], task: Task, signals: _WorkerSignals) -> None:
        super().__init__()
        self._fn = fn
        self._task = task
        self._signals = signals

    @Slot()
    def run(self) -> None:
        """Run ``fn`` and report its result or its exception."""
        try:
            result = self._fn()
        except Exception as exc:  # reported to the GUI thread, never swallowed
            self._signals.task_ended.emit(self._task, False, exc)
        else:
            self._signals.task_ended.emit(self._task, True, result)


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_error: Callable[[Exception], None],
    *,
    context: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn()`` on a pool thread; call ``on_success(result)`` or ``on_error(exc)`` on the GUI thread.

    Call it from the GUI thread.

    Args:
        fn: the work; it must not touch widgets.
        on_success: called with the result of ``fn``, on the GUI thread.
        on_error: called with the exception ``fn`` raised, on the GUI thread.
        context: a QObject (usually the calling widget); if it has been deleted by the time
            ``fn`` ends, neither callback is called.
        pool: the pool to run on; the global pool when None. Database writes will use a
            one-thread pool of their own.

    Returns:
        The task (``task.done`` becomes true once its callback has run).
    """
    task = Task(on_success, on_error, context)
    _PENDING.add(task)
    (pool or QThreadPool.globalInstance()).start(Worker(fn, task, _worker_signals()))
    return task


def running_count() -> int:
    """How many tasks have not yet delivered their outcome (for tests and shutdown)."""
    return len(_PENDING)
