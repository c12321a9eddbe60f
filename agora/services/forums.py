"""Forums and their frame: categories, territories, the agenda of sessions, relation types."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import func, select

from agora.domain import reference
from agora.domain.kinds import SessionKind
from agora.domain.text import MAX_SHORT_CHARS, clean_required, clean_text
from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.services import convert, reads
from agora.services.lookup import get
from agora.storage import models
from agora.storage.store import ForumStore, open_forum

_CODE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")

#: Default number of peer-group times before the Agora in a new forum's agenda.
DEFAULT_PEER_TIMES = 3


@dataclass(frozen=True)
class AgendaItem:
    """One line of an agenda template: a peer group of one category, or the Agora."""

    kind: SessionKind
    title: str
    category: str | None = None


def new_id() -> str:
    """A fresh stable identifier (UUID4) for any entity."""
    return str(uuid.uuid4())


def default_agenda(
    categories: Sequence[reads.CategoryRead], peer_times: int = DEFAULT_PEER_TIMES
) -> list[AgendaItem]:
    """The default agenda: ``peer_times`` peer-group times (one board per category), then the Agora."""
    items = [
        AgendaItem(SessionKind.PEER_GROUP, f"Temps entre pairs {time} — {cat.label}", cat.code)
        for time in range(1, peer_times + 1)
        for cat in categories
    ]
    items.append(AgendaItem(SessionKind.AGORA, "Agora"))
    return items


def create_forum(
    path: Path,
    title: str,
    *,
    date: dt.date | None = None,
    venue: str = "",
    facilitators: str = "",
    territory: str = "",
    categories: Sequence[str] | None = None,
    agenda: Sequence[AgendaItem] | None = None,
    forum_id: str | None = None,
) -> ForumStore:
    """Create a new forum file and return it open.

    Args:
        path: where to create it; must not exist.
        title: the forum's title.
        date, venue, facilitators: as printed on the summaries.
        territory: name of the pilot territory, if any.
        categories: codes of the default categories present (all four when None).
        agenda: the sessions to create; the default agenda when None.
        forum_id: a given id (imports); a new UUID when None.

    Raises:
        ValidationError: the file exists, or a value is not acceptable.
    """
    title = clean_required(title, limit=MAX_SHORT_CHARS, field="titre")
    if path.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » existe déjà."), path=path.name
        )
    defaults = {c.code: c for c in reference.default_categories()}
    codes = list(categories) if categories is not None else list(defaults)
    unknown = [code for code in codes if code not in defaults]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "La catégorie « {key} » n’existe pas dans ce forum."), key=unknown[0]
        )
    store = open_forum(path, create=True)
    try:
        with store.write() as session:
            session.add(
                models.Forum(
                    id=forum_id or new_id(),
                    title=title,
                    date=date,
                    venue=clean_text(venue, limit=MAX_SHORT_CHARS, field="lieu"),
                    facilitators=clean_text(facilitators, limit=MAX_SHORT_CHARS, field="nom des animateurs"),
                )
            )
            cats = []
            for position, code in enumerate(codes):
                row = models.Category(
                    code=code, label=defaults[code].label, color=defaults[code].color, position=position
                )
                session.add(row)
                cats.append(convert.category(row))
            if territory.strip():
                session.add(
                    models.Territory(
                        id=new_id(), name=clean_required(territory, limit=MAX_SHORT_CHARS, field="nom")
                    )
                )
            session.flush()
            for position, item in enumerate(agenda if agenda is not None else default_agenda(cats)):
                session.add(
                    models.Session(
                        id=new_id(),
                        kind=item.kind.value,
                        category=item.category,
                        title=clean_required(item.title, limit=MAX_SHORT_CHARS, field="titre"),
                        date=date,
                        position=position,
                    )
                )
    except BaseException:
        store.close()
        raise
    return store


def forum_info(store: ForumStore) -> reads.ForumRead:
    """The forum held by ``store``."""
    with store.read() as session:
        row = session.exec(select(models.Forum)).first()
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Ce fichier ne contient aucun forum."))
        return convert.forum(row)


def update_forum(
    store: ForumStore,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    venue: str | None = None,
    facilitators: str | None = None,
    link: str | None = None,
) -> reads.ForumRead:
    """Change the forum's title, date, venue, facilitators or link (None leaves a field as is)."""
    with store.write() as session:
        row = session.exec(select(models.Forum)).one()
        if title is not None:
            row.title = clean_required(title, limit=MAX_SHORT_CHARS, field="titre")
        if date is not None:
            row.date = date
        if venue is not None:
            row.venue = clean_text(venue, limit=MAX_SHORT_CHARS, field="lieu")
        if facilitators is not None:
            row.facilitators = clean_text(facilitators, limit=MAX_SHORT_CHARS, field="nom des animateurs")
        if link is not None:
            row.link = clean_text(link, limit=MAX_SHORT_CHARS, field="lien")
        row.updated_at = models.utcnow()
        session.add(row)
        return convert.forum(row)


def list_categories(store: ForumStore) -> list[reads.CategoryRead]:
    """The forum's categories in their order."""
    with store.read() as session:
        rows = session.exec(select(models.Category).order_by(models.Category.position)).all()
        return [convert.category(row) for row in rows]


def _check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "La couleur « {color} » n’est pas de la forme #RRVVBB."), color=color
        )
    return color.upper()


