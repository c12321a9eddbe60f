"""Pol.is-style representativeness: library checks and TV2 (METHOD.md §1.b, §2)."""

from __future__ import annotations

import pytest

from agora.method import prop_test, repness_side, representativeness, two_prop_test
from tests.agora.method.vectors import CATS, tv2


def test_prop_test_library_check() -> None:
    assert prop_test(30, 50) == pytest.approx(1.5403, abs=1e-4)


def test_two_prop_test_library_check() -> None:
    """METHOD.md's ``two_prop_test(15,56,24,71)`` uses Pol.is's positional order
    (succ_in, succ_out, pop_in, pop_out); our arguments are named."""
    assert two_prop_test(succ_in=15, succ_out=56, n_in=24, n_out=71) == pytest.approx(-1.5141, abs=1e-4)


def test_two_prop_test_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        two_prop_test(15, 56, 24, 71)  # type: ignore[misc]


def test_two_prop_test_without_variance() -> None:
    assert two_prop_test(succ_in=4, n_in=4, succ_out=9, n_out=9) == 0.0


def test_tv2_elus_disagree() -> None:
    rep = repness_side(tv2(), CATS, "elus", "disagree")
    assert rep.p_hat == pytest.approx(0.7143, abs=1e-4)
    assert rep.r == pytest.approx(5.3571, abs=1e-4)
    assert rep.z_p == pytest.approx(1.6330, abs=1e-4)
    assert rep.z_r == pytest.approx(2.9668, abs=1e-4)
    assert rep.significant
    assert rep.metric == pytest.approx(rep.r * rep.z_r * rep.p_hat * rep.z_p)


def test_tv2_etat_agree() -> None:
    rep = repness_side(tv2(), CATS, "etat", "agree")
    assert rep.p_hat == pytest.approx(0.8, abs=1e-4)
    assert rep.r == pytest.approx(1.5111, abs=1e-4)
    assert rep.z_p == pytest.approx(2.0, abs=1e-4)
    assert rep.z_r == pytest.approx(1.6408, abs=1e-4)
    assert rep.significant


def test_tv2_sides_and_badges() -> None:
    reps = representativeness(tv2(), CATS)
    assert reps["elus"].side == "disagree"
    assert reps["etat"].side == "agree"
    assert reps["elus"].significant
    assert reps["etat"].significant
    assert not reps["agents"].significant
    assert not reps["socio"].significant
    for side in ("agree", "disagree"):
        assert not repness_side(tv2(), CATS, "agents", side).significant
        assert not repness_side(tv2(), CATS, "socio", side).significant


def test_rest_counts_include_p() -> None:
    """Pol.is counts every vote seen: P is in the trials of the category and of the rest."""
    from agora.method import Tally

    tallies = {"elus": Tally(4, 0, 1, 2), "agents": Tally(1, 1, 1, 3)}
    rep = repness_side(tallies, ["elus", "agents"], "elus", "agree")
    assert (rep.succ, rep.n, rep.succ_rest, rep.n_rest) == (4, 7, 1, 6)
