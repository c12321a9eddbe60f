"""The table view every Agora matrix and list uses: fixed row heights, group rows spanned.

Models that have title rows answer ``group_rows()``; the view spans them over the full width
after each reset. Row heights are fixed (no measuring of every row), sized in lines of the
view's font so that a larger font for the projector keeps the cells whole.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.agora.cell_delegate import PADDING, CellDelegate


class MatrixTable(QTableView):
    """A read-only table drawn by :class:`CellDelegate`. Callers set the model, then the widths."""

    def __init__(self, lines: int, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setItemDelegate(CellDelegate(self))
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setShowGrid(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Whole rows at the top: a half-cut cell reads wrong on a projector.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Long category names wrap on two lines instead of being cut.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self._apply_heights()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Use ``model`` and span its group rows after every reset."""
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._layout_rows)
            self._layout_rows()

    def line_height(self) -> int:
        """Height of one line of text in the view's font."""
        return QFontMetrics(self.font()).lineSpacing()

    def fit_height_to_rows(self) -> None:
        """Be exactly as tall as the header and the rows (small tables under a text)."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        columns = model.columnCount() if model is not None else 0
        header = self.horizontalHeader()
        height = max(header.height(), header.sizeHint().height()) + sum(
            self.rowHeight(r) for r in range(rows)
        )
        width = sum(self.columnWidth(c) for c in range(columns) if not self.isColumnHidden(c))
        if width > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def set_lines(self, lines: int) -> None:
        """Show ``lines`` lines of text per row."""
        self._lines = lines
        self._apply_heights()
        self._layout_rows()

    def _apply_heights(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.line_height() * self._lines + PADDING * 2)
        self.horizontalHeader().setMinimumHeight(self.line_height() * 2 + PADDING * 2)

    def _layout_rows(self) -> None:
        self.clearSpans()
        model = self.model()
        group_rows = getattr(model, "group_rows", None)
        if model is None or group_rows is None:
            return
        columns = model.columnCount()
        group_height = self.line_height() + PADDING * 2
        for row in group_rows():
            if columns > 1:
                self.setSpan(row, 0, 1, columns)
            self.setRowHeight(row, group_height)

    def changeEvent(self, event) -> None:
        """Keep row heights in lines when the font changes."""
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and hasattr(self, "_lines"):
            self._apply_heights()
            self._layout_rows()