def add_category(
    store: ForumStore, code: str, label: str, color: str, *, observer: bool = False
) -> reads.CategoryRead:
    """Add an actor category (e.g. ``habitants``) after the existing ones.

    Raises:
        ValidationError: the code is malformed or taken, the label is empty, the colour malformed.
    """
    if not _CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le code « {code} » ne convient pas : lettres minuscules sans accent, chiffres, - ou _.",
            ),
            code=code,
        )
    label = clean_required(label, limit=MAX_SHORT_CHARS, field="nom de la catégorie")
    with store.write() as session:
        if session.get(models.Category, code) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "La catégorie « {code} » existe déjà."), code=code
            )
        last = session.exec(select(func.max(models.Category.position))).one()
        row = models.Category(
            code=code, label=label, color=_check_color(color), position=(last or 0) + 1, observer=observer
        )
        session.add(row)
        return convert.category(row)


def update_category(
    store: ForumStore, code: str, *, label: str | None = None, color: str | None = None
) -> reads.CategoryRead:
    """Rename or recolour a category; its code (the role's identity) never changes."""
    with store.write() as session:
        row = get(session, models.Category, code)
        if label is not None:
            row.label = clean_required(label, limit=MAX_SHORT_CHARS, field="nom de la catégorie")
        if color is not None:
            row.color = _check_color(color)
        session.add(row)
        return convert.category(row)


def list_territories(store: ForumStore) -> list[reads.TerritoryRead]:
    """The forum's territories, by name."""
    with store.read() as session:
        rows = session.exec(select(models.Territory).order_by(models.Territory.name)).all()
        return [convert.territory(row) for row in rows]


_TERRITORY_TEXT = ("stratum", "setting", "region", "maturity", "ess_integration")


def add_territory(
    store: ForumStore, name: str, *, population: int | None = None, **fields: str
) -> reads.TerritoryRead:
    """Add a territory (stratum, setting, region, maturity, ess_integration as keywords)."""
    unknown = set(fields) - set(_TERRITORY_TEXT)
    if unknown:
        raise TypeError(f"unknown territory fields: {sorted(unknown)}")
    if population is not None and population < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "La population ne peut pas être négative."))
    row = models.Territory(
        id=new_id(),
        name=clean_required(name, limit=MAX_SHORT_CHARS, field="nom"),
        population=population,
        **{key: clean_text(value, limit=MAX_SHORT_CHARS) for key, value in fields.items()},
    )
    with store.write() as session:
        session.add(row)
        return convert.territory(row)


def list_sessions(store: ForumStore) -> list[reads.SessionRead]:
    """The agenda: every session in order."""
    with store.read() as session:
        rows = session.exec(
            select(models.Session).order_by(models.Session.position, models.Session.title)
        ).all()
        return [convert.session(row) for row in rows]


def get_session(store: ForumStore, session_id: str) -> reads.SessionRead:
    """One session.

    Raises:
        NotFoundError: no such session.
    """
    with store.read() as session:
        return convert.session(get(session, models.Session, session_id))


def add_session(
    store: ForumStore,
    kind: SessionKind,
    title: str,
    *,
    category: str | None = None,
    date: dt.date | None = None,
    prompt: str = "",
    duration_minutes: int | None = None,
) -> reads.SessionRead:
    """Add a session at the end of the agenda.

    Raises:
        ValidationError: a peer group without category, or an Agora with one.
        NotFoundError: the category does not exist.
    """
    if (kind == SessionKind.PEER_GROUP) != (category is not None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Un temps entre pairs réunit une seule catégorie ; l’Agora les réunit toutes."
            )
        )
    with store.write() as session:
        if category is not None:
            get(session, models.Category, category)
        last = session.exec(select(func.max(models.Session.position))).one()
        row = models.Session(
            id=new_id(),
            kind=kind.value,
            category=category,
            title=clean_required(title, limit=MAX_SHORT_CHARS, field="titre"),
            date=date,
            position=(last if last is not None else -1) + 1,
            prompt=clean_text(prompt, field="texte de la consigne"),
            duration_minutes=duration_minutes,
        )
        session.add(row)
        return convert.session(row)


def update_session(
    store: ForumStore,
    session_id: str,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    prompt: str | None = None,
    duration_minutes: int | None = None,
    position: int | None = None,
) -> reads.SessionRead:
    """Change a session's title, date, prompt, duration or place in the agenda."""
    with store.write() as session:
        row = get(session, models.Session, session_id)
        if title is not None:
            row.title = clean_required(title, limit=MAX_SHORT_CHARS, field="titre")
        if date is not None:
            row.date = date
        if prompt is not None:
            row.prompt = clean_text(prompt, field="texte de la consigne")
        if duration_minutes is not None:
            row.duration_minutes = duration_minutes
        if position is not None:
            row.position = position
        session.add(row)
        return convert.session(row)


def record_relation(
    store: ForumStore, territory_id: str, date: dt.date, typology: str, value: str, note: str = ""
) -> reads.RelationRead:
    """Record the relation type between a territory's local authority and its ESS actors at ``date``.

    Raises:
        ValidationError: unknown typology or value.
        NotFoundError: unknown territory.
    """
    kind = reference.typology(typology)
    if kind is None or kind.value(value) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le type de relation « {value} » n’existe pas."),
            value=f"{typology}/{value}",
        )
    with store.write() as session:
        get(session, models.Territory, territory_id)
        row = models.RelationAssessment(
            id=new_id(),
            territory_id=territory_id,
            date=date,
            typology=typology,
            value=value,
            note=clean_text(note, field="commentaire"),
        )
        session.add(row)
        return convert.relation(row)


def list_relations(store: ForumStore, territory_id: str | None = None) -> list[reads.RelationRead]:
    """Relation assessments, oldest first (of one territory, or all)."""
    with store.read() as session:
        query = select(models.RelationAssessment).order_by(models.RelationAssessment.date)
        if territory_id is not None:
            query = query.where(models.RelationAssessment.territory_id == territory_id)
        return [convert.relation(row) for row in session.exec(query).all()]
