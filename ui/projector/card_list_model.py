"""The cards of one column of the projected board, as a flat read-only list.

The text is participant text: the model hands it over as the literal string it is, and the
delegate paints it as plain text (RELIABILITY.md §4.6). Nothing here is editable or selectable.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from agora.services.reads import CardRead, CategoryRead
from ui.projector import theme

#: The ``CardRead`` of a row.
CardRole = Qt.ItemDataRole.UserRole
#: ``#RRGGBB`` of the author category (its band).
ColorRole = Qt.ItemDataRole.UserRole + 1
#: Label of the targeted category ("" when the card targets none).
TargetLabelRole = Qt.ItemDataRole.UserRole + 2
#: ``#RRGGBB`` of the targeted category ("" when none).
TargetColorRole = Qt.ItemDataRole.UserRole + 3
#: Whether the card has just arrived (highlighted for a few seconds).
FreshRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CardListModel(QAbstractListModel):
    """Holds the cards of one kind, in the order they are projected.

    Callers load cards off the GUI thread and call :meth:`set_cards`; the model never queries.
    """

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._cards: list[CardRead] = []
        self._categories: dict[str, CategoryRead] = {}
        self._fresh: set[str] = set()

    def set_cards(
        self, cards: Sequence[CardRead], categories: Sequence[CategoryRead], fresh: Collection[str] = ()
    ) -> None:
        """Show ``cards``; those whose id is in ``fresh`` are highlighted."""
        self.beginResetModel()
        self._cards = list(cards)
        self._categories = {category.code: category for category in categories}
        self._fresh = {card.id for card in self._cards if card.id in fresh}
        self.endResetModel()

    def cards(self) -> list[CardRead]:
        """The cards shown, in order."""
        return list(self._cards)

    def texts(self) -> list[str]:
        """The literal texts shown, in order."""
        return [card.text for card in self._cards]

    def fresh_rows(self) -> list[int]:
        """Rows of the cards currently highlighted."""
        return [row for row, card in enumerate(self._cards) if card.id in self._fresh]

    def clear_fresh(self) -> None:
        """End the highlight of the newest cards."""
        rows = self.fresh_rows()
        self._fresh.clear()
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), [FreshRole])

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The number of cards (a flat list: nothing under a row)."""
        return 0 if parent.isValid() else len(self._cards)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Shown only: neither selectable nor editable."""
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The literal text, the card, its colours and its highlight."""
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.text
        if role == CardRole:
            return card
        if role == ColorRole:
            author = self._categories.get(card.category)
            return theme.safe_color(author.color) if author else theme.RULE
        if role == TargetLabelRole:
            if not card.target:
                return ""
            target = self._categories.get(card.target)
            return target.label if target else card.target
        if role == TargetColorRole:
            if not card.target:
                return ""
            target = self._categories.get(card.target)
            return theme.safe_color(target.color) if target else theme.RULE
        if role == FreshRole:
            return card.id in self._fresh
        return None
