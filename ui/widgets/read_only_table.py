"""A read-only table model over a list of rows: the structure shared by the Agora's tables.

A subclass fills ``_rows`` (one entry per row), gives its column titles in
:meth:`ReadOnlyTableModel.column_titles` — written there with ``self.tr(…)``, so that each title
keeps the translation context of the subclass — and reads a row in ``data`` through
:meth:`ReadOnlyTableModel.row_at`. Cells are selectable and never edited in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
#: The invisible root: the default ``parent`` of the item-model methods.
_ROOT = QModelIndex()


class ReadOnlyTableModel(QAbstractTableModel):
    """One row per entry of ``_rows``, one column per title of :meth:`column_titles`, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = []

    def column_titles(self) -> Sequence[str]:
        """The horizontal header, one (translated) title per column; subclasses say which."""
        return ()

    def row_at(self, index: Index) -> Any:
        """The entry of ``_rows`` behind ``index``, None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per entry (a table: no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column per title."""
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles across the top; nothing down the side."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.column_titles()
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
