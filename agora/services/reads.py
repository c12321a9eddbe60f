"""Read models: what services hand to the faces. Frozen, detached from any database session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import NewType

ForumId = NewType("ForumId", str)
SessionId = NewType("SessionId", str)
CardId = NewType("CardId", str)
StatementId = NewType("StatementId", str)


@dataclass(frozen=True)
class ForumRead:
    """The forum held by a file."""

    id: str
    title: str
    date: dt.date | None
    venue: str
    facilitators: str
    link: str


@dataclass(frozen=True)
class CategoryRead:
    """An actor category."""

    code: str
    label: str
    color: str
    position: int
    observer: bool


@dataclass(frozen=True)
class TerritoryRead:
    """A territory of the forum."""

    id: str
    name: str
    population: int | None
    stratum: str
    setting: str
    region: str
    maturity: str
    ess_integration: str


@dataclass(frozen=True)
class SessionRead:
    """One time of the agenda."""

    id: str
    kind: str
    category: str | None
    title: str
    date: dt.date | None
    position: int
    prompt: str
    duration_minutes: int | None


@dataclass(frozen=True)
class CardRead:
    """A card (contribution)."""

    id: str
    session_id: str
    kind: str
    category: str
    target: str | None
    text: str
    principle: int | None
    theme: str
    position: float
    participant_id: str | None
    merged_into: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class StatementRead:
    """A statement put to the Agora."""

    id: str
    session_id: str
    text: str
    source_id: str | None
    position: float
    created_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class PositionRead:
    """One answer to a statement."""

    id: str
    statement_id: str
    category: str
    participant: str | None
    scale: int
    value: int | None
    channel: str
    created_at: dt.datetime


@dataclass(frozen=True)
class TallyRead:
    """A show-of-hands count."""

    statement_id: str
    category: str
    present: int
    pour: int
    contre: int
    abstention: int


@dataclass(frozen=True)
class RelationRead:
    """A relation assessment of a territory at a date."""

    id: str
    territory_id: str
    date: dt.date
    typology: str
    value: str
    note: str


@dataclass(frozen=True)
class ForumSummary:
    """One line of the library: what the start screen lists."""

    path: Path
    title: str
    date: dt.date | None
    venue: str
    cards: int
    statements: int
    modified: dt.datetime
    #: Why the file could not be read, when it could not (it is still listed).
    problem: str = ""
