"""Entering votes on the Agora page: shows of hands by keyboard, individual positions, live labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.services import votes
from tests.ui.agora import add_typed, agora_page, quiesce, settle
from ui.agora.agora_view import ENTRY_HANDS, ENTRY_POSITIONS, AgoraView
from ui.agora.statements_model import COL_LABEL, LabelRole
from ui.agora.tally_entry import ABSTENTION, CONTRE, POUR, PRESENT
from ui.forum_context import SaveState


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[AgoraView]:
    with agora_page(qtbot, tmp_path) as view:
        yield view


def type_row(qtbot: QtBot, view: AgoraView, category: str, counts: str) -> None:
    """Type the four numbers of a row, moving on with Enter as the facilitator does."""
    entry = view.tally
    for column, value in zip((PRESENT, POUR, CONTRE, ABSTENTION), counts.split(), strict=True):
        box = entry.edit(category, column)
        qtbot.keyClicks(box, value)
        qtbot.keyClick(box, Qt.Key.Key_Return)


def hands_shown(view: AgoraView, statement_id: str) -> dict[str, tuple[int, int, int, int]]:
    """The shows of hands on the page (what the last analysis read)."""
    assert view.snapshot is not None
    return {
        category: (t.present, t.pour, t.contre, t.abstention)
        for (sid, category), t in view.snapshot.hand_tallies.items()
        if sid == statement_id
    }


def tallies_of(view: AgoraView, statement_id: str) -> dict[str, tuple[int, int, int, int]]:
    """The shows of hands in the forum file (read once the page is quiet)."""
    return {
        t.category: (t.present, t.pour, t.contre, t.abstention)
        for t in votes.list_tallies(view.context.store, view.session.id)
        if t.statement_id == statement_id
    }


def label_of(view: AgoraView, statement_id: str) -> str:
    model = view.statements.model
    return model.data(model.index(model.row_of(statement_id), COL_LABEL), LabelRole)


def test_show_of_hands_by_keyboard_records_the_row(qtbot: QtBot, page: AgoraView) -> None:
    """Présents, pour, contre, abstention typed and Enter: the tally is stored; Enter moves on."""
    new_id = add_typed(qtbot, page, "Mutualiser un poste de chargé de coopération")
    qtbot.waitUntil(lambda: page.tally.statement_id == new_id)
    page.focus_tally()
    assert page.entry.currentIndex() == ENTRY_HANDS
    assert page.focusWidget() is page.tally.edit("elus", PRESENT)
    qtbot.keyClicks(page.tally.edit("elus", PRESENT), "6")
    qtbot.keyClick(page.tally.edit("elus", PRESENT), Qt.Key.Key_Return)
    assert page.focusWidget() is page.tally.edit("elus", POUR)
    for column, value in ((POUR, "5"), (CONTRE, "0"), (ABSTENTION, "1")):
        qtbot.keyClicks(page.tally.edit("elus", column), value)
        qtbot.keyClick(page.tally.edit("elus", column), Qt.Key.Key_Return)
    assert page.focusWidget() is page.tally.edit("agents", PRESENT)
    # The desk hands the keyboard to the page after each undoable change: it stays in the grid,
    # and a row being typed is not taken for a row left half-done.
    qtbot.keyClicks(page.tally.edit("agents", PRESENT), "7")
    page.setFocus()
    assert page.focusWidget() is page.tally.edit("agents", PRESENT)
    assert page.tally.message_text() == ""
    qtbot.waitUntil(lambda: hands_shown(page, new_id) == {"elus": (6, 5, 0, 1)})
    qtbot.waitUntil(lambda: page.tally.status_text("elus") == "✓ enregistré")
    quiesce(qtbot, page)
    assert tallies_of(page, new_id) == {"elus": (6, 5, 0, 1)}
    assert page.context.undo_stack.count() == 2  # the statement, then the tally
    page.context.undo_stack.undo()
    qtbot.waitUntil(lambda: hands_shown(page, new_id) == {})
    assert page.tally.edit("elus", PRESENT).text() == ""
    quiesce(qtbot, page)
    assert tallies_of(page, new_id) == {}


def test_impossible_show_of_hands_is_refused_inline_and_nothing_is_stored(
    qtbot: QtBot, page: AgoraView
) -> None:
    """Five for and three against among six present: a French refusal beside the grid, no write."""
    new_id = add_typed(qtbot, page, "Ouvrir les commissions aux acteurs de l’ESS")
    qtbot.waitUntil(lambda: page.tally.statement_id == new_id)
    writes = page.context.undo_stack.count()
    type_row(qtbot, page, "elus", "6 5 3 0")
    message = page.tally.message_text()
    assert message.startswith("⚠ Élu·e·s : Décompte impossible : pour (5) + contre (3) + abstention (0)")
    assert "dépasse le nombre de présents (6)" in message
    assert page.tally.status_text("elus") == "⚠ refusé"
    assert page.context.save_state == SaveState.SAVED
    settle(qtbot, page)
    assert tallies_of(page, new_id) == {}
    assert page.context.undo_stack.count() == writes
    # Correcting the count clears the refusal and records the row.
    box = page.tally.edit("elus", CONTRE)
    box.clear()
    qtbot.keyClicks(box, "1")
    assert page.tally.message_text() == ""
    qtbot.keyClick(page.tally.edit("elus", ABSTENTION), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hands_shown(page, new_id) == {"elus": (6, 5, 1, 0)})
    quiesce(qtbot, page)
    assert tallies_of(page, new_id) == {"elus": (6, 5, 1, 0)}


def test_label_changes_live_as_tallies_arrive(qtbot: QtBot, page: AgoraView) -> None:
    """TROP_PEU with one category, a consensus without the others once a second one agrees."""
    new_id = add_typed(qtbot, page, "Former ensemble élus, agents et acteurs")
    qtbot.waitUntil(lambda: page.tally.statement_id == new_id)
    assert label_of(page, new_id) == "TROP_PEU"
    type_row(qtbot, page, "elus", "6 5 0 1")
    type_row(qtbot, page, "agents", "7 6 0 1")
    qtbot.waitUntil(lambda: label_of(page, new_id) == "CONSENSUS_POUR_PARTIEL", timeout=10_000)
    assert "Consensus favorable [sans : État, Acteurs socio-économiques]" in page.why.text()
    type_row(qtbot, page, "etat", "4 0 4 0")
    qtbot.waitUntil(lambda: label_of(page, new_id) == "DISSENSUS_INTER", timeout=10_000)
    row = page.heatmap.model.row_of(new_id)
    assert page.heatmap.model.data(page.heatmap.model.index(row, 4), Qt.ItemDataRole.DisplayRole) == (
        "✖ Contre · n=4\n0/0/4"
    )


def test_individual_positions_by_button_and_digit_key(qtbot: QtBot, page: AgoraView) -> None:
    """Each press is one anonymous answer on the 5-point scale; undo removes the last one."""
    new_id = add_typed(qtbot, page, "Créer un fonds local de soutien aux projets coopératifs")
    qtbot.waitUntil(lambda: page.positions.statement_id == new_id)
    page.focus_positions()
    assert page.entry.currentIndex() == ENTRY_POSITIONS
    qtbot.mouseClick(page.positions.button("elus", 4), Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.positions.button("elus", 4), Qt.Key.Key_5)
    qtbot.mouseClick(page.positions.button("elus", None), Qt.MouseButton.LeftButton)

    def elus_hist() -> tuple[tuple[int, ...] | None, int]:
        item = page.snapshot.statement(new_id) if page.snapshot else None
        tally = item.tallies.get("elus") if item is not None else None
        return (tally.hist, tally.P) if tally is not None else (None, 0)

    def answers() -> list[tuple[str, int, int | None]]:
        return sorted(
            (
                (p.category, p.scale, p.value)
                for p in votes.list_positions(page.context.store, page.session.id)
                if p.statement_id == new_id
            ),
            key=str,
        )

    qtbot.waitUntil(lambda: elus_hist() == ((0, 0, 0, 1, 1), 1))
    quiesce(qtbot, page)
    assert answers() == sorted([("elus", 5, 4), ("elus", 5, 5), ("elus", 5, None)], key=str)
    counts = page.positions._rows[0].counts.text()
    assert "4:1" in counts
    assert "5:1" in counts
    assert "NSP:1" in counts
    # The show of hands is closed for a category that answered individually.
    assert not page.tally.edit("elus", PRESENT).isEnabled()
    assert page.tally.edit("agents", PRESENT).isEnabled()
    assert not page.positions.scale_box.isEnabled()
    page.context.undo_stack.undo()
    qtbot.waitUntil(lambda: elus_hist() == ((0, 0, 0, 1, 1), 0))
    quiesce(qtbot, page)
    assert answers() == sorted([("elus", 5, 4), ("elus", 5, 5)], key=str)
