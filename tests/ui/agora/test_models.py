"""The Agora's table models on the demo forum: heatmap cells, groups, matrices, lists, contracts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from agora.method import Label, Stance
from agora.services.demo import DEMO_OUTCOMES
from agora.storage.store import ForumStore
from tests.ui.agora import agora_session, open_demo
from ui.agora import palette
from ui.agora.card_picker import CardPickerModel, load_pickable
from ui.agora.category_matrix_model import CategoryMatrixModel, ComparedRole, ValueRole
from ui.agora.expectations_model import CountRole, ExpectationsModel, OverlayModel, RoleLinkedRole
from ui.agora.heatmap_model import (
    COL_LABEL,
    COL_STATEMENT,
    FIRST_CATEGORY,
    GroupRole,
    GroupRowRole,
    HatchedRole,
    HeatmapModel,
    PositionRole,
    StanceRole,
    StatementIdRole,
)
from ui.agora.ranked_lists_model import ListRole, RankedListsModel, SignificantRole
from ui.agora.snapshot import AgoraSnapshot, load_snapshot
from ui.agora.statements_model import StatementsModel
from ui.agora.why_numbers_model import WhyNumbersModel

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AgoraSnapshot]:
    store: ForumStore = open_demo(tmp_path_factory.mktemp("models"))
    try:
        yield load_snapshot(store, agora_session(store).id)
    finally:
        store.close()


def heatmap(snapshot: AgoraSnapshot) -> HeatmapModel:
    model = HeatmapModel()
    model.set_snapshot(snapshot)
    return model


def statement_row(model: HeatmapModel, snapshot: AgoraSnapshot, text_start: str) -> int:
    item = next(a for a in snapshot.analysis.statements if a.statement.text.startswith(text_start))
    return model.row_of(item.statement.id)


def column_of(model: HeatmapModel, code: str) -> int:
    return next(c for c in range(FIRST_CATEGORY, model.columnCount()) if model.category_of_column(c) == code)


def test_heatmap_cell_writes_the_counts_and_is_coloured_by_position(snapshot: AgoraSnapshot) -> None:
    """A POUR cell is blue, a CONTRE cell red, and both carry glyph, n and A/N/D."""
    model = heatmap(snapshot)
    row = statement_row(model, snapshot, "Peur de l’échec")
    cell = model.index(row, column_of(model, "socio"))
    assert model.data(cell, DISPLAY) == "✔ Pour · n=9\n7/1/1"
    assert model.data(cell, StanceRole) is Stance.POUR
    assert model.data(cell, PositionRole) > 0
    blue = model.data(cell, Qt.ItemDataRole.BackgroundRole).color()
    assert blue.blue() > blue.red()

    row = statement_row(model, snapshot, "Le statut d’une structure")
    cell = model.index(row, column_of(model, "elus"))
    assert model.data(cell, DISPLAY) == "✖ Contre · n=5\n0/1/4"
    assert model.data(cell, PositionRole) < 0
    red = model.data(cell, Qt.ItemDataRole.BackgroundRole).color()
    assert red.red() > red.blue()
    assert not model.data(cell, HatchedRole)


def test_insufficient_cell_is_hatched_and_keeps_its_counts(snapshot: AgoraSnapshot) -> None:
    """« Temps pour les agents »: two hands expressed among the État, two silent: hatched."""
    model = heatmap(snapshot)
    row = statement_row(model, snapshot, "Temps pour les agents")
    cell = model.index(row, column_of(model, "etat"))
    assert model.data(cell, StanceRole) is Stance.INSUFFISANT
    assert model.data(cell, HatchedRole) is True
    brush = model.data(cell, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.style() == Qt.BrushStyle.BDiagPattern
    assert "n=2" in model.data(cell, DISPLAY)
    assert "1/1/0 (+2)" in model.data(cell, DISPLAY)
    label = model.data(model.index(row, COL_LABEL), DISPLAY)
    assert label.startswith("Consensus favorable [sans : État]")
    assert "GIC 0,77" in label


def test_rows_are_grouped_by_label_in_the_order_of_the_ranked_lists(snapshot: AgoraSnapshot) -> None:
    """Group titles come first in each group; each statement sits under its label's group."""
    model = heatmap(snapshot)
    titles = [model.data(model.index(r, COL_STATEMENT), DISPLAY) for r in model.group_rows()]
    assert titles == [
        "Points de consensus (6)",
        "Dissensus entre rôles (3)",
        "Divisions internes (1)",
        "Incertitudes (1)",
        "Positions peu marquées (1)",
    ]
    groups_in_order = []
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), GroupRowRole):
            groups_in_order.append(model.data(model.index(row, 0), GroupRole))
            continue
        statement = snapshot.statement(model.data(model.index(row, 0), StatementIdRole))
        assert statement is not None
        group = model.data(model.index(row, 0), GroupRole)
        assert group == groups_in_order[-1]
        if group == "consensus":
            assert statement.label.value.startswith("CONSENSUS")
        if group == "dissensus":
            assert statement.label in (Label.DISSENSUS_INTER, Label.DIVERGENCE_INTER)
    assert len(model.statement_order()) == len(DEMO_OUTCOMES)


