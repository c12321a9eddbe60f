"""Read models for the interface tests: library lines, categories, sessions and cards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agora.services.reads import CardRead, CategoryRead, ForumSummary, SessionRead

#: Text that would be markup if Qt were allowed to guess: it must be shown as typed.
MARKUP_TEXT = '<b>gras</b><img src="x.png">'


def summary(
    title: str = "Forum de test",
    *,
    date: dt.date | None = dt.date(2026, 5, 12),
    venue: str = "Salle des fêtes",
    cards: int = 3,
    statements: int = 1,
    problem: str = "",
    name: str | None = None,
) -> ForumSummary:
    """A library line, as ``list_forums`` would give it."""
    return ForumSummary(
        path=Path("/bibliotheque") / f"{name or title}.agora",
        title=title,
        date=date,
        venue=venue,
        cards=cards,
        statements=statements,
        modified=dt.datetime(2026, 5, 12, 18, 30),
        problem=problem,
    )


CATEGORIES = (
    CategoryRead("elus", "Élu·e·s", "#1F5FA8", 0, False),
    CategoryRead("agents", "Agents territoriaux", "#1B6E45", 1, False),
    CategoryRead("etat", "État", "#6B3FA0", 2, False),
)


def session(title: str, *, kind: str = "peer_group", category: str | None = "elus", position: int = 0) -> SessionRead:
    """A session read model."""
    return SessionRead(f"id-{title}", kind, category, title, None, position, "", None)


def card(
    text: str, *, kind: str = "constraint", category: str = "elus", target: str | None = None, position: float = 1.0
) -> CardRead:
    """A card read model."""
    moment = dt.datetime(2026, 5, 12, 10, 0)
    return CardRead(
        id=f"id-{text}",
        session_id="s1",
        kind=kind,
        category=category,
        target=target,
        text=text,
        principle=None,
        theme="",
        position=position,
        participant_id=None,
        merged_into=None,
        created_at=moment,
        updated_at=moment,
        deleted_at=None,
    )
