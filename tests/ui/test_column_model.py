"""The board's column models and the cards they show: order, groups, changes, filter."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.factories import MARKUP_TEXT, card
from ui.board.board_cards import NO_PRINCIPLE, BoardCards, BoardFilter
from ui.board.column_model import CARDS_MIME, CardRole, ColumnModel, CountRole, HeaderRole, PendingRole

DISPLAY = Qt.ItemDataRole.DisplayRole


def session_card(text: str, **fields: object):
    return dataclasses.replace(card(text, **fields), session_id="s1")


def board() -> BoardCards:
    cards = BoardCards("s1", ["agents", "etat"])
    cards.set_cards(
        [
            session_card("Peur de l’échec", position=2),
            session_card("Mandat court", position=1),
            session_card("Un interlocuteur", kind="expectation", target="etat"),
            session_card("Traduire", kind="expectation", target="agents", position=3),
            session_card("Cohérence", kind="commitment"),
        ]
    )
    return cards


def shown(model: ColumnModel) -> list[str]:
    return [model.index(row).data(DISPLAY) for row in range(model.rowCount())]


@pytest.fixture
def kept_board() -> BoardCards:
    """A board that outlives the model tester's own teardown."""
    return board()


@pytest.mark.parametrize("kind", ["constraint", "expectation"])
def test_column_models_pass_the_model_tester(kept_board: BoardCards, qtmodeltester: ModelTester, kind: str) -> None:
    """Both kinds of column (plain and grouped) keep Qt's model contracts, through changes too."""
    cards = kept_board
    qtmodeltester.check(cards.columns[kind], force_py=True)
    cards.apply([session_card("Nouvelle", position=5)])
    cards.apply([session_card("Un interlocuteur", kind="expectation", target="agents")])
    cards.apply([session_card("Mandat court", kind="expectation", target="etat", position=0.5)])
    cards.set_filter(BoardFilter(text="mandat"))


def test_cards_in_position_order_and_groups_by_target() -> None:
    """Constraints by position; expectations under « → Agents », « → État », in category order."""
    cards = board()
    assert shown(cards.columns["constraint"]) == ["Mandat court", "Peur de l’échec"]
    expectations = cards.columns["expectation"]
    assert shown(expectations) == ["agents", "Traduire", "etat", "Un interlocuteur"]
    assert expectations.index(0).data(HeaderRole) is True
    assert expectations.index(0).data(CountRole) == 1
    assert expectations.index(1).data(HeaderRole) is False
    assert expectations.flags(expectations.index(0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags


def test_text_is_returned_literally() -> None:
    """Markup typed in a card is data: the model returns it as typed, tooltip included."""
    cards = BoardCards("s1", [])
    cards.set_cards([session_card(MARKUP_TEXT)])
    index = cards.columns["constraint"].index(0)
    assert index.data(DISPLAY) == MARKUP_TEXT
    assert index.data(Qt.ItemDataRole.ToolTipRole) == MARKUP_TEXT


def test_apply_moves_updates_and_removes() -> None:
    """A changed kind moves the card to its column; a deleted or merged card leaves the board."""
    cards = board()
    moved = session_card("Mandat court", kind="commitment", position=9)
    cards.apply([moved])
    assert shown(cards.columns["constraint"]) == ["Peur de l’échec"]
    assert shown(cards.columns["commitment"]) == ["Cohérence", "Mandat court"]
    cards.apply([dataclasses.replace(moved, text="Mandat très court")])
    assert shown(cards.columns["commitment"]) == ["Cohérence", "Mandat très court"]
    cards.apply([dataclasses.replace(moved, deleted_at=moved.created_at)])
    assert shown(cards.columns["commitment"]) == ["Cohérence"]
    assert cards.total("commitment") == 1
    cards.apply([dataclasses.replace(session_card("Cohérence", kind="commitment"), merged_into="x")])
    assert cards.total("commitment") == 0
    cards.apply([dataclasses.replace(session_card("Ailleurs"), session_id="autre")])
    assert cards.card("id-Ailleurs") is None


def test_target_counts_follow_changes() -> None:
    """The « → État (n) » header counts the cards of its group."""
    cards = board()
    expectations = cards.columns["expectation"]
    cards.apply([session_card("Encore", kind="expectation", target="etat", position=4)])
    assert expectations.index(expectations.header_row("etat")).data(CountRole) == 2


def test_filter_by_words_principle_and_target() -> None:
    """Words ignore case and accents; principle and target filter too; counts say shown/total."""
    cards = board()
    cards.apply([dataclasses.replace(session_card("Mandat court", position=1), principle=2)])
    cards.set_filter(BoardFilter(text="ECHEC"))
    assert shown(cards.columns["constraint"]) == ["Peur de l’échec"]
    assert (cards.shown("constraint"), cards.total("constraint")) == (1, 2)
    cards.set_filter(BoardFilter(principle=2))
    assert shown(cards.columns["constraint"]) == ["Mandat court"]
    cards.set_filter(BoardFilter(principle=NO_PRINCIPLE))
    assert shown(cards.columns["constraint"]) == ["Peur de l’échec"]
    cards.set_filter(BoardFilter(target="etat"))
    assert shown(cards.columns["expectation"]) == ["agents", "etat", "Un interlocuteur"]
    assert cards.shown("constraint") == 0
    cards.apply([session_card("Nouvelle sans cible", position=7)])
    assert cards.shown("constraint") == 0  # filtered out as it arrives
    cards.set_filter(BoardFilter())
    assert cards.shown("constraint") == 3


def test_edit_in_place_is_pending_until_saved(qtbot: QtBot) -> None:
    """setData shows the new text at once, marked pending, and asks the board to save it."""
    cards = board()
    model = cards.columns["constraint"]
    with qtbot.waitSignal(model.text_edited) as edited:
        assert model.setData(model.index(0), "Mandat bien court")
    assert edited.args == ["id-Mandat court", "Mandat bien court"]
    assert model.index(0).data(PendingRole) is True
    assert model.index(0).data(DISPLAY) == "Mandat bien court"
    assert not model.setData(model.index(0), "   ")  # an empty card is deleted, not blanked
    cards.apply([dataclasses.replace(session_card("Mandat court", position=1), text="Mandat bien court")])
    assert model.index(0).data(PendingRole) is False


def test_drag_data_and_drop_places(qtbot: QtBot) -> None:
    """Dragged cards travel as ids; a drop says where: before a card, in a group, at the end."""
    cards = board()
    constraints, expectations = cards.columns["constraint"], cards.columns["expectation"]
    data = constraints.mimeData([constraints.index(0), constraints.index(1)])
    assert json.loads(bytes(data.data(CARDS_MIME).data())) == ["id-Mandat court", "id-Peur de l’échec"]
    with qtbot.waitSignal(expectations.cards_dropped) as dropped:
        expectations.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert dropped.args == [["id-Mandat court", "id-Peur de l’échec"], "expectation", "etat", "id-Un interlocuteur"]
    with qtbot.waitSignal(constraints.cards_dropped) as dropped:
        constraints.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert dropped.args[1:] == ["constraint", "", ""]
    assert constraints.index(0).data(CardRole).text == "Mandat court"
