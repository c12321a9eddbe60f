"""What a bundle adds to a forum: the merge rules, on plain data, before anything is written.

The forum's content is itself read as a ``Bundle``, so the whole comparison is in memory:

- an item whose id the forum lacks is added (after its references and the services' rules pass);
- an item the forum holds with the same content is already present; with other content it is
  refused (time stamps of bookkeeping and the deletion state are not compared);
- a category whose code the forum holds is kept as the forum has it (rooms may rename);
- deletion marks travel one way: a card or statement deleted in the bundle but alive in the
  forum is deleted (the import asks for confirmation when that takes most of a session's live
  cards, RELIABILITY.md T-IM-2); an import never brings a deleted one back;
- one statement and category never get both a show-of-hands tally and individual positions,
  a statement keeps one scale, a participant answers a statement once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from agora.bundle import messages as msg
from agora.bundle.parse import Bundle, Item, Key
from agora.bundle.spec import ENTITIES, NOT_COMPARED, Kind
from agora.errors import AgoraError, BundleError
from agora.i18n import QT_TRANSLATE_NOOP

#: A service's check of one new item; raises an ``AgoraError`` to refuse it.
Rules = Callable[[Item], None]

#: The entities whose items carry a deletion mark.
DELETABLE = ("contributions", "statements")


class ShrinkError(BundleError):
    """An import that would delete most live cards of a session: the facilitator must confirm."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Ce paquet supprimerait {count} des {alive} cartes du temps « {title} » : "
        "confirmez l’import pour l’appliquer.",
    )


@dataclass(frozen=True)
class Shrink:
    """A session that would lose most of its live cards."""

    session: str
    title: str
    count: int
    alive: int


@dataclass
class Plan:
    """The changes an import makes, in the order they are written."""

    added: dict[str, list[Item]] = field(default_factory=lambda: {e.name: [] for e in ENTITIES})
    #: Items of the bundle already in the forum (or, for categories, whose code it holds).
    present: Counter[str] = field(default_factory=Counter)
    #: Bundle items whose deletion mark is applied to the forum's live copy.
    deleted: dict[str, list[Item]] = field(default_factory=lambda: {name: [] for name in DELETABLE})
    shrinking: list[Shrink] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether the import would change nothing."""
        return not any(self.added.values()) and not any(self.deleted.values())


def _check_refs(item: Item, known: dict[str, set[Key]]) -> None:
    for spec in item.entity.fields:
        value = item.data[spec.key]
        if spec.kind is Kind.REF and value is not None and (value,) not in known[spec.ref]:
            template = msg.UNKNOWN_REF["target" if spec.key == "target" else spec.ref]
            raise msg.refuse(template, item=item.name, key=msg.short_id(value))


def _differing(item: Item, old: Item) -> str | None:
    skipped = NOT_COMPARED.get(item.entity.name, frozenset())
    for spec in item.entity.fields:
        if spec.key in item.given and spec.key not in skipped and item.data[spec.key] != old.data[spec.key]:
            return spec.key
    return None


def _apply_rules(item: Item, rules: Rules) -> None:
    try:
        rules(item)
    except BundleError:
        raise
    except AgoraError as exc:
        raise msg.from_rule(item.name, exc) from None


def _check_votes(existing: Bundle, plan: Plan) -> None:
    old_positions = existing.of("positions").values()
    pairs = {(p.data["statement"], p.data["category"]) for p in old_positions}
    pairs.update((p.data["statement"], p.data["category"]) for p in plan.added["positions"])
    tallied = set(existing.of("tallies")) | {t.key for t in plan.added["tallies"]}
    scales = {p.data["statement"]: p.data["scale"] for p in old_positions}
    answered = {
        (p.data["statement"], p.data["participant"]): p.key for p in old_positions if p.data["participant"]
    }
    for item in plan.added["positions"]:
        statement, category = item.data["statement"], item.data["category"]
        if (statement, category) in tallied:
            raise msg.refuse(msg.MIXED, item=item.name, category=category, statement=msg.short_id(statement))
        scale = scales.setdefault(statement, item.data["scale"])
        if scale != item.data["scale"]:
            raise msg.refuse(
                msg.OTHER_SCALE,
                item=item.name,
                statement=msg.short_id(statement),
                scale=scale,
                other=item.data["scale"],
            )
        participant = item.data["participant"]
        if participant is not None and answered.setdefault((statement, participant), item.key) != item.key:
            raise msg.refuse(
                msg.PARTICIPANT_TWICE,
                item=item.name,
                participant=msg.short_id(participant),
                statement=msg.short_id(statement),
            )
    for item in plan.added["tallies"]:
        if item.key in pairs:
            raise msg.refuse(
                msg.MIXED, item=item.name, category=item.key[1], statement=msg.short_id(item.key[0])
            )


def _shrinking(existing: Bundle, plan: Plan, titles: dict[str, str]) -> list[Shrink]:
    old_cards = existing.of("contributions")
    alive = Counter(c.data["session"] for c in old_cards.values() if c.data["deleted"] is None)
    lost = Counter(old_cards[c.key].data["session"] for c in plan.deleted["contributions"])
    return [
        Shrink(session, titles.get(session, session), count, alive[session])
        for session, count in sorted(lost.items())
        if 2 * count > alive[session]
    ]


def plan_merge(existing: Bundle, incoming: Bundle, rules: Rules) -> Plan:
    """Compare a bundle with a forum's content and return what importing it changes.

    Args:
        existing: the forum's content (every field given).
        incoming: the bundle, checked field by field (``parse_document``).
        rules: the services' checks of one new item (card kind and target, scale and value...).

    Returns:
        The plan: items to add, items already present, deletion marks to apply, and the
        sessions that would lose most of their live cards (for the caller to confirm).

    Raises:
        BundleError: the first item that cannot be merged, named.
    """
    known = {e.name: set(existing.of(e.name)) | set(incoming.of(e.name)) for e in ENTITIES}
    sessions = {**incoming.of("sessions"), **existing.of("sessions")}  # the forum's copy wins
    plan = Plan()
    for entity in ENTITIES:
        mine = existing.of(entity.name)
        for key, item in incoming.of(entity.name).items():
            _check_refs(item, known)
            if entity.name == "statements":
                meeting = sessions[(item.data["session"],)]
                if meeting.data["kind"] != "agora":
                    raise msg.refuse(msg.NOT_AGORA, item=item.name, title=meeting.data["title"])
            old = mine.get(key)
            if old is None:
                _apply_rules(item, rules)
                plan.added[entity.name].append(item)
                continue
            if entity.name != "categories":
                differing = _differing(item, old)
                if differing is not None:
                    raise msg.refuse(msg.CONFLICT, item=item.name, field=differing)
            if entity.name in DELETABLE and item.data["deleted"] is not None and old.data["deleted"] is None:
                plan.deleted[entity.name].append(item)
            else:
                plan.present[entity.name] += 1
    _check_votes(existing, plan)
    titles = {key[0]: meeting.data["title"] for key, meeting in sessions.items()}
    plan.shrinking = _shrinking(existing, plan, titles)
    return plan
