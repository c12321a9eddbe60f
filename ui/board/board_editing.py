"""What the facilitator asks of the board, turned into undoable commands.

Each method takes the cards concerned (as the board shows them) and hands one command to the
runner. Where a card goes when it moves (its new kind, target and position) is computed here,
from the cards the board holds; the core then stores exactly that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from agora.services.reads import CardRead
from ui.board.board_cards import BoardCards
from ui.board.board_kinds import BOARD_KINDS, EXPECTATION
from ui.board.card_commands import (
    AddCard,
    DeleteCards,
    EditText,
    MergeCards,
    MoveCards,
    Placement,
    TagCards,
    ThemeCards,
)
from ui.board.command_runner import CommandRunner, Retry


class BoardEditing(QObject):
    """Builds the commands of one board. Never writes by itself: the runner does."""

    def __init__(self, runner: CommandRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.cards: BoardCards = runner.cards

    def add(self, kind: str, target: str, text: str, on_error: Callable[[Exception], Retry]) -> AddCard:
        """A new card typed in the capture bar (``on_error`` puts the text back and says how to retry)."""
        command = AddCard(self.runner, kind, text, target if kind == EXPECTATION else None)
        self.runner.perform(command, on_error)
        return command

    def add_again(self, command: AddCard, on_error: Callable[[Exception], Retry]) -> None:
        """Try again to add a card whose first write failed (same card id)."""
        self.runner.perform(command, on_error)

    def edit_text(self, card_id: str, text: str) -> None:
        """A card edited in place."""
        card = self.cards.card(card_id)
        if card is not None and text != card.text:
            self.runner.perform(EditText(self.runner, card, text))

    def delete(self, chosen: Sequence[CardRead]) -> None:
        """Delete the chosen cards."""
        if chosen:
            self.runner.perform(DeleteCards(self.runner, chosen))

    def merge(self, chosen: Sequence[CardRead]) -> bool:
        """Merge the chosen cards into the first one (column order); False if fewer than two."""
        if len(chosen) < 2:
            return False
        self.runner.perform(MergeCards(self.runner, chosen[0], chosen[1:]))
        return True

    def tag(self, chosen: Sequence[CardRead], principle: int | None) -> None:
        """Tag the chosen cards with ``principle`` (None: no principle)."""
        if chosen and any(card.principle != principle for card in chosen):
            self.runner.perform(TagCards(self.runner, chosen, principle))

    def theme(self, chosen: Sequence[CardRead], theme: str) -> None:
        """Group the chosen cards under ``theme`` ("" ungroups them)."""
        if chosen and any(card.theme != theme for card in chosen):
            self.runner.perform(ThemeCards(self.runner, chosen, theme))

    # -- moves ------------------------------------------------------------------------------

    def move_within(self, card: CardRead, neighbours: Sequence[CardRead], step: int) -> bool:
        """Move ``card`` one place up (-1) or down (+1) among ``neighbours`` (its group, in order)."""
        ids = [c.id for c in neighbours]
        if card.id not in ids:
            return False
        new_index = ids.index(card.id) + step
        if not 0 <= new_index < len(ids):
            return False
        position = _between([c for c in neighbours if c.id != card.id], new_index)
        self.runner.perform(MoveCards(self.runner, [(card, Placement(card.kind, card.target, position))]))
        return True

    def move_to_column(self, chosen: Sequence[CardRead], step: int, default_target: str) -> str | None:
        """Move the chosen cards to the column on the left (-1) or right (+1); the new kind."""
        if not chosen:
            return None
        index = BOARD_KINDS.index(chosen[0].kind) + step
        if not 0 <= index < len(BOARD_KINDS):
            return None
        kind = BOARD_KINDS[index]
        self.drop([card.id for card in chosen], kind, default_target, "")
        return kind

    def drop(self, ids: Sequence[str], kind: str, target: str, before_id: str) -> bool:
        """Put the cards ``ids`` in column ``kind`` (group ``target``), before ``before_id`` or last."""
        moving = [card for card_id in ids if (card := self.cards.card(card_id)) is not None]
        if not moving:
            return False
        new_target = (target or None) if kind == EXPECTATION else None
        if kind == EXPECTATION and new_target is None:
            return False
        positions = self._positions(kind, new_target, [c.id for c in moving], before_id, len(moving))
        moves = [
            (card, Placement(kind, new_target, position))
            for card, position in zip(moving, positions, strict=True)
            if Placement.of(card) != Placement(kind, new_target, position)
        ]
        if not moves:
            return False
        self.runner.perform(MoveCards(self.runner, moves))
        return True

    def _positions(
        self, kind: str, target: str | None, moving: Sequence[str], before_id: str, count: int
    ) -> list[float]:
        column = sorted(
            (c for c in self.cards.all_cards() if c.kind == kind and c.id not in moving),
            key=lambda c: (c.position, c.id),
        )
        before = self.cards.card(before_id) if before_id and before_id not in moving else None
        if before is None:
            last = column[-1].position if column else 0.0
            return [last + 1.0 + n for n in range(count)]
        index = next(i for i, c in enumerate(column) if c.id == before.id)
        low = column[index - 1].position if index > 0 else before.position - 1.0
        high = before.position
        return [low + (high - low) * (n + 1) / (count + 1) for n in range(count)]


def _between(others: Sequence[CardRead], index: int) -> float:
    """A position that puts a card at ``index`` among ``others`` (sorted by position)."""
    if not others:
        return 1.0
    if index <= 0:
        return others[0].position - 1.0
    if index >= len(others):
        return others[-1].position + 1.0
    return (others[index - 1].position + others[index].position) / 2
