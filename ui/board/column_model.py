"""One column of the board: the visible cards of one kind, in board order, as a flat list.

The expectations column is grouped by target category: a header row per target (« → État »),
its cards beneath it. Rows hold light ``CardRead`` values; the model never queries. Changes
arrive card by card (``upsert``/``remove``), so capturing into a 10,000-card column inserts one
row instead of resetting the list. Card text is returned as the literal string it is.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from agora.services.reads import CardRead

#: The ``CardRead`` of a card row (None on a header row).
CardRole = Qt.ItemDataRole.UserRole
#: The target category code of a header row or of an expectation.
TargetRole = Qt.ItemDataRole.UserRole + 1
#: True on the header row of a target group.
HeaderRole = Qt.ItemDataRole.UserRole + 2
#: True while an edit of the card is not yet saved (the text shown is the pending one).
PendingRole = Qt.ItemDataRole.UserRole + 3
#: How many cards a header row's group shows.
CountRole = Qt.ItemDataRole.UserRole + 4

#: The drag-and-drop format: a JSON list of card ids.
CARDS_MIME = "application/x-agora-card-ids"

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_FIRST = float("-inf")


@dataclass(frozen=True)
class Header:
    """The header row of an expectation group (the cards that target ``target``)."""

    target: str


Row = CardRead | Header
SortKey = tuple[int, float, str]


class ColumnModel(QAbstractListModel):
    """Holds the visible cards of one kind and, for expectations, their target headers.

    Callers (``BoardCards``) decide which cards are visible and call ``reset``, ``upsert`` and
    ``remove``; editing and dropping only emit signals: the board turns them into undoable
    commands that go through the core.
    """

    #: The facilitator finished editing a card's text in place: (card id, new text).
    text_edited = Signal(str, str)
    #: Cards were dropped here: (card ids, kind, target or "", id of the card they go before or "").
    cards_dropped = Signal(list, str, str, str)

    def __init__(self, kind: str, *, grouped: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.grouped = grouped
        self._targets: list[str] = []
        self._rows: list[Row] = []
        self._keys: list[SortKey] = []
        self._counts: dict[str, int] = {}
        self._pending: dict[str, str] = {}

    # -- what BoardCards calls ------------------------------------------------------------

    def reset(self, cards: Sequence[CardRead], targets: Sequence[str] = ()) -> None:
        """Show ``cards`` (all of this kind and visible); ``targets`` orders the groups."""
        self.beginResetModel()
        self._targets = list(targets) if self.grouped else []
        entries: list[tuple[SortKey, Row]] = [(self._key(card), card) for card in cards]
        self._counts = dict.fromkeys(self._targets, 0)
        for card in cards:
            if card.target in self._counts:
                self._counts[card.target] += 1
        entries += [((rank, _FIRST, ""), Header(code)) for rank, code in enumerate(self._targets)]
        entries.sort(key=lambda entry: entry[0])
        self._keys = [key for key, _row in entries]
        self._rows = [row for _key, row in entries]
        self.endResetModel()

    def upsert(self, card: CardRead, previous: CardRead | None = None) -> None:
        """Show ``card`` (new, or replacing ``previous``, the version shown until now)."""
        if previous is not None:
            old_row = self.row_of(previous)
            if old_row is not None and self._key(previous) == self._key(card):
                self._rows[old_row] = card
                self._pending.pop(card.id, None)
                index = self.index(old_row)
                self.dataChanged.emit(index, index)
                return
            self.remove(previous)
        key = self._key(card)
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(_ROOT, row, row)
        self._keys.insert(row, key)
        self._rows.insert(row, card)
        self.endInsertRows()
        self._pending.pop(card.id, None)
        self._count(card, +1)

    def remove(self, card: CardRead) -> None:
        """Stop showing ``card`` (the version currently shown)."""
        row = self.row_of(card)
        if row is None:
            return
        self.beginRemoveRows(_ROOT, row, row)
        del self._keys[row]
        del self._rows[row]
        self.endRemoveRows()
        self._pending.pop(card.id, None)
        self._count(card, -1)

    def set_pending(self, card_id: str, text: str | None) -> None:
        """Show ``text`` for the card until its edit is saved (None: show the stored text)."""
        if text is None:
            self._pending.pop(card_id, None)
        else:
            self._pending[card_id] = text
        for row, entry in enumerate(self._rows):
            if isinstance(entry, CardRead) and entry.id == card_id:
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    # -- reading ----------------------------------------------------------------------------

    def row_of(self, card: CardRead) -> int | None:
        """The row showing ``card`` (matched by id at its sort place), if shown."""
        row = bisect.bisect_left(self._keys, self._key(card))
        if row < len(self._rows):
            entry = self._rows[row]
            if isinstance(entry, CardRead) and entry.id == card.id:
                return row
        return None

    def card_at(self, row: int) -> CardRead | None:
        """The card on ``row`` (None for a header or out of range)."""
        if 0 <= row < len(self._rows):
            entry = self._rows[row]
            return entry if isinstance(entry, CardRead) else None
        return None

    def cards(self) -> list[CardRead]:
        """The cards shown, in order."""
        return [entry for entry in self._rows if isinstance(entry, CardRead)]

    def card_count(self) -> int:
        """How many cards are shown (headers excluded)."""
        return len(self._rows) - (len(self._targets) if self.grouped else 0)

    def group_of(self, row: int) -> list[CardRead]:
        """The cards of the group ``row`` belongs to (the whole column when not grouped)."""
        if not self.grouped:
            return self.cards()
        entry = self._rows[row]
        target = entry.target if isinstance(entry, (Header, CardRead)) else None
        return [e for e in self._rows if isinstance(e, CardRead) and e.target == target]

    def header_row(self, target: str) -> int | None:
        """The row of the header of ``target``'s group."""
        for row, entry in enumerate(self._rows):
            if isinstance(entry, Header) and entry.target == target:
                return row
        return None

    def _key(self, card: CardRead) -> SortKey:
        if not self.grouped:
            return (0, card.position, card.id)
        try:
            rank = self._targets.index(card.target or "")
        except ValueError:
            rank = len(self._targets)  # a target no longer listed: shown last rather than lost
        return (rank, card.position, card.id)

    def _count(self, card: CardRead, delta: int) -> None:
        if self.grouped and card.target in self._counts:
            self._counts[card.target] += delta
            row = self.header_row(card.target)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    # -- the item model -------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per visible card, plus the target headers of the expectations."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Card rows: the literal text (or the pending edit). Header rows: the target code."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if isinstance(entry, Header):
            return self._header_data(entry, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._pending.get(entry.id, entry.text)
        if role == CardRole:
            return entry
        if role == TargetRole:
            return entry.target
        if role == PendingRole:
            return entry.id in self._pending
        if role == HeaderRole:
            return False
        return None

    def _header_data(self, header: Header, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return header.target
        if role == TargetRole:
            return header.target
        if role == HeaderRole:
            return True
        if role == CountRole:
            return self._counts.get(header.target, 0)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place: shown at once as pending; the board saves it through the core."""
        card = self.card_at(index.row()) if index.isValid() else None
        if card is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if text.strip() == "" or text == self._pending.get(card.id, card.text):
            return False  # an emptied card is deleted with Suppr, not by erasing its text
        self.set_pending(card.id, text)
        self.text_edited.emit(card.id, text)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cards: selectable, editable, draggable. Headers: a place to drop onto."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(self._rows[index.row()], Header):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop --------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Cards move; nothing is copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Cards move; nothing is copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Card ids, as JSON."""
        return [CARDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of the dragged cards."""
        ids = [card.id for index in indexes if (card := self.card_at(index.row())) is not None]
        data = QMimeData()
        data.setData(CARDS_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Only cards of this board (our own format) can be dropped."""
        return data is not None and data.hasFormat(CARDS_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Say where the cards were dropped; nothing changes here until the core has them.

        Returns False so the dragging view never removes rows by itself.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = json.loads(bytes(data.data(CARDS_MIME).data()).decode("utf-8"))
        if parent.isValid():
            row = parent.row()
        target, before = self._drop_place(row)
        self.cards_dropped.emit([str(i) for i in ids], self.kind, target, before)
        return False

    def _drop_place(self, row: int) -> tuple[str, str]:
        """(target, id of the card to go before) for a drop on or before ``row``."""
        if row < 0 or row >= len(self._rows):
            last_target = self._targets[-1] if self._targets else ""
            return (last_target if self.grouped else ""), ""
        entry = self._rows[row]
        if isinstance(entry, Header):
            return entry.target, ""  # dropped on a group's title: at the end of that group
        return (entry.target or "") if self.grouped else "", entry.id
