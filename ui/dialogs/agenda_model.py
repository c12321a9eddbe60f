"""The agenda of a forum being created: its lines, editable in place, in order.

Each line is an ``AgendaItem`` of the core (a peer group of one category, or the Agora). Titles
are edited in place (F2, double click); lines are added, removed and moved by the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from agora.domain.kinds import SessionKind
from agora.services.forums import AgendaItem

#: The ``AgendaItem`` behind a row.
ItemRole = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AgendaModel(QAbstractListModel):
    """Holds the lines of the agenda template; the form decides what to add or remove."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._colors: dict[str, str] = {}
        self._labels: dict[str, str] = {}

    def set_categories(self, colors: dict[str, str], labels: dict[str, str]) -> None:
        """Colours and names of the categories, by code (for the swatches and tooltips)."""
        self._colors, self._labels = dict(colors), dict(labels)

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        """Replace every line."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        """The lines, in order."""
        return list(self._items)

    def insert(self, row: int, item: AgendaItem) -> None:
        """Add ``item`` before ``row`` (at the end when ``row`` is past it)."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(_ROOT, row, row)
        self._items.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove the line ``row``."""
        if 0 <= row < len(self._items):
            self.beginRemoveRows(_ROOT, row, row)
            del self._items[row]
            self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        """Move the line ``row`` up (-1) or down (+1); its new row."""
        target = row + step
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(_ROOT, row, row, _ROOT, destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per line of the agenda."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The title (editable), the category's colour, a tooltip naming the kind of time."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title
        if role == Qt.ItemDataRole.DecorationRole:
            color = QColor(self._colors.get(item.category or "", "#3C4043"))
            return color if color.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.kind == SessionKind.AGORA:
                return QCoreApplication.translate("AgendaModel", "Agora : toutes les catégories ensemble")
            return QCoreApplication.translate("AgendaModel", "Temps entre pairs : {category}").format(
                category=self._labels.get(item.category or "", item.category or "")
            )
        if role == ItemRole:
            return item
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a line (an empty title is refused)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not str(value).strip():
            return False
        self._items[index.row()] = replace(self._items[index.row()], title=str(value).strip())
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Lines can be selected and renamed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
