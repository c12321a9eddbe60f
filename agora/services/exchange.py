"""Bundles in and out of a forum file: export a whole forum, import (merge) a bundle.

An import is all-or-nothing. The bundle is read and checked completely in memory first; then,
in ONE write transaction (``BEGIN IMMEDIATE``, so nobody writes between the comparison and the
changes), the forum's content is compared with it (``agora.bundle.merge``), a snapshot of the
file is taken if anything is to change, and the changes are written. Any refusal raises a
``BundleError`` before the first write, and the file is left byte for byte as it was. An import
into a file that does not exist builds the new forum in a temporary file beside it and renames
it into place only once it is complete, so a failed import leaves no file behind.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlmodel import Session as OrmSession

from agora.bundle import FORMAT, VERSION
from agora.bundle import messages as msg
from agora.bundle.merge import DELETABLE, Plan, Rules, ShrinkError, plan_merge
from agora.bundle.parse import Bundle, Item, Key, parse_document
from agora.bundle.read import read_document
from agora.bundle.spec import ENTITIES, FORUM, format_datetime, to_bundle, to_columns
from agora.bundle.write import write_document
from agora.domain import reference
from agora.domain.kinds import ContributionKind
from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity
from agora.method.label import Label
from agora.method.params import MethodParams
from agora.services.cards import validate_card
from agora.services.votes import CHANNELS, check_position_value, check_tally_counts
from agora.storage import models
from agora.storage.snapshot import copy_database, fsync_dir
from agora.storage.store import ForumStore, open_forum, snapshot_path

logger = logging.getLogger(__name__)

_MODELS: dict[str, Any] = {
    "categories": models.Category,
    "territories": models.Territory,
    "sessions": models.Session,
    "participants": models.Participant,
    "contributions": models.Contribution,
    "statements": models.Statement,
    "positions": models.Position,
    "tallies": models.Tally,
    "label_overrides": models.LabelOverride,
    "card_links": models.CardLink,
    "relations": models.RelationAssessment,
}

#: Lists of an export sorted in agenda order; the others are sorted by key (id). Any total order
#: on the stored values makes two exports of the same forum identical.
_AGENDA_ORDER = frozenset({"categories", "sessions"})

#: French plural names of the lists, for the import summary.
_PLURALS = {
    "categories": QT_TRANSLATE_NOOP("exchange", "catégories"),
    "territories": QT_TRANSLATE_NOOP("exchange", "territoires"),
    "sessions": QT_TRANSLATE_NOOP("exchange", "temps"),
    "participants": QT_TRANSLATE_NOOP("exchange", "participants"),
    "contributions": QT_TRANSLATE_NOOP("exchange", "cartes"),
    "statements": QT_TRANSLATE_NOOP("exchange", "énoncés"),
    "positions": QT_TRANSLATE_NOOP("exchange", "positions"),
    "tallies": QT_TRANSLATE_NOOP("exchange", "décomptes"),
    "label_overrides": QT_TRANSLATE_NOOP("exchange", "libellés imposés"),
    "card_links": QT_TRANSLATE_NOOP("exchange", "liens engagement-attente"),
    "relations": QT_TRANSLATE_NOOP("exchange", "relations"),
}

_ADDED = QT_TRANSLATE_NOOP("exchange", "ajoutés — {added}")
_NOTHING_NEW = QT_TRANSLATE_NOOP("exchange", "rien de nouveau")
_PRESENT = QT_TRANSLATE_NOOP("exchange", "{count} déjà présents")
_DELETED = QT_TRANSLATE_NOOP("exchange", "supprimés — {deleted}")
_CREATED = QT_TRANSLATE_NOOP("exchange", "nouveau forum créé")
_NO_FORUM = QT_TRANSLATE_NOOP("errors", "Ce fichier ne contient aucun forum.")
_UNKNOWN_RELATION = QT_TRANSLATE_NOOP("errors", "Le type de relation « {value} » n’existe pas.")


@dataclass(frozen=True)
class ImportReport:
    """What an import did, per list of the bundle (``contributions``, ``positions``...)."""

    #: The id of the forum that received the bundle (the bundle's own when the file was created).
    forum_id: str
    #: Whether the import created the forum file.
    created: bool
    #: Items written, per list.
    added: dict[str, int]
    #: Items the forum already held (same id and content; for categories, the same code).
    present: dict[str, int]
    #: Cards and statements whose deletion mark the import applied.
    deleted: dict[str, int]
    #: The snapshot taken before writing into an existing file (None when nothing changed).
    snapshot: Path | None = None

    @property
    def changed(self) -> bool:
        """Whether the import changed the forum file."""
        return self.created or any(self.added.values()) or any(self.deleted.values())

    def summary(self, translate: Translate = identity) -> str:
        """One French line: what was added, already present, deleted."""

        def counts(numbers: dict[str, int]) -> str:
            # « cartes : 1 » reads right whatever the count, unlike « 1 cartes ».
            return ", ".join(
                f"{translate('exchange', _PLURALS[name])} : {count}"
                for name, count in numbers.items()
                if count
            )

        added = counts(self.added) or translate("exchange", _NOTHING_NEW)
        parts = [translate("exchange", _ADDED).format(added=added)]
        present = sum(self.present.values())
        if present:
            parts.append(translate("exchange", _PRESENT).format(count=present))
        if any(self.deleted.values()):
            parts.append(translate("exchange", _DELETED).format(deleted=counts(self.deleted)))
        if self.created:
            parts.append(translate("exchange", _CREATED))
        return " ; ".join(parts)


def _table(name: str) -> Table:
    return cast(Table, _MODELS[name].__table__)


def load_content(session: OrmSession) -> Bundle:
    """The whole content of an open forum as canonical bundle items.

    Raises:
        ValidationError: the file holds no forum.
    """
    row = session.execute(select(cast(Table, models.Forum.__table__))).mappings().first()
    if row is None:
        raise ValidationError(_NO_FORUM)
    every = frozenset(f.key for f in FORUM.fields)
    forum = to_bundle(FORUM, row)
    content = Bundle(Item(FORUM, (forum["id"],), 0, forum, every))
    for entity in ENTITIES:
        every = frozenset(f.key for f in entity.fields)
        items = content.of(entity.name)
        for index, mapping in enumerate(session.execute(select(_table(entity.name))).mappings()):
            data = to_bundle(entity, mapping)
            key = tuple(data[part] for part in entity.key)
            items[key] = Item(entity, key, index, data, every)
    return content


def export_bundle(store: ForumStore) -> dict[str, Any]:
    """The whole forum as a version-1 bundle document (JSON-ready: strings, numbers, lists).

    Every entity keeps its stable id; lists are sorted, so two exports of the same forum are
    equal. The document conforms to ``resources/schema/agora-bundle-1.json``.
    """
    with store.read() as session:
        content = load_content(session)
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "forum": content.forum.data}
    for entity in ENTITIES:
        items = [item.data for item in content.of(entity.name).values()]
        if entity.name in _AGENDA_ORDER:
            items.sort(key=lambda d: (d["position"], d["id"]))
        else:
            items.sort(key=lambda d, keys=entity.key: tuple(d[k] for k in keys))
        document[entity.name] = items
    return document


def write_bundle(store: ForumStore, out: Path) -> None:
    """Export the forum to ``out``: ``.json`` (UTF-8 JSON) or ``.zip`` (with a SHA-256 manifest).

    The file is written beside ``out`` under a temporary name, synced, then renamed: ``out`` is
    never half written.

    Raises:
        BundleError: ``out`` is neither ``.json`` nor ``.zip``.
        OSError: the file could not be written.
    """
    write_document(export_bundle(store), Path(out))


def _check_link(item: Item, cards: dict[Key, Item]) -> None:
    commitment = cards[(item.data["commitment"],)].data
    expectation = cards[(item.data["expectation"],)].data
    if (
        commitment["kind"] != ContributionKind.COMMITMENT
        or expectation["kind"] != ContributionKind.EXPECTATION
    ):
        raise msg.refuse(msg.LINK_KINDS, item=item.name)
    if expectation["target"] != commitment["category"]:
        raise msg.refuse(msg.LINK_TARGET, item=item.name)


def _check_method(item: Item) -> None:
    if item.data["method"] is not None:
        try:
            MethodParams.from_dict(item.data["method"])
        except (TypeError, ValueError) as exc:
            raise msg.refuse(msg.BAD_METHOD, item=item.name, detail=str(exc)[:120]) from None


def _rules(existing: Bundle, incoming: Bundle) -> Rules:
    codes = {key[0] for key in (*existing.of("categories"), *incoming.of("categories"))}
    cards = {**incoming.of("contributions"), **existing.of("contributions")}  # the forum's copy wins

    def check(item: Item) -> None:
        data, name = item.data, item.entity.name
        if name == "contributions":
            validate_card(codes, data["kind"], data["category"], data["target"], data["principle"])
        elif name == "sessions":
            _check_method(item)
        elif name == "card_links":
            _check_link(item, cards)
        elif name == "label_overrides":
            if data["label"] not in set(Label):
                raise msg.refuse(msg.UNKNOWN_LABEL, item=item.name, value=data["label"][:40])
        elif name == "positions":
            check_position_value(data["scale"], data["value"])
            if data["channel"] not in CHANNELS:
                raise msg.refuse(
                    msg.UNKNOWN_CHANNEL,
                    item=item.name,
                    value=data["channel"][:40],
                    choices=", ".join(CHANNELS),
                )
        elif name == "tallies":
            check_tally_counts(data["present"], data["for"], data["against"], data["abstain"])
        elif name == "relations":
            typology = reference.typology(data["typology"])
            if typology is None or typology.value(data["value"]) is None:
                raise ValidationError(_UNKNOWN_RELATION, value=f"{data['typology']}/{data['value']}"[:80])

    return check


def _apply(session: OrmSession, plan: Plan) -> None:
    # Core executemany rather than ORM objects: a 10,000-card bundle is written in well under
    # a second. The column types (aware UTC time stamps, dates) still apply.
    for entity in ENTITIES:
        rows = [to_columns(entity, item.data) for item in plan.added[entity.name]]
        if rows:
            session.execute(insert(_table(entity.name)), rows)
    for name in DELETABLE:
        table = _table(name)
        entity = next(e for e in ENTITIES if e.name == name)
        for item in plan.deleted[name]:
            columns = to_columns(entity, item.data)
            values = {"deleted_at": columns["deleted_at"], "updated_at": columns["updated_at"]}
            if name == "contributions":
                values["merged_into"] = columns["merged_into"]
            session.execute(update(table).where(table.c.id == item.key[0]).values(**values))


def _report(plan: Plan, forum_id: str, *, created: bool, snapshot: Path | None = None) -> ImportReport:
    return ImportReport(
        forum_id=forum_id,
        created=created,
        added={e.name: len(plan.added[e.name]) for e in ENTITIES},
        present={e.name: plan.present[e.name] for e in ENTITIES},
        deleted={name: len(items) for name, items in plan.deleted.items()},
        snapshot=snapshot,
    )


def _merge_into(incoming: Bundle, into: Path, *, confirm_shrink: bool) -> ImportReport:
    store = open_forum(into)
    try:
        with store.write() as session:
            existing = load_content(session)
            plan = plan_merge(existing, incoming, _rules(existing, incoming))
            if plan.shrinking and confirm_shrink:
                shrink = plan.shrinking[0]
                raise ShrinkError(count=shrink.count, alive=shrink.alive, title=shrink.title)
            if plan.empty:
                return _report(plan, existing.forum.key[0], created=False)
            # Taken while this transaction holds the write lock: the snapshot is exactly the
            # state the bundle was compared with.
            snapshot = snapshot_path(into, "avant-import")
            copy_database(into, snapshot)
            _apply(session, plan)
    finally:
        store.close()
    logger.info("bundle imported into %s (snapshot %s)", into.name, snapshot.name)
    return _report(plan, existing.forum.key[0], created=False, snapshot=snapshot)


def _remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _create_from(incoming: Bundle, into: Path) -> ImportReport:
    # Checked in full against an empty forum before any file exists.
    empty = Bundle(incoming.forum)
    plan = plan_merge(empty, incoming, _rules(empty, incoming))
    into.parent.mkdir(parents=True, exist_ok=True)
    # Not a *.agora name: the library never lists a half-built forum.
    tmp = into.with_name(f".{into.name}.import-{uuid.uuid4().hex}.tmp")
    try:
        store = open_forum(tmp, create=True)
        try:
            with store.write() as session:
                session.execute(
                    insert(cast(Table, models.Forum.__table__)), [to_columns(FORUM, incoming.forum.data)]
                )
                _apply(session, plan)
        finally:
            store.close()  # the last connection checkpoints the WAL into the file and removes it
        if tmp.with_name(tmp.name + "-wal").exists():
            raise OSError(f"WAL of {tmp.name} was not checkpointed")
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        if into.exists():  # created by someone else meanwhile: never overwrite a forum
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » existe déjà."), path=into.name
            )
        os.replace(tmp, into)
        fsync_dir(into.parent)
    finally:
        _remove_database(tmp)
    logger.info("forum %s created from a bundle", into.name)
    return _report(plan, incoming.forum.key[0], created=True)


def import_bundle(source: Path, into: Path, *, confirm_shrink: bool = True) -> ImportReport:
    """Merge the bundle file ``source`` (``.json`` or zipped) into the forum file ``into``.

    All-or-nothing and idempotent: the bundle is checked completely before anything is written,
    then applied in one transaction; importing it again adds nothing. Bundles of the same forum
    exported in two rooms merge into their union. A bundle of another forum merges too (the
    target keeps its own title, date...). If ``into`` does not exist, it is created with the
    bundle's forum (same id) and only the bundle's categories and sessions.

    Args:
        source: the bundle file.
        into: the forum file that receives it (created if missing).
        confirm_shrink: when True (the default), an import that would delete more than half of
            the live cards of a session is refused with a ``ShrinkError`` asking for
            confirmation; the face asks the facilitator, then calls again with False.

    Returns:
        What was added, already present and deleted, per list, and the pre-import snapshot.

    Raises:
        BundleError: the bundle is unreadable or invalid, or conflicts with the forum; the
            message names the first offending item. The forum file is left unchanged.
        ShrinkError: (a BundleError) see ``confirm_shrink``.
        ForumFileError: ``into`` exists but is not a forum Agora can open.
        ReadOnlyForumError, StorageError: the forum cannot be written; nothing was written.
    """
    source, into = Path(source), Path(into)
    incoming = parse_document(read_document(source), now=format_datetime(models.utcnow()))
    if into.exists():
        return _merge_into(incoming, into, confirm_shrink=confirm_shrink)
    return _create_from(incoming, into)
