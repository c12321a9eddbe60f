"""M2, the category × category matrix (METHOD.md §1.c), as a table model.

Off the diagonal: ``Accord`` (1 − mean gap / 2), ``opp.`` (statements where one category is
POUR and the other CONTRE), ``m`` (statements compared) and Pearson's ``r`` when the core
defines it (m ≥ 5 and both vary). On the diagonal: the category's cohesion, mean Tastle–Wierman
``Cns`` when every comparable cell has individual 5-point votes, else ``1 − mean κ``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from agora.method import CategoryMatrix
from ui.agora import palette
from ui.agora.method_texts import decimal

#: Accord of a pair (float, None when never compared); cohesion on the diagonal.
ValueRole = Qt.ItemDataRole.UserRole
#: Opposed statements of a pair (int), None on the diagonal.
OppRole = Qt.ItemDataRole.UserRole + 1
#: Statements compared (int), None on the diagonal.
ComparedRole = Qt.ItemDataRole.UserRole + 2
#: Pearson's r (float or None).
PearsonRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CategoryMatrixModel(QAbstractTableModel):
    """Holds M2 of a snapshot, read-only; rows and columns are the considered categories."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: CategoryMatrix | None = None
        self._categories: list[tuple[str, str]] = []

    def set_snapshot(self, snapshot: Any) -> None:
        """Show M2 of ``snapshot``."""
        self.beginResetModel()
        self._matrix = snapshot.analysis.category_matrix
        self._categories = [(c.code, c.label) for c in snapshot.considered]
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per category."""
        return 0 if parent.isValid() else len(self._categories)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column per category."""
        return 0 if parent.isValid() else len(self._categories)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Category names on both axes."""
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._categories):
            return self._categories[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Accord / opp. / m (/ r) off the diagonal, cohesion on it."""
        if not index.isValid() or self._matrix is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._categories) and 0 <= column < len(self._categories)):
            return None
        a, b = self._categories[row][0], self._categories[column][0]
        if a == b:
            return self._diagonal(a, role)
        pair = self._matrix.pair(a, b)
        if role == Qt.ItemDataRole.DisplayRole:
            if pair.m == 0:
                return self.tr("jamais comparées")
            text = self.tr("Accord {accord}\nopp. {opp} · m = {m}").format(
                accord=decimal(pair.accord), opp=pair.opp, m=pair.m
            )
            if pair.pearson is not None:
                text += self.tr("\nr = {r}").format(r=decimal(pair.pearson))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "{a} et {b}, sur les {m} énoncés où les deux ont assez de votes : accord {accord} "
                "(1 − écart moyen / 2), {opp} énoncé(s) où l’une est pour et l’autre contre."
            ).format(
                a=self._categories[row][1],
                b=self._categories[column][1],
                m=pair.m,
                accord=decimal(pair.accord),
                opp=pair.opp,
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.readable_sequential(pair.accord)
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.text_on(palette.readable_sequential(pair.accord))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ValueRole:
            return pair.accord
        if role == OppRole:
            return pair.opp
        if role == ComparedRole:
            return pair.m
        if role == PearsonRole:
            return pair.pearson
        return None

    def _diagonal(self, code: str, role: int) -> Any:
        assert self._matrix is not None
        value = self._matrix.diagonal.get(code)
        kind = self._matrix.diagonal_kind.get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return self.tr("—")
            how = self.tr("Cns moyen") if kind == "cns" else self.tr("1 − κ moyen")
            return self.tr("cohésion {value}\n({how})").format(value=decimal(value), how=how)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Cohésion interne de la catégorie : consensus ordinal moyen (Tastle–Wierman) quand tous "
                "ses votes sont individuels sur 5 points, sinon 1 − controverse moyenne (κ)."
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.GROUP
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.INK
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ValueRole:
            return value
        return None
