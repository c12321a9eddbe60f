"""M3 on screen: who expects what from whom, reciprocity, answers, and the voted expectations."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from ui.agora.cell_delegate import role_data
from ui.agora.expectations_model import COL_TEXT, ExpectationsModel, OverlayModel, StatementIdRole
from ui.agora.matrix_table import MatrixTable
from ui.agora.snapshot import AgoraSnapshot


class ExpectationsView(QWidget):
    """Shows M3 of the snapshot it is given; a voted expectation can be selected."""

    #: The facilitator selected a voted expectation (its statement id).
    statement_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExpectationsModel(self)
        self.overlay_model = OverlayModel(self)
        self.table = MatrixTable(3, self.tr("Attentes croisées"), self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A handful of categories: the cells share the height (bigger on a projector).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(MatrixTable.SelectionBehavior.SelectItems)
        self.reciprocity = QLabel(self)
        self.reciprocity.setTextFormat(Qt.TextFormat.PlainText)
        self.reciprocity.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "Chaque case : attentes de la catégorie en ligne envers la catégorie en colonne, combien "
                "ont reçu un engagement de la colonne en réponse (« répondues »), et pour celles votées dans l’Agora l’accueil par la catégorie visée "
                "(✔ pour, ✖ contre ; ⚠ la source est pour et la cible contre : dissensus lié aux rôles)."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.overlay = MatrixTable(2, self.tr("Attentes votées dans l’Agora"), self)
        self.overlay.setModel(self.overlay_model)
        header = self.overlay.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.legend)
        top_layout.addWidget(self.reciprocity)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.overlay)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.overlay.selectionModel().currentRowChanged.connect(self._current_changed)
        self.overlay_model.modelReset.connect(self._size_overlay)

    def set_snapshot(self, snapshot: AgoraSnapshot) -> None:
        """Show M3 of ``snapshot``."""
        self.model.set_snapshot(snapshot)
        self.overlay_model.set_snapshot(snapshot)
        lines = self.model.reciprocity_lines()
        self.reciprocity.setText(
            self.tr("Réciprocité (plus petit sens / plus grand) : {pairs}").format(pairs=" · ".join(lines))
            if lines
            else self.tr("Réciprocité : aucune attente entre catégories pour l’instant.")
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            statement_id = role_data(current, StatementIdRole)
            if statement_id:
                self.statement_selected.emit(statement_id)

    def _size_overlay(self) -> None:
        unit = self.overlay.fontMetrics().horizontalAdvance("0")
        self.overlay.setColumnWidth(COL_TEXT, unit * 40)
        for column in range(1, self.overlay_model.columnCount()):
            self.overlay.setColumnWidth(column, unit * 16)
