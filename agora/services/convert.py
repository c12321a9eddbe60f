"""Turning ORM rows into read models (the rows never leave their session)."""

from __future__ import annotations

from agora.services import reads
from agora.storage import models


def forum(row: models.Forum) -> reads.ForumRead:
    """Read model of the forum row."""
    return reads.ForumRead(row.id, row.title, row.date, row.venue, row.facilitators, row.link)


def category(row: models.Category) -> reads.CategoryRead:
    """Read model of a category row."""
    return reads.CategoryRead(row.code, row.label, row.color, row.position, row.observer)


def territory(row: models.Territory) -> reads.TerritoryRead:
    """Read model of a territory row."""
    return reads.TerritoryRead(
        row.id,
        row.name,
        row.population,
        row.stratum,
        row.setting,
        row.region,
        row.maturity,
        row.ess_integration,
    )


def session(row: models.Session) -> reads.SessionRead:
    """Read model of a session row."""
    return reads.SessionRead(
        row.id, row.kind, row.category, row.title, row.date, row.position, row.prompt, row.duration_minutes
    )


def card(row: models.Contribution) -> reads.CardRead:
    """Read model of a card row."""
    return reads.CardRead(
        row.id,
        row.session_id,
        row.kind,
        row.category,
        row.target,
        row.text,
        row.principle,
        row.theme,
        row.position,
        row.participant_id,
        row.merged_into,
        row.created_at,
        row.updated_at,
        row.deleted_at,
    )


def statement(row: models.Statement) -> reads.StatementRead:
    """Read model of a statement row."""
    return reads.StatementRead(
        row.id, row.session_id, row.text, row.source_id, row.position, row.created_at, row.deleted_at
    )


def position(row: models.Position) -> reads.PositionRead:
    """Read model of a position row."""
    return reads.PositionRead(
        row.id,
        row.statement_id,
        row.category,
        row.participant,
        row.scale,
        row.value,
        row.channel,
        row.created_at,
    )


def tally(row: models.Tally) -> reads.TallyRead:
    """Read model of a tally row."""
    return reads.TallyRead(row.statement_id, row.category, row.present, row.pour, row.contre, row.abstention)


def relation(row: models.RelationAssessment) -> reads.RelationRead:
    """Read model of a relation assessment row."""
    return reads.RelationRead(row.id, row.territory_id, row.date, row.typology, row.value, row.note)
