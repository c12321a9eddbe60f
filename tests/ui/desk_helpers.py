"""Driving the desk in tests: typing real keys (accents included), opening a forum's desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agora.services import cards
from agora.services.reads import CardRead
from ui import workers
from ui.board.board_view import BoardView
from ui.desk.forum_window import ForumWindow
from ui.opened_forum import open_for_work


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key into ``widget`` (QTest.keyClicks refuses non-ASCII characters)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def open_desk(qtbot: QtBot, path: Path) -> ForumWindow:
    """The desk of the forum file ``path``, shown and active, its first board loaded."""
    window = ForumWindow(open_for_work(path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    board = window.current_board()
    if board is not None:
        qtbot.waitUntil(lambda: board.board_cards.loaded, timeout=5000)
        board.capture.focus_input()
    return window


def wait_saved(qtbot: QtBot, window: ForumWindow) -> None:
    """Wait until every queued write is durable and its outcome delivered."""
    assert window.context.wait_for_writes()
    qtbot.waitUntil(lambda: workers.running_count() == 0, timeout=5000)


def capture(qtbot: QtBot, window: ForumWindow, text: str) -> CardRead:
    """Type ``text`` in the current board's capture bar and press Entrée; the card once durable."""
    board = current_board(window)
    with qtbot.waitSignal(board.card_captured, timeout=5000) as captured:
        type_text(board.capture.line, text)
        qtbot.keyClick(board.capture.line, Qt.Key.Key_Return)
    return captured.args[0]


def current_board(window: ForumWindow) -> BoardView:
    """The board on screen (the test fails if the page is not a board)."""
    board = window.current_board()
    assert board is not None
    return board


def stored(window: ForumWindow) -> list[CardRead]:
    """The live cards of the current board's session, as the forum file has them."""
    board = current_board(window)
    return cards.list_cards(window.context.store, board.session.id)
