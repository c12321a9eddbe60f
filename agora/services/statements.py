"""Statements put to the Agora: typed, or drawn from a card."""

from __future__ import annotations

import uuid

from sqlmodel import col, func, select

from agora.domain.kinds import SessionKind
from agora.domain.text import MAX_CARD_CHARS, clean_required
from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.services import convert, reads
from agora.services.lookup import get
from agora.storage import models
from agora.storage.store import ForumStore

STATEMENT_FIELD = QT_TRANSLATE_NOOP("errors", "texte de l’énoncé")


def add_statement(
    store: ForumStore,
    session_id: str,
    text: str | None = None,
    *,
    source_card: str | None = None,
    statement_id: str | None = None,
) -> reads.StatementRead:
    """Put a statement to an Agora session: typed ``text``, or the text of ``source_card``.

    Raises:
        ValidationError: the session is not an Agora, or the text is empty or too long.
        NotFoundError: unknown session or card.
    """
    with store.write() as session:
        meeting = get(session, models.Session, session_id)
        if meeting.kind != SessionKind.AGORA:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Les énoncés se votent dans l’Agora, pas dans « {title} »."),
                title=meeting.title,
            )
        if source_card is not None:
            card = get(session, models.Contribution, source_card)
            text = card.text if text is None else text
        cleaned = clean_required(text or "", limit=MAX_CARD_CHARS, field=STATEMENT_FIELD)
        last = session.exec(
            select(func.max(models.Statement.position)).where(models.Statement.session_id == session_id)
        ).one()
        row = models.Statement(
            id=statement_id or str(uuid.uuid4()),
            session_id=session_id,
            text=cleaned,
            source_id=source_card,
            position=(last or 0.0) + 1.0,
        )
        session.add(row)
        return convert.statement(row)


def edit_statement(store: ForumStore, statement_id: str, text: str) -> reads.StatementRead:
    """Reword a statement."""
    cleaned = clean_required(text, limit=MAX_CARD_CHARS, field=STATEMENT_FIELD)
    with store.write() as session:
        row = get(session, models.Statement, statement_id)
        row.text = cleaned
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.statement(row)


def delete_statement(store: ForumStore, statement_id: str, *, restore: bool = False) -> reads.StatementRead:
    """Withdraw a statement from the Agora (or bring it back with ``restore``); its votes are kept."""
    with store.write() as session:
        row = get(session, models.Statement, statement_id)
        row.deleted_at = None if restore else models.utcnow()
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.statement(row)


def list_statements(
    store: ForumStore, session_id: str | None = None, *, include_deleted: bool = False
) -> list[reads.StatementRead]:
    """Statements of an Agora session (or of the forum), in their order."""
    with store.read() as session:
        query = select(models.Statement)
        if session_id is not None:
            query = query.where(models.Statement.session_id == session_id)
        if not include_deleted:
            query = query.where(col(models.Statement.deleted_at).is_(None))
        query = query.order_by(models.Statement.position)
        return [convert.statement(row) for row in session.exec(query).all()]
