"""M1 on screen: the statement × category heatmap, its legend, and statement selection.

Clicking a row (or moving onto it with the arrow keys) selects its statement for the whole
Agora page; the page calls :meth:`HeatmapView.select_statement` to follow a selection made
elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ui.agora import palette
from ui.agora.cell_delegate import role_data
from ui.agora.heatmap_model import COL_LABEL, COL_STATEMENT, FIRST_CATEGORY, HeatmapModel, StatementIdRole
from ui.agora.matrix_table import MatrixTable
from ui.agora.snapshot import AgoraSnapshot


class ScaleBar(QWidget):
    """The diverging scale from −1 (contre) to +1 (pour), then a hatched swatch."""

    def sizeHint(self) -> QSize:
        """A wide, short bar."""
        return QSize(220, 18)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the gradient (the palette's stops) and the hatched swatch."""
        painter = QPainter(self)
        bar = QRectF(0, 2, self.width(), self.height() - 4)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for i, stop in enumerate(palette.RDBU):
            gradient.setColorAt(i / (len(palette.RDBU) - 1), QColor(stop))
        painter.fillRect(bar, gradient)
        painter.setPen(palette.INK)
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.end()


class HatchSwatch(QWidget):
    """A small grey hatched square: « pas assez de votes »."""

    def sizeHint(self) -> QSize:
        """Square."""
        return QSize(28, 18)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Grey, hatched, framed."""
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 2, -1, -3)
        painter.fillRect(rect, palette.INSUFFICIENT)
        painter.fillRect(rect, palette.hatch_brush())
        painter.setPen(palette.INK)
        painter.drawRect(rect)
        painter.end()


class HeatmapView(QWidget):
    """Shows M1 of the snapshot it is given. Never queries; selection goes out by signal."""

    #: The facilitator selected a statement in the heatmap (its id).
    statement_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HeatmapModel(self)
        self.table = MatrixTable(3, self.tr("Carte des positions : énoncés × catégories"), self)
        self.table.setModel(self.model)
        self._following = False
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)

        legend = QHBoxLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        against = QLabel(self.tr("−1 contre"), self)
        bar = ScaleBar(self)
        bar.setMinimumWidth(180)
        bar.setAccessibleName(self.tr("Échelle de couleur des positions"))
        favour = QLabel(self.tr("+1 pour"), self)
        swatch = HatchSwatch(self)
        swatch.setAccessibleName(self.tr("Motif hachuré"))
        insufficient = QLabel(self.tr("pas assez de votes"), self)
        for widget in (against, bar, favour):
            legend.addWidget(widget)
        legend.addSpacing(16)
        legend.addWidget(swatch)
        legend.addWidget(insufficient)
        legend.addStretch(1)
        self.glyphs = QLabel(
            self.tr(
                "Dans chaque case : ✔ pour, ✖ contre, ⇅ divisé, ~ mitigé, … pas assez de votes ; "
                "n = votes exprimés ; puis pour/neutres/contre (+ ne se prononcent pas)."
            ),
            self,
        )
        self.glyphs.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addWidget(self.glyphs)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self.size_columns)

    def set_snapshot(self, snapshot: AgoraSnapshot, selected: str = "") -> None:
        """Show M1 of ``snapshot`` and keep ``selected`` selected."""
        self._following = True
        try:
            self.model.set_snapshot(snapshot)
        finally:
            self._following = False
        self.select_statement(selected)

    def select_statement(self, statement_id: str) -> None:
        """Select a statement's row without announcing it (following the page's selection)."""
        row = self.model.row_of(statement_id) if statement_id else -1
        selection = self.table.selectionModel()
        self._following = True
        try:
            if row < 0:
                selection.clearSelection()
                return
            index = self.model.index(row, COL_STATEMENT)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._following = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        statement_id = role_data(current, StatementIdRole)
        if statement_id:
            self.statement_selected.emit(statement_id)

    def size_columns(self) -> None:
        """Column widths in characters of the table's font (after a reset or a zoom)."""
        metrics = self.table.fontMetrics()
        unit = metrics.horizontalAdvance("0")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(unit * 6)
        self.table.setColumnWidth(COL_LABEL, unit * 27)
        for column in range(FIRST_CATEGORY, self.model.columnCount()):
            self.table.setColumnWidth(column, unit * 15)
