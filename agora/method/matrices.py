"""The three matrices of the Agora screen and PDF (METHOD.md §1.c).

- M1, statement × category heatmap: one :class:`HeatRow` per statement;
- M2, category × category agreement across statements: :func:`category_matrix`;
- M3, expectations from one category toward another: :func:`expectation_matrix`.

They read verdicts and tallies only; ordering rows is the caller's business (the analysis puts
them in the order of the ranked lists).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from fractions import Fraction
from itertools import combinations
from typing import Any, Literal

from agora.method import ordinal, wording
from agora.method.inputs import CommitmentCard, ExpectationCard
from agora.method.label import Label, StatementVerdict
from agora.method.stance import Stance
from agora.method.tally import Tally

#: Pearson's r is shown only from this many statements compared.
PEARSON_MIN_STATEMENTS = 5

#: Decimals kept for floats in the JSON output.
JSON_DIGITS = 6


def rounded(value: Fraction | float | None) -> float | None:
    """Round a number for JSON output.

    Args:
        value: A fraction, a float or ``None``.

    Returns:
        The float rounded to 6 decimals, or ``None``.
    """
    return None if value is None else round(float(value), JSON_DIGITS)


_EMPTY = Tally(0, 0, 0, 0)


@dataclass(frozen=True)
class HeatCell:
    """One M1 cell: colour from ``s``, text from the glyph and the counts.

    Attributes:
        category: Category code.
        stance: Stance of the category.
        s: Mean position in [−1, 1] (diverging colour), ``None`` without votes.
        A, N, D, P, n: The counts behind the cell.
        glyph: Stance glyph.
        text: Glyph, ``A/N/D``, ``(+P)`` when P > 0, and n, e.g. ``"+ 4/0/0 n=4"``.
        hatched: True when the stance is INSUFFISANT (drawn grey and hatched).
    """

    category: str
    stance: Stance
    s: Fraction | None
    A: int
    N: int
    D: int
    P: int
    n: int
    glyph: str
    text: str
    hatched: bool


@dataclass(frozen=True)
class HeatRow:
    """One M1 row: the statement's cells and its badge (label, GIC_geo, max gap).

    Attributes:
        statement: Statement id.
        label: Label shown (the facilitator's override when there is one).
        group: Ranked list the row is grouped under.
        gic_geo: Geometric mean of the smoothed agreement of valid categories.
        max_gap: Largest gap between valid categories.
        cells: One cell per category, in category order.
    """

    statement: str
    label: Label
    group: str
    gic_geo: float | None
    max_gap: Fraction | None
    cells: tuple[HeatCell, ...]

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object of the row."""
        return {
            "statement": self.statement,
            "label": self.label.value,
            "group": self.group,
            "gic_geo": rounded(self.gic_geo),
            "max_gap": rounded(self.max_gap),
            "cells": {
                c.category: {
                    "stance": c.stance.value,
                    "s": rounded(c.s),
                    "A": c.A,
                    "N": c.N,
                    "D": c.D,
                    "P": c.P,
                    "n": c.n,
                    "glyph": c.glyph,
                    "text": c.text,
                    "hatched": c.hatched,
                }
                for c in self.cells
            },
        }


def heat_cell(category: str, tally: Tally | None, cell_stance: Stance) -> HeatCell:
    """Build one M1 cell.

    Args:
        category: Category code.
        tally: The category's tally, or ``None`` if it did not vote.
        cell_stance: Its stance on the statement.

    Returns:
        The cell.
    """
    t = tally or _EMPTY
    glyph = wording.STANCE_GLYPHS[cell_stance.value]
    extra = f" (+{t.P})" if t.P else ""
    return HeatCell(
        category=category,
        stance=cell_stance,
        s=t.s,
        A=t.A,
        N=t.N,
        D=t.D,
        P=t.P,
        n=t.n,
        glyph=glyph,
        text=f"{glyph} {t.A}/{t.N}/{t.D}{extra} n={t.n}",
        hatched=cell_stance is Stance.INSUFFISANT,
    )


def heat_row(
    statement: str,
    label: Label,
    group: str,
    verdict: StatementVerdict,
    tallies: Mapping[str, Tally],
    categories: Sequence[str],
) -> HeatRow:
    """Build one M1 row.

    Args:
        statement: Statement id.
        label: Label shown.
        group: Name of the ranked list the row belongs to.
        verdict: The statement's verdict.
        tallies: Category → tally on the statement.
        categories: Categories considered, in column order.

    Returns:
        The row.
    """
    cells = tuple(heat_cell(c, tallies.get(c), verdict.stances[c]) for c in categories)
    return HeatRow(statement, label, group, verdict.gic_geo, verdict.max_gap, cells)


@dataclass(frozen=True)
class PairAgreement:
    """M2 cell for two categories, over statements where both are valid.

    Attributes:
        a, b: Category codes, in category order.
        accord: ``1 − mean |s_a − s_b| / 2`` in [0, 1], ``None`` when ``m = 0``.
        opp: Statements where one is POUR and the other CONTRE.
        m: Statements compared.
        pearson: Correlation of ``s_a`` and ``s_b``, only when ``m ≥ 5`` and both vary.
    """

    a: str
    b: str
    accord: float | None
    opp: int
    m: int
    pearson: float | None


@dataclass(frozen=True)
class CategoryMatrix:
    """M2: pairwise agreement and per-category cohesion on the diagonal.

    Attributes:
        categories: Category codes, in order.
        pairs: ``(a, b)`` in category order → agreement; use :meth:`pair` for either order.
        diagonal: Category → cohesion: mean Tastle–Wierman ``Cns`` when every valid cell has
            individual 5-point votes, else ``1 − mean κ``; ``None`` if never valid.
        diagonal_kind: Category → ``"cns"``, ``"kappa"`` or ``None``.
    """

    categories: tuple[str, ...]
    pairs: dict[tuple[str, str], PairAgreement]
    diagonal: dict[str, float | None]
    diagonal_kind: dict[str, Literal["cns", "kappa"] | None]

    def pair(self, a: str, b: str) -> PairAgreement:
        """Return the agreement of two categories, in either order.

        Args:
            a: A category code.
            b: Another category code.

        Returns:
            Their M2 cell.

        Raises:
            KeyError: If one is unknown or ``a == b``.
        """
        return self.pairs[(a, b)] if (a, b) in self.pairs else self.pairs[(b, a)]

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object of M2."""
        return {
            "categories": list(self.categories),
            "pairs": [
                {
                    "a": p.a,
                    "b": p.b,
                    "accord": rounded(p.accord),
                    "opp": p.opp,
                    "m": p.m,
                    "pearson": rounded(p.pearson),
                }
                for p in self.pairs.values()
            ],
            "diagonal": {
                c: {"value": rounded(self.diagonal[c]), "kind": self.diagonal_kind[c]}
                for c in self.categories
            },
        }


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    m = len(xs)
    if m < PEARSON_MIN_STATEMENTS:
        return None
    mx, my = sum(xs) / m, sum(ys) / m
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return sxy / math.sqrt(sxx * syy)


def category_matrix(
    statements: Iterable[tuple[StatementVerdict, Mapping[str, Tally]]],
    categories: Sequence[str],
) -> CategoryMatrix:
    """Build M2 from every statement's verdict and tallies.

    Args:
        statements: ``(verdict, tallies)`` per statement.
        categories: Categories considered, in order.

    Returns:
        The category × category matrix.
    """
    pairs = list(combinations(categories, 2))
    xs: dict[tuple[str, str], list[float]] = {p: [] for p in pairs}
    ys: dict[tuple[str, str], list[float]] = {p: [] for p in pairs}
    gap_sum = dict.fromkeys(pairs, 0.0)
    opp = dict.fromkeys(pairs, 0)
    cns_values: dict[str, list[float]] = {c: [] for c in categories}
    kappa_values: dict[str, list[float]] = {c: [] for c in categories}
    all_cns = dict.fromkeys(categories, True)
    index = {c: i for i, c in enumerate(categories)}
    for verdict, tallies in statements:
        valid = [c for c in verdict.valid if c in index]
        s = {}
        for c in valid:
            t = tallies[c]
            s[c] = float(t.s) if t.s is not None else 0.0
            kappa_values[c].append(float(t.kappa) if t.kappa is not None else 0.0)
            value = ordinal.cns(t.hist) if t.hist is not None else None
            if value is None:
                all_cns[c] = False
            else:
                cns_values[c].append(value)
        for a, b in combinations(sorted(valid, key=index.__getitem__), 2):
            key = (a, b)
            xs[key].append(s[a])
            ys[key].append(s[b])
            gap_sum[key] += abs(s[a] - s[b])
            stances = {verdict.stances[a], verdict.stances[b]}
            if stances == {Stance.POUR, Stance.CONTRE}:
                opp[key] += 1
    out: dict[tuple[str, str], PairAgreement] = {}
    for key in pairs:
        m = len(xs[key])
        accord = 1 - gap_sum[key] / m / 2 if m else None
        out[key] = PairAgreement(key[0], key[1], accord, opp[key], m, _pearson(xs[key], ys[key]))
    diagonal: dict[str, float | None] = {}
    kinds: dict[str, Literal["cns", "kappa"] | None] = {}
    for c in categories:
        if not kappa_values[c]:
            diagonal[c], kinds[c] = None, None
        elif all_cns[c]:
            diagonal[c], kinds[c] = sum(cns_values[c]) / len(cns_values[c]), "cns"
        else:
            diagonal[c], kinds[c] = 1 - sum(kappa_values[c]) / len(kappa_values[c]), "kappa"
    return CategoryMatrix(tuple(categories), out, diagonal, kinds)


@dataclass(frozen=True)
class ExpectationOverlay:
    """Acceptance of one voted expectation by its target category.

    Attributes:
        card: Expectation card id.
        source, target: Category codes.
        statement: Statement the expectation became.
        source_stance, target_stance: Stances on that statement.
        gap: ``|s_source − s_target|`` when both are valid, else ``None``.
        role_linked_dissensus: The source is POUR and the target CONTRE: the case facilitators
            care most about.
    """

    card: str
    source: str
    target: str
    statement: str
    source_stance: Stance
    target_stance: Stance
    gap: Fraction | None
    role_linked_dissensus: bool


@dataclass(frozen=True)
class AcceptanceCell:
    """Voted expectations of one (source, target) cell, by the target's stance."""

    voted: int
    accepted: int
    rejected: int
    role_linked: int


@dataclass(frozen=True)
class ExpectationMatrix:
    """M3: who expects what from whom, and whether it is answered.

    Attributes:
        categories: Category codes, in order.
        counts: ``(i, j)`` → expectation cards from i to j, i ≠ j (zero cells included).
        emitted: Row sums ("émises").
        received: Column sums ("reçues").
        reciprocity: ``(i, j)`` in category order → ``min/max`` of the two directions; 0 when
            one side is empty, ``None`` when both are.
        coverage: ``(i, j)`` → share of i→j cards answered by at least one commitment of j,
            ``None`` when there is no card.
        commitments: Category → its own commitment cards (the diagonal).
        self_addressed: Category → expectation cards addressed to itself (kept out of E).
        acceptance: ``(i, j)`` → counts of voted expectations by the target's stance.
        overlay: One entry per voted expectation card.
    """

    categories: tuple[str, ...]
    counts: dict[tuple[str, str], int]
    emitted: dict[str, int]
    received: dict[str, int]
    reciprocity: dict[tuple[str, str], Fraction | None]
    coverage: dict[tuple[str, str], Fraction | None]
    commitments: dict[str, int]
    self_addressed: dict[str, int]
    acceptance: dict[tuple[str, str], AcceptanceCell]
    overlay: tuple[ExpectationOverlay, ...]

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object of M3; cells are nested ``{source: {target: value}}``."""
        cats = self.categories

        def nested(values: Mapping[tuple[str, str], Any]) -> dict[str, dict[str, Any]]:
            return {i: {j: values[(i, j)] for j in cats if j != i} for i in cats}

        return {
            "categories": list(cats),
            "counts": nested(self.counts),
            "emitted": dict(self.emitted),
            "received": dict(self.received),
            "reciprocity": [{"a": i, "b": j, "value": rounded(r)} for (i, j), r in self.reciprocity.items()],
            "coverage": nested({k: rounded(v) for k, v in self.coverage.items()}),
            "commitments": dict(self.commitments),
            "self_addressed": dict(self.self_addressed),
            "acceptance": nested({k: asdict(v) for k, v in self.acceptance.items()}),
            "overlay": [
                {
                    "card": o.card,
                    "source": o.source,
                    "target": o.target,
                    "statement": o.statement,
                    "source_stance": o.source_stance.value,
                    "target_stance": o.target_stance.value,
                    "gap": rounded(o.gap),
                    "role_linked_dissensus": o.role_linked_dissensus,
                }
                for o in self.overlay
            ],
        }


def expectation_matrix(
    categories: Sequence[str],
    expectations: Iterable[ExpectationCard],
    commitments: Iterable[CommitmentCard],
    verdicts: Mapping[str, StatementVerdict] | None = None,
) -> ExpectationMatrix:
    """Build M3 from the cards, with the acceptance overlay for voted expectations.

    Cards whose categories are not in ``categories`` (observers) are left out; the caller
    checks unknown codes.

    Args:
        categories: Categories considered, in order.
        expectations: Expectation cards.
        commitments: Commitment cards.
        verdicts: Statement id → verdict, for expectations voted in the Agora.

    Returns:
        The expectations matrix.
    """
    cats = tuple(categories)
    known = set(cats)
    counts = {(i, j): 0 for i in cats for j in cats if i != j}
    self_addressed = dict.fromkeys(cats, 0)
    own = dict.fromkeys(cats, 0)
    answered_by: dict[str, set[str]] = {}
    for card in commitments:
        if card.category not in known:
            continue
        own[card.category] += 1
        for expectation_id in card.answers:
            answered_by.setdefault(expectation_id, set()).add(card.category)
    covered = dict.fromkeys(counts, 0)
    acc = {key: [0, 0, 0, 0] for key in counts}
    overlay: list[ExpectationOverlay] = []
    for card in expectations:
        if card.source not in known or card.target not in known:
            continue
        if card.source == card.target:
            self_addressed[card.source] += 1
            continue
        key = (card.source, card.target)
        counts[key] += 1
        if card.target in answered_by.get(card.id, ()):
            covered[key] += 1
        verdict = (verdicts or {}).get(card.statement) if card.statement else None
        if verdict is None or card.statement is None:
            continue
        src, tgt = verdict.stances[card.source], verdict.stances[card.target]
        # Gaps exist only between valid categories, which is what the overlay should show.
        gap = verdict.gaps.get(key, verdict.gaps.get((card.target, card.source)))
        linked = src is Stance.POUR and tgt is Stance.CONTRE
        overlay.append(
            ExpectationOverlay(card.id, card.source, card.target, card.statement, src, tgt, gap, linked)
        )
        cell = acc[key]
        cell[0] += 1
        cell[1] += tgt is Stance.POUR
        cell[2] += tgt is Stance.CONTRE
        cell[3] += linked
    emitted = {i: sum(counts[(i, j)] for j in cats if j != i) for i in cats}
    received = {j: sum(counts[(i, j)] for i in cats if i != j) for j in cats}
    reciprocity: dict[tuple[str, str], Fraction | None] = {}
    for i, j in combinations(cats, 2):
        low, high = sorted((counts[(i, j)], counts[(j, i)]))
        reciprocity[(i, j)] = Fraction(low, high) if high else None
    coverage = {key: (Fraction(covered[key], n) if n else None) for key, n in counts.items()}
    acceptance = {key: AcceptanceCell(*values) for key, values in acc.items()}
    return ExpectationMatrix(
        categories=cats,
        counts=counts,
        emitted=emitted,
        received=received,
        reciprocity=reciprocity,
        coverage=coverage,
        commitments=own,
        self_addressed=self_addressed,
        acceptance=acceptance,
        overlay=tuple(overlay),
    )
