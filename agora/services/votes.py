"""Positions (individual answers) and show-of-hands tallies on Agora statements.

For one statement and one category, the Agora holds either individual positions or one tally,
never both: the method reads each (statement, category) one way only.
"""

from __future__ import annotations

import uuid

from sqlmodel import Session as OrmSession
from sqlmodel import col, select

from agora.domain.kinds import SCALES
from agora.errors import NotFoundError, ValidationError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.services import convert, reads
from agora.services.lookup import get
from agora.storage import models
from agora.storage.store import ForumStore

#: Ways a position can arrive.
CHANNELS = ("facilitator", "phone", "paper")


def check_position_value(scale: int, value: int | None) -> None:
    """Refuse a scale other than 3 or 5, or a value outside 1..scale (None: no opinion)."""
    if scale not in SCALES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "L’échelle doit compter 3 ou 5 points (reçu : {scale})."), scale=scale
        )
    if value is not None and not 1 <= value <= scale:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "La réponse {value} sort de l’échelle de 1 à {scale}."),
            value=value,
            scale=scale,
        )


def check_tally_counts(present: int, pour: int, contre: int, abstention: int) -> None:
    """Refuse negative counts, or more hands than people present."""
    if min(present, pour, contre, abstention) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Un décompte ne peut pas être négatif."))
    if pour + contre + abstention > present:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Décompte impossible : pour ({pour}) + contre ({contre}) + abstention ({abstention}) "
                "dépasse le nombre de présents ({present}).",
            ),
            pour=pour,
            contre=contre,
            abstention=abstention,
            present=present,
        )


def _category_label(session: OrmSession, code: str) -> str:
    return get(session, models.Category, code).label


def has_positions(session: OrmSession, statement_id: str, category: str) -> bool:
    """Whether individual positions exist for this statement and category."""
    return (
        session.exec(
            select(models.Position.id).where(
                models.Position.statement_id == statement_id, models.Position.category == category
            )
        ).first()
        is not None
    )


def has_tally(session: OrmSession, statement_id: str, category: str) -> bool:
    """Whether a show-of-hands tally exists for this statement and category."""
    return session.get(models.Tally, (statement_id, category)) is not None


def record_position(
    store: ForumStore,
    statement_id: str,
    category: str,
    value: int | None,
    *,
    scale: int = 5,
    participant: str | None = None,
    channel: str = "facilitator",
    position_id: str | None = None,
) -> reads.PositionRead:
    """Record one answer. A participant's new answer replaces their previous one.

    Raises:
        ValidationError: a value outside the scale, a scale other than the statement's, or a
            show-of-hands tally already recorded for this statement and category.
        NotFoundError: unknown statement or category.
    """
    check_position_value(scale, value)
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    # The phones' hottest write with add_card (a room answering a statement at once): plain SQL
    # on the driver connection, as add_card does (see ForumStore.raw_write).
    with store.raw_write() as db:
        if db.execute("SELECT 1 FROM statement WHERE id = ?", (statement_id,)).fetchone() is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "L’énoncé « {key} » n’existe pas dans ce forum."),
                key=statement_id,
            )
        label = db.execute("SELECT label FROM category WHERE code = ?", (category,)).fetchone()
        if label is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "La catégorie « {key} » n’existe pas dans ce forum."),
                key=category,
            )
        tally = db.execute(
            "SELECT 1 FROM tally WHERE statement_id = ? AND category = ?", (statement_id, category)
        ).fetchone()
        if tally is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {category} » a déjà un décompte à main levée sur cet énoncé : "
                    "supprimez-le avant de saisir des positions individuelles.",
                ),
                category=label[0],
            )
        # "< or >" rather than "<>": two seeks in ix_position_scale instead of a scan of every answer.
        other_scale = db.execute(
            "SELECT scale FROM position WHERE statement_id = ? AND (scale < ? OR scale > ?) LIMIT 1",
            (statement_id, scale, scale),
        ).fetchone()
        if other_scale is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Cet énoncé se vote sur une échelle à {scale} points."),
                scale=other_scale[0],
            )
        previous = None
        if participant is not None:  # a participant's new answer replaces the previous one, same id
            previous = db.execute(  # ix_position_answer
                "SELECT id FROM position WHERE statement_id = ? AND participant = ? LIMIT 1",
                (statement_id, participant),
            ).fetchone()
        now = models.utcnow()
        position = reads.PositionRead(
            id=previous[0] if previous else position_id or str(uuid.uuid4()),
            statement_id=statement_id,
            category=category,
            participant=participant,
            scale=scale,
            value=value,
            channel=channel,
            created_at=now,
        )
        stamp = models.db_time(now)
        if previous:
            db.execute(
                "UPDATE position SET category = ?, scale = ?, value = ?, channel = ?, created_at = ?"
                " WHERE id = ?",
                (category, scale, value, channel, stamp, position.id),
            )
        else:
            db.execute(
                "INSERT INTO position (id, statement_id, category, participant, scale, value, channel,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (position.id, statement_id, category, participant, scale, value, channel, stamp),
            )
    return position


def delete_position(store: ForumStore, position_id: str) -> None:
    """Remove one answer (a typing mistake)."""
    with store.write() as session:
        row = session.get(models.Position, position_id)
        if row is not None:
            session.delete(row)


def record_tally(
    store: ForumStore, statement_id: str, category: str, present: int, pour: int, contre: int, abstention: int
) -> reads.TallyRead:
    """Record (or correct) a category's show of hands on a statement.

    Raises:
        ValidationError: pour + contre + abstention > présents, a negative count, or individual
            positions already recorded for this statement and category.
        NotFoundError: unknown statement or category.
    """
    check_tally_counts(present, pour, contre, abstention)
    with store.write() as session:
        get(session, models.Statement, statement_id)
        label = _category_label(session, category)
        if has_positions(session, statement_id, category):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {category} » a déjà des positions individuelles sur cet énoncé : "
                    "un décompte à main levée ne peut pas s’y ajouter.",
                ),
                category=label,
            )
        row = session.get(models.Tally, (statement_id, category)) or models.Tally(
            statement_id=statement_id, category=category, present=0, pour=0, contre=0, abstention=0
        )
        row.present, row.pour, row.contre, row.abstention = present, pour, contre, abstention
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.tally(row)


def clear_tally(store: ForumStore, statement_id: str, category: str) -> None:
    """Remove a category's show of hands on a statement."""
    with store.write() as session:
        row = session.get(models.Tally, (statement_id, category))
        if row is not None:
            session.delete(row)


def list_positions(store: ForumStore, session_id: str | None = None) -> list[reads.PositionRead]:
    """Positions on the statements of a session (or of the forum), oldest first."""
    with store.read() as session:
        query = select(models.Position)
        if session_id is not None:
            query = query.join(models.Statement).where(models.Statement.session_id == session_id)
        query = query.order_by(col(models.Position.created_at), col(models.Position.id))
        return [convert.position(row) for row in session.exec(query).all()]


def list_tallies(store: ForumStore, session_id: str | None = None) -> list[reads.TallyRead]:
    """Tallies on the statements of a session (or of the forum)."""
    with store.read() as session:
        query = select(models.Tally)
        if session_id is not None:
            query = query.join(models.Statement).where(models.Statement.session_id == session_id)
        query = query.order_by(models.Tally.statement_id, models.Tally.category)
        return [convert.tally(row) for row in session.exec(query).all()]
