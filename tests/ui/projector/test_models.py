"""The projector's item models: card columns and the Agora overview; read-only, literal text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from tests.ui.factories import CATEGORIES, MARKUP_TEXT, card
from ui.projector.card_list_model import (
    CardListModel,
    CardRole,
    ColorRole,
    FreshRole,
    TargetColorRole,
    TargetLabelRole,
)
from ui.projector.statement_list import StatementListModel, StatementRow


def filled() -> CardListModel:
    model = CardListModel("expectation")
    model.set_cards(
        [
            card("Des lectures claires", kind="expectation", target="etat"),
            card(MARKUP_TEXT, kind="expectation", target="inconnue", position=2.0),
            card("Sans cible", kind="expectation", category="autre", position=3.0),
        ],
        CATEGORIES,
        fresh={"id-Des lectures claires"},
    )
    return model


def test_card_rows_give_literal_text_colours_and_targets() -> None:
    """Text as typed, author colour, target label and colour; unknown codes fall back visibly."""
    model = filled()
    assert model.rowCount() == 3 and model.rowCount(model.index(0)) == 0
    first, markup, orphan = (model.index(row) for row in range(3))
    assert first.data() == "Des lectures claires"
    assert first.data(ColorRole) == "#1F5FA8"
    assert first.data(TargetLabelRole) == "État" and first.data(TargetColorRole) == "#6B3FA0"
    assert markup.data() == MARKUP_TEXT and markup.data(Qt.ItemDataRole.AccessibleTextRole) == MARKUP_TEXT
    assert markup.data(TargetLabelRole) == "inconnue"
    assert orphan.data(TargetLabelRole) == "" and orphan.data(ColorRole) == "#8A8A85"
    assert first.data(CardRole).id == "id-Des lectures claires"
    assert model.data(QModelIndex()) is None


def test_cards_are_neither_editable_nor_selectable() -> None:
    model = filled()
    assert model.flags(model.index(0)) == Qt.ItemFlag.ItemIsEnabled


def test_fresh_cards_are_marked_until_cleared(qtbot) -> None:
    """The newest card is highlighted; clearing ends it and says which rows changed."""
    model = filled()
    assert model.fresh_rows() == [0] and model.index(0).data(FreshRole) is True
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.clear_fresh()
    assert blocker.args[0].row() == 0 and blocker.args[2] == [FreshRole]
    assert model.fresh_rows() == [] and model.index(0).data(FreshRole) is False


def test_card_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(filled())


def test_statement_model_gives_rows_and_literal_text(qtmodeltester) -> None:
    model = StatementListModel()
    rows = [
        StatementRow("s1", 1, MARKUP_TEXT, "CONSENSUS_POUR", "✓ Consensus favorable"),
        StatementRow("s2", 2, "Deux", "MITIGE", "~ Position peu marquée"),
    ]
    model.set_rows(rows)
    assert model.rowCount() == 2
    assert model.index(0).data() == MARKUP_TEXT
    assert model.index(1).data(Qt.ItemDataRole.UserRole) == rows[1]
    assert model.flags(model.index(0)) == Qt.ItemFlag.ItemIsEnabled
    qtmodeltester.check(model)
