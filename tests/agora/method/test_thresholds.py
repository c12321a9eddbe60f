"""Boundary cases on every threshold, and what the strict preset changes."""

from __future__ import annotations

from fractions import Fraction

import pytest

from agora.method import (
    DEFAULT_PARAMS,
    STRICT_PARAMS,
    Label,
    MethodParams,
    Stance,
    Tally,
    judge_statement,
    stance,
    tally_from_positions,
)
from tests.agora.method.vectors import CATS, tv1

#: The same defaults typed as floats, as a facilitator's settings file might hold them.
FLOAT_PARAMS = MethodParams.from_dict(
    {"t_pos": 0.6, "t_minor": 0.25, "t_gap": 0.6, "t_oppose": 1.0, "t_unc": 0.3}
)


@pytest.fixture(params=[DEFAULT_PARAMS, FLOAT_PARAMS], ids=["fractions", "floats"])
def params(request: pytest.FixtureRequest) -> MethodParams:
    return request.param


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        (Tally(3, 2, 0), Stance.POUR),  # a = 0.6 exactly
        (Tally(3, 1, 1), Stance.POUR),  # a = 0.6, d = 0.2
        (Tally(6, 3, 1), Stance.POUR),  # a = 0.6, d = 0.1
        (Tally(5, 4, 0), Stance.MITIGE),  # a = 0.556 < 0.6
        (Tally(3, 0, 1), Stance.POUR),  # d = 0.25 exactly
        (Tally(6, 1, 2), Stance.POUR),  # a = 0.667, d = 0.222
        (Tally(5, 0, 2), Stance.DIVISE),  # d = 0.286 > 0.25, min(a, d) > 0.25
        (Tally(0, 2, 3), Stance.CONTRE),  # d = 0.6 exactly
        (Tally(1, 0, 3), Stance.CONTRE),  # a = 0.25 exactly
        (Tally(2, 0, 5), Stance.DIVISE),
        (Tally(1, 2, 1), Stance.MITIGE),  # min(a, d) = 0.25, not > 0.25
        (Tally(2, 2, 2), Stance.DIVISE),  # min(a, d) = 0.333
        (Tally(3, 0, 0), Stance.POUR),  # n = n_min exactly
        (Tally(2, 0, 0), Stance.INSUFFISANT),  # n = n_min − 1
        (Tally(2, 0, 0, 5), Stance.INSUFFISANT),  # P does not count as expressed
        (Tally(0, 0, 0), Stance.INSUFFISANT),
        (None, Stance.INSUFFISANT),
    ],
)
def test_stance_boundaries(tally: Tally | None, expected: Stance, params: MethodParams) -> None:
    assert stance(tally, params) is expected


def test_kappa_is_half_at_the_divided_boundary() -> None:
    """DIVISÉ ⇔ κ > 0.5: at min(a, d) = 0.25 exactly, κ = 0.5 and the category is not divided."""
    t = Tally(1, 2, 1)
    assert t.kappa == Fraction(1, 2)
    assert stance(t) is Stance.MITIGE


def test_gap_exactly_t_gap_is_significant(params: MethodParams) -> None:
    tallies = {"a": Tally(3, 2, 0), "b": Tally(0, 5, 0)}  # s = 0.6 and 0
    v = judge_statement(tallies, ["a", "b"], params)
    assert v.max_gap == Fraction(3, 5)
    assert v.label is Label.DIVERGENCE_INTER
    assert v.rule.number == 6
    assert v.stand_out == ()  # two categories: both differ, none stands out


def test_gap_just_below_t_gap_is_not() -> None:
    tallies = {"a": Tally(4, 3, 0), "b": Tally(0, 5, 0)}  # s = 4/7 ≈ 0.571
    v = judge_statement(tallies, ["a", "b"])
    assert v.label is Label.MITIGE
    assert v.rule.number == 7


