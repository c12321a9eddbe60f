"""The Agora page as a whole: keyboard shortcuts, following the selection, type size, live refresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.services import votes
from tests.ui.agora import agora_page
from ui.agora.agora_view import ENTRY_HANDS, TAB_CATEGORIES, TAB_HEATMAP, AgoraView
from ui.agora.heatmap_model import StatementIdRole
from ui.agora.tally_entry import PRESENT
from ui.forum_context import Change

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[AgoraView]:
    with agora_page(qtbot, tmp_path) as view:
        yield view


def test_shortcuts_move_between_statements_views_and_entries(qtbot: QtBot, page: AgoraView) -> None:
    """Alt+↓/↑ walk the statements, Ctrl+1…4 switch views, Ctrl+M goes to the first box."""
    assert page.snapshot is not None
    ids = page.snapshot.statement_ids
    assert page.current == ids[0]
    table = page.statements.table
    qtbot.keyClick(table, Qt.Key.Key_Down, ALT)
    assert page.current == ids[1]
    assert page.statements.selected_id() == ids[1]
    heat = page.heatmap.table
    assert page.heatmap.model.data(heat.currentIndex(), StatementIdRole) == ids[1]
    qtbot.keyClick(table, Qt.Key.Key_Up, ALT)
    assert page.current == ids[0]
    qtbot.keyClick(table, Qt.Key.Key_3, CTRL)
    assert page.views.currentIndex() == TAB_CATEGORIES
    qtbot.keyClick(table, Qt.Key.Key_1, CTRL)
    assert page.views.currentIndex() == TAB_HEATMAP
    qtbot.keyClick(table, Qt.Key.Key_Down, ALT)  # statement 2 is voted by show of hands
    qtbot.keyClick(table, Qt.Key.Key_M, CTRL)
    assert page.entry.currentIndex() == ENTRY_HANDS
    assert page.focusWidget() is page.tally.edit("elus", PRESENT)
    assert page.tally.edit("elus", PRESENT).text() == "6"


def test_clicking_a_heatmap_row_selects_its_statement(qtbot: QtBot, page: AgoraView) -> None:
    """The heatmap, the lists and the statement list follow one selection."""
    model = page.heatmap.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), StatementIdRole))
    rect = page.heatmap.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(page.heatmap.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = model.data(model.index(row, 0), StatementIdRole)
    assert page.current == chosen
    assert page.statements.selected_id() == chosen
    assert page.why.item is not None
    assert page.why.item.statement.id == chosen


def test_zoom_enlarges_the_type_and_the_rows(qtbot: QtBot, page: AgoraView) -> None:
    """Ctrl++ for the projector, Ctrl+0 back: rows keep their lines whole."""
    table = page.heatmap.table
    size, height = table.font().pointSizeF(), table.verticalHeader().defaultSectionSize()
    qtbot.keyClick(page.statements.table, Qt.Key.Key_Plus, CTRL)
    assert table.font().pointSizeF() > size
    assert table.verticalHeader().defaultSectionSize() > height
    qtbot.keyClick(page.statements.table, Qt.Key.Key_0, CTRL)
    assert table.font().pointSizeF() == pytest.approx(size)


def test_bursts_of_votes_are_analysed_once(qtbot: QtBot, page: AgoraView) -> None:
    """Twenty phones answering at once: one recomputation, after the burst."""
    assert page.snapshot is not None
    statement_id = page.snapshot.statement_ids[0]
    applied: list[int] = []
    page.snapshot_applied.connect(lambda: applied.append(1))
    for n in range(20):
        page.context.write(
            lambda s, n=n: votes.record_position(s, statement_id, "etat", 1, participant=f"tel-{n}"),
            Change.of_votes(page.session.id),
        )
    page.context.wait_for_writes()
    qtbot.waitUntil(lambda: len(applied) >= 1, timeout=5000)
    qtbot.wait(400)
    assert len(applied) <= 2
    item = page.snapshot.statement(statement_id)
    assert item is not None
    assert item.tallies["etat"].D >= 20
