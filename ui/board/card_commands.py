"""Undoable changes to cards: each command knows how to do and undo itself through the core.

``forward`` and ``backward`` run on the write thread (they take the store and call
``agora.services.cards``); they return the cards as the core now has them, which the board
applies. ``redo``/``undo`` are what ``QUndoStack`` calls; the first ``redo`` (the push) is
skipped because ``CommandRunner.perform`` already ran the command.

Add ↔ delete/restore, edit ↔ edit back, delete ↔ restore, merge ↔ restore the merged cards and
put the text back, move ↔ move back, tag ↔ tag back, theme ↔ theme back.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agora.services import cards
from agora.services.reads import CardRead
from agora.storage.store import ForumStore
from ui.board.command_runner import CommandRunner


class CardCommand(QUndoCommand):
    """A change to cards of one board. Subclasses define ``forward`` and ``backward``."""

    def __init__(self, runner: CommandRunner, text: str) -> None:
        super().__init__(text)
        self._runner = runner
        self._skip_redo = False

    def mark_done(self) -> None:
        """The first run is durable: the push's redo() must not run it again."""
        self._skip_redo = True

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Do the change (write thread); the cards as they now are."""
        raise NotImplementedError

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Undo the change (write thread); the cards as they now are."""
        raise NotImplementedError

    def redo(self) -> None:
        """Run the change again (skipped right after the push)."""
        if self._skip_redo:
            self._skip_redo = False
            return
        self._runner.replay(self, forward=True)

    def undo(self) -> None:
        """Undo the change."""
        self._runner.replay(self, forward=False)


class AddCard(CardCommand):
    """A card typed in the capture bar; undo deletes it, redo restores it (same id)."""

    def __init__(self, runner: CommandRunner, kind: str, text: str, target: str | None) -> None:
        super().__init__(runner, QCoreApplication.translate("CardCommand", "ajouter une carte"))
        self.card_id = str(uuid.uuid4())
        self.kind, self.text, self.target = kind, text, target
        self.session_id = runner.cards.session_id
        self._created = False

    def mark_done(self) -> None:
        """The card exists: later runs restore it rather than add it again."""
        super().mark_done()
        self._created = True

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Add the card, or bring it back after an undo."""
        if self._created:
            return [cards.restore_card(store, self.card_id)]
        return [
            cards.add_card(store, self.session_id, self.kind, self.text, target=self.target, card_id=self.card_id)
        ]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Delete the card (it stays in the file, restorable)."""
        return [cards.delete_card(store, self.card_id)]


class EditText(CardCommand):
    """A card's text edited in place."""

    def __init__(self, runner: CommandRunner, card: CardRead, text: str) -> None:
        super().__init__(runner, QCoreApplication.translate("CardCommand", "modifier une carte"))
        self.card_id, self.old, self.new = card.id, card.text, text

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Write the new text."""
        return [cards.edit_card(store, self.card_id, text=self.new)]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Put the previous text back."""
        return [cards.edit_card(store, self.card_id, text=self.old)]


class DeleteCards(CardCommand):
    """Cards deleted with Suppr; undo restores them where they were."""

    def __init__(self, runner: CommandRunner, deleted: Sequence[CardRead]) -> None:
        text = QCoreApplication.translate("CardCommand", "supprimer une carte") if len(deleted) == 1 else QCoreApplication.translate("CardCommand", "supprimer des cartes")
        super().__init__(runner, text)
        self.ids = [card.id for card in deleted]

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Delete every card."""
        return [cards.delete_card(store, card_id) for card_id in self.ids]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Restore every card."""
        return [cards.restore_card(store, card_id) for card_id in self.ids]


class MergeCards(CardCommand):
    """Duplicates merged into the first card; undo restores them and the first card's text."""

    def __init__(self, runner: CommandRunner, into: CardRead, others: Sequence[CardRead]) -> None:
        super().__init__(runner, QCoreApplication.translate("CardCommand", "fusionner des cartes"))
        self.into_id, self.into_text = into.id, into.text
        self.other_ids = [card.id for card in others]

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Merge; the merged cards come back marked as merged, so the board drops them."""
        merged = cards.merge_cards(store, self.into_id, self.other_ids)
        return [merged, *(cards.get_card(store, card_id) for card_id in self.other_ids)]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Restore the merged cards, then the first card's own text."""
        restored = [cards.restore_card(store, card_id) for card_id in self.other_ids]
        return [*restored, cards.edit_card(store, self.into_id, text=self.into_text)]


@dataclass(frozen=True)
class Placement:
    """Where a card is on the board: its column (kind), its target group, its position."""

    kind: str
    target: str | None
    position: float

    @staticmethod
    def of(card: CardRead) -> Placement:
        """Where ``card`` is now."""
        return Placement(card.kind, card.target, card.position)


def _place(store: ForumStore, card_id: str, to: Placement, current: Placement) -> CardRead:
    if (to.kind, to.target) != (current.kind, current.target):
        cards.edit_card(store, card_id, kind=to.kind, target=to.target)
    return cards.move_card(store, card_id, position=to.position)


class MoveCards(CardCommand):
    """Cards moved within their column, to another column (kind) or another target group."""

    def __init__(self, runner: CommandRunner, moves: Sequence[tuple[CardRead, Placement]]) -> None:
        text = QCoreApplication.translate("CardCommand", "déplacer une carte") if len(moves) == 1 else QCoreApplication.translate("CardCommand", "déplacer des cartes")
        super().__init__(runner, text)
        self.moves = [(card.id, Placement.of(card), to) for card, to in moves]

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Put each card at its new place."""
        return [_place(store, card_id, to, before) for card_id, before, to in self.moves]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Put each card back where it was (last moved first)."""
        return [_place(store, card_id, before, to) for card_id, before, to in reversed(self.moves)]


class TagCards(CardCommand):
    """Cards tagged with a guiding principle (None removes it)."""

    def __init__(self, runner: CommandRunner, tagged: Sequence[CardRead], principle: int | None) -> None:
        super().__init__(runner, QCoreApplication.translate("CardCommand", "associer un principe"))
        self.old = {card.id: card.principle for card in tagged}
        self.principle = principle

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Tag every card."""
        return [cards.tag_card(store, card_id, principle=self.principle) for card_id in self.old]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Give every card its previous principle back."""
        return [cards.tag_card(store, card_id, principle=old) for card_id, old in self.old.items()]


class ThemeCards(CardCommand):
    """Cards grouped under a theme (an empty theme ungroups them)."""

    def __init__(self, runner: CommandRunner, grouped: Sequence[CardRead], theme: str) -> None:
        super().__init__(runner, QCoreApplication.translate("CardCommand", "donner un thème"))
        self.old = {card.id: card.theme for card in grouped}
        self.theme = theme

    def forward(self, store: ForumStore) -> list[CardRead]:
        """Give every card the theme."""
        return [cards.tag_card(store, card_id, theme=self.theme) for card_id in self.old]

    def backward(self, store: ForumStore) -> list[CardRead]:
        """Give every card its previous theme back."""
        return [cards.tag_card(store, card_id, theme=old) for card_id, old in self.old.items()]
