"""The cards of one session, grouped by kind in board order (constraints first, stories last).

A two-level tree: one group row per kind that has cards, the cards beneath it. The card text
is participant text: the model returns it as the literal string it is, and the views show it
as plain text (RELIABILITY.md §4.6).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from agora.domain.kinds import CONTRIBUTION_KIND_LABELS, ContributionKind
from agora.services.reads import CardRead, CategoryRead

COL_TEXT, COL_CATEGORY, COL_TARGET = range(3)

#: Column headers (French source, translated when shown).
HEADERS = (
    QT_TRANSLATE_NOOP("CardsModel", "Carte"),
    QT_TRANSLATE_NOOP("CardsModel", "Catégorie"),
    QT_TRANSLATE_NOOP("CardsModel", "Vise"),
)

#: The ``CardRead`` behind a card row (None on a group row).
RowRole = Qt.ItemDataRole.UserRole
#: The kind (``ContributionKind`` value) of a group row or of a card row.
KindRole = Qt.ItemDataRole.UserRole + 1

#: internalId of group rows; a card row stores its group's row + 1.
_GROUP = 0

Index = QModelIndex | QPersistentModelIndex
#: The invisible root: the default ``parent`` of the item-model methods.
_ROOT = QModelIndex()


@dataclass(frozen=True)
class _Group:
    kind: str
    cards: tuple[CardRead, ...]


def kind_label(kind: str) -> str:
    """The translated plural label of a card kind (« Contraintes / freins »)."""
    try:
        source = CONTRIBUTION_KIND_LABELS[ContributionKind(kind)]
    except ValueError:
        return kind  # a kind from a newer Agora: shown as stored rather than hidden
    return QCoreApplication.translate("kinds", source)


def group_cards(cards: Sequence[CardRead]) -> list[_Group]:
    """Cards grouped by kind, kinds in board order, cards in their board order."""
    order = {kind.value: rank for rank, kind in enumerate(CONTRIBUTION_KIND_LABELS)}
    kinds = sorted({card.kind for card in cards}, key=lambda kind: (order.get(kind, len(order)), kind))
    return [
        _Group(kind, tuple(sorted((c for c in cards if c.kind == kind), key=lambda c: c.position)))
        for kind in kinds
    ]


class CardsModel(QAbstractItemModel):
    """Holds the cards of one session, read-only, grouped by kind.

    Callers load the cards (``list_cards``) off the GUI thread and call ``set_cards``; the
    model never queries and never returns markup.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._categories: dict[str, CategoryRead] = {}

    def set_cards(self, cards: Sequence[CardRead], categories: Sequence[CategoryRead]) -> None:
        """Show ``cards``, labelled and coloured with ``categories``."""
        self.beginResetModel()
        self._groups = group_cards(cards)
        self._categories = {category.code: category for category in categories}
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (no session selected)."""
        self.set_cards([], [])

    def card_count(self) -> int:
        """How many cards are shown, all kinds together."""
        return sum(len(group.cards) for group in self._groups)

    def categories_shown(self) -> set[str]:
        """The author categories of the cards shown."""
        return {card.category for group in self._groups for card in group.cards}

    def has_targets(self) -> bool:
        """Whether any card shown targets a category (an expectation)."""
        return any(card.target for group in self._groups for card in group.cards)

    # -- structure ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Group rows at the top level, card rows beneath their group."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        """A card's group; nothing for a group (without argument: the QObject parent)."""
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Groups at the top level; a group's cards under its first column."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].cards)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Carte, Catégorie, Vise."""
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("CardsModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only: cards can be selected, never edited here."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- content --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Group rows: the kind and its count. Card rows: the literal text and its categories."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        return self._card_data(group.cards[index.row()], index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_TEXT:
            return QCoreApplication.translate("CardsModel", "{kind} ({count})").format(
                kind=kind_label(group.kind), count=len(group.cards)
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == KindRole:
            return group.kind
        return None

    def _card_data(self, card: CardRead, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TEXT:
                return card.text
            if column == COL_CATEGORY:
                return self._label(card.category)
            if column == COL_TARGET:
                return self._label(card.target) if card.target else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return card.text  # long cards are elided in the view; the tooltip has them whole
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_TEXT:
                return self._color(card.category)
            if column == COL_TARGET and card.target:
                return self._color(card.target)
        if role == RowRole:
            return card
        if role == KindRole:
            return card.kind
        return None

    def _label(self, code: str) -> str:
        category = self._categories.get(code)
        return category.label if category else code

    def _color(self, code: str) -> QColor | None:
        category = self._categories.get(code)
        color = QColor(category.color) if category else QColor()
        return color if color.isValid() else None
