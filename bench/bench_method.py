"""Benchmark of the consensus/dissensus analysis (`agora.method.analyse`).

Prints, for each case, the median time over a few runs, its budget and PASS/FAIL, beside a
floor measured in the same run: a bare Python loop counting the same votes into a dict. The
ratio to the floor shows how much the method costs on top of merely reading the votes, which
is what stays comparable from one machine to another.

Cases:
- 1,000 statements × 500 participants, 4 categories, 5-point votes (500,000 votes): ≤ 1 s;
- the same with twice the votes (1,000 participants): ≤ 2.3× the first (linear in votes);
- vtaiwan.uberx from the shared Pol.is open data (~50,000 votes): ≤ 0.5 s.
"""

from __future__ import annotations

import csv
import gc
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from agora.method import AgoraInput, CategoryInfo, PositionInput, StatementInput, analyse

#: Shared data lives beside the repository (CI clones the repo with shared/ next to it).
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
VTAIWAN = SHARED / "data" / "polis-opendata" / "vtaiwan.uberx"

CATEGORIES = (
    CategoryInfo("elus", "Élus"),
    CategoryInfo("agents", "Agents territoriaux"),
    CategoryInfo("etat", "État"),
    CategoryInfo("socio", "Acteurs socio-économiques"),
)

#: Pol.is vote → 3-point position (1 contre, 2 neutre, 3 pour).
POLIS_TO_3 = {-1: 1, 0: 2, 1: 3}

SYNTHETIC_BUDGET_S = 1.0
DOUBLE_RATIO_BUDGET = 2.3
VTAIWAN_BUDGET_S = 0.5
RUNS = 5


def synthetic(n_statements: int, n_participants: int, seed: int = 20240601) -> AgoraInput:
    """Build a session where every participant votes every statement on the 5-point scale.

    Each statement gets a per-category lean so that every label occurs.

    Args:
        n_statements: Number of statements.
        n_participants: Number of participants, spread over the four categories.
        seed: Random seed.

    Returns:
        The analysis input.
    """
    rng = random.Random(seed)
    codes = [c.code for c in CATEGORIES]
    members = [(f"p{i}", codes[i % len(codes)]) for i in range(n_participants)]
    statements = [StatementInput(f"s{k}", f"Énoncé {k}") for k in range(n_statements)]
    positions = []
    for statement in statements:
        leans = {
            code: rng.choice(((1, 1, 2, 3, 3), (3, 3, 2, 1, 1), (1, 2, 6, 2, 1), (3, 1, 1, 1, 3)))
            for code in codes
        }
        for participant, code in members:
            value = rng.choices((1, 2, 3, 4, 5), weights=leans[code])[0]
            positions.append(
                PositionInput(
                    statement.id, code, participant, 5, None if value == 3 and rng.random() < 0.1 else value
                )
            )
    return AgoraInput(categories=CATEGORIES, statements=statements, positions=positions)


def vtaiwan() -> AgoraInput:
    """Load vtaiwan.uberx as an Agora session.

    Groups 0 and 1 become élus and agents, the participants Pol.is left unclustered become État;
    votes are replayed in time order, so that a participant's last vote wins.

    Returns:
        The analysis input.
    """
    group_to_code = {"0": "elus", "1": "agents", "": "etat"}
    with (VTAIWAN / "participants-votes.csv").open(encoding="utf-8", newline="") as handle:
        category_of = {row["participant"]: group_to_code[row["group-id"]] for row in csv.DictReader(handle)}
    with (VTAIWAN / "comments.csv").open(encoding="utf-8", newline="") as handle:
        statements = [
            StatementInput(row["comment-id"], row["comment-body"]) for row in csv.DictReader(handle)
        ]
    with (VTAIWAN / "votes.csv").open(encoding="utf-8", newline="") as handle:
        votes = sorted(csv.DictReader(handle), key=lambda row: int(row["timestamp"]))
    known = {s.id for s in statements}
    positions = [
        PositionInput(
            row["comment-id"], category_of[row["voter-id"]], row["voter-id"], 3, POLIS_TO_3[int(row["vote"])]
        )
        for row in votes
        if row["comment-id"] in known
    ]
    return AgoraInput(categories=CATEGORIES, statements=statements, positions=positions)


def floor(positions: Sequence[PositionInput]) -> None:
    """Count the votes into a dict with a bare loop: the least any analysis must do."""
    counts: dict[tuple[str, str, int | None], int] = {}
    for p in positions:
        key = (p.statement, p.category, p.value)
        counts[key] = counts.get(key, 0) + 1


def median_time(fn: Callable[[], object], runs: int = RUNS) -> float:
    """Return the median wall time of ``fn`` over ``runs`` runs, in seconds."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _line(name: str, seconds: float, budget: str, ok: bool, floor_s: float) -> None:
    verdict = "PASS" if ok else "FAIL"
    print(
        f"{name:<44} {seconds * 1000:9.1f} ms  budget {budget:<14} {verdict}  floor {floor_s * 1000:7.1f} ms  ×{seconds / floor_s:5.1f}"
    )


def main() -> None:
    """Run the three cases and print each median with its budget, floor and ratio."""
    print("agora.method.analyse — medians of", RUNS, "runs")
    single = synthetic(1000, 500)
    double = synthetic(1000, 1000)
    counts = Counter(type(p.value) for p in single.positions)
    print(f"synthetic: {len(single.positions):,} and {len(double.positions):,} votes ({dict(counts)})")

    floor_single = median_time(lambda: floor(single.positions))
    t_single = median_time(lambda: analyse(single))
    _line(
        "1,000 statements × 500 participants",
        t_single,
        f"≤ {SYNTHETIC_BUDGET_S:.1f} s",
        t_single <= SYNTHETIC_BUDGET_S,
        floor_single,
    )

    floor_double = median_time(lambda: floor(double.positions))
    t_double = median_time(lambda: analyse(double))
    ratio = t_double / t_single
    _line(
        "same, twice the votes",
        t_double,
        f"≤ {DOUBLE_RATIO_BUDGET}× ({ratio:.2f}×)",
        ratio <= DOUBLE_RATIO_BUDGET,
        floor_double,
    )
    if not VTAIWAN.is_dir():
        print(f"vtaiwan.uberx: SKIPPED, {VTAIWAN} not found")
        return
    taiwan = vtaiwan()
    floor_taiwan = median_time(lambda: floor(taiwan.positions))
    t_taiwan = median_time(lambda: analyse(taiwan))
    _line(
        f"vtaiwan.uberx ({len(taiwan.positions):,} votes)",
        t_taiwan,
        f"≤ {VTAIWAN_BUDGET_S:.1f} s",
        t_taiwan <= VTAIWAN_BUDGET_S,
        floor_taiwan,
    )


if __name__ == "__main__":
    main()
