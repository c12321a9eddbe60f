"""The numbers behind a statement's label, one row per category (the « Pourquoi ce libellé ? » table).

Columns: the category's stance, its counts A (pour), N (neutres), D (contre), P (ne se
prononcent pas), n (exprimés), the shares a and d, the mean position s, the controversy κ, and
the ordinal consensus Cns when the category voted individually on 5 points.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from agora.method import CategoryMetrics, Stance, StatementAnalysis
from ui.agora import palette
from ui.agora.method_texts import decimal, percent, signed, stance_badge
from ui.widgets.read_only_table import Index, ReadOnlyTableModel

COL_CATEGORY, COL_STANCE, COL_A, COL_N, COL_D, COL_P, COL_n, COL_a, COL_d, COL_s, COL_KAPPA, COL_CNS = range(
    12
)

#: The ``CategoryMetrics`` of a row.
MetricsRole = Qt.ItemDataRole.UserRole


class WhyNumbersModel(ReadOnlyTableModel):
    """Holds the per-category numbers of one statement, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, CategoryMetrics]] = []

    def set_statement(self, item: StatementAnalysis | None, names: dict[str, str]) -> None:
        """Show the numbers of ``item`` (nothing for None)."""
        self.beginResetModel()
        self._rows = [] if item is None else [(names.get(c, c), m) for c, m in item.metrics.items()]
        self.endResetModel()

    def column_titles(self) -> tuple[str, ...]:
        """Catégorie, position and the numbers, as short symbols."""
        return (
            self.tr("Catégorie"),
            self.tr("Position"),
            "A",
            "N",
            "D",
            "P",
            "n",
            "a",
            "d",
            "s",
            "κ",
            "Cns",
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Short symbols, explained in the tooltip."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.ToolTipRole:
            return super().headerData(section, orientation, role)
        tips = (
            "",
            "",
            self.tr("A : pour (d’accord)"),
            self.tr("N : neutres (abstention, ni l’un ni l’autre)"),
            self.tr("D : contre (pas d’accord)"),
            self.tr("P : présents qui ne se prononcent pas"),
            self.tr("n = A + N + D : votes exprimés"),
            self.tr("a = A / n : part d’accord"),
            self.tr("d = D / n : part de désaccord"),
            self.tr("s : position moyenne, de −1 (contre) à +1 (pour)"),
            self.tr("κ = 2 × min(a, d) : controverse interne"),
            self.tr("Cns : consensus ordinal (Tastle–Wierman), votes individuels sur 5 points"),
        )
        return (tips[section] or None) if 0 <= section < len(tips) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The numbers, French-formatted; the stance cell coloured like the heatmap."""
        row = self.row_at(index)
        if row is None:
            return None
        name, m = row
        t = m.tally
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                name,
                stance_badge(m.stance),
                str(t.A),
                str(t.N),
                str(t.D),
                str(t.P),
                str(t.n),
                percent(t.a),
                percent(t.d),
                signed(t.s),
                decimal(t.kappa),
                decimal(m.cns),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_A:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == COL_STANCE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return palette.hatch_brush() if m.stance is Stance.INSUFFISANT else palette.cell_color(t.s)
            if role == Qt.ItemDataRole.ForegroundRole:
                base = palette.INSUFFICIENT if m.stance is Stance.INSUFFISANT else palette.cell_color(t.s)
                return palette.text_on(base)
        if role == MetricsRole:
            return m
        return None
