"""A card the disk refuses is never lost: back in the bar, a red banner, « Réessayer »."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora.domain.text import MAX_CARD_CHARS
from agora.errors import StorageError
from agora.services import cards
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import capture, current_board, open_desk, stored, type_text, wait_saved
from ui.board.column_model import PendingRole
from ui.forum_context import SaveState

DISK_FULL = "Le disque est plein : la modification n’a pas été enregistrée."


def refuse(*_args: object, **_kwargs: object) -> None:
    raise StorageError(DISK_FULL)


def test_refused_card_stays_in_the_bar_and_retry_saves_it(
    qtbot: QtBot, make_forum: MakeForum, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk refuses: text kept, banner and indicator red; the disk is back: « Réessayer » saves it."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    real_add = cards.add_card
    monkeypatch.setattr(cards, "add_card", refuse)
    type_text(board.capture.line, "Ne pas perdre ce texte")
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert board.capture.text() == "Ne pas perdre ce texte"
    assert window.failure_banner.isVisible()
    assert DISK_FULL in window.failure_banner.message.text()
    assert window.save_indicator.text() == f"NON ENREGISTRÉ — {DISK_FULL}"
    assert window.tracker.state == SaveState.FAILED
    assert window.context.undo_stack.count() == 0  # nothing to undo: nothing was done
    # Another write (a capture in another board) does not hide the failure.
    monkeypatch.setattr(cards, "add_card", real_add)
    qtbot.mouseClick(window.failure_banner.retry_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    assert [c.text for c in stored(window)] == ["Ne pas perdre ce texte"]
    assert board.capture.text() == ""
    assert not window.failure_banner.isVisible()
    assert window.save_indicator.text() == "Enregistré"
    assert window.context.undo_stack.count() == 1


def test_failure_stays_visible_while_other_writes_succeed(
    qtbot: QtBot, make_forum: MakeForum, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later successful write does not turn the indicator back to « Enregistré »."""
    window = open_desk(qtbot, make_forum(cards_of_first_session=[("constraint", "Existante", None)]))
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("constraint") == 1)
    monkeypatch.setattr(cards, "edit_card", refuse)
    model = board.columns["constraint"].model
    assert model.setData(model.index(0), "Texte modifié")
    wait_saved(qtbot, window)
    assert window.failure_banner.isVisible()
    assert model.index(0).data() == "Texte modifié"  # the edit is still shown, marked unsaved
    assert model.index(0).data(PendingRole) is True
    capture(qtbot, window, "Une autre carte")
    wait_saved(qtbot, window)
    assert window.failure_banner.isVisible()
    assert window.save_indicator.text().startswith("NON ENREGISTRÉ")
    monkeypatch.undo()
    window.failure_banner.retry_button.click()
    wait_saved(qtbot, window)
    assert sorted(c.text for c in stored(window)) == ["Texte modifié", "Une autre carte"]
    assert not window.failure_banner.isVisible()


def test_too_long_card_is_refused_without_the_red_banner(qtbot: QtBot, make_forum: MakeForum) -> None:
    """The core refuses the text: it goes back in the bar with the reason; nothing is « non enregistré »."""
    window = open_desk(qtbot, make_forum())
    board = current_board(window)
    too_long = "x" * (MAX_CARD_CHARS + 1)
    board.capture.line.setText(too_long)
    qtbot.keyClick(board.capture.line, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: board.capture.text() == too_long)
    assert "Carte non enregistrée" in window.statusBar().currentMessage()
    assert "20" in window.statusBar().currentMessage()  # the limit is named
    assert window.failure_banner.isHidden()
    assert window.tracker.state != SaveState.FAILED
    assert window.tracker.pending_retries == 0
    assert window.save_indicator.text() == "Enregistré"
    assert stored(window) == []


def test_refused_edit_shows_the_stored_text_again(qtbot: QtBot, make_forum: MakeForum) -> None:
    """An edit in place the core refuses: the card shows its saved text, and the status bar says why."""
    window = open_desk(qtbot, make_forum(cards_of_first_session=[("constraint", "Existante", None)]))
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("constraint") == 1)
    model = board.columns["constraint"].model
    assert model.setData(model.index(0), "y" * (MAX_CARD_CHARS + 1))
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: model.index(0).data() == "Existante")
    assert model.index(0).data(PendingRole) is False
    assert window.statusBar().currentMessage().startswith("Modification refusée : ")
    assert window.failure_banner.isHidden()
    assert window.save_indicator.text() == "Enregistré"
    assert [c.text for c in stored(window)] == ["Existante"]


def test_indicator_is_quiet_when_all_is_saved(qtbot: QtBot, make_forum: MakeForum) -> None:
    """« Enregistré » in the status bar, no banner, after a normal capture."""
    window = open_desk(qtbot, make_forum())
    capture(qtbot, window, "Tout va bien")
    wait_saved(qtbot, window)
    assert window.save_indicator.text() == "Enregistré"
    assert window.failure_banner.isHidden()


def test_unsent_text_survives_closing_the_forum(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Text typed but not sent is kept as a draft when the forum closes, and back in the bar next time."""
    path = make_forum()
    window = open_desk(qtbot, path)
    type_text(current_board(window).capture.line, "Une idée pas encore envoyée")
    window.close()
    again = open_desk(qtbot, path)
    board = current_board(again)
    assert board.capture.text() == "Une idée pas encore envoyée"
    assert board.draft_restored
    assert "retrouvé" in again.statusBar().currentMessage()
    capture_line_sent = board.capture.line
    qtbot.keyClick(capture_line_sent, Qt.Key.Key_Return)
    wait_saved(qtbot, again)
    assert [c.text for c in stored(again)] == ["Une idée pas encore envoyée"]
    qtbot.wait(600)  # the emptied bar's draft is removed after its short delay
    again.close()
    third = open_desk(qtbot, path)
    assert current_board(third).capture.text() == ""
