"""The forum library as a table: one row per forum file, as ``list_forums`` describes it."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from agora.services.reads import ForumSummary
from ui.dates import format_date

COL_TITLE, COL_DATE, COL_VENUE, COL_CARDS, COL_STATEMENTS = range(5)

#: Column headers (French source, translated when shown).
HEADERS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Titre"),
    QT_TRANSLATE_NOOP("LibraryModel", "Date"),
    QT_TRANSLATE_NOOP("LibraryModel", "Lieu"),
    QT_TRANSLATE_NOOP("LibraryModel", "Cartes"),
    QT_TRANSLATE_NOOP("LibraryModel", "Énoncés"),
)

#: The ``ForumSummary`` behind a row.
RowRole = Qt.ItemDataRole.UserRole
#: A native, comparable sort key for the column (for a QSortFilterProxyModel).
SortRole = Qt.ItemDataRole.UserRole + 1

_NUMBERS = (COL_CARDS, COL_STATEMENTS)

Index = QModelIndex | QPersistentModelIndex
#: The invisible root: the default ``parent`` of the item-model methods.
_ROOT = QModelIndex()


def collation_key(text: str) -> str:
    """A key that sorts « Élus » with « elus », as a French reader expects."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class LibraryModel(QAbstractTableModel):
    """Holds the summaries of the library's forum files, most recent first.

    It only shows what it is given: loading the library (``list_forums``) is the caller's job,
    off the GUI thread, followed by ``set_forums``. Unreadable files stay listed, greyed, with
    a warning sign and their problem as tooltip.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._forums: list[ForumSummary] = []

    def set_forums(self, forums: Sequence[ForumSummary]) -> None:
        """Replace every row (a new reading of the library)."""
        self.beginResetModel()
        self._forums = list(forums)
        self.endResetModel()

    def forum(self, row: int) -> ForumSummary:
        """The summary shown on ``row``."""
        return self._forums[row]

    def find_row(self, wanted: Callable[[ForumSummary], bool]) -> int | None:
        """The first row whose summary is ``wanted``, if any."""
        for row, forum in enumerate(self._forums):
            if wanted(forum):
                return row
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per forum file (a table: no children)."""
        return 0 if parent.isValid() else len(self._forums)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Titre, Date, Lieu, Cartes, Énoncés."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LibraryModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Plain strings for display; the summary, a sort key, tooltip and grey for the rest."""
        if not index.isValid() or not 0 <= index.row() < len(self._forums):
            return None
        forum = self._forums[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(forum, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(forum)
        if role == Qt.ItemDataRole.ForegroundRole and forum.problem:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE and forum.problem:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return forum
        if role == SortRole:
            return self._sort_key(forum, column)
        return None

    @staticmethod
    def _display(forum: ForumSummary, column: int) -> str:
        if column == COL_TITLE:
            return forum.title
        if column == COL_DATE:
            return format_date(forum.date)
        if column == COL_VENUE:
            return forum.venue
        if forum.problem:
            return ""  # the counts of an unreadable file are unknown, not zero
        return str(forum.cards if column == COL_CARDS else forum.statements)

    @staticmethod
    def _tooltip(forum: ForumSummary) -> str:
        if forum.problem:
            return QCoreApplication.translate("LibraryModel", "Ce forum ne peut pas être lu : {problem}").format(
                problem=forum.problem
            )
        return f"{forum.title}\n{forum.path}"

    @staticmethod
    def _sort_key(forum: ForumSummary, column: int) -> Any:
        if column == COL_TITLE:
            return collation_key(forum.title)
        if column == COL_DATE:
            # Forum date first, then last change: the order list_forums gives.
            day = forum.date or dt.date.min
            return f"{day.isoformat()} {forum.modified.isoformat()}"
        if column == COL_VENUE:
            return collation_key(forum.venue)
        if forum.problem:
            return -1
        return forum.cards if column == COL_CARDS else forum.statements
