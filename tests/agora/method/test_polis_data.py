"""A real conversation end to end: Pol.is open data, scoop-hivemind.ubi (CC BY 4.0).

Each Pol.is opinion group becomes a category, each comment a statement, each vote a 3-point
position (1 → pour 3, 0 → neutre 2, −1 → contre 1). The counts per statement × category are
checked against an independent count made here straight from the CSV files.
"""

from __future__ import annotations

import csv
import json
from collections import Counter

import jsonschema
import pytest

from agora.method import AgoraInput, CategoryInfo, Label, PositionInput, StatementInput, analyse
from tests.agora.method.test_analysis import SCHEMA_PATH
from tests.agora.method.vectors import POLIS_DATA

FOLDER = POLIS_DATA / "scoop-hivemind.ubi"
GROUP_TO_CATEGORY = {"0": "elus", "1": "agents", "2": "etat", "3": "socio"}
VOTE_TO_POSITION = {"1": 3, "0": 2, "-1": 1}

pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason=f"shared data not found at {FOLDER}")


def _read(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def data() -> dict[str, object]:
    group_of = {row["participant"]: row["group-id"] for row in _read("participants-votes.csv")}
    comments = _read("comments.csv")
    # Replay votes in time order (stable on ties), so that a participant's last vote wins.
    votes = sorted(_read("votes.csv"), key=lambda row: int(row["timestamp"]))
    return {"group_of": group_of, "comments": comments, "votes": votes}


def _independent_count(data: dict[str, object]) -> Counter[tuple[str, str, str]]:
    """(comment, group, 'A'|'N'|'D') → count, without any of the method's code."""
    last: dict[tuple[str, str], str] = {}
    for row in data["votes"]:  # type: ignore[attr-defined]
        last[(row["voter-id"], row["comment-id"])] = row["vote"]
    group_of = data["group_of"]
    out: Counter[tuple[str, str, str]] = Counter()
    for (voter, comment), vote in last.items():
        out[(comment, group_of[voter], {"1": "A", "0": "N", "-1": "D"}[vote])] += 1  # type: ignore[index]
    return out


@pytest.fixture(scope="module")
def analysis(data: dict[str, object]):
    categories = [CategoryInfo(code, f"Groupe {g}") for g, code in GROUP_TO_CATEGORY.items()]
    statements = [StatementInput(row["comment-id"], row["comment-body"]) for row in data["comments"]]  # type: ignore[attr-defined]
    group_of = data["group_of"]
    positions = [
        PositionInput(
            row["comment-id"],
            GROUP_TO_CATEGORY[group_of[row["voter-id"]]],  # type: ignore[index]
            row["voter-id"],
            3,
            VOTE_TO_POSITION[row["vote"]],
        )
        for row in data["votes"]  # type: ignore[attr-defined]
    ]
    return analyse(AgoraInput(categories, statements, positions=positions))


def test_the_data_is_what_the_readme_says(data: dict[str, object]) -> None:
    assert len(data["votes"]) == 7174  # type: ignore[arg-type]
    assert len(data["group_of"]) == 234  # type: ignore[arg-type]
    assert set(data["group_of"].values()) == set(GROUP_TO_CATEGORY)  # type: ignore[attr-defined]


def test_counts_match_an_independent_count(data: dict[str, object], analysis) -> None:
    expected = _independent_count(data)
    checked = 0
    for item in analysis.statements:
        for group, code in GROUP_TO_CATEGORY.items():
            metrics = item.metrics[code]
            tally = metrics.tally
            key = item.statement.id, group
            assert (expected[(*key, "A")], expected[(*key, "N")], expected[(*key, "D")]) == (
                tally.A,
                tally.N,
                tally.D,
            )
            assert tally.P == 0
            checked += tally.n
    # Every deduplicated vote was counted once: 7,174 rows minus the repeated ones.
    assert checked == sum(expected.values())
    assert checked < 7174


def test_labels_are_consistent_and_output_valid(analysis) -> None:
    out = analysis.to_json()
    jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))).validate(out)
    labels = Counter(item.label for item in analysis.statements)
    assert sum(labels.values()) == len(analysis.statements)
    # Pol.is grouped people by their votes, so groups disagree on many statements.
    assert labels[Label.DISSENSUS_INTER] + labels[Label.DIVERGENCE_INTER] > 0
    for item in analysis.statements:
        v = item.verdict
        if item.label is Label.DISSENSUS_INTER:
            pour_contre = bool(v.rule.reason["pour"]) and bool(v.rule.reason["contre"])
            assert pour_contre or v.max_gap >= 1
        if item.label in (Label.CONSENSUS_POUR, Label.CONSENSUS_POUR_PARTIEL):
            assert all(item.metrics[c].stance.value == "POUR" for c in v.valid)
    assert labels[Label.CONSENSUS_POUR] + labels[Label.CONSENSUS_CONTRE] > 0
    # With dozens of statements compared, M2 shows Pearson's r for every pair.
    assert all(cell.m >= 5 and cell.pearson is not None for cell in analysis.category_matrix.pairs.values())
