"""Label of a statement across categories (METHOD.md §1.b, "Primary label").

Every category weighs the same here, whatever its size: the Agora looks for agreement between
roles, so the inputs are one tally per category, never pooled votes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from itertools import combinations
from typing import Any

from agora.method import wording
from agora.method.params import DEFAULT_PARAMS, MethodParams
from agora.method.stance import Stance, stance
from agora.method.tally import Tally

#: Decimals kept for the numbers of a reason; enough to recheck a label by hand.
REASON_DIGITS = 6


class Label(StrEnum):
    """Primary label of a statement; the value is the stored ASCII code."""

    TROP_PEU = "TROP_PEU"
    DISSENSUS_INTER = "DISSENSUS_INTER"
    CONSENSUS_POUR = "CONSENSUS_POUR"
    CONSENSUS_POUR_PARTIEL = "CONSENSUS_POUR_PARTIEL"
    CONSENSUS_CONTRE = "CONSENSUS_CONTRE"
    CONSENSUS_CONTRE_PARTIEL = "CONSENSUS_CONTRE_PARTIEL"
    INCERTAIN = "INCERTAIN"
    DIVISE_INTRA = "DIVISE_INTRA"
    DIVERGENCE_INTER = "DIVERGENCE_INTER"
    MITIGE = "MITIGE"


#: Labels that count as a point of consensus.
CONSENSUS_LABELS = frozenset(
    {
        Label.CONSENSUS_POUR,
        Label.CONSENSUS_POUR_PARTIEL,
        Label.CONSENSUS_CONTRE,
        Label.CONSENSUS_CONTRE_PARTIEL,
    }
)


def _num(value: Fraction | float | None) -> float | None:
    return None if value is None else round(float(value), REASON_DIGITS)


@dataclass(frozen=True)
class RuleExplanation:
    """Which labelling rule fired and the numbers behind it ("Pourquoi ce libellé ?").

    Attributes:
        number: Rule number 1–7 of the METHOD.md table.
        reason: JSON-ready dict: ``why`` (sentence key), ``rule``, ``label``, the thresholds
            used and the counts and shares that decided.
    """

    number: int
    reason: dict[str, Any]

    def sentence(
        self, names: Mapping[str, str] | None = None, translate: wording.Translate | None = None
    ) -> str:
        """Return the French (or translated) explanation.

        Args:
            names: Category code → display name.
            translate: ``translate(context, text)``, e.g. ``QCoreApplication.translate``.

        Returns:
            The explanation sentence(s).
        """
        return wording.rule_sentence(self.reason, names, translate)


@dataclass(frozen=True)
class StatementVerdict:
    """Everything decided about one statement from its per-category tallies.

    Category tuples follow the order of the ``categories`` argument of :func:`judge_statement`;
    gap keys are pairs in that order too.
    """

    label: Label
    flags: tuple[str, ...]
    stances: dict[str, Stance]
    valid: tuple[str, ...]
    insufficient: tuple[str, ...]
    divided: tuple[str, ...]
    u: Fraction | None
    gaps: dict[tuple[str, str], Fraction]
    max_gap: Fraction | None
    max_gap_pairs: tuple[tuple[str, str], ...]
    significant_pairs: tuple[tuple[str, str], ...]
    stand_out: tuple[str, ...]
    gic: float | None
    gic_geo: float | None
    gicd: float | None
    gicd_geo: float | None
    rule: RuleExplanation
    total_n: int = 0
    sum_p: int = 0

    def label_text(
        self, names: Mapping[str, str] | None = None, translate: wording.Translate | None = None
    ) -> str:
        """Return the wording of the label, with its categories filled in.

        Args:
            names: Category code → display name.
            translate: ``translate(context, text)``.

        Returns:
            For example ``"Divisé au sein de : élus"``.
        """
        return wording.label_text(
            self.label,
            missing=self.insufficient,
            divided=self.divided,
            stand_out=self.stand_out,
            names=names,
            translate=translate,
        )


def _stand_out(
    valid: Sequence[str], significant: set[tuple[str, str]], pairs: Sequence[tuple[str, str]]
) -> list[str]:
    # qmethod "distinguishes" logic. With two valid categories the only pair involves both, which
    # qmethod reports as "distinguishes all", not as one category standing out: require three.
    if len(valid) < 3 or not significant:
        return []
    out = []
    for c in valid:
        if all((p in significant) == (c in p) for p in pairs):
            out.append(c)
    return out


def _counts(tally: Tally | None) -> dict[str, int]:
    if tally is None:
        return {"A": 0, "N": 0, "D": 0, "P": 0, "n": 0}
    return {"A": tally.A, "N": tally.N, "D": tally.D, "P": tally.P, "n": tally.n}


@lru_cache(maxsize=32)
def _thresholds(params: MethodParams) -> dict[str, Any]:
    # Computed once per parameter set; each reason gets its own copy.
    return {
        "n_min": params.n_min,
        "t_pos": _num(params.t_pos),
        "t_minor": _num(params.t_minor),
        "t_gap": _num(params.t_gap),
        "t_oppose": _num(params.t_oppose),
        "t_unc": _num(params.t_unc),
        "require_all_categories": params.require_all_categories,
    }


def _geo(product: float, k: int) -> float:
    return product ** (1.0 / k) if product > 0 else 0.0


def judge_statement(
    tallies: Mapping[str, Tally],
    categories: Sequence[str],
    params: MethodParams = DEFAULT_PARAMS,
) -> StatementVerdict:
    """Label a statement from its per-category tallies (first matching rule wins).

    Only the categories listed in ``categories`` are considered: the caller must leave out the
    "observateur" category (and any other category excluded from the metrics); tallies of
    categories not listed are ignored. A listed category missing from ``tallies`` counts as
    INSUFFISANT.

    Args:
        tallies: Category code → tally for this statement.
        categories: Categories to consider, in display order.
        params: Thresholds.

    Returns:
        The verdict: label, flags, stances, gaps, stand-out categories, GIC scores and the rule
        that fired.

    Raises:
        ValueError: If ``categories`` lists a code twice.
    """
    if len(set(categories)) != len(categories):
        raise ValueError(f"duplicate category codes in {list(categories)}")
    stances = {c: stance(tallies.get(c), params) for c in categories}
    valid = [c for c in categories if stances[c] is not Stance.INSUFFISANT]
    insufficient = [c for c in categories if stances[c] is Stance.INSUFFISANT]
    divided = [c for c in valid if stances[c] is Stance.DIVISE]
    pour = [c for c in valid if stances[c] is Stance.POUR]
    contre = [c for c in valid if stances[c] is Stance.CONTRE]

    sum_p = total = total_n = 0
    for c in categories:
        t = tallies.get(c)
        if t is not None:
            n = t.A + t.N + t.D
            total_n += n
            sum_p += t.P
            total += n + t.P
    u = Fraction(sum_p, total) if total else None

    # A valid category has n >= n_min >= 1 votes, so its position is never None.
    positions = {c: tallies[c].s or Fraction(0) for c in valid}
    pairs = list(combinations(valid, 2))
    gaps: dict[tuple[str, str], Fraction] = {}
    for c1, c2 in pairs:
        gaps[(c1, c2)] = abs(positions[c1] - positions[c2])
    max_gap = max(gaps.values()) if gaps else None
    max_pairs = tuple(p for p, g in gaps.items() if g == max_gap)
    significant = tuple(p for p, g in gaps.items() if g >= params.t_gap)
    stand_out = _stand_out(valid, set(significant), pairs)

    gic = gic_geo = gicd = gicd_geo = None
    if len(valid) >= 2:
        # Products only rank statements: floats are enough (METHOD.md: "floats for products").
        cells = [tallies[c] for c in valid]
        gic = math.prod((t.A + 1) / (t.A + t.N + t.D + 2) for t in cells)
        gicd = math.prod((t.D + 1) / (t.A + t.N + t.D + 2) for t in cells)
        gic_geo, gicd_geo = _geo(gic, len(valid)), _geo(gicd, len(valid))

    incertain = u is not None and u >= params.t_unc
    flags: list[str] = []
    if insufficient:
        flags.append("INSUFFISANT:" + ",".join(insufficient))
    if divided:
        flags.append("DIVISE_INTRA:" + ",".join(divided))
    if incertain:
        flags.append("INCERTAIN")
    if stand_out:
        flags.append("SE_DISTINGUE:" + ",".join(stand_out))

    reason: dict[str, Any] = {
        "thresholds": dict(_thresholds(params)),
        # Every category, absent ones as zeros: a facilitator rechecks the label from these.
        "counts": {c: _counts(tallies.get(c)) for c in categories},
        "stances": {c: stances[c].value for c in categories},
        "valid": list(valid),
    }
    high_low: list[str] | None = None
    if max_pairs:
        c1, c2 = max_pairs[0]
        high_low = [c1, c2] if positions[c1] >= positions[c2] else [c2, c1]
    reason["max_gap"] = _num(max_gap)
    reason["max_gap_pair"] = high_low

    number, label = _decide(
        params, valid, insufficient, divided, pour, contre, max_gap, incertain, significant
    )
    reason["rule"] = number
    reason["why"] = f"rule{number}"
    if number == 2:
        reason.update(
            pour=pour, contre=contre, oppose_reached=max_gap is not None and max_gap >= params.t_oppose
        )
    elif number == 3:
        reason.update(
            stance="POUR" if len(pour) == len(valid) else "CONTRE",
            missing=list(insufficient),
            blocked_by_require_all=label is Label.TROP_PEU,
            shares={c: {"a": _num(tallies[c].a), "d": _num(tallies[c].d)} for c in valid},
        )
    elif number == 4:
        reason.update(u=_num(u), sum_p=sum_p, sum_total=total)
    elif number == 5:
        reason.update(
            divided=divided,
            shares={c: {"a": _num(tallies[c].a), "d": _num(tallies[c].d)} for c in divided},
            kappa={c: _num(tallies[c].kappa) for c in divided},
        )
    elif number == 6:
        reason.update(
            significant_pairs=[list(p) for p in significant],
            stand_out=list(stand_out),
        )
    reason["label"] = label.value
    return StatementVerdict(
        label=label,
        flags=tuple(flags),
        stances=stances,
        valid=tuple(valid),
        insufficient=tuple(insufficient),
        divided=tuple(divided),
        u=u,
        gaps=gaps,
        max_gap=max_gap,
        max_gap_pairs=max_pairs,
        significant_pairs=significant,
        stand_out=tuple(stand_out),
        gic=gic,
        gic_geo=gic_geo,
        gicd=gicd,
        gicd_geo=gicd_geo,
        rule=RuleExplanation(number=number, reason=reason),
        total_n=total_n,
        sum_p=sum_p,
    )


def _decide(
    params: MethodParams,
    valid: Sequence[str],
    insufficient: Sequence[str],
    divided: Sequence[str],
    pour: Sequence[str],
    contre: Sequence[str],
    max_gap: Fraction | None,
    incertain: bool,
    significant: Sequence[tuple[str, str]],
) -> tuple[int, Label]:
    """Apply the seven rules of the label table in order; return (rule number, label)."""
    if len(valid) < 2:
        return 1, Label.TROP_PEU
    if (pour and contre) or (max_gap is not None and max_gap >= params.t_oppose):
        return 2, Label.DISSENSUS_INTER
    if len(pour) == len(valid) or len(contre) == len(valid):
        if insufficient and params.require_all_categories:
            # The strict COMET reading: a consensus must include every role.
            return 3, Label.TROP_PEU
        if len(pour) == len(valid):
            return 3, Label.CONSENSUS_POUR_PARTIEL if insufficient else Label.CONSENSUS_POUR
        return 3, Label.CONSENSUS_CONTRE_PARTIEL if insufficient else Label.CONSENSUS_CONTRE
    if incertain:
        return 4, Label.INCERTAIN
    if divided:
        return 5, Label.DIVISE_INTRA
    if significant:
        return 6, Label.DIVERGENCE_INTER
    return 7, Label.MITIGE
