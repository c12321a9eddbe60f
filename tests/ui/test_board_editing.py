"""Editing the board by keyboard, each change undone and redone through the forum's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from agora.services import cards
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import capture, current_board, open_desk, stored, type_text, wait_saved
from ui.board.column_model import CARDS_MIME
from ui.desk.forum_window import ForumWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = CTRL | SHIFT


def texts(window: ForumWindow, kind: str = "constraint") -> list[str]:
    return [c.text for c in stored(window) if c.kind == kind]


def three_constraints(qtbot: QtBot, make_forum: MakeForum) -> ForumWindow:
    window = open_desk(qtbot, make_forum(cards_of_first_session=[("constraint", t, None) for t in ("Un", "Deux", "Trois")]))
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("constraint") == 3)
    return window


def undo(qtbot: QtBot, window: ForumWindow) -> None:
    qtbot.keyClick(current_board(window).capture.line, Qt.Key.Key_Z, CTRL)
    wait_saved(qtbot, window)


def redo(qtbot: QtBot, window: ForumWindow) -> None:
    qtbot.keyClick(current_board(window).capture.line, Qt.Key.Key_Z, CTRL_SHIFT)
    wait_saved(qtbot, window)


def test_add_is_undone_and_redone(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+Z takes the captured card away (from the file too); Ctrl+Maj+Z brings it back, same id."""
    window = open_desk(qtbot, make_forum())
    card = capture(qtbot, window, "Carte à annuler")
    wait_saved(qtbot, window)
    assert window.actions_.undo.text() == "Annuler ajouter une carte"
    undo(qtbot, window)
    assert stored(window) == []
    assert current_board(window).board_cards.total("constraint") == 0
    redo(qtbot, window)
    assert [c.id for c in stored(window)] == [card.id]
    assert current_board(window).columns["constraint"].model.rowCount() == 1


def test_ctrl_z_undoes_typing_first(qtbot: QtBot, make_forum: MakeForum) -> None:
    """While the bar holds text, Ctrl+Z undoes the typing, not the last card."""
    window = open_desk(qtbot, make_forum())
    capture(qtbot, window, "Première")
    wait_saved(qtbot, window)
    line = current_board(window).capture.line
    type_text(line, "abc")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    wait_saved(qtbot, window)
    assert texts(window) == ["Première"]
    assert line.text() != "abc"


def test_edit_in_place_with_f2_enter_and_escape(qtbot: QtBot, make_forum: MakeForum) -> None:
    """F2 edits the current card; Entrée keeps the text, Échap drops it; undo puts it back."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    view = board.columns["constraint"].view
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # from the last card (Trois) to Deux
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert editor is not view and editor.accessibleName() == "Modifier la carte"
    editor.selectAll()
    type_text(editor, "Deux, réécrite")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert texts(window) == ["Un", "Deux, réécrite", "Trois"]
    assert board.capture.line.hasFocus()
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_text(view.focusWidget(), " rien")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Escape)
    wait_saved(qtbot, window)
    assert texts(window) == ["Un", "Deux, réécrite", "Trois"]
    undo(qtbot, window)
    assert texts(window) == ["Un", "Deux", "Trois"]


def test_delete_undo_redo(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Suppr deletes the current card; Ctrl+Z restores it in place; Ctrl+Maj+Z deletes it again."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    view = board.columns["constraint"].view
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_saved(qtbot, window)
    assert texts(window) == ["Un", "Trois"]
    assert board.columns["constraint"].title.text() == "Contraintes / freins (2)"
    assert board.capture.line.hasFocus()
    undo(qtbot, window)
    assert texts(window) == ["Un", "Deux", "Trois"]
    assert [board.columns["constraint"].model.index(r).data() for r in range(3)] == ["Un", "Deux", "Trois"]
    redo(qtbot, window)
    assert texts(window) == ["Un", "Trois"]


def test_merge_and_undo(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Maj+↑ selects two cards, Ctrl+M merges them into the first; Ctrl+Z restores both."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    view = board.columns["constraint"].view
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)  # on Trois
    qtbot.keyClick(view, Qt.Key.Key_Up, SHIFT)  # Deux and Trois selected
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL)
    wait_saved(qtbot, window)
    assert texts(window) == ["Un", "Deux\nTrois"]
    assert board.board_cards.total("constraint") == 2
    undo(qtbot, window)
    assert texts(window) == ["Un", "Deux", "Trois"]
    assert board.board_cards.total("constraint") == 3


def test_merge_needs_two_cards(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+M on one card says what to do in the status bar; nothing changes, no dialog."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)
    qtbot.keyClick(board.columns["constraint"].view, Qt.Key.Key_M, CTRL)
    assert "au moins deux cartes" in window.statusBar().currentMessage()
    assert texts(window) == ["Un", "Deux", "Trois"]


def test_principle_tag_right_after_capture(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+Maj+2 tags the card just captured; Ctrl+Maj+0 removes it; undo brings it back."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    card = capture(qtbot, window, "Coopérer")
    qtbot.keyClick(board.capture.line, Qt.Key.Key_2, CTRL_SHIFT)
    wait_saved(qtbot, window)
    assert cards.get_card(window.context.store, card.id).principle == 2
    assert window.statusBar().currentMessage().startswith("Principe 2 : Agir en coopération")
    qtbot.keyClick(board.capture.line, Qt.Key.Key_0, CTRL_SHIFT)
    wait_saved(qtbot, window)
    assert cards.get_card(window.context.store, card.id).principle is None
    undo(qtbot, window)
    assert cards.get_card(window.context.store, card.id).principle == 2


def test_principle_menu_lists_the_titles(qtbot: QtBot, make_forum: MakeForum) -> None:
    """The « Principe » button's menu names the four principles and their keys."""
    window = open_desk(qtbot, make_forum())
    menu = current_board(window).principle_button.menu()
    texts_ = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts_[0].startswith("Principe 1 — Créer, renforcer les conditions d’engagement")
    assert texts_[-1] == "Aucun principe"
    assert menu.actions()[1].shortcut().toString() == "Ctrl+Shift+2"


