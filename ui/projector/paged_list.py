"""A list view for the projector: never scrolls, never takes focus, shows its rows page by page.

A projector has no scroll bar anyone could use: when the rows do not fit, the view splits them
into pages of whole rows and shows one at a time (the owner turns the pages on a timer). Rows
are measured with the view's own delegate, so a page is exactly what fits on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyleOptionViewItem, QWidget


def page_breaks(heights: list[int], available: int, spacing: int) -> list[range]:
    """Split rows of ``heights`` into pages of whole rows that fit in ``available`` pixels.

    Each row takes its height plus ``spacing`` above and below it (as ``QListView`` lays rows
    out). A row taller than a page gets a page of its own. There is always at least one
    (possibly empty) page.
    """
    pages: list[range] = []
    start, used = 0, 0
    for row, height in enumerate(heights):
        step = height + 2 * spacing
        if row > start and used + step - spacing > available:  # no spacing under the last row
            pages.append(range(start, row))
            start, used = row, 0
        used += step
    pages.append(range(start, len(heights)))
    return pages


class PagedListView(QListView):
    """Shows the rows of its model one page at a time; read-only and unfocusable.

    Call :meth:`repaginate` after the model, the delegate's sizes or the view's size changed.
    """

    #: The page shown changed: (page index, page count).
    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.viewport().setAutoFillBackground(False)
        self._pages: list[range] = [range(0)]
        self._page = 0

    def row_heights(self) -> list[int]:
        """The height of every row, as the delegate sizes it now."""
        model, delegate = self.model(), self.itemDelegate()
        if model is None:
            return []
        option = QStyleOptionViewItem()
        option.initFrom(self)
        return [
            delegate.sizeHint(option, model.index(row, 0)).height()
            for row in range(model.rowCount(QModelIndex()))
        ]

    def available_height(self) -> int:
        """Pixels a page can fill."""
        return self.viewport().height()

    def repaginate(self, keep_row: int | None = None) -> int:
        """Measure the rows, split them into pages and show the page holding ``keep_row`` (or the
        current page, or the last one if it no longer exists); returns the number of pages."""
        self._pages = page_breaks(self.row_heights(), self.available_height(), self.spacing())
        self.doItemsLayout()
        if keep_row is not None:
            self._page = self.page_of(keep_row)
        self.set_page(min(self._page, len(self._pages) - 1))
        return len(self._pages)

    def page_count(self) -> int:
        """How many pages the rows take."""
        return len(self._pages)

    def page(self) -> int:
        """Index of the page shown."""
        return self._page

    def page_of(self, row: int) -> int:
        """The page that holds ``row`` (the last page for rows beyond the end)."""
        for number, rows in enumerate(self._pages):
            if row in rows:
                return number
        return len(self._pages) - 1

    def visible_rows(self) -> list[int]:
        """Rows of the page shown."""
        return list(self._pages[self._page])

    def set_page(self, page: int) -> None:
        """Show page ``page`` (counted from 0)."""
        model = self.model()
        self._page = max(0, min(page, len(self._pages) - 1))
        shown = self._pages[self._page]
        if model is not None:
            for row in range(model.rowCount(QModelIndex())):
                self.setRowHidden(row, row not in shown)
        self.scrollToTop()
        self.page_changed.emit(self._page, len(self._pages))

    def next_page(self) -> None:
        """Show the next page, back to the first after the last."""
        if len(self._pages) > 1:
            self.set_page((self._page + 1) % len(self._pages))
