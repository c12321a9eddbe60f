"""Ordinal cohesion measures on a histogram of ordered answers (METHOD.md §1.e).

They describe how much one category agrees *within itself* on a 5-point statement: they are
only meaningful for individual 5-point votes, never for a show of hands. Formulas follow the R
package agrmt (Tastle–Wierman consensus, Leik ordinal dispersion, van der Eijk agreement).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple


class Leik(NamedTuple):
    """Leik's ordinal dispersion ``D`` ∈ [0, 1] and the cohesion ``1 − D`` shown to users."""

    dispersion: float
    cohesion: float


def _checked(hist: Sequence[int], min_bins: int) -> tuple[tuple[int, ...], int]:
    counts = tuple(hist)
    if len(counts) < min_bins:
        raise ValueError(f"need at least {min_bins} ordered answers, got {len(counts)}")
    # type() rather than isinstance(): it is called per cell, and bool must be refused anyway.
    if any(type(f) is not int or f < 0 for f in counts):
        raise ValueError(f"frequencies must be non-negative integers, got {counts!r}")
    return counts, sum(counts)


def cns(hist: Sequence[int]) -> float | None:
    """Tastle–Wierman consensus ``1 + Σ p_i·log2(1 − |X_i − μ|/(k − 1))``.

    Args:
        hist: Frequencies of answers 1..k, k ≥ 2.

    Returns:
        1 when every answer falls in one bin, 0 for a 50/50 split between the extremes;
        ``None`` without answers.

    Raises:
        ValueError: On fewer than two bins or a negative frequency.
    """
    counts, n = _checked(hist, 2)
    if n == 0:
        return None
    return _cns(counts, n)


@lru_cache(maxsize=16384)
def _cns(counts: tuple[int, ...], n: int) -> float:
    # Cached because an analysis asks for the same histogram in M1 and in M2.
    k = len(counts)
    mu = sum((i + 1) * f for i, f in enumerate(counts)) / n
    total = 0.0
    for i, f in enumerate(counts):
        if f:
            # A non-empty bin is never at distance k − 1 from the mean unless it holds every
            # answer, in which case the distance is 0: log2 always gets a positive argument.
            total += f / n * math.log2(1 - abs(i + 1 - mu) / (k - 1))
    return 1 + total


def leik(hist: Sequence[int]) -> Leik | None:
    """Leik's ordinal dispersion and its complement.

    Args:
        hist: Frequencies of answers 1..k, k ≥ 2.

    Returns:
        ``Leik(dispersion, cohesion)``, or ``None`` without answers.

    Raises:
        ValueError: On fewer than two bins or a negative frequency.
    """
    counts, n = _checked(hist, 2)
    if n == 0:
        return None
    k = len(counts)
    cumulative = 0
    total = 0.0
    for f in counts:
        cumulative += f
        share = cumulative / n
        total += share if share <= 0.5 else 1 - share
    dispersion = total / (0.5 * (k - 1))
    return Leik(dispersion, 1 - dispersion)


@lru_cache(maxsize=4096)
def _pattern_agreement(pattern: tuple[int, ...]) -> float:
    """Agreement of one layer pattern of 0/1 (van der Eijk); cached, there are only 2^k."""
    k = len(pattern)
    present = sum(pattern)
    if present == 1:
        return 1.0
    tu = tdu = 0
    for i, j, m in combinations(range(k), 3):
        triple = (pattern[i], pattern[j], pattern[m])
        if triple in ((1, 1, 0), (0, 1, 1)):
            tu += 1
        elif triple == (1, 0, 1):
            tdu += 1
    if tu + tdu == 0:
        return 0.0
    unimodality = ((k - 2) * tu - (k - 1) * tdu) / ((k - 2) * (tu + tdu))
    return unimodality * (1 - (present - 1) / (k - 1))


def van_der_eijk(hist: Sequence[int]) -> float | None:
    """Van der Eijk's agreement ``A`` ∈ [−1, 1], by peeling the histogram into layers.

    Each layer is the pattern of non-empty bins, as high as the smallest non-empty bin; its
    weight is ``height·S/n`` with ``S`` the number of non-empty bins.

    Args:
        hist: Frequencies of answers 1..k, k ≥ 3.

    Returns:
        1 unimodal, 0 uniform, −1 polarised; ``None`` without answers.

    Raises:
        ValueError: On fewer than three bins or a negative frequency.
    """
    counts, n = _checked(hist, 3)
    if n == 0:
        return None
    return _van_der_eijk(counts, n)


@lru_cache(maxsize=16384)
def _van_der_eijk(counts: tuple[int, ...], n: int) -> float:
    # Peeling layers of the smallest non-zero height is the same as walking the distinct
    # non-zero frequencies upwards: the layer between two successive levels covers exactly the
    # bins at or above the upper level. Cached: small groups repeat the same histograms.
    agreement = 0.0
    previous = 0
    for level in sorted({f for f in counts if f}):
        pattern = tuple(1 if f >= level else 0 for f in counts)
        agreement += (level - previous) * sum(pattern) / n * _pattern_agreement(pattern)
        previous = level
    return agreement


def polarization(hist: Sequence[int]) -> float | None:
    """Polarization ``(1 − A)/2`` derived from van der Eijk's agreement.

    Args:
        hist: Frequencies of answers 1..k, k ≥ 3.

    Returns:
        0 unimodal, 1 fully polarised; ``None`` without answers.

    Raises:
        ValueError: On fewer than three bins or a negative frequency.
    """
    agreement = van_der_eijk(hist)
    return None if agreement is None else (1 - agreement) / 2
