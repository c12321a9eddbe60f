"""What a participant's page shows: plain frozen values built from the core's read models."""

from __future__ import annotations

from dataclasses import dataclass

from agora.services import reads

#: Status of a participant's own card.
ON_BOARD = "board"
PENDING = "pending"
REMOVED = "removed"
MERGED = "merged"


@dataclass(frozen=True)
class StatementView:
    """One statement of the Agora, as a participant votes on it.

    ``answered`` tells whether this phone answered it; ``value`` is then the answer (None for
    « je ne me prononce pas »). ``by_hands`` marks a statement that the participant's category
    votes by show of hands, so phones cannot answer it.
    """

    id: str
    number: int
    text: str
    scale: int
    answered: bool
    value: int | None
    by_hands: bool
    current: bool


@dataclass(frozen=True)
class OwnCard:
    """A card posted from this phone: on the board, waiting for approval, or taken off."""

    id: str
    kind: str
    text: str
    target: str | None
    status: str

    @property
    def editable(self) -> bool:
        """Whether the participant may still change or withdraw it."""
        return self.status in (ON_BOARD, PENDING)


@dataclass(frozen=True)
class PageView:
    """Everything the participant's main page needs."""

    forum_title: str
    session: reads.SessionRead
    categories: tuple[reads.CategoryRead, ...]
    category: reads.CategoryRead | None
    kinds: tuple[str, ...]
    statements: tuple[StatementView, ...]
    cards: tuple[OwnCard, ...]
    moderation: bool
    max_card_chars: int
    csrf: str

    def label_of(self, code: str | None) -> str:
        """The label of a category code ("" for None or an unknown code)."""
        for category in self.categories:
            if category.code == code:
                return category.label
        return ""
