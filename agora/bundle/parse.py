"""A decoded bundle document to canonical items, checked field by field, in memory.

Nothing here looks at a forum file: references between items and the services' rules are
checked when the bundle is compared with the forum (``agora.bundle.merge``). Unknown fields are
ignored (a newer minor version may add some); a higher ``version`` is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agora.bundle import FORMAT, VERSION
from agora.bundle import messages as msg
from agora.bundle.fields import read_value
from agora.bundle.spec import CORE_LISTS, ENTITIES, FORUM, INDEX, NOW, Entity, Kind

#: The key of an item: its id, or (statement, category) for a tally.
Key = tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One entity of a bundle, in canonical form.

    ``data`` holds every field of the entity (absent optional fields take their default);
    ``given`` names the fields the bundle actually carried: only those are compared with the
    forum's copy, so a bundle that leaves out a time stamp still imports twice as once.
    """

    entity: Entity
    key: Key
    index: int
    data: dict[str, Any]
    given: frozenset[str]

    @property
    def name(self) -> str:
        """How messages name this item (« contribution 3f2a1b0c… »)."""
        return msg.item_name(self.entity.item, self.key, self.index)


@dataclass
class Bundle:
    """A whole bundle (or a forum file's content) as canonical items, by entity and key."""

    forum: Item
    items: dict[str, dict[Key, Item]] = field(default_factory=dict)

    def of(self, entity: str) -> dict[Key, Item]:
        """The items of one list, by key, in bundle order."""
        return self.items.setdefault(entity, {})


def check_header(document: Any) -> None:
    """Refuse what is not a version-1 Agora bundle (also used for a zip's manifest).

    Raises:
        BundleError: not an object, wrong ``format``, missing or unknown ``version``, or a
            version newer than this Agora reads.
    """
    if not isinstance(document, dict):
        raise msg.refuse(msg.NOT_OBJECT)
    if document.get("format") != FORMAT:
        raise msg.refuse(msg.WRONG_FORMAT, value=_quoted(document.get("format")))
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise msg.refuse(msg.NEWER_VERSION, version=version)
    if version != VERSION or isinstance(version, bool):
        raise msg.refuse(msg.BAD_VERSION, value=_quoted(version))


def _quoted(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else f"{text[:40]}…"


def _key_of(entity: Entity, raw: dict[str, Any]) -> Key | None:
    # The id as given, when it is a plain short string: good enough to name the item in a
    # message before its fields are checked.
    parts = tuple(raw.get(name) for name in entity.key)
    if all(isinstance(part, str) and 0 < len(part) <= 128 for part in parts):
        return parts  # type: ignore[return-value]
    return None


def read_item(entity: Entity, raw: Any, index: int, now: str) -> Item:
    """Check one raw item and return it in canonical form.

    Args:
        entity: which list it comes from.
        raw: the decoded JSON value.
        index: its rank in the list (from 0), for messages and default board order.
        now: the import's time stamp (canonical), default of absent time stamps.

    Raises:
        BundleError: not an object, a missing core field, or a bad value.
    """
    name = msg.item_name(entity.item, None, index)
    if not isinstance(raw, dict):
        raise msg.refuse(msg.NOT_AN_OBJECT, item=name)
    key = _key_of(entity, raw)
    if key is not None:
        name = msg.item_name(entity.item, key, index)
    data: dict[str, Any] = {}
    given = []
    for spec in entity.fields:
        if spec.key in raw:
            data[spec.key] = read_value(name, spec, raw[spec.key])
            given.append(spec.key)
        elif spec.required:
            raise msg.refuse(msg.MISSING_FIELD, item=name, field=spec.key)
        elif spec.default is NOW:
            data[spec.key] = now
        elif spec.default is INDEX:
            data[spec.key] = float(index + 1) if spec.kind is Kind.FLOAT else index + 1
        else:
            data[spec.key] = spec.default
    if entity.name == "sessions" and (data["kind"] == "peer_group") != (data["category"] is not None):
        raise msg.refuse(msg.SESSION_CATEGORY, item=name)
    return Item(entity, tuple(data[part] for part in entity.key), index, data, frozenset(given))


def _same(first: Item, second: Item) -> str | None:
    # The first field, among those both carry, on which two items differ (None: the same).
    for spec in first.entity.fields:
        if (
            spec.key in first.given
            and spec.key in second.given
            and first.data[spec.key] != second.data[spec.key]
        ):
            return spec.key
    return None


def parse_document(document: Any, *, now: str) -> Bundle:
    """Check a decoded bundle document completely and return its canonical items.

    Items repeated with the same id and the same content are kept once.

    Args:
        document: the decoded JSON document.
        now: the import's time stamp (canonical form), default of absent time stamps.

    Returns:
        The bundle's items, by entity and key, in bundle order.

    Raises:
        BundleError: the first problem found, naming its item.
    """
    check_header(document)
    if "forum" not in document:
        raise msg.refuse(msg.MISSING_LIST, field="forum")
    bundle = Bundle(read_item(FORUM, document["forum"], 0, now))
    for entity in ENTITIES:
        if entity.name in document:
            raw_items = document[entity.name]
        elif entity.name in CORE_LISTS:
            raise msg.refuse(msg.MISSING_LIST, field=entity.name)
        else:
            raw_items = []
        if not isinstance(raw_items, list):
            raise msg.refuse(msg.NOT_A_LIST, field=entity.name)
        items = bundle.of(entity.name)
        for index, raw in enumerate(raw_items):
            item = read_item(entity, raw, index, now)
            earlier = items.get(item.key)
            if earlier is None:
                items[item.key] = item
                continue
            differing = _same(earlier, item)
            if differing is not None:
                raise msg.refuse(msg.DUPLICATE_ID, item=item.name, field=differing)
    return bundle
