"""Worked vectors TV1–TV3 of METHOD.md §2: every starred and non-starred value."""

from __future__ import annotations

from fractions import Fraction

import pytest

from agora.method import Label, Stance, cns, judge_statement, leik, van_der_eijk
from tests.agora.method.vectors import CATS, tv1, tv2, tv3

TOL = 1e-4


def approx(value: float) -> object:
    return pytest.approx(value, abs=TOL)


# cat: n, a, d, s, κ, p̂a, Cns, 1−Leik, A (vdE), stance
TV1_TABLE = {
    "elus": (4, 1, 0, 0.75, 0, 0.8333, 0.8074, 0.75, 0.75, Stance.POUR),
    "agents": (5, 0.8, 0, 0.5, 0, 0.7143, 0.8340, 0.80, 0.70, Stance.POUR),
    "etat": (3, 1, 0, 0.6667, 0, 0.8, 0.8286, 0.8333, 0.8333, Stance.POUR),
    "socio": (6, 0.8333, 0.1667, 0.5, 0.3333, 0.75, 0.6950, 0.6667, 0.4722, Stance.POUR),
}

# cat: n, a, d, s, κ, p̂a, Cns, stance
TV2_TABLE = {
    "elus": (5, 0.2, 0.8, -0.5, 0.4, 0.2857, 0.6340, Stance.CONTRE),
    "agents": (4, 0.75, 0, 0.5, 0, 0.6667, 0.7925, Stance.POUR),
    "etat": (3, 1, 0, 0.6667, 0, 0.8, 0.8286, Stance.POUR),
    "socio": (6, 0.6667, 0.1667, 0.3333, 0.3333, 0.625, 0.6663, Stance.POUR),
}

# cat: n, P, a, d, s, κ, p̂a (None: not shown, INSUFFISANT), stance
TV3_TABLE = {
    "elus": (5, 0, 0.4, 0.4, 0, 0.8, 0.4286, Stance.DIVISE),
    "agents": (6, 0, 0.8333, 0, 0.8333, 0, 0.75, Stance.POUR),
    "etat": (1, 2, 1, 0, 1, 0, None, Stance.INSUFFISANT),
    "socio": (6, 1, 0.6667, 0.1667, 0.5, 0.3333, 0.625, Stance.POUR),
}


@pytest.mark.parametrize("cat", CATS)
def test_tv1_category_table(cat: str) -> None:
    n, a, d, s, kappa, pa, c, one_minus_leik, vde, expected = TV1_TABLE[cat]
    t = tv1()[cat]
    verdict = judge_statement(tv1(), CATS)
    assert t.n == n
    assert float(t.a) == approx(a)
    assert float(t.d) == approx(d)
    assert float(t.s) == approx(s)
    assert float(t.kappa) == approx(kappa)
    assert float(t.pa_hat) == approx(pa)
    assert t.hist is not None
    assert cns(t.hist) == approx(c)
    assert leik(t.hist).cohesion == approx(one_minus_leik)
    assert van_der_eijk(t.hist) == approx(vde)
    assert verdict.stances[cat] is expected


def test_tv1_hand_check_elus() -> None:
    """The starred hand check: hist (0,0,0,2,2), μ = 4.5, Leik D = 0.25, vdE pattern 00011."""
    t = tv1()["elus"]
    assert t.hist == (0, 0, 0, 2, 2)
    assert sum((i + 1) * f for i, f in enumerate(t.hist)) / t.n == 4.5  # μ
    assert t.s == Fraction(3, 4)
    assert t.pa_hat == Fraction(5, 6)
    assert leik(t.hist).dispersion == approx(0.25)


def test_tv1_statement() -> None:
    v = judge_statement(tv1(), CATS)
    assert v.label is Label.CONSENSUS_POUR
    assert v.flags == ()
    assert v.u == 0
    assert v.gic == approx(0.3571)
    assert v.gic == approx(0.8333 * 0.7143 * 0.8 * 0.75)
    assert v.gic_geo == approx(0.7731)
    assert v.gicd == approx(0.0012)
    assert v.gicd_geo == approx(0.1858)
    assert v.max_gap == Fraction(1, 4)
    assert set(v.max_gap_pairs) == {("elus", "agents"), ("elus", "socio")}
    assert v.stand_out == ()
    assert v.rule.number == 3


