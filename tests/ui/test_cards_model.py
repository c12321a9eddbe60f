"""The cards model: a session's cards grouped by kind, in board order, shown literally."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.modeltest import ModelTester

from tests.ui.factories import CATEGORIES, MARKUP_TEXT, card
from ui.cards_model import COL_CATEGORY, COL_TARGET, COL_TEXT, CardsModel, KindRole, RowRole, kind_label

DISPLAY = Qt.ItemDataRole.DisplayRole


def board() -> CardsModel:
    model = CardsModel()
    model.set_cards(
        [
            card("Partager le diagnostic", kind="commitment"),
            card("Des règles de marchés publics rigides", kind="constraint", position=2),
            card("Peur de l’échec", kind="constraint", position=1),
            card("Un interlocuteur unique", kind="expectation", target="etat"),
        ],
        CATEGORIES,
    )
    return model


def group_titles(model: CardsModel) -> list[str]:
    return [model.data(model.index(row, COL_TEXT), DISPLAY) for row in range(model.rowCount())]


def test_groups_follow_board_order_with_counts() -> None:
    """Constraints first, then expectations, then commitments; empty kinds are not listed."""
    assert group_titles(board()) == [
        "Contraintes / freins (2)",
        "Attentes vis-à-vis des autres (1)",
        "Engagements (1)",
    ]


def test_cards_keep_their_board_position_within_a_group() -> None:
    """Within a kind, cards come in their position order."""
    model = board()
    constraints = model.index(0, COL_TEXT)
    assert model.rowCount(constraints) == 2
    texts = [model.data(model.index(row, COL_TEXT, constraints), DISPLAY) for row in range(2)]
    assert texts == ["Peur de l’échec", "Des règles de marchés publics rigides"]


def test_card_text_with_markup_is_the_literal_string() -> None:
    """The model returns what the participant typed, markup included, as plain text."""
    model = CardsModel()
    model.set_cards([card(MARKUP_TEXT)], CATEGORIES)
    index = model.index(0, COL_TEXT, model.index(0, COL_TEXT))
    assert model.data(index, DISPLAY) == MARKUP_TEXT
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == MARKUP_TEXT


def test_category_and_target_columns_and_swatches() -> None:
    """An expectation names its author and its target category, each with its colour."""
    model = board()
    expectation = model.index(0, COL_TEXT, model.index(1, COL_TEXT))
    row, parent = expectation.row(), expectation.parent()
    assert model.data(model.index(row, COL_CATEGORY, parent), DISPLAY) == "Élu·e·s"
    assert model.data(model.index(row, COL_TARGET, parent), DISPLAY) == "État"
    assert model.data(expectation, Qt.ItemDataRole.DecorationRole) == QColor("#1F5FA8")
    assert model.data(model.index(row, COL_TARGET, parent), Qt.ItemDataRole.DecorationRole) == QColor("#6B3FA0")
    assert model.has_targets()
    assert model.categories_shown() == {"elus"}


def test_card_without_target_has_an_empty_target_cell() -> None:
    """Only expectations target a category."""
    model = board()
    constraints = model.index(0, COL_TEXT)
    assert model.data(model.index(0, COL_TARGET, constraints), DISPLAY) == ""
    assert model.data(model.index(0, COL_TARGET, constraints), Qt.ItemDataRole.DecorationRole) is None


def test_group_rows_are_bold_and_know_their_kind() -> None:
    """A group row is bold and carries its kind; a card row carries its card."""
    model = board()
    group = model.index(2, COL_TEXT)
    assert isinstance(model.data(group, Qt.ItemDataRole.FontRole), QFont)
    assert model.data(group, KindRole) == "commitment"
    assert model.data(group, RowRole) is None
    child = model.index(0, COL_TEXT, group)
    assert model.data(child, RowRole).text == "Partager le diagnostic"
    assert model.data(child, KindRole) == "commitment"


def test_tree_structure() -> None:
    """Cards hang under column 0 of their group; other columns have no children."""
    model = board()
    group = model.index(1, COL_TEXT)
    child = model.index(0, COL_TARGET, group)
    assert model.parent(child) == group
    assert not model.parent(group).isValid()
    assert model.rowCount(model.index(1, COL_CATEGORY)) == 0
    assert model.rowCount(child) == 0
    assert model.card_count() == 4


def test_parent_without_argument_is_the_qobject_parent() -> None:
    """``parent()`` keeps its QObject meaning when called without an index."""
    owner = QObject()
    model = CardsModel(owner)
    assert model.parent() is owner


def test_cards_are_read_only() -> None:
    """Cards can be selected, never edited in this view."""
    model = board()
    flags = model.flags(model.index(0, COL_TEXT, model.index(0, COL_TEXT)))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_headers_and_kind_labels_are_french() -> None:
    """Column titles and kind labels come in French, the source language."""
    model = CardsModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(3)] == [
        "Carte",
        "Catégorie",
        "Vise",
    ]
    assert kind_label("story") == "Récits"


def test_unknown_kind_is_shown_last_under_its_own_name() -> None:
    """A kind from a newer Agora is listed after the known ones, under its stored name."""
    model = CardsModel()
    model.set_cards([card("Nouveau", kind="question"), card("Vieux", kind="story")], CATEGORIES)
    assert group_titles(model) == ["Récits (1)", "question (1)"]


def test_clear_removes_everything() -> None:
    """clear() shows no group at all."""
    model = board()
    model.clear()
    assert model.rowCount() == 0
    assert model.card_count() == 0


def test_model_contract(qtmodeltester: ModelTester) -> None:
    """Qt's model tester finds no broken contract in the two-level tree."""
    qtmodeltester.check(board())
