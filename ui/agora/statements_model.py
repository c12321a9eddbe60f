"""The statements of one Agora session, in session order, with their label and votes.

The statement text is participant text: returned as the literal string it is, for views that
show it as plain text (RELIABILITY.md §4.6).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from agora.method import StatementAnalysis
from ui.agora import palette
from ui.agora.method_texts import label_wording
from ui.agora.snapshot import AgoraSnapshot
from ui.widgets.read_only_table import Index, ReadOnlyTableModel

COL_NUMBER, COL_TEXT, COL_LABEL, COL_VOTES = range(4)

#: The statement id of a row.
StatementIdRole = Qt.ItemDataRole.UserRole
#: The label code shown (``Label`` value).
LabelRole = Qt.ItemDataRole.UserRole + 1


class StatementsModel(ReadOnlyTableModel):
    """Holds the statements of a snapshot, read-only. Callers feed it with ``set_snapshot``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[StatementAnalysis, ...] = ()
        self._names: dict[str, str] = {}

    def set_snapshot(self, snapshot: AgoraSnapshot) -> None:
        """Show the statements of ``snapshot``: a reset when the list changes, cell updates otherwise."""
        items = snapshot.analysis.statements
        self._names = snapshot.names
        same_rows = [a.statement.id for a in items] == [a.statement.id for a in self._rows]
        if same_rows and items:
            self._rows = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, COL_VOTES))
            return
        self.beginResetModel()
        self._rows = items
        self.endResetModel()

    def statement_id(self, row: int) -> str:
        """The id of the statement on ``row``."""
        return self._rows[row].statement.id

    def row_of(self, statement_id: str) -> int:
        """The row of a statement, -1 if it is not shown."""
        return next((i for i, a in enumerate(self._rows) if a.statement.id == statement_id), -1)

    def column_titles(self) -> tuple[str, ...]:
        """N°, Énoncé, Libellé, Votes."""
        return (self.tr("N°"), self.tr("Énoncé"), self.tr("Libellé"), self.tr("Votes"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Number, literal text, label wording (marked when overridden), expressed votes."""
        item = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return str(index.row() + 1)
            if column == COL_TEXT:
                return item.statement.text
            if column == COL_LABEL:
                text = label_wording(item, self._names)
                return "✎ " + text if item.overridden else text
            if column == COL_VOTES:
                return str(item.verdict.total_n)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return item.statement.text
            if column == COL_LABEL and item.overridden:
                return self.tr("Libellé modifié par l’animation ; libellé calculé : {label}").format(
                    label=label_wording(item, self._names, item.computed_label)
                )
            if column == COL_VOTES:
                return self.tr("Votes exprimés, toutes catégories")
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_LABEL and item.overridden:
            return palette.OVERRIDE
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_LABEL and item.overridden:
            return palette.INK
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == StatementIdRole:
            return item.statement.id
        if role == LabelRole:
            return item.label.value
        return None
