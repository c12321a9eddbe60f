"""The agenda template of the « Nouveau forum » form: lines renamed, added, moved, removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from agora.domain.kinds import SessionKind
from agora.services.forums import AgendaItem
from tests.ui.factories import MARKUP_TEXT
from ui.dialogs.agenda_model import AgendaModel, ItemRole

ITEMS = [
    AgendaItem(SessionKind.PEER_GROUP, "Temps entre pairs — Élu·e·s", "elus"),
    AgendaItem(SessionKind.PEER_GROUP, "Temps entre pairs — État", "etat"),
    AgendaItem(SessionKind.AGORA, "Agora"),
]


def model() -> AgendaModel:
    made = AgendaModel()
    made.set_categories({"elus": "#1F5FA8", "etat": "#6B3FA0"}, {"elus": "Élu·e·s", "etat": "État"})
    made.set_items(ITEMS)
    return made


def test_agenda_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    """Qt's model contracts hold, through moves, inserts and removals."""
    agenda = model()
    qtmodeltester.check(agenda, force_py=True)
    agenda.move(0, 1)
    agenda.insert(1, AgendaItem(SessionKind.AGORA, "Agora bis"))
    agenda.remove(0)


def test_lines_are_renamed_moved_added_and_removed() -> None:
    """Titles are editable (not to empty); lines move, are inserted and removed."""
    agenda = model()
    assert agenda.setData(agenda.index(2), "Agora — croiser les regards")
    assert not agenda.setData(agenda.index(2), "  ")
    assert agenda.move(2, -1) == 1
    assert agenda.move(0, -1) == 0
    agenda.insert(99, AgendaItem(SessionKind.PEER_GROUP, MARKUP_TEXT, "elus"))
    agenda.remove(0)
    assert [item.title for item in agenda.items()] == ["Agora — croiser les regards", "Temps entre pairs — État", MARKUP_TEXT]
    assert agenda.index(2).data() == MARKUP_TEXT
    assert agenda.index(1).data(Qt.ItemDataRole.ToolTipRole) == "Temps entre pairs : État"
    assert agenda.index(0).data(Qt.ItemDataRole.ToolTipRole) == "Agora : toutes les catégories ensemble"
    assert agenda.index(0).data(ItemRole).kind == SessionKind.AGORA
    assert agenda.flags(agenda.index(0)) & Qt.ItemFlag.ItemIsEditable
