"""The projected board of a peer-group session: one column per kind of card, in large type.

The text is as large as the board allows: it shrinks from ``theme.CARD_PX`` to
``theme.CARD_MIN_PX`` (at 1080 lines) to fit every column on one page, and below that the long
columns turn their pages by themselves. Cards that just arrived are highlighted for a few
seconds, and their column shows the page that holds them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from agora.domain.kinds import ContributionKind
from agora.services.reads import CardRead, CategoryRead
from ui.cards_model import kind_label
from ui.projector import theme
from ui.projector.card_delegate import CardDelegate
from ui.projector.card_list_model import CardListModel
from ui.projector.fit_text import FitLabel, sized_font
from ui.projector.paged_list import PagedListView

#: Short column titles: the projector has no room for « Attentes vis-à-vis des autres ».
COLUMN_TITLES: dict[str, str] = {
    ContributionKind.CONSTRAINT: QT_TRANSLATE_NOOP("BoardColumn", "Contraintes / freins"),
    ContributionKind.EXPECTATION: QT_TRANSLATE_NOOP("BoardColumn", "Attentes"),
    ContributionKind.COMMITMENT: QT_TRANSLATE_NOOP("BoardColumn", "Engagements"),
    ContributionKind.LEARNING: QT_TRANSLATE_NOOP("BoardColumn", "Apprentissages"),
    ContributionKind.STORY: QT_TRANSLATE_NOOP("BoardColumn", "Récits"),
}
#: Columns always shown, even empty: the room sees where its cards will go.
ALWAYS_SHOWN = (ContributionKind.CONSTRAINT, ContributionKind.EXPECTATION, ContributionKind.COMMITMENT)
#: Narrowest column (at 1080 lines) when there is room for it: long words stay whole.
MIN_COLUMN_PX = 300
#: Boards up to this many cards have their column widths balanced before they paginate.
REBALANCE_MAX_CARDS = 80
#: How long a long column shows each page.
PAGE_MS = 12_000
#: How long a new card stays highlighted.
FRESH_MS = 8_000


def column_weight(cards: Sequence[CardRead]) -> int:
    """How wide a column is, relative to the others: wider for more text, never too thin."""
    text = sum(len(card.text) + 60 for card in cards)  # a card's chip and margins count too
    return 100 + text // 5  # large numbers: the balancing below adjusts them by a few percent


class BoardColumn(QFrame):
    """One kind of card: its title, its count, its page number and its cards."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = CardListModel(kind, self)
        self.view = PagedListView(self)
        self.delegate = CardDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.title = FitLabel(self, bold=True)
        self._count = 0
        self._page = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.page_changed.connect(self._show_page_number)

    def set_cards(
        self, cards: Sequence[CardRead], categories: Sequence[CategoryRead], fresh: set[str]
    ) -> None:
        """Show the column's cards; ``fresh`` ids are highlighted."""
        self.model.set_cards(cards, categories, fresh)
        self._count = len(cards)
        self.title.setText(self.title_text())

    def kind_title(self) -> str:
        """The column's short title, translated."""
        source = COLUMN_TITLES.get(self.kind)
        return QCoreApplication.translate("BoardColumn", source) if source else kind_label(self.kind)

    def title_text(self, page: str | None = None) -> str:
        """« Attentes · 5 », with the page shown (« 1/2 ») when the column has several."""
        text = self.tr("{kind} · {count}").format(kind=self.kind_title(), count=self._count)
        page = self._page if page is None else page
        return f"{text}  ({page})" if page else text

    def title_fits(self, title_px: int) -> bool:
        """Whether the title holds on one line at ``title_px`` (true while the column has no width).

        The page number is left out: it depends on the room the title leaves, and when it
        appears the label only shrinks the title a little to fit it.
        """
        metrics = QFontMetrics(sized_font(self.font(), title_px, bold=True))
        return self.width() <= 0 or metrics.horizontalAdvance(self.title_text("")) <= self.width()

    def set_text_px(self, card_px: int, title_px: int, title_lines: int = 1) -> int:
        """Size the text, measure, paginate; returns the number of pages."""
        metrics = QFontMetrics(sized_font(self.font(), title_px, bold=True))
        self.title.set_sizes(title_px, title_px * 3 // 4)
        self.title.setFixedHeight(metrics.height() + metrics.lineSpacing() * (title_lines - 1))
        self.view.setSpacing(max(3, card_px // 5))
        self.layout().activate()  # the title's new height changes the room left for cards
        self.delegate.set_metrics(card_px, self.view.available_height() - 2 * self.view.spacing() - 8)
        fresh = self.model.fresh_rows()
        return self.view.repaginate(keep_row=fresh[-1] if fresh else None)

    def needed_height(self) -> int:
        """Pixels all the column's cards would take on one page."""
        spacing = self.view.spacing()
        return sum(height + 2 * spacing for height in self.view.row_heights()) - spacing

    def page_text(self) -> str:
        """« 1/2 » when the column has several pages, else ""."""
        return self._page

    def _show_page_number(self, page: int, count: int) -> None:
        self._page = self.tr("{page}/{count}").format(page=page + 1, count=count) if count > 1 else ""
        self.title.setText(self.title_text())


class BoardSlide(QWidget):
    """The board of one peer-group session as the room sees it. Shows; never edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#board {{ background: {theme.BOARD}; }} QLabel {{ color: {theme.INK}; }}")
        self._layout = QHBoxLayout(self)
        self.columns: dict[str, BoardColumn] = {}
        for kind in ContributionKind:
            column = BoardColumn(kind.value, self)
            self.columns[kind.value] = column
            self._layout.addWidget(column, 1)
        self._session = ""
        self._known: set[str] = set()
        self._height = theme.REFERENCE_LINES
        self.card_px = theme.CARD_PX
        self._page_timer = QTimer(self)
        self._page_timer.setInterval(PAGE_MS)
        self._fresh_timer = QTimer(self)
        self._fresh_timer.setSingleShot(True)
        self._fresh_timer.setInterval(FRESH_MS)
        self._connect_signals()
        self.set_board("", [], [])

    def _connect_signals(self) -> None:
        self._page_timer.timeout.connect(self.next_pages)
        self._fresh_timer.timeout.connect(self.clear_fresh)

    def set_scale(self, height: int) -> None:
        """Size everything for a window ``height`` pixels high."""
        self._height = height
        margin = theme.scaled(20, height)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(margin)
        self.relayout()

    def set_board(
        self, session_id: str, cards: Sequence[CardRead], categories: Sequence[CategoryRead]
    ) -> None:
        """Show ``cards`` of ``session_id``; cards unseen since the last call for it are highlighted."""
        ids = {card.id for card in cards}
        fresh = ids - self._known if session_id == self._session else set()
        self._session, self._known = session_id, ids
        order = {category.code: rank for rank, category in enumerate(categories)}
        for kind, column in self.columns.items():
            mine = [card for card in cards if card.kind == kind]
            if kind == ContributionKind.EXPECTATION:
                # Grouped by the category they address, as on the desk's board.
                mine.sort(key=lambda card: (order.get(card.target or "", len(order)), card.position))
            column.set_cards(mine, categories, fresh)
            column.setVisible(bool(mine) or kind in ALWAYS_SHOWN)
            self._layout.setStretchFactor(column, column_weight(mine))
        if fresh:
            self._fresh_timer.start()
        self.relayout()

    def card_texts(self) -> list[str]:
        """Every card text on the board, column by column (all pages)."""
        return [text for column in self.columns.values() for text in column.model.texts()]

    def visible_columns(self) -> list[BoardColumn]:
        """The columns shown, left to right."""
        return [column for column in self.columns.values() if not column.isHidden()]

    def relayout(self) -> None:
        """Pick the largest text size at which the columns fit, or paginate at the smallest."""
        self._layout.activate()
        title_px = theme.scaled(theme.COLUMN_TITLE_PX, self._height)
        largest = theme.scaled(theme.CARD_PX, self._height)
        smallest = theme.scaled(theme.CARD_MIN_PX, self._height)
        columns = self.visible_columns()
        # No column so thin that words break, nor so wide a minimum that the board overflows.
        spare = (
            self.width() - self._layout.contentsMargins().left() * 2 - self._layout.spacing() * len(columns)
        )
        floor = min(theme.scaled(MIN_COLUMN_PX, self._height), int(0.8 * spare / max(1, len(columns))))
        for column in columns:
            column.setMinimumWidth(max(0, floor))
        self._layout.activate()
        # Narrow columns (the join panel is up) get two lines of title, all alike.
        lines = 1 if all(column.title_fits(title_px) for column in columns) else 2
        px = largest
        while True:
            pages = max((column.set_text_px(px, title_px, lines) for column in columns), default=1)
            if pages > 1 and px <= smallest:
                pages = self._rebalance(columns, px, title_px, lines)
            if pages <= 1 or px <= smallest:
                break
            px = max(smallest, px - 2)
        self.card_px = px
        if pages > 1:
            self._page_timer.start()
        else:
            self._page_timer.stop()

    def _rebalance(self, columns: list[BoardColumn], px: int, title_px: int, lines: int) -> int:
        """Widen the columns that overflow at the expense of those with room; returns the pages.

        Only for boards small enough to measure a few times (a big board paginates anyway).
        """
        pages = max((column.view.page_count() for column in columns), default=1)
        if sum(column.model.rowCount() for column in columns) > REBALANCE_MAX_CARDS:
            return pages
        before = pages, [self._layout.stretch(self._layout.indexOf(column)) for column in columns]
        for _attempt in range(3):
            for column in columns:
                fill = column.needed_height() / max(1, column.view.available_height())
                weight = self._layout.stretch(self._layout.indexOf(column))
                self._layout.setStretchFactor(column, max(1, round(weight * max(0.6, min(fill, 1.6)))))
            self._layout.activate()
            pages = max((column.set_text_px(px, title_px, lines) for column in columns), default=1)
            if pages <= 1:
                return pages
        if pages >= before[0]:  # no better: back to the widths the text asked for
            for column, weight in zip(columns, before[1], strict=True):
                self._layout.setStretchFactor(column, weight)
            self._layout.activate()
            pages = max((column.set_text_px(px, title_px, lines) for column in columns), default=1)
        return pages

    def page_count(self) -> int:
        """Pages of the longest column."""
        return max((column.view.page_count() for column in self.visible_columns()), default=1)

    def next_pages(self) -> None:
        """Turn the page of every column that has more than one."""
        for column in self.visible_columns():
            column.view.next_page()

    def clear_fresh(self) -> None:
        """End the highlight of the newest cards."""
        for column in self.columns.values():
            column.model.clear_fresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure again at the new size."""
        super().resizeEvent(event)
        self.relayout()
