"""The ranked lists on screen; selecting an item selects its statement on the Agora page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ui.agora.cell_delegate import role_data
from ui.agora.matrix_table import MatrixTable
from ui.agora.ranked_lists_model import COL_RANK, COL_STATEMENT, COL_WHY, RankedListsModel, StatementIdRole
from ui.agora.snapshot import AgoraSnapshot


class RankedListsView(QWidget):
    """Shows the ranked lists of the snapshot it is given."""

    #: The facilitator selected an item (its statement id).
    statement_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RankedListsModel(self)
        self.table = MatrixTable(4, self.tr("Listes classées"), self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.legend = QLabel(
            self.tr(
                "Sous chaque position : pour/neutres/contre (+ ne se prononcent pas). Les listes entre "
                "rôles comptent chaque catégorie à égalité ; la majorité de la salle additionne les votes "
                "de tous et ne tient pas compte des rôles."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._size_columns)

    def set_snapshot(self, snapshot: AgoraSnapshot) -> None:
        """Show the lists of ``snapshot``."""
        self.model.set_snapshot(snapshot)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            statement_id = role_data(current, StatementIdRole)
            if statement_id:
                self.statement_selected.emit(statement_id)

    def _size_columns(self) -> None:
        unit = self.table.fontMetrics().horizontalAdvance("0")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_RANK, unit * 5)
        self.table.setColumnWidth(COL_WHY, unit * 34)
        for column in range(COL_WHY + 1, self.model.columnCount()):
            self.table.setColumnWidth(column, unit * 12)
