"""Tally builders and derived shares."""

from __future__ import annotations

from fractions import Fraction

import pytest

from agora.method import Tally, tally_from_hands, tally_from_histogram, tally_from_positions


def test_five_point_positions() -> None:
    t = tally_from_positions(5, [1, 2, 3, 4, 5, 5, None, None])
    assert (t.A, t.N, t.D, t.P) == (3, 1, 2, 2)
    assert t.hist == (1, 1, 1, 1, 2)
    assert t.n == 6
    # exact mean of −1, −½, 0, +½, +1, +1
    assert t.s == Fraction(-2 - 1 + 0 + 1 + 2 + 2, 2 * 6)
    assert t.u == Fraction(2, 8)


def test_three_point_positions() -> None:
    t = tally_from_positions(3, [1, 2, 3, 3, None])
    assert (t.A, t.N, t.D, t.P, t.hist) == (2, 1, 1, 1, None)
    assert t.s == Fraction(1, 4)
    assert t.kappa == Fraction(2, 4)
    assert t.pa_hat == Fraction(3, 6)
    assert t.pd_hat == Fraction(2, 6)


def test_five_point_mean_differs_from_tally_reading() -> None:
    """ "Plutôt d'accord" weighs ½, so the 5-point mean is not (A − D)/n."""
    t = tally_from_positions(5, [4, 4, 4])
    assert t.s == Fraction(1, 2)
    assert Tally(3, 0, 0).s == 1


def test_hands() -> None:
    t = tally_from_hands(present=7, pour=4, contre=1, abstention=1)
    assert (t.A, t.N, t.D, t.P) == (4, 1, 1, 1)
    assert tally_from_hands(0, 0, 0, 0) == Tally(0, 0, 0, 0)


@pytest.mark.parametrize(
    "args",
    [(5, 3, 2, 1), (2, 1, 1, 1), (3, -1, 0, 0), (3, 0, -1, 0), (3, 0, 0, -1), (-1, 0, 0, 0), (3, 1.0, 0, 0)],
)
def test_hands_validation(args: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError, match=r"non-negative|exceeds"):
        tally_from_hands(*args)


def test_empty_tally_has_undefined_shares() -> None:
    t = Tally(0, 0, 0, 0)
    assert (t.n, t.a, t.d, t.s, t.kappa, t.u) == (0, None, None, None, None, None)
    assert t.pa_hat == Fraction(1, 2)
    assert Tally(0, 0, 0, 3).u == 1


@pytest.mark.parametrize(
    ("scale", "values"),
    [(5, [6]), (5, [0]), (3, [4]), (4, [1]), (3, [True]), (5, ["4"])],
)
def test_positions_validation(scale: int, values: list[object]) -> None:
    with pytest.raises(ValueError, match=r"outside|unknown scale"):
        tally_from_positions(scale, values)  # type: ignore[arg-type]


def test_tally_validation() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        Tally(-1, 0, 0)
    with pytest.raises(ValueError, match="does not match"):
        Tally(1, 0, 0, 0, hist=(1, 0, 0, 0, 0))
    with pytest.raises(ValueError, match="five"):
        Tally(1, 0, 0, 0, hist=(0, 0, 0, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="3 counts"):
        tally_from_histogram(3, [1, 2])
    with pytest.raises(ValueError, match="unknown scale"):
        tally_from_histogram(7, [1] * 7)
