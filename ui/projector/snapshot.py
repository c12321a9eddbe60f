"""What the projector reads about a session, in one go, off the GUI thread.

:func:`load_snapshot` only calls core services (it runs on a pool thread through
``ForumContext.read`` and never touches a widget).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agora.domain.kinds import SessionKind
from agora.method import Analysis
from agora.services import analysis, cards, forums
from agora.services.reads import CardRead, CategoryRead, SessionRead
from agora.storage.store import ForumStore


@dataclass(frozen=True)
class Snapshot:
    """A session as the projector shows it: its frame, its cards, or its Agora analysis."""

    session: SessionRead
    categories: list[CategoryRead]
    cards: list[CardRead] = field(default_factory=list)
    analysis: Analysis | None = None

    @property
    def is_agora(self) -> bool:
        """Whether the session is the Agora (statements) rather than a board of cards."""
        return self.session.kind == SessionKind.AGORA


def load_snapshot(store: ForumStore, session_id: str) -> Snapshot:
    """Read ``session_id``'s frame, and its cards or its analysis (pool thread)."""
    session = forums.get_session(store, session_id)
    categories = forums.list_categories(store)
    if session.kind == SessionKind.AGORA:
        return Snapshot(session, categories, analysis=analysis.analyse_session(store, session_id))
    return Snapshot(session, categories, cards=cards.list_cards(store, session_id))
