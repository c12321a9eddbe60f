"""Recording the relation between the local authority and its ESS actors from the Agora page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.services import forums
from tests.ui.agora import agora_page, quiesce
from ui.agora import relation_dialog
from ui.agora.agora_view import AgoraView
from ui.agora.relation_dialog import RelationChoice, RelationContext, RelationDialog


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[AgoraView]:
    with agora_page(qtbot, tmp_path) as view:
        yield view


def test_relation_is_recorded_for_the_territory_at_the_forum_date(
    qtbot: QtBot, page: AgoraView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog gets the territory, its history and the forum's date; the choice is stored."""
    seen: list[RelationContext] = []

    def answer(_parent: object, context: RelationContext) -> RelationChoice:
        seen.append(context)
        return RelationChoice(
            context.territories[0].id, context.date, "relations", "partenariat_confiance", "Après le forum"
        )

    monkeypatch.setattr(relation_dialog, "ask_relation", answer)
    qtbot.mouseClick(page.relation_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Relation enregistrée.")
    quiesce(qtbot, page)
    assert len(forums.list_relations(page.context.store)) == 2
    (context,) = seen
    assert context.date == dt.date(2026, 5, 12)
    assert [r.value for r in context.relations] == ["quasi_delegation"]
    latest = forums.list_relations(page.context.store)[-1]
    assert (latest.date, latest.typology, latest.value, latest.note) == (
        dt.date(2026, 5, 12),
        "relations",
        "partenariat_confiance",
        "Après le forum",
    )


def test_relation_dialog_lists_values_with_descriptions_and_history(qtbot: QtBot, page: AgoraView) -> None:
    """Both typologies, their values in words, what was noted before; OK only once a value is chosen."""
    quiesce(qtbot, page)
    context = relation_dialog.load_relation_context(page.context.store)
    dialog = RelationDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.typology.count() == 2
    assert [b.text() for b in dialog.values.buttons()] == [
        "Relations inexistantes ou distantes",
        "Relations de type donneur d’ordre",
        "Quasi-délégation de politique publique",
        "Relations partenariales de confiance",
    ]
    assert "Quasi-délégation de politique publique" in dialog.history.text()
    assert "12 mai 2026" in dialog.history.text()
    assert dialog.choice() is None
    dialog.choose("cooperation", "cooperation")
    choice = dialog.choice()
    assert choice is not None
    assert (choice.typology, choice.value, choice.date) == (
        "cooperation",
        "cooperation",
        dt.date(2026, 5, 12),
    )
