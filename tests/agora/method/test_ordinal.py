"""Ordinal cohesion measures against the R package agrmt and METHOD.md's extremes."""

from __future__ import annotations

import pytest

from agora.method import cns, leik, polarization, van_der_eijk

AGRMT_VECTOR = (30, 40, 210, 130, 530, 50, 10)


def test_agrmt_reference_vector() -> None:
    assert cns(AGRMT_VECTOR) == pytest.approx(0.7256876, abs=1e-7)
    assert van_der_eijk(AGRMT_VECTOR) == pytest.approx(0.6113333, abs=1e-7)
    assert leik(AGRMT_VECTOR).dispersion == pytest.approx(0.2866667, abs=1e-7)
    assert polarization(AGRMT_VECTOR) == pytest.approx(0.1943333, abs=1e-7)


@pytest.mark.parametrize(
    ("hist", "expected_cns", "expected_cohesion", "expected_vde"),
    [
        ((5, 0, 0, 0, 5), 0.0, 0.0, -1.0),
        ((2, 2, 2, 2, 2), 0.4340, 0.4, 0.0),
        ((0, 0, 10, 0, 0), 1.0, 1.0, 1.0),
        ((0, 0, 0, 5, 5), 0.8074, 0.75, 0.75),
    ],
)
def test_extreme_histograms(
    hist: tuple[int, ...], expected_cns: float, expected_cohesion: float, expected_vde: float
) -> None:
    assert cns(hist) == pytest.approx(expected_cns, abs=1e-4)
    assert leik(hist).cohesion == pytest.approx(expected_cohesion, abs=1e-4)
    assert van_der_eijk(hist) == pytest.approx(expected_vde, abs=1e-4)
    assert polarization(hist) == pytest.approx((1 - expected_vde) / 2, abs=1e-4)


def test_vde_hand_check_pattern_00011() -> None:
    """METHOD.md: pattern 00011 has TU = 3, TDU = 0, U = 1, A = 1·(1 − 1/4)."""
    assert van_der_eijk((0, 0, 0, 2, 2)) == pytest.approx(0.75)


def test_scale_invariance() -> None:
    """Multiplying every frequency by the same factor changes no measure."""
    hist = (1, 0, 2, 3, 1)
    scaled = tuple(7 * f for f in hist)
    assert cns(scaled) == pytest.approx(cns(hist))
    assert leik(scaled) == pytest.approx(leik(hist))
    assert van_der_eijk(scaled) == pytest.approx(van_der_eijk(hist))


def test_empty_histogram_is_undefined() -> None:
    assert cns((0, 0, 0, 0, 0)) is None
    assert leik((0, 0, 0, 0, 0)) is None
    assert van_der_eijk((0, 0, 0, 0, 0)) is None
    assert polarization((0, 0, 0, 0, 0)) is None


def test_invalid_histograms() -> None:
    with pytest.raises(ValueError, match="at least 3"):
        van_der_eijk((1, 2))
    with pytest.raises(ValueError, match="at least 2"):
        cns((4,))
    with pytest.raises(ValueError, match="non-negative"):
        cns((1, -1, 2))
    with pytest.raises(ValueError, match="non-negative"):
        leik((1, 2.5, 2))  # type: ignore[arg-type]
