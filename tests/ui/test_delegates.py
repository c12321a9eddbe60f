"""Item tooltips show participant text literally."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip, QTreeView
from pytestqt.qtbot import QtBot

from tests.ui.factories import CATEGORIES, MARKUP_TEXT, card
from ui.cards_model import COL_TEXT, CardsModel
from ui.delegates import PlainToolTipDelegate, tooltip_html


def test_tooltip_html_escapes_markup() -> None:
    """What could be markup is escaped; line breaks are kept."""
    html = tooltip_html(MARKUP_TEXT + "\nsuite")
    assert "<b>" not in html
    assert "&lt;b&gt;gras&lt;/b&gt;&lt;img src=\"x.png\"&gt;" in html
    assert "\nsuite" in html


def cards_view(qtbot: QtBot, text: str) -> tuple[QTreeView, CardsModel]:
    model = CardsModel()
    model.set_cards([card(text)], CATEGORIES)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    view.expandAll()
    qtbot.waitExposed(view)
    return view, model


def test_tooltip_shows_the_literal_text(qtbot: QtBot) -> None:
    """The tooltip of a card typed with markup shows the markup as text."""
    view, model = cards_view(qtbot, MARKUP_TEXT)
    delegate = PlainToolTipDelegate(view)
    index = model.index(0, COL_TEXT, model.index(0, COL_TEXT))
    center = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    assert delegate.helpEvent(event, view, QStyleOptionViewItem(), index)
    assert QToolTip.text() == tooltip_html(MARKUP_TEXT)
    QToolTip.hideText()


def test_item_without_tooltip_shows_none(qtbot: QtBot) -> None:
    """A group row has no tooltip: nothing is shown."""
    view, model = cards_view(qtbot, "court")
    delegate = PlainToolTipDelegate(view)
    group = model.index(0, COL_TEXT)
    center = view.visualRect(group).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    assert not delegate.helpEvent(event, view, QStyleOptionViewItem(), group)
