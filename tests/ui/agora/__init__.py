"""Tests of the Agora page, on copies of the demo forum (built once per test run).

Also works around a PySide6 6.12 defect seen on Python 3.11: every call of a C++ method that
returns ``void`` hands back ``None`` without taking a reference to it, so each such call
lowers ``None``'s reference count by one and the interpreter aborts ("Fatal Python error:
none_dealloc") after a few tens of thousands of calls — a few seconds of painting tables.
Python 3.12 makes ``None`` immortal, which hides the defect there. Until the application
does the same at start-up (ui/__main__.py, tests/conftest.py), these tests give ``None`` a
reference count no session can exhaust.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.services import forums
from agora.services.demo import build_demo
from agora.services.reads import SessionRead
from agora.storage.store import ForumStore, open_forum
from ui import workers
from ui.agora.agora_view import AgoraView
from ui.forum_context import ForumContext

_TEMPLATE: list[Path] = []


def _template() -> Path:
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="agora-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "demo.agora"
        build_demo(path).close()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


def open_demo(tmp_path: Path) -> ForumStore:
    """A private, writable copy of the demo forum, open."""
    copy = tmp_path / "demo.agora"
    shutil.copyfile(_template(), copy)
    return open_forum(copy)


def agora_session(store: ForumStore) -> SessionRead:
    """The demo forum's Agora."""
    return next(s for s in forums.list_sessions(store) if s.kind == "agora")


@contextmanager
def agora_page(qtbot: QtBot, tmp_path: Path) -> Iterator[AgoraView]:
    """The Agora page of a demo copy, shown and loaded; closed with its forum afterwards."""
    store = open_demo(tmp_path)
    context = ForumContext(store)
    view = AgoraView(context, agora_session(store))
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=10_000)
    try:
        yield view
    finally:
        view.close()
        context.wait_for_writes()
        qtbot.waitUntil(lambda: workers.running_count() == 0, timeout=10_000)
        context.close()


def quiesce(qtbot: QtBot, view: AgoraView) -> None:
    """Wait until no write, read or recomputation is pending.

    Tests read the forum file directly only after this: the store's connection pool is not
    safe for a thread that queries while background tasks open connections (see the report
    on ``agora/storage/engine.py``), and polling the file from the test thread would race them.
    """
    view.context.wait_for_writes()
    qtbot.waitUntil(lambda: workers.running_count() == 0 and not view.is_busy(), timeout=10_000)


def settle(qtbot: QtBot, view: AgoraView) -> None:
    """Wait until every write is done and the page shows an analysis read after them."""
    quiesce(qtbot, view)
    with qtbot.waitSignal(view.snapshot_applied, timeout=10_000):
        view.reload()
    quiesce(qtbot, view)


def add_typed(qtbot: QtBot, view: AgoraView, text: str) -> str:
    """Type a statement in the capture line and press Enter; its id once it is on the page."""
    before = set(view.snapshot.statement_ids if view.snapshot else ())
    # QTest types ASCII only: accented text goes in as the input method would put it.
    view.statements.capture.insert(text)
    qtbot.keyClick(view.statements.capture, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.snapshot is not None and len(set(view.snapshot.statement_ids) - before) == 1,
        timeout=10_000,
    )
    assert view.snapshot is not None
    (new_id,) = set(view.snapshot.statement_ids) - before
    return new_id