def test_palette_is_not_red_green_and_text_always_reads() -> None:
    """Against is red, for is blue; the text colour keeps a 4.5:1 contrast on every shade."""
    against, favour = palette.diverging(-1), palette.diverging(1)
    assert against.red() > 150 > against.blue()
    assert favour.blue() > 150 > favour.red()
    assert favour.green() < favour.blue()
    for step in range(-20, 21):
        background = palette.cell_color(step / 20)
        assert palette.contrast(palette.text_on(background), background) >= 4.5
    assert palette.contrast(palette.text_on(palette.INSUFFICIENT), palette.INSUFFICIENT) >= 4.5
    assert palette.diverging(None) == QColor(palette.INSUFFICIENT)


def test_category_matrix_shows_accord_opposition_and_cohesion(snapshot: AgoraSnapshot) -> None:
    """Off the diagonal Accord / opp. / m (and r); on it the cohesion."""
    model = CategoryMatrixModel()
    model.set_snapshot(snapshot)
    codes = [c.code for c in snapshot.considered]
    elus, socio = codes.index("elus"), codes.index("socio")
    pair = snapshot.analysis.category_matrix.pair("elus", "socio")
    cell = model.index(elus, socio)
    assert model.data(cell, ValueRole) == pair.accord
    assert model.data(cell, ComparedRole) == pair.m == 12
    text = model.data(cell, DISPLAY)
    assert text.startswith("Accord 0,84\nopp. 2 · m = 12")
    assert "r = " in text
    assert model.data(model.index(elus, elus), DISPLAY).startswith("cohésion 0,72")


def test_expectations_matrix_margins_and_role_linked_dissensus(snapshot: AgoraSnapshot) -> None:
    """Counts from → toward, « émises » and « reçues », and the voted expectations overlay."""
    model = ExpectationsModel()
    model.set_snapshot(snapshot)
    m3 = snapshot.analysis.expectation_matrix
    codes = [c.code for c in snapshot.considered]
    k = len(codes)
    socio, elus = codes.index("socio"), codes.index("elus")
    assert model.data(model.index(socio, elus), CountRole) == m3.counts[("socio", "elus")] == 4
    assert model.data(model.index(socio, k), CountRole) == m3.emitted["socio"]
    assert model.data(model.index(k, elus), CountRole) == m3.received["elus"]
    assert model.data(model.index(socio, elus), RoleLinkedRole) == 1
    assert "⚠" in model.data(model.index(socio, elus), DISPLAY)
    assert model.headerData(elus, Qt.Orientation.Horizontal, DISPLAY) == "→ Élu·e·s"
    assert model.reciprocity_lines()

    overlay = OverlayModel()
    overlay.set_snapshot(snapshot)
    assert overlay.rowCount() == len(m3.overlay)
    first = overlay.index(0, 0)
    assert overlay.data(first, RoleLinkedRole) is True
    assert overlay.data(first, DISPLAY).startswith("⚠ ")


def test_ranked_lists_show_counts_badge_and_pooled_majority_apart(snapshot: AgoraSnapshot) -> None:
    """The room majority is titled as not role-based; significant items carry their badge."""
    model = RankedListsModel()
    model.set_snapshot(snapshot)
    titles = [model.data(model.index(r, 0), DISPLAY) for r in model.group_rows()]
    assert "Majorité de la salle — ne tient pas compte des rôles (7)" in titles
    specific = model.rows_of("specifique")
    badges = [
        model.data(model.index(r, 2), DISPLAY)
        for r in specific
        if model.data(model.index(r, 0), SignificantRole)
    ]
    assert badges
    assert all("significatif (90\u00a0%)" in text for text in badges)
    for row in model.rows_of("consensus"):
        for column in range(3, model.columnCount()):
            text = model.data(model.index(row, column), DISPLAY)
            stance_line, counts_line = text.split("\n")
            assert stance_line[0] in "✔✖⇅~…"
            assert counts_line.count("/") == 2
    assert {model.data(model.index(r, 0), ListRole) for r in model.rows_of("majorite")} == {"majorite"}


def test_every_model_keeps_the_qt_contract(qtmodeltester, snapshot: AgoraSnapshot, tmp_path: Path) -> None:
    """qtmodeltester on each model of the page, filled from the demo forum."""
    models = []
    for cls in (
        HeatmapModel,
        StatementsModel,
        CategoryMatrixModel,
        ExpectationsModel,
        OverlayModel,
        RankedListsModel,
    ):
        model = cls()
        model.set_snapshot(snapshot)
        models.append(model)
    why = WhyNumbersModel()
    why.set_statement(snapshot.analysis.statements[3], snapshot.names)
    models.append(why)
    store = open_demo(tmp_path)
    try:
        picker = CardPickerModel()
        picker.set_cards(load_pickable(store, agora_session(store).id), snapshot.names)
    finally:
        store.close()
    assert picker.rowCount() > 40
    models.append(picker)
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=False)
