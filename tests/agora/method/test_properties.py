"""Properties of the labelling, checked with hypothesis on random tallies."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from agora.method import (
    DEFAULT_PARAMS,
    AgoraInput,
    CategoryInfo,
    HandTally,
    Label,
    PositionInput,
    StatementInput,
    Tally,
    analyse,
    judge_statement,
)

PARTIAL = {
    Label.CONSENSUS_POUR: Label.CONSENSUS_POUR_PARTIEL,
    Label.CONSENSUS_CONTRE: Label.CONSENSUS_CONTRE_PARTIEL,
}

counts = st.integers(min_value=0, max_value=12)
tallies_st = st.builds(Tally, counts, counts, counts, st.integers(min_value=0, max_value=4))
# Biased towards tallies with a clear stance, so that consensus labels occur often.
leaning = st.one_of(
    tallies_st,
    st.builds(lambda a, n, d: Tally(a, n, d), st.integers(3, 12), st.integers(0, 1), st.integers(0, 1)),
    st.builds(lambda a, n, d: Tally(a, n, d), st.integers(0, 1), st.integers(0, 1), st.integers(3, 12)),
)
sessions = st.lists(leaning, min_size=2, max_size=5).map(lambda ts: {f"c{i}": t for i, t in enumerate(ts)})

settings.register_profile("method", deadline=None, max_examples=300)
settings.load_profile("method")


@given(sessions, st.randoms(use_true_random=False), st.text(min_size=1, max_size=6))
def test_renaming_and_reordering_categories_changes_no_label(
    tallies: dict[str, Tally], rnd: object, prefix: str
) -> None:
    codes = list(tallies)
    renamed = {c: f"{prefix}-{i}-{c[::-1]}" for i, c in enumerate(codes)}
    order = codes[:]
    rnd.shuffle(order)  # type: ignore[attr-defined]
    before = judge_statement(tallies, codes)
    event(before.label.value)
    after = judge_statement({renamed[c]: tallies[c] for c in order}, [renamed[c] for c in order])
    assert after.label is before.label
    assert after.rule.number == before.rule.number
    assert after.u == before.u
    assert after.max_gap == before.max_gap
    assert {renamed[c] for c in before.stand_out} == set(after.stand_out)
    assert {renamed[c] for c in before.divided} == set(after.divided)
    assert {renamed[c] for c in before.insufficient} == set(after.insufficient)
    assert {renamed[c]: s for c, s in before.stances.items()} == after.stances
    if before.gic is not None:
        assert abs(after.gic - before.gic) < 1e-12


@given(sessions, st.integers(min_value=0, max_value=DEFAULT_PARAMS.n_min - 1), st.integers(0, 2))
def test_adding_a_category_with_too_few_votes(tallies: dict[str, Tally], n_new: int, agree_part: int) -> None:
    """CONSENSUS_X becomes CONSENSUS_X_PARTIEL; nothing else changes (U aside, which moves
    with the added votes: cases where that crosses t_unc are not this property)."""
    codes = list(tallies)
    a = min(agree_part, n_new)
    newcomer = Tally(a, n_new - a, 0)
    before = judge_statement(tallies, codes)
    after = judge_statement(tallies | {"new": newcomer}, [*codes, "new"])
    incertain = (before.u is not None and before.u >= DEFAULT_PARAMS.t_unc) == (
        after.u is not None and after.u >= DEFAULT_PARAMS.t_unc
    )
    assume(incertain)
    event(before.label.value)
    assert after.label is PARTIAL.get(before.label, before.label)
    assert after.valid == before.valid
    assert after.gaps == before.gaps
    assert after.stand_out == before.stand_out
    assert after.divided == before.divided
    assert after.gic == before.gic
    assert after.gicd == before.gicd
    assert after.stances == before.stances | {"new": after.stances["new"]}
    flags_before = [f for f in before.flags if not f.startswith("INSUFFISANT:")]
    flags_after = [f for f in after.flags if not f.startswith("INSUFFISANT:")]
    assert flags_after == flags_before
    assert "INSUFFISANT:" in ";".join(after.flags)
    assert after.flags[0].endswith("new")

    strict_reading = replace(DEFAULT_PARAMS, require_all_categories=True)
    required = judge_statement(tallies | {"new": newcomer}, [*codes, "new"], strict_reading)
    if after.label in PARTIAL.values():
        assert required.label is Label.TROP_PEU
    else:
        assert required.label is after.label


CATS = [CategoryInfo(c, c) for c in ("elus", "agents", "etat", "socio")]


@given(st.lists(tallies_st, min_size=4, max_size=4))
def test_hands_and_three_point_positions_agree(cells: list[Tally]) -> None:
    codes = [c.code for c in CATS]
    hands = [
        HandTally("s", c, t.A + t.N + t.D + t.P, t.A, t.D, t.N) for c, t in zip(codes, cells, strict=True)
    ]
    positions = []
    for c, t in zip(codes, cells, strict=True):
        values = [3] * t.A + [2] * t.N + [1] * t.D + [None] * t.P
        positions += [PositionInput("s", c, f"{c}{i}", 3, v) for i, v in enumerate(values)]
    statements = [StatementInput("s", "…")]
    by_hands = analyse(AgoraInput(CATS, statements, tallies=hands))
    by_positions = analyse(AgoraInput(CATS, statements, positions=positions))
    v1, v2 = by_hands.statement("s").verdict, by_positions.statement("s").verdict
    assert v1.label is v2.label
    assert v1.flags == v2.flags
    assert v1.u == v2.u
    assert v1.gaps == v2.gaps
    assert v1.gic == v2.gic
    assert by_hands.to_json()["statements"] == by_positions.to_json()["statements"]
