"""The Agora's analysis: reads a session from the forum file and hands it to ``agora.method``.

Also the method's per-session parameters and the facilitator's label overrides, which are
stored with the forum.
"""

from __future__ import annotations

import json

from sqlmodel import Session as OrmSession
from sqlmodel import col, select

from agora.domain.kinds import ContributionKind, SessionKind
from agora.domain.text import MAX_CARD_CHARS, clean_text
from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.method import (
    AgoraInput,
    Analysis,
    CategoryInfo,
    CommitmentCard,
    ExpectationCard,
    HandTally,
    Label,
    LabelOverride,
    MethodParams,
    PositionInput,
    StatementInput,
    analyse,
)
from agora.services.lookup import get
from agora.storage import models
from agora.storage.store import ForumStore

#: How a card kind reads as a statement kind in the method's vocabulary.
_STATEMENT_KIND = {
    ContributionKind.CONSTRAINT: "contrainte",
    ContributionKind.EXPECTATION: "attente",
    ContributionKind.COMMITMENT: "engagement",
}


def _agora_session(session: OrmSession, session_id: str) -> models.Session:
    meeting = get(session, models.Session, session_id)
    if meeting.kind != SessionKind.AGORA:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le temps « {title} » n’est pas une Agora : rien à analyser."),
            title=meeting.title,
        )
    return meeting


def _params(meeting: models.Session) -> MethodParams:
    return (
        MethodParams.from_dict(json.loads(meeting.method_params)) if meeting.method_params else MethodParams()
    )


def method_params(store: ForumStore, session_id: str) -> MethodParams:
    """The method's parameters of an Agora session (the defaults until changed)."""
    with store.read() as session:
        return _params(_agora_session(session, session_id))


def set_method_params(store: ForumStore, session_id: str, params: MethodParams) -> MethodParams:
    """Store the method's parameters of an Agora session (printed in every report)."""
    with store.write() as session:
        meeting = _agora_session(session, session_id)
        meeting.method_params = (
            "" if params == MethodParams() else json.dumps(params.to_dict(), sort_keys=True)
        )
        session.add(meeting)
    return params


def override_label(store: ForumStore, statement_id: str, label: str, note: str = "") -> None:
    """Set a facilitator's label on a statement; the computed one stays beside it, and it is dated.

    Raises:
        ValidationError: unknown label code.
    """
    try:
        Label(label)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le libellé « {label} » n’existe pas."), label=label
        ) from None
    with store.write() as session:
        get(session, models.Statement, statement_id)
        row = session.get(models.LabelOverride, statement_id) or models.LabelOverride(
            statement_id=statement_id, label=label
        )
        row.label, row.note, row.created_at = label, clean_text(note, limit=MAX_CARD_CHARS), models.utcnow()
        session.add(row)


def clear_override(store: ForumStore, statement_id: str) -> None:
    """Go back to the computed label of a statement."""
    with store.write() as session:
        row = session.get(models.LabelOverride, statement_id)
        if row is not None:
            session.delete(row)


def agora_input(store: ForumStore, session_id: str) -> AgoraInput:
    """Everything the method reads about an Agora session, in one consistent read.

    Raises:
        NotFoundError: no such session.
        ValidationError: the session is not an Agora.
    """
    with store.read() as session:
        meeting = _agora_session(session, session_id)
        categories = [
            CategoryInfo(row.code, row.label, row.observer)
            for row in session.exec(select(models.Category).order_by(models.Category.position))
        ]
        rows = session.exec(
            select(models.Statement, models.Contribution)
            .join(
                models.Contribution, col(models.Statement.source_id) == models.Contribution.id, isouter=True
            )
            .where(models.Statement.session_id == session_id, col(models.Statement.deleted_at).is_(None))
            .order_by(models.Statement.position)
        ).all()
        statements = [
            StatementInput(
                id=statement.id,
                text=statement.text,
                kind=_STATEMENT_KIND.get(ContributionKind(card.kind)) if card else None,
                source_category=card.category if card else None,
                target_category=card.target if card else None,
                source_card=statement.source_id,
            )
            for statement, card in rows
        ]
        ids = [s.id for s in statements]
        positions = [
            PositionInput(row.statement_id, row.category, row.participant, row.scale, row.value)
            for row in session.exec(
                select(models.Position)
                .where(col(models.Position.statement_id).in_(ids))
                .order_by(col(models.Position.created_at), col(models.Position.id))
            )
        ]
        tallies = [
            HandTally(row.statement_id, row.category, row.present, row.pour, row.contre, row.abstention)
            for row in session.exec(select(models.Tally).where(col(models.Tally.statement_id).in_(ids)))
        ]
        voted = {s.source_card: s.id for s in statements if s.source_card}
        alive = col(models.Contribution.deleted_at).is_(None)
        expectations = [
            ExpectationCard(row.id, row.category, row.target or "", voted.get(row.id))
            for row in session.exec(
                select(models.Contribution).where(
                    models.Contribution.kind == ContributionKind.EXPECTATION, alive
                )
            )
        ]
        answers: dict[str, list[str]] = {}
        for link in session.exec(select(models.CardLink)):
            answers.setdefault(link.commitment_id, []).append(link.expectation_id)
        commitments = [
            CommitmentCard(row.id, row.category, tuple(sorted(answers.get(row.id, ()))))
            for row in session.exec(
                select(models.Contribution).where(
                    models.Contribution.kind == ContributionKind.COMMITMENT, alive
                )
            )
        ]
        overrides = [
            LabelOverride(row.statement_id, row.label, row.note, row.created_at.isoformat())
            for row in session.exec(
                select(models.LabelOverride).where(col(models.LabelOverride.statement_id).in_(ids))
            )
        ]
        return AgoraInput(
            categories=categories,
            statements=statements,
            positions=positions,
            tallies=tallies,
            expectations=expectations,
            commitments=commitments,
            overrides=overrides,
            params=_params(meeting),
        )


def analyse_session(store: ForumStore, session_id: str) -> Analysis:
    """Stances, labels, ranked lists and matrices of an Agora session (METHOD.md)."""
    return analyse(agora_input(store, session_id))
