"""The agenda of an open forum as a list: its peer-group times and its Agora, in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from agora.domain.kinds import SessionKind
from agora.services.reads import CategoryRead, SessionRead

#: The ``SessionRead`` behind a row.
RowRole = Qt.ItemDataRole.UserRole
#: The session id of a row.
IdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
#: The invisible root: the default ``parent`` of the item-model methods.
_ROOT = QModelIndex()


class SessionsModel(QAbstractListModel):
    """Holds the sessions of one forum and the categories that colour them.

    Titles are shown as plain text; a peer-group time carries its category's colour as
    decoration. Callers read the forum and call ``set_sessions``; the model never queries.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions: list[SessionRead] = []
        self._categories: dict[str, CategoryRead] = {}

    def set_sessions(self, sessions: Sequence[SessionRead], categories: Sequence[CategoryRead]) -> None:
        """Show ``sessions`` (in agenda order), coloured by ``categories``."""
        self.beginResetModel()
        self._sessions = list(sessions)
        self._categories = {category.code: category for category in categories}
        self.endResetModel()

    def session(self, row: int) -> SessionRead:
        """The session shown on ``row``."""
        return self._sessions[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per session (a list: no children)."""
        return 0 if parent.isValid() else len(self._sessions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The title, the category colour, a tooltip naming the kind of session."""
        if not index.isValid() or not 0 <= index.row() < len(self._sessions):
            return None
        meeting = self._sessions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return meeting.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(meeting)
        if role == Qt.ItemDataRole.DecorationRole:
            category = self._categories.get(meeting.category or "")
            color = QColor(category.color) if category else QColor()
            # No colour (the Agora) still takes the swatch's place, so the titles line up.
            return color if color.isValid() else QColor(Qt.GlobalColor.transparent)
        if role == RowRole:
            return meeting
        if role == IdRole:
            return meeting.id
        return None

    def _describe(self, meeting: SessionRead) -> str:
        if meeting.kind == SessionKind.AGORA:
            return QCoreApplication.translate("SessionsModel", "Agora : toutes les catégories ensemble")
        category = self._categories.get(meeting.category or "")
        label = category.label if category else (meeting.category or "")
        return QCoreApplication.translate("SessionsModel", "Temps entre pairs : {category}").format(
            category=label
        )