def test_stand_out_at_exactly_t_gap(params: MethodParams) -> None:
    tallies = {"a": Tally(3, 2, 0), "b": Tally(0, 5, 0), "c": Tally(0, 4, 0)}
    v = judge_statement(tallies, ["a", "b", "c"], params)
    assert v.label is Label.DIVERGENCE_INTER
    assert v.stand_out == ("a",)
    assert v.flags == ("SE_DISTINGUE:a",)
    assert v.label_text({"a": "élus"}) == "Écart entre catégories (élus se distingue)"


def test_gap_exactly_t_oppose_is_dissensus(params: MethodParams) -> None:
    """POUR (s = 1) against MITIGÉ (s = 0): no POUR-vs-CONTRE, but the gap reaches 1.0."""
    tallies = {"a": Tally(5, 0, 0), "b": Tally(0, 5, 0)}
    v = judge_statement(tallies, ["a", "b"], params)
    assert v.max_gap == 1
    assert v.label is Label.DISSENSUS_INTER
    assert v.rule.reason["oppose_reached"] is True
    assert v.rule.reason["pour"] == ["a"]
    assert v.rule.reason["contre"] == []


def test_plutot_pour_against_plutot_contre_is_exactly_t_oppose() -> None:
    """METHOD.md's anchor for t_oppose: +½ against −½ on the 5-point scale."""
    tallies = {"a": tally_from_positions(5, [4, 4, 4]), "b": tally_from_positions(5, [2, 2, 2])}
    v = judge_statement(tallies, ["a", "b"])
    assert v.max_gap == 1
    assert v.label is Label.DISSENSUS_INTER


def test_gap_just_below_t_oppose_is_divergence() -> None:
    tallies = {"a": Tally(5, 0, 0), "b": Tally(1, 9, 0)}  # gap 0.9
    assert judge_statement(tallies, ["a", "b"]).label is Label.DIVERGENCE_INTER


def test_pour_against_contre_is_dissensus_whatever_the_gap() -> None:
    tallies = {"a": Tally(3, 2, 0), "b": Tally(0, 2, 3)}  # gap 1.2 but the rule is the stances
    v = judge_statement(tallies, ["a", "b"])
    assert v.label is Label.DISSENSUS_INTER
    assert v.rule.reason["pour"] == ["a"]
    assert v.rule.reason["contre"] == ["b"]


def test_u_exactly_t_unc_is_incertain(params: MethodParams) -> None:
    tallies = {"a": Tally(0, 3, 0, 3), "b": Tally(0, 4, 0, 0)}  # U = 3/10
    v = judge_statement(tallies, ["a", "b"], params)
    assert v.u == Fraction(3, 10)
    assert v.label is Label.INCERTAIN
    assert v.flags == ("INCERTAIN",)
    assert v.rule.reason["sum_p"] == 3
    assert v.rule.reason["sum_total"] == 10


def test_u_just_below_t_unc() -> None:
    tallies = {"a": Tally(0, 3, 0, 3), "b": Tally(0, 5, 0, 0)}  # U = 3/11
    assert judge_statement(tallies, ["a", "b"]).label is Label.MITIGE


def test_consensus_beats_incertain() -> None:
    tallies = {"a": Tally(3, 0, 0, 3), "b": Tally(3, 0, 0, 3)}
    v = judge_statement(tallies, ["a", "b"])
    assert v.label is Label.CONSENSUS_POUR
    assert "INCERTAIN" in v.flags


def test_n_min_exactly_makes_two_valid_categories() -> None:
    assert (
        judge_statement({"a": Tally(3, 0, 0), "b": Tally(3, 0, 0)}, ["a", "b"]).label is Label.CONSENSUS_POUR
    )
    v = judge_statement({"a": Tally(3, 0, 0), "b": Tally(2, 0, 0)}, ["a", "b"])
    assert v.label is Label.TROP_PEU
    assert v.gic is None
    assert v.max_gap is None
    assert v.flags == ("INSUFFISANT:b",)


def test_consensus_contre_and_partial() -> None:
    tallies = {"a": Tally(0, 1, 3), "b": Tally(1, 0, 4), "c": Tally(0, 0, 1)}
    v = judge_statement(tallies, ["a", "b", "c", "d"])
    assert v.label is Label.CONSENSUS_CONTRE_PARTIEL
    assert v.flags == ("INSUFFISANT:c,d",)
    assert v.label_text({"c": "État", "d": "socio"}) == "Consensus de rejet [sans : État, socio]"
    assert "État, socio" in v.rule.sentence({"c": "État", "d": "socio"})


