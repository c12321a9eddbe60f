"""Stance of one category on one statement (METHOD.md §1.b, "Stance of a category")."""

from __future__ import annotations

from enum import StrEnum

from agora.method.params import DEFAULT_PARAMS, MethodParams
from agora.method.tally import Tally


class Stance(StrEnum):
    """What a category thinks of a statement; the value is the stored ASCII code."""

    INSUFFISANT = "INSUFFISANT"
    POUR = "POUR"
    CONTRE = "CONTRE"
    DIVISE = "DIVISE"
    MITIGE = "MITIGE"


def stance(tally: Tally | None, params: MethodParams = DEFAULT_PARAMS) -> Stance:
    """Return the stance of a category, first matching rule wins.

    1. INSUFFISANT if ``n < n_min`` (a missing tally counts as no vote at all);
    2. POUR if ``a ≥ t_pos`` and ``d ≤ t_minor``;
    3. CONTRE if ``d ≥ t_pos`` and ``a ≤ t_minor``;
    4. DIVISE if ``min(a, d) > t_minor``;
    5. MITIGE otherwise.

    Comparisons are exact: ``A/n ≥ p/q`` is tested as ``A·q ≥ p·n`` on integers, which is the
    same test as with fractions, without building one per cell.

    Args:
        tally: Counts of the category, or ``None`` if it did not vote.
        params: Thresholds.

    Returns:
        The stance.
    """
    if tally is None:
        return Stance.INSUFFISANT
    n = tally.A + tally.N + tally.D
    if n < params.n_min or n == 0:
        return Stance.INSUFFISANT
    pos_num, pos_den = params.t_pos.numerator, params.t_pos.denominator
    min_num, min_den = params.t_minor.numerator, params.t_minor.denominator
    agree, disagree = tally.A, tally.D
    if agree * pos_den >= pos_num * n and disagree * min_den <= min_num * n:
        return Stance.POUR
    if disagree * pos_den >= pos_num * n and agree * min_den <= min_num * n:
        return Stance.CONTRE
    if min(agree, disagree) * min_den > min_num * n:
        return Stance.DIVISE
    return Stance.MITIGE
