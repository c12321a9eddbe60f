"""The fields of each entity of a version-1 bundle, and how they map to a forum file's columns.

One table drives reading (``agora.bundle.parse``), comparing (``agora.bundle.merge``) and
exporting (``agora.services.exchange``), so the three cannot drift apart. The JSON Schema in
``resources/schema/agora-bundle-1.json`` describes the same fields for other tools; a test keeps
the two in step.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from agora.domain.text import MAX_CARD_CHARS, MAX_SHORT_CHARS
from agora.i18n import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    """What a field holds, which decides how it is checked and normalised."""

    ID = "id"  #: a stable identifier: 1–128 printable ASCII characters
    CODE = "code"  #: a category code: lower-case letters, digits, - and _
    REF = "ref"  #: the id (or code) of another entity
    OPAQUE = "opaque"  #: an identifier Agora keeps but never resolves (participant ids)
    TEXT = "text"  #: free text, normalised like everything a facilitator types
    WORD = "word"  #: a value of a closed vocabulary, checked by the services' rules
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"  #: AAAA-MM-JJ
    DATETIME = "datetime"  #: ISO 8601 with a time zone; written in UTC with a final Z
    COLOR = "color"  #: #RRGGBB
    OBJECT = "object"  #: a JSON object, stored as JSON text ("" for null)


class _Default(StrEnum):
    NOW = "now"  # the time of the import
    INDEX = "index"  # the item's rank in its list, from 1 (board and agenda order)


#: Default of an absent time stamp: the moment of the import.
NOW: Final = _Default.NOW
#: Default of an absent order: the item's rank in its list.
INDEX: Final = _Default.INDEX

#: Largest integer a bundle may carry anywhere (what a JavaScript tool can represent exactly).
MAX_INT = 2**53


@dataclass(frozen=True)
class Field:
    """One field of an entity: its key in the bundle, its column in the forum file, its rules.

    ``required`` fields are the core of DESIGN.md §5 and must be present (``null`` when
    ``nullable``); the others take ``default`` when absent.
    """

    key: str
    column: str
    kind: Kind
    required: bool = False
    nullable: bool = False
    default: Any = None
    #: Longest text, in characters (TEXT).
    limit: int = MAX_SHORT_CHARS
    #: Refuse an empty text (TEXT).
    nonempty: bool = False
    #: French name of the field in messages about its text (TEXT).
    label: str = QT_TRANSLATE_NOOP("errors", "texte")
    #: The entity a REF points to (its list name in the bundle).
    ref: str = ""
    minimum: int = -MAX_INT
    maximum: int = MAX_INT
    #: Allowed values (WORD fields checked here rather than by a service).
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entity:
    """One list of the bundle (or the forum object) and the table it fills."""

    name: str
    #: French word naming one item in messages (« contribution 3f2a1b0c… »).
    item: str
    fields: tuple[Field, ...]
    #: Bundle keys that identify an item (a tally has no id of its own).
    key: tuple[str, ...] = ("id",)

    def field(self, key: str) -> Field:
        """The field with bundle key ``key``."""
        return next(f for f in self.fields if f.key == key)


def _short(key: str, label: str, *, required: bool = False, nonempty: bool = False) -> Field:
    return Field(key, key, Kind.TEXT, required=required, default="", nonempty=nonempty, label=label)


def _stamp(key: str, column: str, *, nullable: bool = False) -> Field:
    return Field(key, column, Kind.DATETIME, nullable=nullable, default=None if nullable else NOW)


FORUM = Entity(
    "forum",
    QT_TRANSLATE_NOOP("errors", "forum"),
    (
        Field("id", "id", Kind.ID, required=True),
        _short("title", QT_TRANSLATE_NOOP("errors", "titre du forum"), required=True, nonempty=True),
        Field("date", "date", Kind.DATE, required=True, nullable=True),
        _short("venue", QT_TRANSLATE_NOOP("errors", "lieu"), required=True),
        _short("facilitators", QT_TRANSLATE_NOOP("errors", "nom des animateurs")),
        _short("link", QT_TRANSLATE_NOOP("errors", "lien")),
        _stamp("created", "created_at"),
        _stamp("updated", "updated_at"),
    ),
)

CATEGORIES = Entity(
    "categories",
    QT_TRANSLATE_NOOP("errors", "catégorie"),
    (
        Field("id", "code", Kind.CODE, required=True),
        _short("label", QT_TRANSLATE_NOOP("errors", "nom de la catégorie"), required=True, nonempty=True),
        Field("color", "color", Kind.COLOR, required=True),
        Field("position", "position", Kind.INT, default=INDEX, minimum=-(10**9), maximum=10**9),
        Field("observer", "observer", Kind.BOOL, default=False),
    ),
)

TERRITORIES = Entity(
    "territories",
    QT_TRANSLATE_NOOP("errors", "territoire"),
    (
        Field("id", "id", Kind.ID, required=True),
        _short("name", QT_TRANSLATE_NOOP("errors", "nom du territoire"), required=True, nonempty=True),
        Field("population", "population", Kind.INT, nullable=True, minimum=0, maximum=10**10),
        _short("stratum", QT_TRANSLATE_NOOP("errors", "échelon")),
        _short("setting", QT_TRANSLATE_NOOP("errors", "milieu")),
        _short("region", QT_TRANSLATE_NOOP("errors", "région")),
        _short("maturity", QT_TRANSLATE_NOOP("errors", "maturité")),
        _short("ess_integration", QT_TRANSLATE_NOOP("errors", "intégration de l’ESS")),
    ),
)

SESSIONS = Entity(
    "sessions",
    QT_TRANSLATE_NOOP("errors", "temps"),
    (
        Field("id", "id", Kind.ID, required=True),
        Field("kind", "kind", Kind.WORD, required=True, choices=("peer_group", "agora")),
        Field("category", "category", Kind.REF, required=True, nullable=True, ref="categories"),
        _short("title", QT_TRANSLATE_NOOP("errors", "titre du temps"), required=True, nonempty=True),
        Field("date", "date", Kind.DATE, nullable=True),
        Field("position", "position", Kind.INT, default=INDEX, minimum=-(10**9), maximum=10**9),
        Field(
            "prompt",
            "prompt",
            Kind.TEXT,
            default="",
            limit=MAX_CARD_CHARS,
            label=QT_TRANSLATE_NOOP("errors", "texte de la consigne"),
        ),
        Field("duration_minutes", "duration_minutes", Kind.INT, nullable=True, minimum=0, maximum=100_000),
        #: The consensus method's parameters of an Agora (null: the defaults).
        Field("method", "method_params", Kind.OBJECT, nullable=True),
    ),
)

PARTICIPANTS = Entity(
    "participants",
    QT_TRANSLATE_NOOP("errors", "participant"),
    (
        Field("id", "id", Kind.ID, required=True),
        Field("category", "category", Kind.REF, required=True, ref="categories"),
        _short("alias", QT_TRANSLATE_NOOP("errors", "pseudonyme")),
        _stamp("created", "created_at"),
    ),
)

CONTRIBUTIONS = Entity(
    "contributions",
    QT_TRANSLATE_NOOP("errors", "contribution"),
    (
        Field("id", "id", Kind.ID, required=True),
        Field("session", "session_id", Kind.REF, required=True, ref="sessions"),
        Field("kind", "kind", Kind.WORD, required=True),
        Field("category", "category", Kind.REF, required=True, ref="categories"),
        Field("target", "target", Kind.REF, required=True, nullable=True, ref="categories"),
        Field(
            "text",
            "text",
            Kind.TEXT,
            required=True,
            nonempty=True,
            limit=MAX_CARD_CHARS,
            label=QT_TRANSLATE_NOOP("errors", "texte de la carte"),
        ),
        Field("principle", "principle", Kind.INT, required=True, nullable=True),
        _short("theme", QT_TRANSLATE_NOOP("errors", "thème")),
        Field("position", "position", Kind.FLOAT, default=INDEX),
        Field("participant", "participant_id", Kind.OPAQUE, nullable=True),
        Field("merged_into", "merged_into", Kind.REF, nullable=True, ref="contributions"),
        _stamp("created", "created_at"),
        _stamp("updated", "updated_at"),
        _stamp("deleted", "deleted_at", nullable=True),
    ),
)

STATEMENTS = Entity(
    "statements",
    QT_TRANSLATE_NOOP("errors", "énoncé"),
    (
        Field("id", "id", Kind.ID, required=True),
        Field("session", "session_id", Kind.REF, required=True, ref="sessions"),
        Field(
            "text",
            "text",
            Kind.TEXT,
            required=True,
            nonempty=True,
            limit=MAX_CARD_CHARS,
            label=QT_TRANSLATE_NOOP("errors", "texte de l’énoncé"),
        ),
        Field("source", "source_id", Kind.REF, required=True, nullable=True, ref="contributions"),
        Field("position", "position", Kind.FLOAT, default=INDEX),
        _stamp("created", "created_at"),
        _stamp("updated", "updated_at"),
        _stamp("deleted", "deleted_at", nullable=True),
    ),
)

POSITIONS = Entity(
    "positions",
    QT_TRANSLATE_NOOP("errors", "position"),
    (
        Field("id", "id", Kind.ID, required=True),
        Field("statement", "statement_id", Kind.REF, required=True, ref="statements"),
        Field("category", "category", Kind.REF, required=True, ref="categories"),
        Field("participant", "participant", Kind.OPAQUE, required=True, nullable=True),
        Field("scale", "scale", Kind.INT, required=True),
        Field("value", "value", Kind.INT, required=True, nullable=True),
        Field("channel", "channel", Kind.WORD, default="facilitator"),
        _stamp("created", "created_at"),
    ),
)

TALLIES = Entity(
    "tallies",
    QT_TRANSLATE_NOOP("errors", "décompte"),
    (
        Field("statement", "statement_id", Kind.REF, required=True, ref="statements"),
        Field("category", "category", Kind.REF, required=True, ref="categories"),
        Field("present", "present", Kind.INT, required=True),
        Field("for", "pour", Kind.INT, required=True),
        Field("against", "contre", Kind.INT, required=True),
        Field("abstain", "abstention", Kind.INT, required=True),
        _stamp("updated", "updated_at"),
    ),
    key=("statement", "category"),
)

LABEL_OVERRIDES = Entity(
    "label_overrides",
    QT_TRANSLATE_NOOP("errors", "libellé imposé"),
    (
        Field("statement", "statement_id", Kind.REF, required=True, ref="statements"),
        Field("label", "label", Kind.WORD, required=True),
        Field(
            "note",
            "note",
            Kind.TEXT,
            default="",
            limit=MAX_CARD_CHARS,
            label=QT_TRANSLATE_NOOP("errors", "commentaire"),
        ),
        _stamp("created", "created_at"),
    ),
    key=("statement",),
)

CARD_LINKS = Entity(
    "card_links",
    QT_TRANSLATE_NOOP("errors", "lien engagement-attente"),
    (
        Field("commitment", "commitment_id", Kind.REF, required=True, ref="contributions"),
        Field("expectation", "expectation_id", Kind.REF, required=True, ref="contributions"),
    ),
    key=("commitment", "expectation"),
)

RELATIONS = Entity(
    "relations",
    QT_TRANSLATE_NOOP("errors", "relation"),
    (
        Field("id", "id", Kind.ID, required=True),
        Field("territory", "territory_id", Kind.REF, required=True, ref="territories"),
        Field("date", "date", Kind.DATE, required=True),
        Field("typology", "typology", Kind.WORD, required=True),
        Field("value", "value", Kind.WORD, required=True),
        Field(
            "note",
            "note",
            Kind.TEXT,
            default="",
            limit=MAX_CARD_CHARS,
            label=QT_TRANSLATE_NOOP("errors", "commentaire"),
        ),
    ),
)

#: The lists of a bundle, in the order they are read, compared and written (foreign keys first).
ENTITIES: tuple[Entity, ...] = (
    CATEGORIES,
    TERRITORIES,
    SESSIONS,
    PARTICIPANTS,
    CONTRIBUTIONS,
    STATEMENTS,
    POSITIONS,
    TALLIES,
    LABEL_OVERRIDES,
    CARD_LINKS,
    RELATIONS,
)

#: The lists every bundle carries (the core of DESIGN.md §5); the others may be absent.
CORE_LISTS = frozenset(
    {"categories", "territories", "sessions", "contributions", "statements", "positions", "tallies"}
)

#: Fields left out when an item is compared with the forum's copy: bookkeeping time stamps, and
#: the deletion state, which follows its own rule (``agora.bundle.merge``).
NOT_COMPARED: dict[str, frozenset[str]] = {
    "contributions": frozenset({"updated", "deleted", "merged_into"}),
    "statements": frozenset({"updated", "deleted"}),
    "tallies": frozenset({"updated"}),
}


def format_datetime(value: dt.datetime) -> str:
    """The bundle's spelling of a time stamp: UTC, ISO 8601, final ``Z``."""
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def to_bundle(entity: Entity, row: Any) -> dict[str, Any]:
    """The bundle form of a forum-file row (a mapping of column names to values)."""
    data: dict[str, Any] = {}
    for field in entity.fields:
        value = row[field.column]
        if value is not None:
            if field.kind is Kind.DATETIME:
                value = format_datetime(value)
            elif field.kind is Kind.DATE:
                value = value.isoformat()
            elif field.kind is Kind.FLOAT:
                value = float(value)
            elif field.kind is Kind.BOOL:
                value = bool(value)
            elif field.kind is Kind.OBJECT:
                value = json.loads(value) if value else None
        data[field.key] = value
    return data


def to_columns(entity: Entity, data: dict[str, Any]) -> dict[str, Any]:
    """The forum-file column values of an item in (canonical) bundle form."""
    columns: dict[str, Any] = {}
    for field in entity.fields:
        value = data[field.key]
        if value is not None:
            if field.kind is Kind.DATETIME:
                value = dt.datetime.fromisoformat(value)
            elif field.kind is Kind.DATE:
                value = dt.date.fromisoformat(value)
            elif field.kind is Kind.OBJECT:
                value = json.dumps(value, sort_keys=True)
        elif field.kind is Kind.OBJECT:
            value = ""
        columns[field.column] = value
    return columns
