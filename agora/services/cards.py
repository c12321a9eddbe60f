"""Cards (contributions) of a session: add, edit, delete and restore, merge, move, tag, list."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from typing import Any, Final

from sqlalchemy import case
from sqlmodel import Session as OrmSession
from sqlmodel import col, func, select

from agora.domain.kinds import PRINCIPLES, ContributionKind, SessionKind
from agora.domain.text import MAX_CARD_CHARS, MAX_SHORT_CHARS, clean_required, clean_text
from agora.errors import NotFoundError, ValidationError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.services import convert, reads
from agora.services.lookup import get
from agora.storage import models
from agora.storage.store import ForumStore


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: "Leave this field as it is" (None means "clear it" for optional fields).
UNSET: Final = _Unset()

CARD_FIELD = QT_TRANSLATE_NOOP("errors", "texte de la carte")


def validate_card(
    codes: Collection[str], kind: str, category: str, target: str | None, principle: int | None
) -> None:
    """Refuse a kind, target or principle that a card cannot have.

    Args:
        codes: the category codes of the forum.
        kind, category, target, principle: the card's fields.

    Raises:
        ValidationError: unknown kind; an expectation without target, or toward its own
            category; a target on another kind; a principle outside 1–4.
        NotFoundError: an unknown category or target.
    """
    try:
        ContributionKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le type de carte « {kind} » n’existe pas."), kind=kind
        ) from None
    for code in (category, target):
        if code is not None and code not in codes:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "La catégorie « {key} » n’existe pas dans ce forum."), key=code
            )
    if kind == ContributionKind.EXPECTATION:
        if target is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Une attente doit viser une autre catégorie d’acteurs.")
            )
        if target == category:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Une attente vise une autre catégorie que la sienne.")
            )
    elif target is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Seule une attente vise une autre catégorie : une carte « {kind} » n’a pas de cible.",
            ),
            kind=kind,
        )
    if principle is not None and principle not in PRINCIPLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le principe directeur doit être 1, 2, 3 ou 4 (reçu : {value})."),
            value=principle,
        )


def check_card_fields(
    session: OrmSession, kind: str, category: str, target: str | None, principle: int | None
) -> None:
    """:func:`validate_card` against the categories of the forum open in ``session``."""
    validate_card(set(session.exec(select(models.Category.code)).all()), kind, category, target, principle)


def _next_position(session: OrmSession, session_id: str, kind: str) -> float:
    last = session.exec(
        select(func.max(models.Contribution.position)).where(
            models.Contribution.session_id == session_id, models.Contribution.kind == kind
        )
    ).one()
    return (last or 0.0) + 1.0


def add_card(
    store: ForumStore,
    session_id: str,
    kind: str,
    text: str,
    *,
    category: str | None = None,
    target: str | None = None,
    principle: int | None = None,
    theme: str = "",
    participant_id: str | None = None,
    card_id: str | None = None,
) -> reads.CardRead:
    """Add a card to a session, durably (committed before this returns).

    Args:
        store: the open forum.
        session_id: the session whose board receives the card.
        kind: one of ``ContributionKind``.
        text: the card's text (normalised; at most 20,000 characters).
        category: the author category; a peer group's own category when None.
        target: the targeted category (expectations only, required for them).
        principle: guiding principle 1–4, or None.
        theme: free theme or group name.
        participant_id: the opaque id of a participant who posted it from a phone.
        card_id: a given id (imports, undo/redo); a new UUID when None.

    Returns:
        The stored card.

    Raises:
        ValidationError: empty or too long text, or a kind/target/principle that does not fit.
        NotFoundError: unknown session or category.
    """
    text = clean_required(text, limit=MAX_CARD_CHARS, field=CARD_FIELD)
    theme = clean_text(theme, limit=MAX_SHORT_CHARS, field="thème")
    # The hottest write of a session: plain SQL on the driver connection (see raw_write).
    with store.raw_write() as db:
        meeting = db.execute("SELECT category FROM session WHERE id = ?", (session_id,)).fetchone()
        if meeting is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Le temps « {key} » n’existe pas dans ce forum."), key=session_id
            )
        author = category or meeting[0]
        if author is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Dans l’Agora, précisez la catégorie qui écrit la carte.")
            )
        validate_card(
            {row[0] for row in db.execute("SELECT code FROM category")}, kind, author, target, principle
        )
        last = db.execute(
            "SELECT max(position) FROM contribution WHERE session_id = ? AND kind = ?", (session_id, kind)
        ).fetchone()[0]
        now = models.utcnow()
        card = reads.CardRead(
            id=card_id or str(uuid.uuid4()),
            session_id=session_id,
            kind=kind,
            category=author,
            target=target,
            text=text,
            principle=principle,
            theme=theme,
            position=(last or 0.0) + 1.0,
            participant_id=participant_id,
            merged_into=None,
            created_at=now,
            updated_at=now,
            deleted_at=None,
        )
        stamp = models.db_time(now)
        db.execute(
            "INSERT INTO contribution (id, session_id, kind, category, target, text, principle, theme,"
            " position, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                card.id,
                session_id,
                kind,
                author,
                target,
                text,
                principle,
                theme,
                card.position,
                participant_id,
                stamp,
                stamp,
            ),
        )
    return card


def edit_card(
    store: ForumStore,
    card_id: str,
    *,
    text: str | _Unset = UNSET,
    kind: str | _Unset = UNSET,
    target: str | _Unset | None = UNSET,
    principle: int | _Unset | None = UNSET,
    theme: str | _Unset = UNSET,
) -> reads.CardRead:
    """Change a card; fields left UNSET keep their value (None clears target or principle)."""
    new_text = clean_required(text, limit=MAX_CARD_CHARS, field=CARD_FIELD) if isinstance(text, str) else None
    with store.write() as session:
        row = get(session, models.Contribution, card_id)
        changes: dict[str, Any] = {}
        if new_text is not None:
            changes["text"] = new_text
        if not isinstance(kind, _Unset):
            changes["kind"] = kind
            if kind != ContributionKind.EXPECTATION and isinstance(target, _Unset):
                changes["target"] = None  # a card that stops being an expectation loses its target
        if not isinstance(target, _Unset):
            changes["target"] = target
        if not isinstance(principle, _Unset):
            changes["principle"] = principle
        if isinstance(theme, str):
            changes["theme"] = clean_text(theme, limit=MAX_SHORT_CHARS, field="thème")
        check_card_fields(
            session,
            changes.get("kind", row.kind),
            row.category,
            changes.get("target", row.target),
            changes.get("principle", row.principle),
        )
        if "kind" in changes and changes["kind"] != row.kind:
            row.position = _next_position(session, row.session_id, changes["kind"])
        for field, value in changes.items():
            setattr(row, field, value)
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.card(row)


def delete_card(store: ForumStore, card_id: str) -> reads.CardRead:
    """Delete a card; it stays in the file and :func:`restore_card` brings it back."""
    with store.write() as session:
        row = get(session, models.Contribution, card_id)
        if row.deleted_at is None:
            row.deleted_at = models.utcnow()
            row.updated_at = row.deleted_at
            session.add(row)
        return convert.card(row)


def restore_card(store: ForumStore, card_id: str) -> reads.CardRead:
    """Bring back a deleted (or merged) card."""
    with store.write() as session:
        row = get(session, models.Contribution, card_id)
        row.deleted_at = None
        row.merged_into = None
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.card(row)


def merge_cards(store: ForumStore, into_id: str, other_ids: Sequence[str]) -> reads.CardRead:
    """Merge duplicate cards into one: their texts are appended, they are deleted (restorable).

    Raises:
        ValidationError: a card merged into itself, or cards of different sessions.
    """
    if into_id in other_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Une carte ne peut pas être fusionnée avec elle-même.")
        )
    with store.write() as session:
        into = get(session, models.Contribution, into_id)
        texts = [into.text]
        now = models.utcnow()
        for other_id in other_ids:
            other = get(session, models.Contribution, other_id)
            if other.session_id != into.session_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Seules les cartes d’un même temps peuvent être fusionnées.")
                )
            if other.text not in texts:
                texts.append(other.text)
            other.deleted_at, other.merged_into, other.updated_at = now, into.id, now
            session.add(other)
        into.text = clean_required("\n".join(texts), limit=MAX_CARD_CHARS, field=CARD_FIELD)
        into.updated_at = now
        session.add(into)
        return convert.card(into)


def move_card(
    store: ForumStore, card_id: str, *, position: float | None = None, session_id: str | None = None
) -> reads.CardRead:
    """Move a card within its column (``position``) or to another session's board."""
    with store.write() as session:
        row = get(session, models.Contribution, card_id)
        if session_id is not None and session_id != row.session_id:
            target_session = get(session, models.Session, session_id)
            if target_session.kind == SessionKind.PEER_GROUP and target_session.category != row.category:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Cette carte appartient à une autre catégorie que celle de ce temps entre pairs.",
                    )
                )
            row.session_id = session_id
            row.position = _next_position(session, session_id, row.kind)
        if position is not None:
            row.position = position
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.card(row)


