"""The moderation queue as a list model: cards from phones waiting for the facilitator.

Every row is plain text (« Contrainte / frein — le texte tapé »): the model offers no HTML role
and the panel's view draws it with the standard delegate, so ``<b>`` typed on a phone shows as
typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agora.server import PendingCard
from ui.board.board_kinds import singular_label

#: Role of the queue entry's id.
PendingIdRole = Qt.ItemDataRole.UserRole + 1


class PendingCardsModel(QAbstractListModel):
    """The cards waiting for approval, oldest first. Read-only; fill it with :meth:`set_cards`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[PendingCard] = []

    def set_cards(self, cards: Sequence[PendingCard]) -> None:
        """Show ``cards`` (a fresh reading of the queue)."""
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card(self, row: int) -> PendingCard | None:
        """The entry at ``row``, if any."""
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Entries in the queue."""
        return 0 if parent.isValid() else len(self._cards)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Plain text for display and tooltips, the entry's id for ``PendingIdRole``."""
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return entry_text(card)
        if role == PendingIdRole:
            return card.id
        return None


def entry_text(card: PendingCard) -> str:
    """What a queued card shows: its kind, then its text exactly as typed."""
    kind = singular_label(card.kind)
    if card.card_id is not None:
        kind = QCoreApplication.translate("PendingCardsModel", "{kind} (correction)").format(kind=kind)
    return f"{kind} — {card.text}"
