"""M1, the statement × category heatmap (METHOD.md §1.c), as a table model.

Rows come grouped by label in the order of the ranked lists (the analysis' ``heatmap`` order),
each group opened by a title row. A cell's colour is the category's mean position ``s`` on
the diverging scale of :mod:`ui.agora.palette`; its text is the stance glyph and word, n, and
the counts pour/neutres/contre (+ ne se prononcent pas); a cell without enough votes is grey and
hatched. The statement text is returned literally (participant text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from agora.method import HeatCell, HeatRow, StatementAnalysis, Tally
from ui.agora import palette
from ui.agora.method_texts import cell_text, counts_sentence, decimal, group_title, label_wording
from ui.widgets.read_only_table import Index, ReadOnlyTableModel

COL_STATEMENT, COL_LABEL = 0, 1
#: The first category column; categories follow in the forum's order.
FIRST_CATEGORY = 2

#: Statement id of a row ("" on a group row).
StatementIdRole = Qt.ItemDataRole.UserRole
#: Whether the row is a group title.
GroupRowRole = Qt.ItemDataRole.UserRole + 1
#: Stance of a category cell.
StanceRole = Qt.ItemDataRole.UserRole + 2
#: Mean position ``s`` of a category cell (float, None without votes).
PositionRole = Qt.ItemDataRole.UserRole + 3
#: True for a cell without enough votes (drawn grey and hatched).
HatchedRole = Qt.ItemDataRole.UserRole + 4
#: The ``HeatCell`` behind a category cell.
CellRole = Qt.ItemDataRole.UserRole + 5
#: True on the label column of an overridden statement.
OverriddenRole = Qt.ItemDataRole.UserRole + 6
#: Name of the group (ranked list) a row belongs to.
GroupRole = Qt.ItemDataRole.UserRole + 7


@dataclass(frozen=True)
class _Group:
    name: str
    count: int


@dataclass(frozen=True)
class _Line:
    row: HeatRow
    item: StatementAnalysis
    number: int


class HeatmapModel(ReadOnlyTableModel):
    """Holds M1 of a snapshot, read-only. Group rows span the whole width in the view."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Group | _Line] = []
        self._categories: list[tuple[str, str]] = []
        self._names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_snapshot(self, snapshot: Any) -> None:
        """Show M1 of ``snapshot`` (an :class:`~ui.agora.snapshot.AgoraSnapshot`)."""
        analysis = snapshot.analysis
        rows: list[_Group | _Line] = []
        current = None
        for heat in analysis.heatmap:
            if heat.group != current:
                current = heat.group
                rows.append(_Group(heat.group, sum(1 for h in analysis.heatmap if h.group == heat.group)))
            rows.append(_Line(heat, analysis.statement(heat.statement), snapshot.number(heat.statement)))
        self.beginResetModel()
        self._rows = rows
        self._names = snapshot.names
        self._categories = [(c.code, c.label) for c in snapshot.considered]
        self.endResetModel()

    # -- lookups ----------------------------------------------------------------------------

    def group_rows(self) -> list[int]:
        """Rows that are group titles (the view spans them)."""
        return [i for i, r in enumerate(self._rows) if isinstance(r, _Group)]

    def row_of(self, statement_id: str) -> int:
        """The row of a statement, -1 if absent."""
        return next(
            (i for i, r in enumerate(self._rows) if isinstance(r, _Line) and r.row.statement == statement_id),
            -1,
        )

    def statement_order(self) -> list[str]:
        """Statement ids, top to bottom."""
        return [r.row.statement for r in self._rows if isinstance(r, _Line)]

    def category_of_column(self, column: int) -> str | None:
        """The category code of a column, None for the statement and label columns."""
        index = column - FIRST_CATEGORY
        return self._categories[index][0] if 0 <= index < len(self._categories) else None

    # -- structure --------------------------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        """Énoncé, Libellé and the category names."""
        return (self.tr("Énoncé"), self.tr("Libellé"), *(name for _code, name in self._categories))

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Statement rows are selectable; group rows are only shown."""
        if index.isValid() and isinstance(self._rows[index.row()], _Group):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    # -- content ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """See the module docstring; custom roles serve the delegate and the tests."""
        line = self.row_at(index)
        if line is None:
            return None
        if isinstance(line, _Group):
            return self._group_data(line, index.column(), role)
        column = index.column()
        if role == StatementIdRole:
            return line.row.statement
        if role == GroupRowRole:
            return False
        if role == GroupRole:
            return line.row.group
        if column == COL_STATEMENT:
            return self._statement_data(line, role)
        if column == COL_LABEL:
            return self._label_data(line, role)
        index_ = column - FIRST_CATEGORY
        if 0 <= index_ < len(line.row.cells):
            return self._cell_data(line.row.cells[index_], self._categories[index_][1], role)
        return None

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_STATEMENT:
            return self.tr("{title} ({count})").format(title=group_title(group.name), count=group.count)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.GROUP
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.INK
        if role == GroupRowRole:
            return True
        if role == GroupRole:
            return group.name
        if role == StatementIdRole:
            return ""
        return None

    def _statement_data(self, line: _Line, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{line.number}. {line.item.statement.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.item.statement.text
        return None

    def _label_data(self, line: _Line, role: int) -> Any:
        item = line.item
        if role == Qt.ItemDataRole.DisplayRole:
            wording = label_wording(item, self._names)
            first = "✎ " + wording if item.overridden else wording
            badge = self.tr("GIC {gic} · écart {gap}").format(
                gic=decimal(line.row.gic_geo), gap=decimal(line.row.max_gap)
            )
            return f"{first}\n{badge}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr(
                "GIC : moyenne géométrique de l’accord lissé des catégories comparables.\n"
                "Écart max : plus grand écart de position entre deux catégories comparables."
            )
            if item.overridden:
                text = (
                    self.tr("Libellé modifié par l’animation ; libellé calculé : {label}").format(
                        label=label_wording(item, self._names, item.computed_label)
                    )
                    + "\n"
                    + text
                )
            return text
        if role == Qt.ItemDataRole.BackgroundRole and item.overridden:
            return palette.OVERRIDE
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.INK
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == OverriddenRole:
            return item.overridden
        return None

    def _cell_data(self, cell: HeatCell, name: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell.stance, Tally(cell.A, cell.N, cell.D, cell.P))
        if role == Qt.ItemDataRole.ToolTipRole:
            return counts_sentence(name, cell.stance, Tally(cell.A, cell.N, cell.D, cell.P))
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.hatch_brush() if cell.hatched else QBrush(palette.cell_color(cell.s))
        if role == Qt.ItemDataRole.ForegroundRole:
            base = palette.INSUFFICIENT if cell.hatched else palette.cell_color(cell.s)
            return palette.text_on(base)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == StanceRole:
            return cell.stance
        if role == PositionRole:
            return None if cell.s is None else float(cell.s)
        if role == HatchedRole:
            return cell.hatched
        if role == CellRole:
            return cell
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return counts_sentence(name, cell.stance, Tally(cell.A, cell.N, cell.D, cell.P))
        return None
