"""run_in_background: the work runs on a pool thread, its outcome comes back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import workers
from ui.workers import run_in_background


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    """fn runs elsewhere; on_success runs on the GUI thread with fn's result."""
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    task = run_in_background(work, success, lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: task.done)
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["work_thread"] != threading.get_ident()
    assert "error" not in seen


def test_exception_goes_to_on_error(qtbot: QtBot) -> None:
    """An exception raised by fn is handed to on_error, on the GUI thread, never lost."""
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("boum")

    task = run_in_background(work, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: task.done)
    assert [str(exc) for exc in errors] == ["boum"]


def test_deleted_context_gets_no_callback(qtbot: QtBot) -> None:
    """When the calling object is gone before fn ends, nothing is called."""
    called: list[object] = []
    gate = threading.Event()
    context = QObject()
    task = run_in_background(lambda: gate.wait(5), called.append, called.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not workers.Shiboken.isValid(context))
    gate.set()
    qtbot.waitUntil(lambda: task.done)
    assert called == []


def test_running_count_follows_the_tasks(qtbot: QtBot) -> None:
    """A task counts as running until its outcome was delivered."""
    gate = threading.Event()
    task = run_in_background(lambda: gate.wait(5), lambda _v: None, lambda _e: None)
    assert workers.running_count() >= 1
    gate.set()
    qtbot.waitUntil(lambda: task.done)
    assert workers.running_count() == 0
