"""The worked vectors of METHOD.md §2, as inputs shared by the method tests."""

from __future__ import annotations

from pathlib import Path

from agora.method import (
    AgoraInput,
    CategoryInfo,
    HandTally,
    PositionInput,
    StatementInput,
    Tally,
    tally_from_hands,
    tally_from_positions,
)

#: Shared data sits beside the repository (CI clones the repo with shared/ next to it).
SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
POLIS_DATA = SHARED / "data" / "polis-opendata"

CATS = ("elus", "agents", "etat", "socio")
CATEGORIES = (
    CategoryInfo("elus", "Élus"),
    CategoryInfo("agents", "Agents territoriaux"),
    CategoryInfo("etat", "État"),
    CategoryInfo("socio", "Acteurs socio-économiques"),
)

TV1_VOTES = {"elus": [5, 4, 4, 5], "agents": [4, 4, 5, 3, 4], "etat": [4, 5, 4], "socio": [5, 5, 4, 4, 2, 4]}
TV2_VOTES = {"elus": [1, 2, 2, 4, 1], "agents": [4, 5, 4, 3], "etat": [5, 4, 4], "socio": [4, 4, 5, 3, 2, 4]}
#: (présents, pour, contre, abstention) per category.
TV3_HANDS = {"elus": (5, 2, 2, 1), "agents": (6, 5, 0, 1), "etat": (3, 1, 0, 0), "socio": (7, 4, 1, 1)}


def tv1() -> dict[str, Tally]:
    return {c: tally_from_positions(5, v) for c, v in TV1_VOTES.items()}


def tv2() -> dict[str, Tally]:
    return {c: tally_from_positions(5, v) for c, v in TV2_VOTES.items()}


def tv3() -> dict[str, Tally]:
    return {c: tally_from_hands(*h) for c, h in TV3_HANDS.items()}


def positions(statement: str, votes: dict[str, list[int]]) -> list[PositionInput]:
    return [
        PositionInput(statement, c, f"{statement}-{c}-{i}", 5, v)
        for c, vs in votes.items()
        for i, v in enumerate(vs)
    ]


def session(**extra: object) -> AgoraInput:
    """TV1 and TV2 as individual 5-point votes, TV3 as shows of hands, in one session."""
    hands = [HandTally("tv3", c, *h) for c, h in TV3_HANDS.items()]
    return AgoraInput(
        categories=CATEGORIES,
        statements=[StatementInput("tv1", "TV1"), StatementInput("tv2", "TV2"), StatementInput("tv3", "TV3")],
        positions=positions("tv1", TV1_VOTES) + positions("tv2", TV2_VOTES),
        tallies=hands,
        **extra,  # type: ignore[arg-type]
    )
