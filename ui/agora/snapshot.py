"""Everything the Agora screen shows of one session, read in one go off the GUI thread.

:func:`load_snapshot` runs on a pool thread (``ForumContext.read``): the core's analysis
(labels, stances, lists, matrices), the categories with their colours, and the show-of-hands
tallies as typed (the analysis only keeps their reduction to counts). Widgets receive the
frozen :class:`AgoraSnapshot` and never query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agora.method import Analysis, StatementAnalysis
from agora.services import analysis as analysis_service
from agora.services import forums, votes
from agora.services.reads import CategoryRead, TallyRead
from agora.storage.store import ForumStore

#: Scale used for individual positions on a statement that has none yet.
DEFAULT_SCALE = 5


@dataclass(frozen=True)
class AgoraSnapshot:
    """One consistent view of an Agora session. Read-only; callers must not mutate it."""

    session_id: str
    analysis: Analysis
    categories: tuple[CategoryRead, ...]
    #: (statement id, category code) → the show of hands as typed.
    hand_tallies: dict[tuple[str, str], TallyRead] = field(default_factory=dict)

    @property
    def names(self) -> dict[str, str]:
        """Category code → display name."""
        return {c.code: c.label for c in self.categories}

    @property
    def considered(self) -> tuple[CategoryRead, ...]:
        """The categories the method counts (observers left out), in order."""
        codes = set(self.analysis.considered)
        return tuple(c for c in self.categories if c.code in codes)

    @property
    def statement_ids(self) -> tuple[str, ...]:
        """Statement ids in session order."""
        return tuple(a.statement.id for a in self.analysis.statements)

    def statement(self, statement_id: str) -> StatementAnalysis | None:
        """The analysis of a statement, or None if it is not (or no longer) in the session."""
        try:
            return self.analysis.statement(statement_id)
        except KeyError:
            return None

    def number(self, statement_id: str) -> int:
        """The statement's number in the session (from 1), 0 if unknown."""
        try:
            return self.statement_ids.index(statement_id) + 1
        except ValueError:
            return 0

    def hand_tally(self, statement_id: str, category: str) -> TallyRead | None:
        """The show of hands of a category on a statement, as typed."""
        return self.hand_tallies.get((statement_id, category))

    def has_positions(self, statement_id: str, category: str) -> bool:
        """Whether the category answered this statement individually (not by a show of hands)."""
        item = self.statement(statement_id)
        return (
            item is not None
            and category in item.tallies
            and (statement_id, category) not in self.hand_tallies
        )

    def scale(self, statement_id: str) -> int | None:
        """The scale of the individual positions already given on a statement (None: none yet)."""
        item = self.statement(statement_id)
        if item is None:
            return None
        for category, tally in item.tallies.items():
            if (statement_id, category) in self.hand_tallies:
                continue
            if tally.hist is not None:
                return 5
            if tally.n:
                return 3
        # Only « ne se prononce pas » so far: any scale is still possible.
        return None


def load_snapshot(store: ForumStore, session_id: str) -> AgoraSnapshot:
    """Read and analyse an Agora session (runs on a pool thread)."""
    analysis = analysis_service.analyse_session(store, session_id)
    categories = tuple(forums.list_categories(store))
    hands = {(t.statement_id, t.category): t for t in votes.list_tallies(store, session_id)}
    return AgoraSnapshot(session_id, analysis, categories, hands)
