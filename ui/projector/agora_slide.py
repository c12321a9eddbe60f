"""The projected Agora: the statement being discussed with each category's stance and votes,
or, when none is chosen, the overview of every statement and its label.

The desk chooses the statement (:meth:`AgoraSlide.show_statement`); labels and stances come
from the core's analysis, never computed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from agora.method import Analysis, CategoryMetrics
from agora.services.reads import CategoryRead
from ui.projector import theme
from ui.projector.fit_text import FitLabel
from ui.projector.labels import LABEL_TINTS, label_line, stance_line
from ui.projector.paged_list import PagedListView
from ui.projector.statement_list import StatementDelegate, StatementListModel, statement_rows

#: How long each page of a long overview stays up.
PAGE_MS = 12_000


def _plain(parent: QWidget, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _font(base: QFont, px: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class CategoryPanel(QFrame):
    """One category's answer to the statement: its name on its colour, its stance, its votes."""

    def __init__(self, category: CategoryRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.setObjectName("panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        color = theme.safe_color(category.color)
        self.header = FitLabel(self, bold=True, middle=True)
        self.header.setText(category.label)
        self.header.set_color(theme.text_on(color), color, 8)
        self.stance = _plain(self, wrap=True)
        self.counts = [(_plain(self), _plain(self)) for _ in range(5)]
        self.setStyleSheet(
            f"#panel {{ background: {theme.PAPER}; border: 2px solid {color}; border-radius: 8px; }}"
            f"QLabel {{ color: {theme.INK}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.stance)
        grid = QGridLayout()
        grid.setContentsMargins(12, 0, 12, 0)
        for row, (name, value) in enumerate(self.counts):
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.stance.setContentsMargins(12, 4, 12, 4)

    def set_metrics(self, metrics: CategoryMetrics | None) -> None:
        """Show the category's stance and counts (a dash when it did not vote)."""
        if metrics is None:
            self.stance.setText("—")
            values = ["—"] * 5
        else:
            tally = metrics.tally
            self.stance.setText(stance_line(metrics.stance.value))
            values = [str(v) for v in (tally.A, tally.N, tally.D, tally.P, tally.n)]
        names = (
            self.tr("Pour"),
            self.tr("Neutre"),
            self.tr("Contre"),
            self.tr("Sans avis"),
            self.tr("Exprimés"),
        )
        for (name, value), word, number in zip(self.counts, names, values, strict=True):
            name.setText(word)
            value.setText(number)

    def set_scale(self, height: int) -> None:
        """Size the text for a window ``height`` pixels high."""
        base = self.font()
        head_px = theme.scaled(theme.COUNTS_PX, height)
        self.header.set_sizes(head_px, head_px * 4 // 5)
        metrics = QFontMetrics(_font(base, head_px, bold=True))
        self.header.setFixedHeight(metrics.height() + metrics.lineSpacing() + 16)
        self.stance.setFont(_font(base, theme.scaled(theme.STANCE_PX, height), bold=True))
        for row, (name, value) in enumerate(self.counts):
            last = row == len(self.counts) - 1
            name.setFont(_font(base, theme.scaled(theme.COUNTS_PX, height), bold=last))
            value.setFont(_font(base, theme.scaled(theme.COUNTS_PX, height), bold=True))


class AgoraSlide(QWidget):
    """The Agora as the room sees it. Shows; never edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("agora")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#agora {{ background: {theme.BOARD}; }} QLabel {{ color: {theme.INK}; }}")
        self._analysis: Analysis | None = None
        self._categories: list[CategoryRead] = []
        self._statement = ""
        self._height = theme.REFERENCE_LINES
        self.stack = QStackedWidget(self)
        self._build_overview()
        self._build_statement()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._page_timer = QTimer(self)
        self._page_timer.setInterval(PAGE_MS)
        self._connect_signals()
        self.set_agora([], None)

    def _build_overview(self) -> None:
        page = QWidget(self)
        self.overview_title = _plain(page)
        self.overview_model = StatementListModel(self)
        self.overview = PagedListView(page)
        self.overview_delegate = StatementDelegate(self.overview)
        self.overview.setItemDelegate(self.overview_delegate)
        self.overview.setModel(self.overview_model)
        self.overview_pages = _plain(page)
        head = QHBoxLayout()
        head.addWidget(self.overview_title, 1)
        head.addWidget(self.overview_pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.overview, 1)
        self.stack.addWidget(page)
        self.overview_page = page

    def _build_statement(self) -> None:
        page = QWidget(self)
        self.counter = _plain(page)
        self.statement = FitLabel(page, bold=True, middle=True)
        self.label = _plain(page, wrap=True)
        self.label.setObjectName("label")
        self.panels_box = QHBoxLayout()
        self.panels: list[CategoryPanel] = []
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counter)
        layout.addWidget(self.statement, 3)
        layout.addWidget(self.label)
        layout.addLayout(self.panels_box, 4)
        self.stack.addWidget(page)
        self.statement_page = page

    def _connect_signals(self) -> None:
        self._page_timer.timeout.connect(self.overview.next_page)
        self.overview.page_changed.connect(self._show_page_number)

    # -- what is shown ---------------------------------------------------------------------

    def set_agora(self, categories: Sequence[CategoryRead], analysis: Analysis | None) -> None:
        """Show this analysis of the Agora (None: nothing to show yet)."""
        self._analysis = analysis
        considered = set(analysis.considered) if analysis else set()
        self._categories = [c for c in categories if c.code in considered]
        names = {c.code: c.label for c in categories}
        items = analysis.statements if analysis else ()
        self.overview_model.set_rows(statement_rows(items, names))
        self.overview_title.setText(
            self.tr("Énoncés de l’Agora · {count}").format(count=len(items))
            if items
            else self.tr("Les énoncés de l’Agora s’afficheront ici.")
        )
        if [p.category for p in self.panels] != self._categories:
            self._rebuild_panels()
        self._refresh()

    def show_statement(self, statement_id: str) -> None:
        """Show one statement and the categories' answers ("" or an unknown id: the overview)."""
        self._statement = statement_id
        self._refresh()

    def show_overview(self) -> None:
        """Show every statement with its label."""
        self.show_statement("")

    def current_statement(self) -> str:
        """Id of the statement shown ("" on the overview)."""
        return self._statement if self.stack.currentWidget() is self.statement_page else ""

    def _rebuild_panels(self) -> None:
        for panel in self.panels:
            panel.deleteLater()
        self.panels = [CategoryPanel(category, self.statement_page) for category in self._categories]
        for panel in self.panels:
            self.panels_box.addWidget(panel, 1)
            panel.set_scale(self._height)

    def _refresh(self) -> None:
        analysis = self._analysis
        names = {c.code: c.label for c in self._categories}
        items = analysis.statements if analysis else ()
        index = next((i for i, item in enumerate(items) if item.statement.id == self._statement), None)
        if analysis is None or index is None:
            self.stack.setCurrentWidget(self.overview_page)
            self.relayout()
            return
        item = items[index]
        self.counter.setText(
            self.tr("Énoncé {number} sur {count}").format(number=index + 1, count=len(items))
        )
        self.statement.setText(item.statement.text)
        self.label.setText(label_line(item, names))
        tint = LABEL_TINTS.get(item.label.value, theme.PAPER)
        self.label.setStyleSheet(
            f"#label {{ background: {tint}; color: {theme.INK}; border: 2px solid {theme.INK};"
            " border-radius: 8px; padding: 6px 14px; }"
        )
        for panel in self.panels:
            panel.set_metrics(item.metrics.get(panel.category.code))
        self.stack.setCurrentWidget(self.statement_page)
        self._page_timer.stop()

    # -- sizes -----------------------------------------------------------------------------

    def set_scale(self, height: int) -> None:
        """Size everything for a window ``height`` pixels high."""
        self._height = height
        margin = theme.scaled(24, height)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        base = self.font()
        self.counter.setFont(_font(base, theme.scaled(theme.COUNTS_PX, height)))
        self.overview_title.setFont(_font(base, theme.scaled(theme.COLUMN_TITLE_PX, height), bold=True))
        self.overview_pages.setFont(_font(base, theme.scaled(theme.COLUMN_TITLE_PX, height), bold=True))
        self.statement.set_sizes(
            theme.scaled(theme.STATEMENT_PX, height), theme.scaled(theme.STATEMENT_MIN_PX, height)
        )
        self.label.setFont(_font(base, theme.scaled(theme.LABEL_PX, height), bold=True))
        self.panels_box.setSpacing(margin)
        for panel in self.panels:
            panel.set_scale(height)
        self.relayout()

    def relayout(self) -> None:
        """Measure the overview again and paginate it when it does not fit."""
        if self.stack.currentWidget() is not self.overview_page:
            return
        self.layout().activate()
        self.overview_page.layout().activate()
        view = self.overview
        view.setSpacing(max(2, theme.scaled(4, self._height)))
        largest = theme.scaled(theme.CARD_PX, self._height)
        smallest = theme.scaled(theme.CARD_MIN_PX, self._height)
        px = largest
        while True:
            self.overview_delegate.set_metrics(px, view.available_height() - 2 * view.spacing() - 8)
            pages = view.repaginate()
            if pages <= 1 or px <= smallest:
                break
            px = max(smallest, px - 2)
        if pages > 1:
            self._page_timer.start()
        else:
            self._page_timer.stop()

    def _show_page_number(self, page: int, count: int) -> None:
        self.overview_pages.setText(
            self.tr("{page}/{count}").format(page=page + 1, count=count) if count > 1 else ""
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure again at the new size."""
        super().resizeEvent(event)
        self.relayout()
