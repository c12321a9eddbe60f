"""The library table model: what each column shows for a forum file, readable or not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from pytestqt.modeltest import ModelTester

from tests.ui.factories import MARKUP_TEXT, summary
from ui.library_model import (
    COL_CARDS,
    COL_DATE,
    COL_STATEMENTS,
    COL_TITLE,
    COL_VENUE,
    LibraryModel,
    RowRole,
    SortRole,
    collation_key,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def model_with(*forums) -> LibraryModel:
    model = LibraryModel()
    model.set_forums(forums)
    return model


def test_empty_model_has_no_rows_and_five_columns() -> None:
    """A new model lists nothing, under five columns."""
    model = LibraryModel()
    assert model.rowCount() == 0
    assert model.columnCount() == 5


def test_headers_are_french() -> None:
    """The column titles are the French source text."""
    model = LibraryModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Titre", "Date", "Lieu", "Cartes", "Énoncés"]
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None


def test_row_shows_title_french_date_venue_and_counts() -> None:
    """Each column of a readable forum shows a plain string."""
    model = model_with(summary("Forum du Val", date=dt.date(2026, 5, 12), venue="Salle des fêtes", cards=12))
    values = [model.data(model.index(0, column), DISPLAY) for column in range(5)]
    assert values == ["Forum du Val", "12 mai 2026", "Salle des fêtes", "12", "1"]


def test_first_day_of_month_and_no_date() -> None:
    """« 1er » for the first of the month; an empty cell without a date."""
    model = model_with(summary("A", date=dt.date(2026, 8, 1)), summary("B", date=None))
    assert model.data(model.index(0, COL_DATE), DISPLAY) == "1er août 2026"
    assert model.data(model.index(1, COL_DATE), DISPLAY) == ""


def test_title_with_markup_is_returned_literally() -> None:
    """A title that looks like HTML is the literal string, never interpreted."""
    model = model_with(summary(MARKUP_TEXT))
    assert model.data(model.index(0, COL_TITLE), DISPLAY) == MARKUP_TEXT


def test_unreadable_file_is_greyed_with_its_problem_as_tooltip() -> None:
    """A file that cannot be read stays listed, greyed, counts left blank, problem in the tooltip."""
    model = model_with(summary("vide", problem="Le fichier « vide.agora » est vide (0 octet).", date=None))
    title = model.index(0, COL_TITLE)
    assert model.data(title, DISPLAY) == "vide"
    assert model.data(model.index(0, COL_CARDS), DISPLAY) == ""
    assert model.data(model.index(0, COL_STATEMENTS), DISPLAY) == ""
    assert "est vide (0 octet)" in model.data(title, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(model.data(title, Qt.ItemDataRole.ForegroundRole), QColor)
    assert isinstance(model.data(title, Qt.ItemDataRole.DecorationRole), QIcon)


def test_readable_file_keeps_the_normal_colour() -> None:
    """Only unreadable files are greyed; the tooltip of a readable one names its file."""
    model = model_with(summary("Forum du Val"))
    index = model.index(0, COL_TITLE)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert "Forum du Val.agora" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_counts_are_right_aligned() -> None:
    """Numbers line up on the right, in the cells and in their headers."""
    model = model_with(summary())
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, COL_CARDS), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(COL_STATEMENTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, COL_TITLE), Qt.ItemDataRole.TextAlignmentRole) is None


def test_row_role_gives_the_summary() -> None:
    """RowRole hands back the ForumSummary behind the row."""
    forum = summary("Forum du Val")
    model = model_with(forum)
    assert model.data(model.index(0, COL_VENUE), RowRole) is forum
    assert model.forum(0) is forum


def test_sort_keys_are_native_and_accent_blind() -> None:
    """Sorting by title ignores case and accents; by date, the most recent sorts last ascending."""
    model = model_with(
        summary("Élus", date=dt.date(2026, 5, 12), cards=3),
        summary("agents", date=dt.date(2025, 1, 2), cards=10),
    )
    assert model.data(model.index(0, COL_TITLE), SortRole) == "elus"
    assert model.data(model.index(0, COL_DATE), SortRole) > model.data(model.index(1, COL_DATE), SortRole)
    assert model.data(model.index(1, COL_CARDS), SortRole) == 10
    assert collation_key("Écoles ÉTÉ") == "ecoles ete"


def test_find_row_by_predicate() -> None:
    """find_row gives the first matching row, or None."""
    model = model_with(summary("A"), summary("B"))
    assert model.find_row(lambda forum: forum.title == "B") == 1
    assert model.find_row(lambda forum: forum.title == "C") is None


def test_invalid_index_and_unknown_role_give_none() -> None:
    """Nothing is served for the root index or for roles the model does not know."""
    model = model_with(summary())
    assert model.data(QModelIndex(), DISPLAY) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.WhatsThisRole) is None
    assert model.rowCount(model.index(0, 0)) == 0


def test_set_forums_resets_the_rows(qtbot) -> None:
    """A new reading of the library replaces every row, announced as a reset."""
    model = model_with(summary("A"), summary("B"))
    with qtbot.waitSignal(model.modelReset):
        model.set_forums([summary("C")])
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_TITLE), DISPLAY) == "C"


def test_model_contract(qtmodeltester: ModelTester) -> None:
    """Qt's model tester finds no broken contract, readable and unreadable rows together."""
    model = model_with(summary("A"), summary("B", problem="endommagé", date=None), summary("C", date=None))
    qtmodeltester.check(model)