def tag_card(
    store: ForumStore, card_id: str, *, principle: int | _Unset | None = UNSET, theme: str | _Unset = UNSET
) -> reads.CardRead:
    """Tag a card with a guiding principle (None removes it) and/or a theme."""
    return edit_card(store, card_id, principle=principle, theme=theme)


def list_cards(
    store: ForumStore, session_id: str | None = None, *, include_deleted: bool = False, search: str = ""
) -> list[reads.CardRead]:
    """Cards of a session (or of the forum), column by column in board order; optionally filtered."""
    with store.read() as session:
        query = select(models.Contribution)
        if session_id is not None:
            query = query.where(models.Contribution.session_id == session_id)
        if not include_deleted:
            query = query.where(col(models.Contribution.deleted_at).is_(None))
        needle = clean_text(search, limit=MAX_SHORT_CHARS) if search else ""
        if needle:
            query = query.where(col(models.Contribution.text).contains(needle, autoescape=True))
        board_order = case(
            {kind.value: rank for rank, kind in enumerate(ContributionKind)}, value=models.Contribution.kind
        )
        query = query.order_by(board_order, models.Contribution.position)
        return [convert.card(row) for row in session.exec(query).all()]


def get_card(store: ForumStore, card_id: str) -> reads.CardRead:
    """One card, deleted or not."""
    with store.read() as session:
        return convert.card(get(session, models.Contribution, card_id))


def link_commitment(
    store: ForumStore, commitment_id: str, expectation_id: str, *, linked: bool = True
) -> None:
    """Record (or, with ``linked=False``, remove) that a commitment answers an expectation.

    Raises:
        ValidationError: the first card is not a commitment, the second not an expectation, or
            the commitment's category is not the one the expectation targets.
    """
    with store.write() as session:
        commitment = get(session, models.Contribution, commitment_id)
        expectation = get(session, models.Contribution, expectation_id)
        if commitment.kind != ContributionKind.COMMITMENT or expectation.kind != ContributionKind.EXPECTATION:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Seul un engagement peut répondre à une attente.")
            )
        if expectation.target != commitment.category:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Cet engagement vient d’une autre catégorie que celle à qui l’attente s’adresse.",
                )
            )
        existing = session.get(models.CardLink, (commitment_id, expectation_id))
        if linked and existing is None:
            session.add(models.CardLink(commitment_id=commitment_id, expectation_id=expectation_id))
        elif not linked and existing is not None:
            session.delete(existing)
