"""Capturing cards with the keyboard only: type, Entrée, kinds and targets by shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.services import cards
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import capture, current_board, open_desk, stored, type_text, wait_saved

ALT = Qt.KeyboardModifier.AltModifier


def test_typed_card_reaches_the_forum_file(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Type a card, press Entrée: it is in the file, in its column, and the bar is empty again."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    card = capture(qtbot, window, "Peur de l’échec, élus démunis")
    assert [c.text for c in stored(window)] == ["Peur de l’échec, élus démunis"]
    assert card.kind == "constraint"
    assert board.capture.text() == ""
    assert board.capture.line.hasFocus()
    assert board.columns["constraint"].title.text() == "Contraintes / freins (1)"
    assert board.columns["constraint"].view.currentIndex().row() == 0


def test_every_kind_by_its_shortcut(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Alt+1…5 choose the kind; the bar says which, plainly; Alt+2 types an expectation."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    line = board.capture.line
    expected = {
        Qt.Key.Key_1: ("constraint", "Contrainte / frein"),
        Qt.Key.Key_2: ("expectation", "Attente vis-à-vis de"),
        Qt.Key.Key_3: ("commitment", "Engagement"),
        Qt.Key.Key_4: ("learning", "Apprentissage"),
        Qt.Key.Key_5: ("story", "Récit"),
    }
    for key, (kind, label) in expected.items():
        qtbot.keyClick(line, key, ALT)
        assert board.capture.kind == kind
        assert board.capture.kind_label.text() == label
        capture(qtbot, window, f"carte {kind}")
    wait_saved(qtbot, window)
    kinds = {c.kind: c for c in stored(window)}
    assert set(kinds) == {"constraint", "expectation", "commitment", "learning", "story"}
    assert kinds["expectation"].target == "agents"  # the first other category


def test_target_letters_and_cycling(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Alt+T aims the expectation at the État; Alt+→ moves to the next category; the bar shows it."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    line = board.capture.line
    qtbot.keyClick(line, Qt.Key.Key_T, ALT)
    assert (board.capture.kind, board.capture.target) == ("expectation", "etat")
    assert board.capture.target_label.isVisible()
    assert board.capture.target_label.text() == "État"
    capture(qtbot, window, "Un interlocuteur unique")
    qtbot.keyClick(line, Qt.Key.Key_Right, ALT)
    assert board.capture.target == "socio"
    qtbot.keyClick(line, Qt.Key.Key_Right, ALT)
    assert board.capture.target == "agents"  # wraps around, never the board's own category
    qtbot.keyClick(line, Qt.Key.Key_E, ALT)
    assert board.capture.target == "agents"  # Élu·e·s: the board's own category is not a target
    qtbot.keyClick(line, Qt.Key.Key_1, ALT)
    assert not board.capture.target_label.isVisible()
    wait_saved(qtbot, window)
    (card,) = stored(window)
    assert (card.kind, card.target) == ("expectation", "etat")
    model = board.columns["expectation"].model
    header = model.header_row("etat")
    assert model.index(header + 1).data() == "Un interlocuteur unique"


def test_blank_text_adds_nothing(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Entrée on spaces does nothing: no empty card, no error."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    type_text(board.capture.line, "   ")
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert stored(window) == []
    assert not window.failure_banner.isVisible()


def test_up_reaches_the_cards_and_escape_comes_back(qtbot: QtBot, make_forum: MakeForum) -> None:
    """↑ from the bar goes to the column of the kind typed; ←/→ change column; Échap returns."""
    window = open_desk(qtbot, make_forum(cards_of_first_session=[("constraint", "Une", None), ("commitment", "Deux", None)]))
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("commitment") == 1)
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)
    constraints = board.columns["constraint"].view
    assert constraints.hasFocus()
    assert constraints.currentIndex().data() == "Une"
    qtbot.keyClick(constraints, Qt.Key.Key_Right)
    assert board.columns["expectation"].view.hasFocus()
    qtbot.keyClick(board.columns["expectation"].view, Qt.Key.Key_Right)
    assert board.columns["commitment"].view.hasFocus()
    qtbot.keyClick(board.columns["commitment"].view, Qt.Key.Key_Escape)
    assert board.capture.line.hasFocus()


def test_cards_of_another_session_stay_there(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+Page suiv. shows the next session's board; cards typed there belong to it."""
    window = open_desk(qtbot, make_forum())
    first = current_board(window)
    qtbot.keyClick(first.capture.line, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    second = current_board(window)
    assert second is not first
    assert second.session.category == "agents"
    qtbot.waitUntil(lambda: second.board_cards.loaded)
    assert second.capture.line.hasFocus()
    capture(qtbot, window, "Carte des agents")
    assert cards.list_cards(window.context.store, first.session.id) == []
    assert [c.category for c in stored(window)] == ["agents"]
