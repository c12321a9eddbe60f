"""Reference data shipped in French in ``resources/reference/``, loaded once.

The four guiding principles and their work axes, the two relation typologies, the round-table
questions and key success factors, and the default actor categories with their colours.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from agora.paths import resource


@dataclass(frozen=True)
class Principle:
    """One guiding principle of systemic change (numbered 1..4) and its work axes."""

    number: int
    title: str
    quote: str
    axes: tuple[str, ...]


@dataclass(frozen=True)
class TypologyValue:
    """One value of a relation typology (e.g. « Relations partenariales de confiance »)."""

    code: str
    label: str
    description: str


@dataclass(frozen=True)
class Typology:
    """A way of qualifying the relation between a local authority and its ESS actors."""

    code: str
    title: str
    values: tuple[TypologyValue, ...]

    def value(self, code: str) -> TypologyValue | None:
        """The value with ``code``, or None."""
        return next((v for v in self.values if v.code == code), None)


@dataclass(frozen=True)
class DefaultCategory:
    """A default actor category: stable code, French label, colour."""

    code: str
    label: str
    color: str


def _load(name: str) -> dict[str, Any]:
    with resource("reference", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@cache
def principles() -> tuple[Principle, ...]:
    """The four guiding principles, in order."""
    return tuple(
        Principle(p["number"], p["title"], p["quote"], tuple(p["axes"]))
        for p in _load("principles.json")["principles"]
    )


@cache
def typologies() -> tuple[Typology, ...]:
    """Both relation typologies."""
    return tuple(
        Typology(t["code"], t["title"], tuple(TypologyValue(**v) for v in t["values"]))
        for t in _load("relation_typologies.json")["typologies"]
    )


def typology(code: str) -> Typology | None:
    """The typology with ``code``, or None."""
    return next((t for t in typologies() if t.code == code), None)


@cache
def round_table_questions() -> tuple[str, ...]:
    """The four questions of the round table."""
    return tuple(_load("round_table.json")["questions"])


@cache
def success_factors() -> tuple[str, ...]:
    """The key success factors of collective dynamics."""
    return tuple(_load("round_table.json")["success_factors"])


@cache
def default_categories() -> tuple[DefaultCategory, ...]:
    """The four default categories: élus, agents, État, acteurs socio-économiques."""
    return tuple(DefaultCategory(**c) for c in _load("categories.json")["categories"])


@cache
def territory_vocabulary() -> dict[str, tuple[str, ...]]:
    """Suggested values for a territory's stratum, setting and maturity."""
    data = _load("categories.json")
    return {
        "stratum": tuple(data["territory_strata"]),
        "setting": tuple(data["territory_settings"]),
        "maturity": tuple(data["territory_maturity"]),
    }
