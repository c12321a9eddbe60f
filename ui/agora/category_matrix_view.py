"""M2 on screen: agreement between categories across statements, with how to read it."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ui.agora.category_matrix_model import CategoryMatrixModel
from ui.agora.matrix_table import MatrixTable
from ui.agora.snapshot import AgoraSnapshot


class CategoryMatrixView(QWidget):
    """Shows M2 of the snapshot it is given; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CategoryMatrixModel(self)
        self.table = MatrixTable(3, self.tr("Accord entre catégories"), self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A handful of categories: the cells share the height (bigger on a projector).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(MatrixTable.SelectionBehavior.SelectItems)
        self.legend = QLabel(
            self.tr(
                "Pour chaque paire, sur les m énoncés où les deux catégories ont assez de votes : "
                "Accord = 1 − écart moyen de position / 2 (1 : mêmes positions) ; opp. = énoncés où "
                "l’une est pour et l’autre contre ; r (Pearson) à partir de 5 énoncés, quand les deux "
                "positions varient. Diagonale : cohésion interne de la catégorie."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

    def set_snapshot(self, snapshot: AgoraSnapshot) -> None:
        """Show M2 of ``snapshot``."""
        self.model.set_snapshot(snapshot)