@pytest.mark.parametrize("cat", CATS)
def test_tv2_category_table(cat: str) -> None:
    n, a, d, s, kappa, pa, c, expected = TV2_TABLE[cat]
    t = tv2()[cat]
    assert t.n == n
    assert float(t.a) == approx(a)
    assert float(t.d) == approx(d)
    assert float(t.s) == approx(s)
    assert float(t.kappa) == approx(kappa)
    assert float(t.pa_hat) == approx(pa)
    assert cns(t.hist) == approx(c)
    assert judge_statement(tv2(), CATS).stances[cat] is expected


def test_tv2_statement() -> None:
    v = judge_statement(tv2(), CATS)
    assert tv2()["elus"].s == Fraction(-1, 2)
    expected_gaps = {
        ("elus", "agents"): 1.0,
        ("elus", "etat"): 1.1667,
        ("elus", "socio"): 0.8333,
        ("agents", "etat"): 0.1667,
        ("agents", "socio"): 0.1667,
        ("etat", "socio"): 0.3333,
    }
    assert {k: float(g) for k, g in v.gaps.items()} == {k: approx(g) for k, g in expected_gaps.items()}
    assert v.label is Label.DISSENSUS_INTER
    assert v.stand_out == ("elus",)
    assert "SE_DISTINGUE:elus" in v.flags
    assert v.u == 0
    assert v.gic == approx(0.0952)
    assert v.gic_geo == approx(0.5555)
    assert v.gicd_geo == approx(0.2778)
    assert float(v.max_gap) == approx(1.1667)
    assert v.max_gap_pairs == (("elus", "etat"),)
    assert v.rule.number == 2


def test_tv2_jigsaw_difference() -> None:
    """p̂a_élus − p̂a_rest = 0.2857 − 11/15 = −0.4476, beyond Jigsaw's 0.3."""
    t = tv2()
    rest_a = sum(t[c].A for c in CATS if c != "elus")
    rest_n = sum(t[c].n for c in CATS if c != "elus")
    diff = float(t["elus"].pa_hat) - (rest_a + 1) / (rest_n + 2)
    assert (rest_a + 1, rest_n + 2) == (11, 15)
    assert diff == approx(-0.4476)
    assert abs(diff) > 0.3


@pytest.mark.parametrize("cat", CATS)
def test_tv3_category_table(cat: str) -> None:
    n, p, a, d, s, kappa, pa, expected = TV3_TABLE[cat]
    t = tv3()[cat]
    v = judge_statement(tv3(), CATS)
    assert (t.n, t.P) == (n, p)
    assert float(t.a) == approx(a)
    assert float(t.d) == approx(d)
    assert float(t.s) == approx(s)
    assert float(t.kappa) == approx(kappa)
    if pa is not None:
        assert float(t.pa_hat) == approx(pa)
    assert t.hist is None
    assert v.stances[cat] is expected


def test_tv3_statement() -> None:
    v = judge_statement(tv3(), CATS)
    assert [t.P for t in tv3().values()] == [0, 0, 2, 1]
    assert v.label is Label.DIVISE_INTRA
    assert v.flags == ("INSUFFISANT:etat", "DIVISE_INTRA:elus")
    assert v.u == Fraction(3, 21)
    assert float(v.u) == approx(0.1429)
    assert v.valid == ("elus", "agents", "socio")
    assert v.gic == approx(0.2009)
    assert v.gic == approx(0.4286 * 0.75 * 0.625)  # État (INSUFFISANT) is left out
    assert v.gic_geo == approx(0.5857)
    assert {k: float(g) for k, g in v.gaps.items()} == {
        ("elus", "agents"): approx(0.8333),
        ("elus", "socio"): approx(0.5),
        ("agents", "socio"): approx(0.3333),
    }
    assert float(v.max_gap) == approx(0.8333)
    assert v.stand_out == ()
    assert v.divided == ("elus",)
    assert v.rule.number == 5


def test_wording_of_the_vectors() -> None:
    names = {"elus": "élus", "agents": "agents", "etat": "État", "socio": "socio"}
    assert judge_statement(tv1(), CATS).label_text(names) == "Consensus favorable"
    assert judge_statement(tv2(), CATS).label_text(names) == "Dissensus entre catégories"
    assert judge_statement(tv3(), CATS).label_text(names) == "Divisé au sein de : élus"
    sentence = judge_statement(tv3(), CATS).rule.sentence(names)
    assert "élus" in sentence
    assert "25\u00a0%" in sentence
