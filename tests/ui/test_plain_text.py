"""T-UI-1: participant text is always shown as typed, never interpreted as markup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import current_board, open_desk
from ui.delegates import tooltip_html

#: What a participant might type: markup and an image that Qt would load if it guessed rich text.
LITERAL = '<b>x</b><img src="any.png">'


class RecordingPainter(QPainter):
    """A painter that remembers every string it is asked to draw."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:
        self.texts.extend(arg for arg in args if isinstance(arg, str))
        super().drawText(*args)


def test_every_label_of_the_desk_is_plain_text(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Title, card detail, banners: every QLabel of the forum window has PlainText format."""
    window = open_desk(
        qtbot, make_forum(title=LITERAL, venue=LITERAL, cards_of_first_session=[("constraint", LITERAL, None)])
    )
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("constraint") == 1)
    board.columns["constraint"].view.select_row(0)
    assert board.detail.text() == LITERAL
    assert window.windowTitle() == f"{LITERAL} — Agora"
    labels = window.findChildren(QLabel)
    assert len(labels) > 10
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, (label.accessibleName(), label.text())


def test_the_card_delegate_paints_the_literal_string(qtbot: QtBot, make_forum: MakeForum) -> None:
    """The delegate draws the characters typed, markup included; the tooltip is escaped."""
    window = open_desk(qtbot, make_forum(cards_of_first_session=[("constraint", LITERAL, None)]))
    board = current_board(window)
    qtbot.waitUntil(lambda: board.board_cards.total("constraint") == 1)
    view = board.columns["constraint"].view
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.font = view.font()
    option.palette = view.palette()
    image = QImage(option.rect.size() * 2, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        view.itemDelegate().paint(painter, option, index)
    finally:
        painter.end()
    assert "".join(painter.texts).replace(" ", "").startswith(LITERAL.replace(" ", ""))
    center = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    assert view.itemDelegate().helpEvent(event, view, option, index)
    assert QToolTip.text() == tooltip_html(LITERAL)
    QToolTip.hideText()
