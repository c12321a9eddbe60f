"""« Pourquoi ce libellé ? », label overrides and the method's parameters on the Agora page."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agora.method import DEFAULT_PARAMS, STRICT_PARAMS, MethodParams, StatementAnalysis
from agora.services import analysis
from tests.ui.agora import agora_page, quiesce, settle
from ui.agora import override_dialog, params_dialog
from ui.agora.agora_view import AgoraView
from ui.agora.heatmap_model import COL_LABEL
from ui.agora.override_dialog import OverrideChoice, OverrideDialog
from ui.agora.params_dialog import ParamsDialog

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[AgoraView]:
    with agora_page(qtbot, tmp_path) as view:
        yield view


def statement(view: AgoraView, text_start: str) -> StatementAnalysis:
    assert view.snapshot is not None
    return next(a for a in view.snapshot.analysis.statements if a.statement.text.startswith(text_start))


def heat_label(view: AgoraView, statement_id: str) -> str:
    model = view.heatmap.model
    return model.data(model.index(model.row_of(statement_id), COL_LABEL), DISPLAY)


def test_why_panel_names_the_rule_and_the_categories(page: AgoraView) -> None:
    """Role-linked dissensus: rule 2, who is for, who is against, and the numbers behind it."""
    item = statement(page, "Sortir des rôles")
    page.select_statement(item.statement.id)
    text = page.why.text()
    assert "Dissensus entre catégories" in text
    assert (
        "Règle 2 : Les catégories s’opposent : pour chez Acteurs socio-économiques, contre chez Élu·e·s."
        in text
    )
    assert "Acteurs socio-économiques et Élu·e·s vaut 1,05" in text
    assert "Élu·e·s–Acteurs socio-économiques 1,05 (significatif)" in text
    assert "Seuils : 3 votes exprimés minimum, position 60\u00a0%" in text
    numbers = page.why.numbers
    first = [numbers.data(numbers.index(0, c), DISPLAY) for c in range(numbers.columnCount())]
    assert first[:7] == ["Élu·e·s", "✖ Contre", "1", "1", "5", "0", "7"]


def test_override_is_shown_dated_beside_the_computed_label_and_cleared(
    qtbot: QtBot, page: AgoraView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The facilitator's label replaces the computed one everywhere, marked; clearing restores it."""
    item = statement(page, "Sortir des rôles")
    page.select_statement(item.statement.id)
    asked = []

    def choose(_parent: object, shown: StatementAnalysis, _names: object) -> OverrideChoice:
        asked.append(shown.statement.id)
        return OverrideChoice("MITIGE", "La salle a jugé l’écart faible")

    monkeypatch.setattr(override_dialog, "ask_override", choose)
    qtbot.mouseClick(page.why.override_button, Qt.MouseButton.LeftButton)
    assert asked == [item.statement.id]
    qtbot.waitUntil(lambda: heat_label(page, item.statement.id).startswith("✎ Position peu marquée"))
    text = page.why.text()
    assert "Libellé modifié par l’animation le " in text
    assert " : La salle a jugé l’écart faible" in text
    assert "Libellé calculé : Dissensus entre catégories" in text
    assert page.why.clear_button.isEnabled()

    qtbot.mouseClick(page.why.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: heat_label(page, item.statement.id).startswith("Dissensus entre catégories"))
    assert "Libellé modifié" not in page.why.text()


def test_override_dialog_offers_every_label_with_the_computed_one_selected(
    qtbot: QtBot, page: AgoraView
) -> None:
    """The dialog lists the ten labels in words and starts on the label shown."""
    item = statement(page, "Temps pour les agents")
    assert page.snapshot is not None
    dialog = OverrideDialog(item, page.snapshot.names)
    qtbot.addWidget(dialog)
    assert dialog.label_box.count() == 10
    assert dialog.label_box.currentText() == "Consensus favorable [sans : État]"
    dialog.label_box.setCurrentIndex(dialog.label_box.findData("DIVISE_INTRA"))
    dialog.note.setPlainText("  vu en séance  ")
    assert dialog.choice() == OverrideChoice("DIVISE_INTRA", "vu en séance")


def test_strict_preset_changes_labels_and_the_change_is_reported(
    qtbot: QtBot, page: AgoraView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« Strict »: fewer consensus, and a note on the page says which parameters changed."""
    assert page.params_note.isHidden()
    assert page.snapshot is not None
    before = {a.statement.id: a.label for a in page.snapshot.analysis.statements}
    monkeypatch.setattr(params_dialog, "ask_params", lambda _parent, current: STRICT_PARAMS)
    qtbot.mouseClick(page.params_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.params_note.isVisible())
    note = page.params_note.text()
    assert note.startswith("Paramètres modifiés (préréglage « Strict ») : ")
    assert "seuil de position 70\u00a0%" in note
    assert "minorité tolérée 15\u00a0%" in note
    assert "votes exprimés minimum par catégorie 5" in note
    quiesce(qtbot, page)
    assert analysis.method_params(page.context.store, page.session.id) == STRICT_PARAMS
    after = {a.statement.id: a.label for a in page.snapshot.analysis.statements}
    changed = [sid for sid in before if before[sid] != after[sid]]
    assert changed
    assert sum(label.value.startswith("CONSENSUS") for label in after.values()) < sum(
        label.value.startswith("CONSENSUS") for label in before.values()
    )
    assert "Seuils : 5 votes exprimés minimum, position 70\u00a0%" in page.why.text()
    # Undo goes back to the defaults, and the note goes away.
    page.context.undo_stack.undo()
    settle(qtbot, page)
    assert page.params_note.isHidden()


def test_params_dialog_presets_custom_values_and_refusals(qtbot: QtBot) -> None:
    """Presets fill the form; out-of-range values are refused in French and the dialog stays open."""
    dialog = ParamsDialog(DEFAULT_PARAMS)
    qtbot.addWidget(dialog)
    assert dialog.preset.currentData() == "defaut"
    assert dialog.edits["t_pos"].text() == "60"
    dialog.choose_preset("strict")
    assert (dialog.n_min.value(), dialog.edits["t_pos"].text(), dialog.edits["t_minor"].text()) == (
        5,
        "70",
        "15",
    )
    assert dialog.read_params() == STRICT_PARAMS

    dialog.edits["t_pos"].setText("45")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.refusal.text() == "Le seuil de position doit dépasser 50 % sans dépasser 100 %."

    dialog.edits["t_pos"].setText("abc")
    dialog.accept()
    assert dialog.refusal.text() == "« abc » n’est pas un nombre (seuil de position)."

    dialog.edits["t_pos"].setText("62,5")
    dialog.edits["t_gap"].setText("0.5")
    dialog._edited()
    assert dialog.preset.currentData() == ""  # « Personnalisés »
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.params() == MethodParams(
        n_min=5, t_pos=Fraction(5, 8), t_minor=Fraction(3, 20), t_gap=Fraction(1, 2)
    )