def test_require_all_categories_turns_partial_into_trop_peu() -> None:
    tallies = tv1()
    del tallies["etat"]
    assert judge_statement(tallies, CATS).label is Label.CONSENSUS_POUR_PARTIEL
    strict_reading = MethodParams(require_all_categories=True)
    v = judge_statement(tallies, CATS, strict_reading)
    assert v.label is Label.TROP_PEU
    assert v.rule.number == 3
    assert v.rule.reason["blocked_by_require_all"] is True
    assert "« toutes les catégories »" in v.rule.sentence()
    # A complete consensus is unaffected.
    assert judge_statement(tv1(), CATS, strict_reading).label is Label.CONSENSUS_POUR


def test_strict_preset_on_tv1() -> None:
    """n_min 5 drops élus (4) and État (3); socio's 1/6 against exceeds 15 %: DIVISÉ."""
    v = judge_statement(tv1(), CATS, STRICT_PARAMS)
    assert v.stances == {
        "elus": Stance.INSUFFISANT,
        "agents": Stance.POUR,
        "etat": Stance.INSUFFISANT,
        "socio": Stance.DIVISE,
    }
    assert v.label is Label.DIVISE_INTRA
    assert v.flags == ("INSUFFISANT:elus,etat", "DIVISE_INTRA:socio")


@pytest.mark.parametrize(
    ("tally", "default", "strict"),
    [
        (Tally(7, 3, 0), Stance.POUR, Stance.POUR),  # a = 0.70 exactly
        (Tally(13, 7, 0), Stance.POUR, Stance.MITIGE),  # a = 0.65
        (Tally(17, 0, 3), Stance.POUR, Stance.POUR),  # d = 0.15 exactly
        (Tally(16, 0, 4), Stance.POUR, Stance.DIVISE),  # d = 0.20
        (Tally(4, 0, 0), Stance.POUR, Stance.INSUFFISANT),  # n = 4 < 5
        (Tally(5, 0, 0), Stance.POUR, Stance.POUR),  # n = 5 exactly
        (Tally(0, 3, 7), Stance.CONTRE, Stance.CONTRE),
    ],
)
def test_strict_preset_stances(tally: Tally, default: Stance, strict: Stance) -> None:
    assert stance(tally, DEFAULT_PARAMS) is default
    assert stance(tally, STRICT_PARAMS) is strict


def test_lower_t_minor_changes_divided() -> None:
    assert stance(Tally(6, 2, 2), STRICT_PARAMS) is Stance.DIVISE  # a = 0.6 < 0.7, min(a, d) = 0.2 > 0.15
    assert stance(Tally(6, 2, 2), DEFAULT_PARAMS) is Stance.POUR  # a = 0.6, d = 0.2 ≤ 0.25
    assert stance(Tally(3, 0, 2), STRICT_PARAMS) is Stance.DIVISE  # n = 5 = n_min: valid


def test_duplicate_categories_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        judge_statement({}, ["a", "a"])


def test_absent_categories_count_as_insufficient() -> None:
    v = judge_statement({"a": Tally(3, 0, 0)}, ["a", "b"])
    assert v.stances["b"] is Stance.INSUFFISANT
    assert v.label is Label.TROP_PEU
    assert v.rule.sentence({"a": "élus"}) == (
        "Il faut au moins deux catégories ayant chacune au moins 3 votes exprimés ; ici : élus."
    )


def test_no_vote_at_all() -> None:
    v = judge_statement({}, CATS)
    assert v.label is Label.TROP_PEU
    assert v.u is None
    assert v.total_n == 0


def test_categories_not_listed_are_ignored() -> None:
    """The caller leaves observers out of ``categories``: their tally must change nothing."""
    tallies = tv1() | {"obs": Tally(0, 0, 50)}
    assert judge_statement(tallies, CATS) == judge_statement(tv1(), CATS)
