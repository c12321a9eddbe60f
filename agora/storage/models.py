"""The SQLModel tables of a forum file: one SQLite file holds one forum.

Only ``agora.storage`` and ``agora.services`` see these classes; the faces receive read models
(``agora.services.reads``). Constraints carry deterministic names so Alembic's batch mode can
alter them on SQLite. Every schema change goes through a migration in ``migrations/versions``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, MetaData
from sqlmodel import Field, SQLModel

# Deterministic names: Alembic batch mode cannot drop or alter an unnamed constraint on SQLite.
SQLModel.metadata.naming_convention = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
).naming_convention


def utcnow() -> dt.datetime:
    """Now, in UTC (time-zone aware), to the microsecond: the time stamp of every change."""
    return dt.datetime.now(dt.UTC)


def db_time(moment: dt.datetime) -> str:
    """A time stamp as the tables store it (UTC, no offset), for plain SQL on hot paths."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class Forum(SQLModel, table=True):
    """The event this file holds: title, date, venue, facilitators."""

    id: str = Field(primary_key=True)
    title: str
    date: dt.date | None = None
    venue: str = ""
    facilitators: str = ""
    #: The network's page for the forum, printed as a QR code on handouts.
    link: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Territory(SQLModel, table=True):
    """A territory taking part in the forum, with what characterises it."""

    id: str = Field(primary_key=True)
    name: str
    population: int | None = None
    stratum: str = ""
    setting: str = ""
    region: str = ""
    maturity: str = ""
    ess_integration: str = ""


class Category(SQLModel, table=True):
    """An actor category (a role): stable code, label, colour, agenda order."""

    __table_args__ = (CheckConstraint("length(code) > 0", name="code_not_empty"),)

    code: str = Field(primary_key=True)
    label: str
    color: str = "#555555"
    position: int = 0
    #: Observers may post cards but are left out of every consensus metric.
    observer: bool = False


class Session(SQLModel, table=True):
    """One time of the agenda: a peer group of one category, or the Agora."""

    __table_args__ = (
        CheckConstraint("kind IN ('peer_group', 'agora')", name="kind"),
        CheckConstraint("(kind = 'peer_group') = (category IS NOT NULL)", name="category_iff_peer_group"),
    )

    id: str = Field(primary_key=True)
    kind: str
    category: str | None = Field(default=None, foreign_key="category.code")
    title: str
    date: dt.date | None = None
    position: int = 0
    #: The prompt or question displayed during the session.
    prompt: str = ""
    duration_minutes: int | None = None
    #: The consensus method's parameters for this Agora, as JSON ("" means the defaults).
    method_params: str = ""


class Participant(SQLModel, table=True):
    """A participant known only by an opaque id, an optional alias and a category."""

    id: str = Field(primary_key=True)
    category: str = Field(foreign_key="category.code")
    alias: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)


class Contribution(SQLModel, table=True):
    """A card: its kind, author category, text, optional target, principle and theme."""

    __table_args__ = (
        CheckConstraint(
            "kind IN ('constraint', 'expectation', 'commitment', 'learning', 'story')", name="kind"
        ),
        CheckConstraint("(kind = 'expectation') = (target IS NOT NULL)", name="target_iff_expectation"),
        CheckConstraint("target IS NULL OR target <> category", name="target_other_category"),
        CheckConstraint("principle IS NULL OR principle BETWEEN 1 AND 4", name="principle_range"),
        Index("ix_contribution_session_deleted", "session_id", "deleted_at"),
        # A board column in order; also makes "last position of a column" one index lookup.
        Index("ix_contribution_board", "session_id", "kind", "position"),
    )

    id: str = Field(primary_key=True)
    session_id: str = Field(foreign_key="session.id")
    kind: str
    category: str = Field(foreign_key="category.code")
    target: str | None = Field(default=None, foreign_key="category.code")
    text: str
    principle: int | None = None
    theme: str = ""
    #: Order on the board within its column.
    position: float = 0.0
    participant_id: str | None = None
    #: The card this one was merged into (it is then deleted, and restorable).
    merged_into: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    #: Set when deleted; clearing it restores the card.
    deleted_at: dt.datetime | None = None


class Statement(SQLModel, table=True):
    """A sentence put to the Agora, typed or drawn from a card."""

    __table_args__ = (Index("ix_statement_session", "session_id"),)

    id: str = Field(primary_key=True)
    session_id: str = Field(foreign_key="session.id")
    text: str
    #: The card it was drawn from, if any.
    source_id: str | None = Field(default=None, foreign_key="contribution.id")
    position: float = 0.0
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    deleted_at: dt.datetime | None = None


class Position(SQLModel, table=True):
    """One participant's answer to a statement on a 5- or 3-point scale (None: no opinion)."""

    __table_args__ = (
        CheckConstraint("scale IN (3, 5)", name="scale"),
        CheckConstraint("value IS NULL OR (value BETWEEN 1 AND scale)", name="value_in_scale"),
        Index("ix_position_statement", "statement_id", "category"),
        # A participant's answer to a statement: a new answer finds the one it replaces.
        Index("ix_position_answer", "statement_id", "participant"),
        # The scale a statement is answered on: a new answer checks none uses another scale.
        Index("ix_position_scale", "statement_id", "scale"),
    )

    id: str = Field(primary_key=True)
    statement_id: str = Field(foreign_key="statement.id")
    category: str = Field(foreign_key="category.code")
    #: Opaque participant id; None when the facilitator types an anonymous answer.
    participant: str | None = None
    scale: int = 5
    value: int | None = None
    #: How it arrived: "facilitator", "phone" or "paper".
    channel: str = "facilitator"
    created_at: dt.datetime = Field(default_factory=utcnow)


class Tally(SQLModel, table=True):
    """A show-of-hands count of one category on one statement."""

    __table_args__ = (
        CheckConstraint(
            "present >= 0 AND pour >= 0 AND contre >= 0 AND abstention >= 0", name="non_negative"
        ),
        CheckConstraint("pour + contre + abstention <= present", name="within_present"),
    )

    statement_id: str = Field(foreign_key="statement.id", primary_key=True)
    category: str = Field(foreign_key="category.code", primary_key=True)
    present: int
    pour: int
    contre: int
    abstention: int
    updated_at: dt.datetime = Field(default_factory=utcnow)


class RelationAssessment(SQLModel, table=True):
    """The relation between a local authority and its ESS actors, at a date."""

    id: str = Field(primary_key=True)
    territory_id: str = Field(foreign_key="territory.id")
    date: dt.date
    #: Which typology (``relations`` or ``cooperation``) and which of its values.
    typology: str
    value: str
    note: str = ""


class CardLink(SQLModel, table=True):
    """A commitment that answers an expectation (coverage of expectations by commitments)."""

    commitment_id: str = Field(foreign_key="contribution.id", primary_key=True)
    expectation_id: str = Field(foreign_key="contribution.id", primary_key=True)


class LabelOverride(SQLModel, table=True):
    """A facilitator's override of a statement's computed label, kept with its time."""

    statement_id: str = Field(foreign_key="statement.id", primary_key=True)
    label: str
    note: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)


class Meta(SQLModel, table=True):
    """Small key/value facts about the file (export checksum, creating version...)."""

    key: str = Field(primary_key=True)
    value: str
