"""The sessions list model: titles, category colours and what each session is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from tests.ui.factories import CATEGORIES, MARKUP_TEXT, session
from ui.sessions_model import IdRole, RowRole, SessionsModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def agenda() -> SessionsModel:
    model = SessionsModel()
    model.set_sessions(
        [
            session("Temps entre pairs — Élu·e·s", category="elus"),
            session("Temps entre pairs — État", category="etat", position=1),
            session("Agora", kind="agora", category=None, position=2),
        ],
        CATEGORIES,
    )
    return model


def test_rows_are_the_sessions_in_order() -> None:
    """One row per session, titled as in the agenda."""
    model = agenda()
    assert model.rowCount() == 3
    titles = [model.data(model.index(row), DISPLAY) for row in range(3)]
    assert titles == ["Temps entre pairs — Élu·e·s", "Temps entre pairs — État", "Agora"]


def test_peer_group_shows_its_category_colour() -> None:
    """A peer-group time carries its category's colour as a swatch."""
    model = agenda()
    assert model.data(model.index(1), Qt.ItemDataRole.DecorationRole) == QColor("#6B3FA0")


def test_agora_swatch_is_transparent() -> None:
    """The Agora has no category: its swatch is transparent, so titles line up."""
    model = agenda()
    assert model.data(model.index(2), Qt.ItemDataRole.DecorationRole).alpha() == 0


def test_tooltips_name_the_kind_of_session() -> None:
    """The tooltip says whether it is a peer group (of which category) or the Agora."""
    model = agenda()
    assert model.data(model.index(0), Qt.ItemDataRole.ToolTipRole) == "Temps entre pairs : Élu·e·s"
    assert model.data(model.index(2), Qt.ItemDataRole.ToolTipRole).startswith("Agora :")


def test_roles_give_the_session_and_its_id() -> None:
    """RowRole and IdRole give the read model and its id."""
    model = agenda()
    assert model.data(model.index(1), RowRole).title == "Temps entre pairs — État"
    assert model.data(model.index(1), IdRole) == "id-Temps entre pairs — État"
    assert model.session(2).kind == "agora"


def test_title_with_markup_is_literal() -> None:
    """A title typed with markup is returned as the literal string."""
    model = SessionsModel()
    model.set_sessions([session(MARKUP_TEXT)], CATEGORIES)
    assert model.data(model.index(0), DISPLAY) == MARKUP_TEXT


def test_unknown_category_is_shown_by_its_code() -> None:
    """A session whose category is not listed still shows, named by its code."""
    model = SessionsModel()
    model.set_sessions([session("T", category="autres")], CATEGORIES)
    assert model.data(model.index(0), Qt.ItemDataRole.ToolTipRole) == "Temps entre pairs : autres"


def test_model_contract(qtmodeltester: ModelTester) -> None:
    """Qt's model tester finds no broken contract."""
    qtmodeltester.check(agenda())
