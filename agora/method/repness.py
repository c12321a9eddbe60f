"""Representativeness of a category on a statement, Pol.is style (METHOD.md §1.b, "Spécifique").

A category is compared with the pooled rest of the room. The statistics follow the published
Pol.is method (compdemocracy/polis, ``repness.clj`` and ``stats.clj``), re-derived here: every
count gets a pseudo-count of one before the z-tests, and the probabilities use Laplace
smoothing. These numbers only rank statements; they never decide a label.

Caveat to keep in mind when reading results: the rest moves with the other categories, so a
category can look representative mainly because another one pulls the rest the other way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

from agora.method.params import MethodParams
from agora.method.tally import Tally

#: One-sided z for 90 % confidence; both tests must exceed it for the badge.
Z_90 = 1.2816

Side = Literal["agree", "disagree"]


def prop_test(succ: int, n: int) -> float:
    """One-proportion z-test of ``succ/n`` against one half, with one pseudo-count each.

    Args:
        succ: Successes (e.g. agree votes of the category).
        n: Trials (votes of the category, "ne se prononce pas" included).

    Returns:
        ``2·√(n+1)·((succ+1)/(n+1) − ½)``; ``prop_test(30, 50)`` is 1.5403.
    """
    trials = n + 1
    return 2 * math.sqrt(trials) * ((succ + 1) / trials - 0.5)


def two_prop_test(*, succ_in: int, n_in: int, succ_out: int, n_out: int) -> float:
    """Two-proportion z-test of a group against the rest, with one pseudo-count per count.

    Keyword-only on purpose: Pol.is orders its arguments (succ_in, succ_out, pop_in, pop_out),
    and METHOD.md quotes the check ``two_prop_test(15, 56, 24, 71) = −1.5141`` in that order,
    which is ``succ_in=15, succ_out=56, n_in=24, n_out=71`` here. Names make a silent mix-up
    impossible.

    Args:
        succ_in: Successes in the group.
        n_in: Trials in the group.
        succ_out: Successes in the rest.
        n_out: Trials in the rest.

    Returns:
        The z statistic; 0 when the pooled proportion is 1 (no variance).
    """
    s1, s2, n1, n2 = succ_in + 1, succ_out + 1, n_in + 1, n_out + 1
    p1, p2 = s1 / n1, s2 / n2
    pooled = (s1 + s2) / (n1 + n2)
    if pooled >= 1:
        return 0.0
    return (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))


@dataclass(frozen=True)
class Repness:
    """How much more a category agrees (or disagrees) than the rest of the room.

    Attributes:
        category: Category code.
        side: ``"agree"`` or ``"disagree"``.
        succ, n: Votes on that side and votes of the category (P included, as Pol.is counts
            passes).
        succ_rest, n_rest: The same pooled over the other categories.
        p_hat: ``(succ + 1)/(n + 2)``.
        p_rest: ``(succ_rest + 1)/(n_rest + 2)``.
        r: ``p_hat/p_rest``.
        z_p: :func:`prop_test` of the category.
        z_r: :func:`two_prop_test` of the category against the rest.
        metric: ``r·z_r·p_hat·z_p``, the Pol.is ranking score.
        significant: Both z above 1.2816 (90 %).
    """

    category: str
    side: Side
    succ: int
    n: int
    succ_rest: int
    n_rest: int
    p_hat: float
    p_rest: float
    r: float
    z_p: float
    z_r: float
    metric: float
    significant: bool

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object of the statistics (floats rounded to 6 decimals)."""
        return {
            "side": self.side,
            "p_hat": round(self.p_hat, 6),
            "p_rest": round(self.p_rest, 6),
            "r": round(self.r, 6),
            "z_p": round(self.z_p, 6),
            "z_r": round(self.z_r, 6),
            "metric": round(self.metric, 6),
            "significant": self.significant,
        }


