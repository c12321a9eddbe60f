"""Fitting text on the projector: pages of whole rows, wrapped and cut lines, shrinking labels."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.factories import CATEGORIES, MARKUP_TEXT, card
from ui.projector.card_delegate import CardDelegate
from ui.projector.card_list_model import CardListModel
from ui.projector.fit_text import ELLIPSIS, FitLabel, sized_font, wrap_lines
from ui.projector.paged_list import PagedListView, page_breaks


def test_page_breaks_keep_whole_rows_within_the_height() -> None:
    """Rows take their height plus spacing above and below; a page never holds more than fits."""
    assert page_breaks([], 100, 5) == [range(0)]
    assert page_breaks([40, 40], 100, 5) == [range(0, 2)]  # 5+40+5 + 5+40 = 95
    assert page_breaks([40, 40, 40], 100, 5) == [range(0, 2), range(2, 3)]
    assert page_breaks([300, 10], 100, 5) == [range(0, 1), range(1, 2)]  # too tall: a page of its own


def test_wrap_lines_keeps_markup_literal_and_cuts_with_an_ellipsis(qtbot: QtBot) -> None:
    font = sized_font(QFont(), 20)
    assert "".join(wrap_lines(MARKUP_TEXT, font, 10_000)) == MARKUP_TEXT
    long = " ".join(["coopération"] * 40)
    lines = wrap_lines(long, font, 300)
    assert len(lines) > 3 and all(QFontMetrics(font).horizontalAdvance(line) <= 300 for line in lines)
    cut = wrap_lines(long, font, 300, max_lines=3)
    assert len(cut) == 3 and cut[-1].endswith(ELLIPSIS) and cut[:2] == lines[:2]
    assert wrap_lines("un\ndeux", font, 300) == ["un", "deux"]


def test_fit_label_shrinks_then_cuts(qtbot: QtBot) -> None:
    """A label shows its text whole at the largest size that fits, and cuts it at the smallest."""
    label = FitLabel()
    qtbot.addWidget(label)
    label.resize(400, 60)
    label.set_sizes(40, 20)
    label.setText("Une phrase assez longue pour deux lignes")
    font, lines = label.fitted()
    assert 20 <= font.pixelSize() < 40
    assert " ".join(lines) == label.text()
    label.setText(" ".join(["mot"] * 200))
    font, lines = label.fitted()
    assert font.pixelSize() == 20 and lines[-1].endswith(ELLIPSIS)
    metrics = QFontMetrics(font)
    assert metrics.height() + metrics.lineSpacing() * (len(lines) - 1) <= 60


def test_paged_view_shows_one_page_of_cards_at_a_time(qtbot: QtBot) -> None:
    """Forty cards in a short view: several pages, every shown row inside the viewport."""
    view = PagedListView()
    qtbot.addWidget(view)
    model = CardListModel("constraint", view)
    delegate = CardDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(400, 500)
    view.show()
    model.set_cards(
        [card(f"Carte numéro {n} " + "texte " * (n % 7), position=n) for n in range(40)], CATEGORIES
    )
    view.setSpacing(4)
    delegate.set_metrics(28, view.available_height() - 16)
    count = view.repaginate()
    assert count > 1
    seen: list[int] = []
    for page in range(count):
        view.set_page(page)
        qtbot.wait(1)
        rows = view.visible_rows()
        seen += rows
        for row in rows:
            rect = view.visualRect(model.index(row))
            assert rect.top() >= 0 and rect.bottom() <= view.viewport().height(), (page, row, rect)
    assert seen == list(range(40))
    view.set_page(count - 1)
    view.next_page()
    assert view.page() == 0
    assert view.page_of(39) == count - 1