def test_move_within_column_and_to_the_next(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+Maj+↑ moves a card up; Ctrl+Maj+→ sends it to the expectations; undo each."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    view = board.columns["constraint"].view
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)  # Trois
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL_SHIFT)
    wait_saved(qtbot, window)
    assert texts(window) == ["Un", "Trois", "Deux"]
    assert view.currentIndex().data() == "Trois"
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL_SHIFT)
    wait_saved(qtbot, window)
    assert texts(window) == ["Un", "Deux"]
    (moved,) = [c for c in stored(window) if c.kind == "expectation"]
    assert (moved.text, moved.target) == ("Trois", "agents")
    undo(qtbot, window)
    assert texts(window) == ["Un", "Trois", "Deux"]
    undo(qtbot, window)
    assert texts(window) == ["Un", "Deux", "Trois"]


def test_drop_on_a_target_group(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Dropping a card on the « → État » header makes it an expectation toward the État."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    source = board.columns["constraint"].model
    data = source.mimeData([source.index(0)])
    assert data.hasFormat(CARDS_MIME)
    expectations = board.columns["expectation"].model
    header = expectations.index(expectations.header_row("etat"))
    assert expectations.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, header) is False
    wait_saved(qtbot, window)
    (moved,) = [c for c in stored(window) if c.kind == "expectation"]
    assert (moved.text, moved.target) == ("Un", "etat")
    assert expectations.index(expectations.header_row("etat") + 1).data() == "Un"
    assert source.rowCount() == 2
    # Dropping between cards of a column puts the card there.
    data = source.mimeData([source.index(1)])  # Trois
    source.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    wait_saved(qtbot, window)
    assert texts(window) == ["Trois", "Deux"]


def test_theme_in_the_capture_bar(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+T asks the theme in the bar (no dialog); Entrée applies it; the typed card waits aside."""
    window = three_constraints(qtbot, make_forum)
    board = current_board(window)
    view = board.columns["constraint"].view
    type_text(board.capture.line, "brouillon")
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)
    assert board.capture.kind_label.text() == "Thème des 2 cartes"
    assert board.capture.line.hasFocus()
    type_text(board.capture.line, "temps")
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert {c.text: c.theme for c in stored(window)} == {"Un": "", "Deux": "temps", "Trois": "temps"}
    assert board.capture.text() == "brouillon"
    assert board.capture.kind_label.text() == "Contrainte / frein"


def test_search_filters_every_column(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+F opens the search; words match without accents; counts say « 1 sur 3 »; Échap clears."""
    window = open_desk(
        qtbot,
        make_forum(
            cards_of_first_session=[
                ("constraint", "Élus démunis", None),
                ("constraint", "Marchés publics", None),
                ("commitment", "Parler aux élus", None),
                ("expectation", "Clarté", "etat"),
            ]
        ),
    )
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("commitment") == 1)
    qtbot.keyClick(board.capture.line, Qt.Key.Key_F, CTRL)
    search = board.filter_bar.search
    assert search.hasFocus()
    type_text(search, "elus")
    qtbot.waitUntil(lambda: board.board_cards.shown("constraint") == 1)
    assert board.columns["constraint"].title.text() == "Contraintes / freins (1 sur 2)"
    assert board.board_cards.shown("commitment") == 1
    assert board.board_cards.shown("expectation") == 0
    search.clear()
    board.filter_bar.target.setCurrentIndex(board.filter_bar.target.findData("etat"))
    qtbot.waitUntil(lambda: board.board_cards.shown("constraint") == 0)
    assert board.board_cards.shown("expectation") == 1
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert board.filter_bar.isHidden()
    assert board.board_cards.shown("constraint") == 2
    assert board.capture.line.hasFocus()