def repness_side(
    tallies: Mapping[str, Tally], categories: Sequence[str], category: str, side: Side
) -> Repness:
    """Compare one category with the pooled other categories on one side.

    Args:
        tallies: Category code → tally on one statement (missing categories have no votes).
        categories: Categories considered (observers left out by the caller).
        category: The category to compare.
        side: ``"agree"`` (A) or ``"disagree"`` (D).

    Returns:
        The representativeness statistics.
    """
    succ = n = succ_rest = n_rest = 0
    for c in categories:
        t = tallies.get(c)
        if t is None:
            continue
        hits = t.A if side == "agree" else t.D
        # Pol.is counts every vote seen, passes included: our P plays that part.
        trials = t.A + t.N + t.D + t.P
        if c == category:
            succ, n = hits, trials
        else:
            succ_rest += hits
            n_rest += trials
    p_hat = (succ + 1) / (n + 2)
    p_rest = (succ_rest + 1) / (n_rest + 2)
    r = p_hat / p_rest
    z_p = prop_test(succ, n)
    z_r = two_prop_test(succ_in=succ, n_in=n, succ_out=succ_rest, n_out=n_rest)
    return Repness(
        category=category,
        side=side,
        succ=succ,
        n=n,
        succ_rest=succ_rest,
        n_rest=n_rest,
        p_hat=p_hat,
        p_rest=p_rest,
        r=r,
        z_p=z_p,
        z_r=z_r,
        metric=r * z_r * p_hat * z_p,
        significant=z_p > Z_90 and z_r > Z_90,
    )


def representativeness(tallies: Mapping[str, Tally], categories: Sequence[str]) -> dict[str, Repness]:
    """Return, for every category, its more representative side on one statement.

    As in Pol.is, the side kept is the one whose two-proportion test against the rest is the
    larger (agree on ties).

    Args:
        tallies: Category code → tally on one statement.
        categories: Categories considered (observers left out by the caller).

    Returns:
        Category code → statistics of the kept side, in ``categories`` order; categories
        without any vote are left out.
    """
    out: dict[str, Repness] = {}
    for c in categories:
        t = tallies.get(c)
        if t is None or t.A + t.N + t.D + t.P == 0:
            continue
        agree = repness_side(tallies, categories, c, "agree")
        disagree = repness_side(tallies, categories, c, "disagree")
        out[c] = agree if agree.z_r >= disagree.z_r else disagree
    return out


def room_majority(
    tallies: Mapping[str, Tally], categories: Sequence[str], params: MethodParams
) -> list[dict[str, Any]]:
    """Test one statement for the pooled "majorité de la salle" (not role-based).

    Rule, in the spirit of Pol.is ``select-consensus-comments``: pool the counts of every
    considered category (each vote counts once, whatever its category); the room is *for*
    when ``n ≥ n_min``, ``A/n ≥ t_pos``, ``D/n ≤ t_minor`` (exact fractions) and
    ``prop_test(A, n) > 1.2816`` (90 %); *against* symmetrically with D. The score is Pol.is's
    ``p̂·z`` with ``p̂ = (A+1)/(n+2)``. A large category can carry this alone, which is why it is
    never shown as a consensus between roles.

    Args:
        tallies: Category code → tally on one statement.
        categories: Categories considered (observers left out by the caller).
        params: Thresholds.

    Returns:
        Zero or one JSON-ready item: side, pooled A/N/D/P/n, share, p_hat, z, metric.
    """
    cells = [tallies[c] for c in categories if c in tallies]
    agree = sum(t.A for t in cells)
    neutral = sum(t.N for t in cells)
    disagree = sum(t.D for t in cells)
    n = agree + neutral + disagree
    if n < params.n_min or n == 0:
        return []
    items = []
    for side, hits, other in (("agree", agree, disagree), ("disagree", disagree, agree)):
        if Fraction(hits, n) < params.t_pos or Fraction(other, n) > params.t_minor:
            continue
        z = prop_test(hits, n)
        if z <= Z_90:
            continue
        p_hat = (hits + 1) / (n + 2)
        items.append(
            {
                "side": side,
                "A": agree,
                "N": neutral,
                "D": disagree,
                "P": sum(t.P for t in cells),
                "n": n,
                "share": Fraction(hits, n),
                "p_hat": p_hat,
                "z": z,
                "metric": p_hat * z,
            }
        )
    return items
