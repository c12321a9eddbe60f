"""Statements on the Agora page: typed, reworded, withdrawn and undone, drawn from cards; plain text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.services import statements
from tests.ui.agora import add_typed, agora_page, quiesce, settle
from ui.agora import card_picker
from ui.agora.agora_view import AgoraView
from ui.agora.card_picker import CardPickerDialog, PickableCard
from ui.agora.heatmap_model import COL_STATEMENT
from ui.agora.statements_model import COL_TEXT

DISPLAY = Qt.ItemDataRole.DisplayRole
MARKUP = '<b>x</b><img src="x.png">'


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[AgoraView]:
    with agora_page(qtbot, tmp_path) as view:
        yield view


def shown_texts(view: AgoraView) -> list[str]:
    """The statements on the page, in session order."""
    assert view.snapshot is not None
    return [a.statement.text for a in view.snapshot.analysis.statements]


def stored_texts(qtbot: QtBot, view: AgoraView) -> list[str]:
    """The statements in the forum file, read once the page is quiet."""
    quiesce(qtbot, view)
    return [s.text for s in statements.list_statements(view.context.store, view.session.id)]


def test_typed_statement_is_added_reworded_withdrawn_and_undone(qtbot: QtBot, page: AgoraView) -> None:
    """Enter adds, F2 rewords in the same line, Suppr withdraws; undo walks it all back."""
    new_id = add_typed(qtbot, page, "Un guichet unique de la coopération")
    assert stored_texts(qtbot, page)[-1] == "Un guichet unique de la coopération"
    assert page.statements.capture.text() == ""
    assert page.current == new_id

    qtbot.keyClick(page.statements.table, Qt.Key.Key_F2)
    assert page.statements.capture.text() == "Un guichet unique de la coopération"
    page.statements.capture.setText("Un guichet unique pour coopérer")
    qtbot.keyClick(page.statements.capture, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_texts(page)[-1] == "Un guichet unique pour coopérer")
    qtbot.waitUntil(lambda: page.statements.capture.text() == "")

    qtbot.keyClick(page.statements.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.snapshot is not None and new_id not in page.snapshot.statement_ids)
    assert "Un guichet unique pour coopérer" not in stored_texts(qtbot, page)

    stack = page.context.undo_stack
    stack.undo()
    settle(qtbot, page)
    assert stored_texts(qtbot, page)[-1] == "Un guichet unique pour coopérer"
    stack.undo()
    settle(qtbot, page)
    assert stored_texts(qtbot, page)[-1] == "Un guichet unique de la coopération"
    stack.undo()
    settle(qtbot, page)
    assert "Un guichet unique de la coopération" not in stored_texts(qtbot, page)
    stack.redo()
    settle(qtbot, page)
    assert stored_texts(qtbot, page)[-1] == "Un guichet unique de la coopération"


def test_empty_statement_is_refused_and_the_draft_kept(qtbot: QtBot, page: AgoraView) -> None:
    """Only spaces: nothing is sent; an over-long text is refused in French under the line."""
    count = len(stored_texts(qtbot, page))
    page.statements.capture.setText("   ")
    qtbot.keyClick(page.statements.capture, Qt.Key.Key_Return)
    too_long = "x" * 25_000
    page.statements.capture.setText(too_long)
    qtbot.keyClick(page.statements.capture, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.statements.message.isVisible())
    assert "énoncé" in page.statements.message.text()
    assert page.statements.capture.text() == too_long
    assert len(stored_texts(qtbot, page)) == count


def test_statements_from_selected_cards(
    qtbot: QtBot, page: AgoraView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The picker lists the peer-group cards; the chosen ones become statements, in order."""
    shown: list[list[PickableCard]] = []

    def pick(_parent: object, rows: list[PickableCard], _names: object) -> list[str]:
        shown.append(rows)
        fresh = [r for r in rows if not r.submitted and r.card.kind == "commitment"]
        return [fresh[0].card.id, fresh[1].card.id]

    monkeypatch.setattr(card_picker, "ask_cards", pick)
    count = len(stored_texts(qtbot, page))
    qtbot.keyClick(
        page.statements.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(shown) == 1)
    rows = shown[0]
    assert {r.session_title.split(" — ")[0] for r in rows} == {"Temps entre pairs"}
    assert page.snapshot is not None
    drawn = {a.statement.source_card for a in page.snapshot.analysis.statements} & {r.card.id for r in rows}
    assert {r.card.id for r in rows if r.submitted} == drawn
    assert len(drawn) == 10
    chosen = [r for r in rows if not r.submitted and r.card.kind == "commitment"][:2]
    qtbot.waitUntil(lambda: len(shown_texts(page)) == count + 2)
    quiesce(qtbot, page)
    added = statements.list_statements(page.context.store, page.session.id)[-2:]
    assert [s.source_id for s in added] == [c.card.id for c in chosen]
    assert [s.text for s in added] == [c.card.text for c in chosen]
    qtbot.waitUntil(lambda: page.current == added[0].id)


def test_card_picker_filters_and_returns_the_selection_in_order(qtbot: QtBot, page: AgoraView) -> None:
    """Search narrows the list; the selection comes back in board order."""
    quiesce(qtbot, page)
    rows = card_picker.load_pickable(page.context.store, page.session.id)
    assert page.snapshot is not None
    dialog = CardPickerDialog(rows, page.snapshot.names)
    qtbot.addWidget(dialog)
    assert not dialog.submit_button.isEnabled()
    dialog.select_rows([3, 1])
    assert dialog.selected_card_ids() == [rows[1].card.id, rows[3].card.id]
    assert dialog.submit_button.isEnabled()
    dialog.search.setText("ÉCHEC")
    assert 0 < dialog.proxy.rowCount() < len(rows)


def test_participant_text_is_shown_literally(qtbot: QtBot, page: AgoraView) -> None:
    """A statement typed as markup stays the characters typed, in the list, the map and the panel."""
    new_id = add_typed(qtbot, page, MARKUP)
    model = page.statements.model
    assert model.data(model.index(model.row_of(new_id), COL_TEXT), DISPLAY) == MARKUP
    heat = page.heatmap.model
    assert heat.data(heat.index(heat.row_of(new_id), COL_STATEMENT), DISPLAY).endswith(MARKUP)
    assert page.why.statement_label.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in page.why.statement_label.text()
    qtbot.waitUntil(lambda: page.positions.statement_id == new_id)
    assert page.tally.title.textFormat() == Qt.TextFormat.PlainText
