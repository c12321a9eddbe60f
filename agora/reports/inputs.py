"""What a report reads: plain read models of one forum, gathered before any PDF is built.

The builders never query anything: the caller (the command line, the interface's worker)
reads the forum through the services, fills a :class:`ReportInput`, and hands it over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from agora.method import Analysis
from agora.services.reads import CardRead, CategoryRead, ForumRead, SessionRead, TerritoryRead


@dataclass(frozen=True)
class ReportInput:
    """Everything the printed documents of one session need.

    Attributes:
        forum: The forum (title, date, venue, facilitators, link).
        categories: The forum's categories, in order.
        territories: The forum's territories.
        session: The session the summary is about.
        cards: Every live card of the forum (all sessions): the summaries pick the session's,
            the Agora's cross table and the handouts use all of them.
        agora: The Agora whose analysis the Agora summary, handouts and poster print: the
            session itself when it is an Agora, else the forum's Agora, or None.
        analysis: That Agora's analysis, or None.
        printed_on: Date printed as « imprimé le … » (today when None).
    """

    forum: ForumRead
    categories: Sequence[CategoryRead]
    territories: Sequence[TerritoryRead]
    session: SessionRead
    cards: Sequence[CardRead]
    agora: SessionRead | None = None
    analysis: Analysis | None = None
    printed_on: dt.date | None = None
    _names: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def names(self) -> dict[str, str]:
        """Category code → display name (codes of unknown categories stay as they are)."""
        if not self._names:
            self._names.update({c.code: c.label for c in self.categories})
        return self._names

    def name(self, code: str | None) -> str:
        """Display name of a category code."""
        return self.names().get(code or "", code or "")

    def category(self, code: str) -> CategoryRead | None:
        """The category of ``code``, or None."""
        return next((c for c in self.categories if c.code == code), None)

    def session_cards(self, session_id: str | None = None) -> list[CardRead]:
        """Cards of a session (the report's session by default), in board order."""
        wanted = session_id or self.session.id
        return sorted(
            (c for c in self.cards if c.session_id == wanted and c.deleted_at is None),
            key=lambda c: (c.position, c.created_at),
        )

    def forum_cards(self, kind: str) -> list[CardRead]:
        """Live cards of one kind across the forum, by category order then board order."""
        order = {c.code: i for i, c in enumerate(self.categories)}
        return sorted(
            (c for c in self.cards if c.kind == kind and c.deleted_at is None),
            key=lambda c: (order.get(c.category, len(order)), c.session_id, c.position, c.created_at),
        )

    def card_text(self, card_id: str) -> str:
        """Text of a card, or an empty string."""
        return next((c.text for c in self.cards if c.id == card_id), "")

    def printed(self) -> dt.date:
        """The date the documents say they were printed."""
        return self.printed_on or dt.date.today()
