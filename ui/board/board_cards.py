"""The cards of one peer-group board: every card of the session, the filter, the five columns.

``BoardCards`` is the single place that knows which card is shown in which column. It takes the
cards read from the core (``set_cards``) and, after each write, the cards the core returned
(``apply``): a card deleted, merged or moved to another session leaves the board, a card whose
kind changed moves to another column, anything else is updated in place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from agora.services.reads import CardRead
from ui.board.board_kinds import BOARD_KINDS, EXPECTATION
from ui.board.column_model import ColumnModel
from ui.library_model import collation_key

#: Filter value of « sans principe » (cards with no principle).
NO_PRINCIPLE = 0


@dataclass(frozen=True)
class BoardFilter:
    """What the facilitator searches for: words, a principle, a target category."""

    text: str = ""
    #: 1–4, ``NO_PRINCIPLE`` for untagged cards, None for any.
    principle: int | None = None
    #: A category code, or "" for any target.
    target: str = ""

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return bool(self.text.strip()) or self.principle is not None or bool(self.target)


class BoardCards(QObject):
    """Holds the cards of one session and feeds the column models.

    Callers never touch the column models' content directly; they read cards with ``card``
    and change what is shown only with ``set_cards``, ``apply`` and ``set_filter``.
    """

    #: The number of cards (shown or total) changed in some column.
    counts_changed = Signal()

    def __init__(self, session_id: str, targets: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session_id = session_id
        self.targets = list(targets)
        self.columns = {
            kind: ColumnModel(kind, grouped=kind == EXPECTATION, parent=self) for kind in BOARD_KINDS
        }
        self._cards: dict[str, CardRead] = {}
        self._totals: Counter[str] = Counter()
        self._keys: dict[str, str] = {}
        self._filter = BoardFilter()
        self._needle = ""
        self.loaded = False

    # -- content --------------------------------------------------------------------------

    def set_cards(self, cards: Iterable[CardRead]) -> None:
        """Show ``cards`` (a fresh reading of the session)."""
        self._cards = {card.id: card for card in cards if self._belongs(card)}
        self._totals = Counter(card.kind for card in self._cards.values())
        self._keys.clear()
        self.loaded = True
        self._refill()

    def apply(self, cards: Iterable[CardRead]) -> None:
        """Take into account cards the core just returned (added, edited, deleted, restored…)."""
        changed = False
        for card in cards:
            previous = self._cards.pop(card.id, None)
            self._keys.pop(card.id, None)
            if previous is not None:
                self._totals[previous.kind] -= 1
            old_column = self.columns.get(previous.kind) if previous is not None else None
            if self._belongs(card):
                self._cards[card.id] = card
                self._totals[card.kind] += 1
                column = self.columns.get(card.kind)
                if old_column is not None and old_column is not column:
                    old_column.remove(previous)
                    previous = None
                if column is not None:
                    if self._visible(card):
                        column.upsert(card, previous if old_column is column else None)
                    elif previous is not None:
                        column.remove(previous)
            elif old_column is not None and previous is not None:
                old_column.remove(previous)
            changed = True
        if changed:
            self.counts_changed.emit()

    def card(self, card_id: str) -> CardRead | None:
        """The card ``card_id`` as last read (None if not on this board)."""
        return self._cards.get(card_id)

    def all_cards(self) -> list[CardRead]:
        """Every card on the board, shown or filtered out."""
        return list(self._cards.values())

    def total(self, kind: str) -> int:
        """How many cards of ``kind`` the board holds (filtered out or not)."""
        return self._totals[kind]

    def shown(self, kind: str) -> int:
        """How many cards of ``kind`` are shown."""
        return self.columns[kind].card_count()

    def last_position(self, kind: str) -> float:
        """The highest position in the column ``kind`` (0 when empty)."""
        return max((c.position for c in self._cards.values() if c.kind == kind), default=0.0)

    # -- filter ---------------------------------------------------------------------------

    @property
    def filter(self) -> BoardFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, board_filter: BoardFilter) -> None:
        """Show only the cards that match ``board_filter``."""
        if board_filter == self._filter:
            return
        self._filter = board_filter
        self._needle = collation_key(board_filter.text.strip())
        self._refill()

    def _belongs(self, card: CardRead) -> bool:
        return card.session_id == self.session_id and card.deleted_at is None and card.merged_into is None

    def _visible(self, card: CardRead) -> bool:
        board_filter = self._filter
        if board_filter.principle is not None and (card.principle or NO_PRINCIPLE) != board_filter.principle:
            return False
        if board_filter.target and card.target != board_filter.target:
            return False
        if self._needle:
            key = self._keys.get(card.id)
            if key is None:
                key = self._keys[card.id] = collation_key(f"{card.text}\n{card.theme}")
            return self._needle in key
        return True

    def _refill(self) -> None:
        by_kind: dict[str, list[CardRead]] = {kind: [] for kind in BOARD_KINDS}
        for card in self._cards.values():
            if card.kind in by_kind and self._visible(card):
                by_kind[card.kind].append(card)
        for kind, column in self.columns.items():
            column.reset(by_kind[kind], self.targets if column.grouped else ())
        self.counts_changed.emit()
