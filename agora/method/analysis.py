"""Whole-session analysis: from recorded positions and shows of hands to labels, lists, matrices.

:func:`analyse` is the single entry point the services call. Cost is linear in the number of
votes: votes are counted as integers by C-level counters first; fractions are built once per
(statement, category) cell, never per vote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from functools import cached_property
from typing import Any

from agora.method import ordinal, wording
from agora.method.inputs import AgoraInput, CategoryInfo, LabelOverride, StatementInput
from agora.method.label import CONSENSUS_LABELS, Label, StatementVerdict, judge_statement
from agora.method.matrices import (
    CategoryMatrix,
    ExpectationMatrix,
    HeatRow,
    category_matrix,
    expectation_matrix,
    heat_row,
    rounded,
)
from agora.method.params import PRESETS, MethodParams
from agora.method.repness import Repness, representativeness, room_majority
from agora.method.stance import Stance
from agora.method.tally import Tally, tallies_from_positions, tally_from_hands

#: Names of the ranked lists, in the order the M1 rows are grouped.
LIST_NAMES: tuple[str, ...] = ("consensus", "dissensus", "divisions", "incertitudes", "mitige", "trop_peu")


@dataclass(frozen=True)
class CategoryMetrics:
    """Per-category numbers of one statement (a tally of zeros when the category did not vote).

    Ordinal measures are ``None`` unless the category voted individually on the 5-point scale.
    """

    category: str
    tally: Tally
    stance: Stance
    cns: float | None
    leik_cohesion: float | None
    vde_agreement: float | None

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object of the cell (floats rounded to 6 decimals)."""
        t = self.tally
        return {
            "A": t.A,
            "N": t.N,
            "D": t.D,
            "P": t.P,
            "n": t.n,
            "stance": self.stance.value,
            "s": rounded(t.s),
            "kappa": rounded(t.kappa),
            "pa_hat": rounded(t.pa_hat),
            "pd_hat": rounded(t.pd_hat),
            "u": rounded(t.u),
            "cns": rounded(self.cns),
            "leik_cohesion": rounded(self.leik_cohesion),
            "vde_agreement": rounded(self.vde_agreement),
        }


@dataclass(frozen=True)
class StatementAnalysis:
    """Everything computed for one statement. ``label`` is what the screens show.

    Attributes:
        statement: The statement.
        tallies: Category → tally, only for categories that voted.
        metrics: Category → metrics, for every category considered.
        verdict: The computed verdict.
        repness: Category → its more representative side against the rest of the room.
        override: The facilitator's override in force, if any.
        label: The override's label if any, else the computed one.
    """

    statement: StatementInput
    tallies: dict[str, Tally]
    metrics: dict[str, CategoryMetrics]
    verdict: StatementVerdict
    repness: dict[str, Repness]
    override: LabelOverride | None
    label: Label

    @property
    def computed_label(self) -> Label:
        """The label the method computed, whatever the override."""
        return self.verdict.label

    @property
    def overridden(self) -> bool:
        """True when the facilitator's label replaces the computed one."""
        return self.override is not None


@dataclass(frozen=True)
class RankedList:
    """One ranked list; ``role_based`` is false only for the pooled room majority."""

    name: str
    role_based: bool
    items: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Analysis:
    """The result of :func:`analyse`: read-only, safe to hand to the UI or a report builder."""

    categories: tuple[CategoryInfo, ...]
    considered: tuple[str, ...]
    statements: tuple[StatementAnalysis, ...]
    ranked_lists: dict[str, RankedList]
    heatmap: tuple[HeatRow, ...]
    category_matrix: CategoryMatrix
    expectation_matrix: ExpectationMatrix
    params: MethodParams

    def statement(self, statement_id: str) -> StatementAnalysis:
        """Return the analysis of one statement.

        Args:
            statement_id: Statement id.

        Returns:
            Its analysis.

        Raises:
            KeyError: If the statement is unknown.
        """
        return self._by_id[statement_id]

    @cached_property
    def _by_id(self) -> dict[str, StatementAnalysis]:
        # Screens look statements up row by row: index them once.
        return {item.statement.id: item for item in self.statements}

    def to_json(self) -> dict[str, Any]:
        """Return the JSON-serialisable output described by ``docs/analyse-schema.json``.

        Returns:
            A dict of plain lists, dicts, strings, ints, floats (6 decimals), booleans, nulls.
        """
        return _analysis_json(self)


def _collect_tallies(
    inp: AgoraInput, considered: Sequence[str], excluded: set[str]
) -> dict[str, dict[str, Tally]]:
    statement_ids = {s.id for s in inp.statements}
    considered_set = set(considered)
    tallies = tallies_from_positions(inp.positions, statement_ids, considered_set, excluded)
    seen: set[tuple[str, str]] = set()
    for hand in inp.tallies:
        if hand.category in excluded:
            continue
        if hand.category not in considered_set:
            raise ValueError(f"show of hands in unknown category {hand.category!r}")
        if hand.statement not in statement_ids:
            raise ValueError(f"show of hands on unknown statement {hand.statement!r}")
        key = (hand.statement, hand.category)
        if key in seen:
            raise ValueError(f"two shows of hands for {hand.category!r} on statement {hand.statement!r}")
        seen.add(key)
        cells = tallies.setdefault(hand.statement, {})
        if hand.category in cells:
            raise ValueError(
                f"statement {hand.statement!r}, category {hand.category!r}: individual positions and a "
                "show of hands cannot be mixed"
            )
        cells[hand.category] = tally_from_hands(hand.present, hand.pour, hand.contre, hand.abstention)
    return tallies


def _check_cards(inp: AgoraInput, codes: set[str], statement_ids: set[str]) -> None:
    for card in inp.expectations:
        # A card not yet addressed to anyone has an empty target: it simply stays out of M3.
        if card.source not in codes or (card.target and card.target not in codes):
            raise ValueError(f"expectation card {card.id!r} names an unknown category")
        if card.statement is not None and card.statement not in statement_ids:
            raise ValueError(f"expectation card {card.id!r} names an unknown statement")
    for commitment in inp.commitments:
        if commitment.category not in codes:
            raise ValueError(f"commitment card {commitment.id!r} names an unknown category")


def _parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"override time {text!r} is not ISO 8601") from exc
    # Naive times are read as UTC so that they compare with aware ones.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _latest_overrides(
    overrides: Sequence[LabelOverride], statement_ids: set[str]
) -> dict[str, LabelOverride]:
    latest: dict[str, tuple[datetime, LabelOverride]] = {}
    for override in overrides:
        if override.statement not in statement_ids:
            raise ValueError(f"override of unknown statement {override.statement!r}")
        try:
            Label(override.label)
        except ValueError as exc:
            raise ValueError(f"unknown label {override.label!r} in override") from exc
        moment = _parse_time(override.at)
        current = latest.get(override.statement)
        # On equal times the later one in the input wins, like positions.
        if current is None or moment >= current[0]:
            latest[override.statement] = (moment, override)
    return {k: v[1] for k, v in latest.items()}


def _metrics(category: str, tally: Tally | None, cell_stance: Stance) -> CategoryMetrics:
    t = tally or Tally(0, 0, 0, 0)
    cns = leik = vde = None
    if t.hist is not None and t.n:
        cns = ordinal.cns(t.hist)
        leik_result = ordinal.leik(t.hist)
        leik = leik_result.cohesion if leik_result else None
        vde = ordinal.van_der_eijk(t.hist)
    return CategoryMetrics(category, t, cell_stance, cns, leik, vde)


def analyse(inp: AgoraInput) -> Analysis:
    """Analyse a whole session: verdicts, ranked lists, the three matrices.

    Observer categories are left out of every metric, list and matrix. Categories keep the
    order of ``inp.categories``; statements keep the order of ``inp.statements``.

    Args:
        inp: Categories, statements, positions (chronological), shows of hands, cards,
            overrides and parameters.

    Returns:
        The analysis; :meth:`Analysis.to_json` gives its JSON form.

    Raises:
        ValueError: On inconsistent input: duplicate codes or ids, unknown category,
            statement or label, a value outside its scale, a show of hands mixed with
            individual positions (or given twice) for one category on one statement, or a
            show of hands with more hands than people.
    """
    params = inp.params
    codes = [c.code for c in inp.categories]
    if len(set(codes)) != len(codes):
        raise ValueError(f"duplicate category codes in {codes}")
    ids = [s.id for s in inp.statements]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate statement ids")
    _check_cards(inp, set(codes), set(ids))
    considered = tuple(c.code for c in inp.categories if not c.observer)
    excluded = {c.code for c in inp.categories if c.observer}
    tallies = _collect_tallies(inp, considered, excluded)
    overrides = _latest_overrides(inp.overrides, set(ids))

    analysed: list[StatementAnalysis] = []
    for statement in inp.statements:
        cells = tallies.get(statement.id, {})
        verdict = judge_statement(cells, considered, params)
        metrics = {c: _metrics(c, cells.get(c), verdict.stances[c]) for c in considered}
        override = overrides.get(statement.id)
        label = Label(override.label) if override else verdict.label
        analysed.append(
            StatementAnalysis(
                statement=statement,
                tallies=cells,
                metrics=metrics,
                verdict=verdict,
                repness=representativeness(cells, considered),
                override=override,
                label=label,
            )
        )

    ranked = _ranked_lists(analysed, considered, params)
    # M1 rows are grouped by label, in the order of the ranked lists.
    by_id = {a.statement.id: a for a in analysed}
    order = [item["statement"] for name in LIST_NAMES[:3] for item in ranked[name].items]
    order += [
        a.statement.id
        for a in sorted(
            (a for a in analysed if a.label is Label.INCERTAIN), key=lambda a: -_uncertainty_score(a.verdict)
        )
    ]
    order += [a.statement.id for a in analysed if a.label is Label.MITIGE]
    order += [a.statement.id for a in analysed if a.label is Label.TROP_PEU]
    heatmap = []
    for statement_id in order:
        a = by_id[statement_id]
        heatmap.append(
            heat_row(statement_id, a.label, _group_of_label(a.label), a.verdict, a.tallies, considered)
        )

    return Analysis(
        categories=tuple(inp.categories),
        considered=considered,
        statements=tuple(analysed),
        ranked_lists=ranked,
        heatmap=tuple(heatmap),
        category_matrix=category_matrix(((a.verdict, a.tallies) for a in analysed), considered),
        expectation_matrix=expectation_matrix(
            considered, inp.expectations, inp.commitments, {a.statement.id: a.verdict for a in analysed}
        ),
        params=params,
    )


def _group_of_label(label: Label) -> str:
    if label in CONSENSUS_LABELS:
        return "consensus"
    if label in (Label.DISSENSUS_INTER, Label.DIVERGENCE_INTER):
        return "dissensus"
    if label is Label.DIVISE_INTRA:
        return "divisions"
    if label is Label.INCERTAIN:
        return "incertitudes"
    return "mitige" if label is Label.MITIGE else "trop_peu"


def _uncertainty_score(verdict: StatementVerdict) -> Fraction:
    # Pol.is ranks uncertain statements by U²·ΣP: many non-answers among many people first.
    return verdict.u * verdict.u * verdict.sum_p if verdict.u is not None else Fraction(0)


def _ranked_lists(
    analysed: Sequence[StatementAnalysis], considered: Sequence[str], params: MethodParams
) -> dict[str, RankedList]:
    order = {a.statement.id: i for i, a in enumerate(analysed)}

    def base(a: StatementAnalysis) -> dict[str, Any]:
        return {
            "statement": a.statement.id,
            "label": a.label.value,
            "computed_label": a.verdict.label.value,
            "overridden": a.overridden,
            "total_n": a.verdict.total_n,
        }

    consensus = []
    for a in analysed:
        if a.label not in CONSENSUS_LABELS:
            continue
        v = a.verdict
        against = a.label in (Label.CONSENSUS_CONTRE, Label.CONSENSUS_CONTRE_PARTIEL)
        score = v.gicd if against else v.gic
        item = base(a) | {
            "score": score,
            "gic": v.gic,
            "gic_geo": v.gic_geo,
            "gicd": v.gicd,
            "gicd_geo": v.gicd_geo,
        }
        consensus.append(item)
    consensus.sort(
        key=lambda i: (i["score"] is None, -(i["score"] or 0), -i["total_n"], order[i["statement"]])
    )

    dissensus = []
    for a in analysed:
        if a.label not in (Label.DISSENSUS_INTER, Label.DIVERGENCE_INTER):
            continue
        v = a.verdict
        pairs = []
        for c1, c2 in v.significant_pairs or v.max_gap_pairs:
            s1, s2 = a.tallies[c1].s, a.tallies[c2].s
            high, low = (c1, c2) if (s1 or 0) >= (s2 or 0) else (c2, c1)
            pairs.append({"high": high, "low": low, "gap": v.gaps[(c1, c2)]})
        pairs.sort(key=lambda p: -p["gap"])
        item = base(a) | {
            "rank_group": 0 if a.label is Label.DISSENSUS_INTER else 1,
            "max_gap": v.max_gap,
            "pour": [c for c in v.valid if v.stances[c] is Stance.POUR],
            "contre": [c for c in v.valid if v.stances[c] is Stance.CONTRE],
            "pairs": pairs,
            "stand_out": list(v.stand_out),
        }
        dissensus.append(item)
    dissensus.sort(
        key=lambda i: (
            i["rank_group"],
            i["max_gap"] is None,
            -(i["max_gap"] or 0),
            -i["total_n"],
            order[i["statement"]],
        )
    )
    for item in dissensus:
        del item["rank_group"]

    divisions = []
    for a in analysed:
        if a.label is not Label.DIVISE_INTRA:
            continue
        v = a.verdict
        kappas = [a.tallies[c].kappa for c in v.valid if a.tallies[c].kappa is not None]
        item = base(a) | {"max_kappa": max(kappas) if kappas else None, "divided": list(v.divided)}
        divisions.append(item)
    divisions.sort(
        key=lambda i: (i["max_kappa"] is None, -(i["max_kappa"] or 0), -i["total_n"], order[i["statement"]])
    )

    uncertain = []
    for a in analysed:
        v = a.verdict
        if v.u is None or v.u < params.t_unc:
            continue
        uncertain.append(base(a) | {"u": v.u, "sum_p": v.sum_p, "score": _uncertainty_score(v)})
    uncertain.sort(key=lambda i: (-i["score"], order[i["statement"]]))

    specific = []
    for a in analysed:
        for c in a.verdict.valid:
            rep = a.repness[c]
            # Only where the category leans more than the rest and more than even odds.
            if rep.r <= 1 or rep.z_p <= 0:
                continue
            specific.append(
                {
                    "statement": a.statement.id,
                    "category": c,
                    "side": rep.side,
                    "p_hat": rep.p_hat,
                    "p_rest": rep.p_rest,
                    "r": rep.r,
                    "z_p": rep.z_p,
                    "z_r": rep.z_r,
                    "metric": rep.metric,
                    "significant": rep.significant,
                }
            )
    specific.sort(key=lambda i: (not i["significant"], -i["metric"], order[i["statement"]]))

    majority = []
    for a in analysed:
        for item in room_majority(a.tallies, considered, params):
            majority.append({"statement": a.statement.id, "label": a.label.value, **item})
    majority.sort(key=lambda i: (-i["metric"], order[i["statement"]]))

    return {
        "consensus": RankedList("consensus", True, tuple(consensus)),
        "dissensus": RankedList("dissensus", True, tuple(dissensus)),
        "divisions": RankedList("divisions", True, tuple(divisions)),
        "incertitudes": RankedList("incertitudes", True, tuple(uncertain)),
        "specifique": RankedList("specifique", True, tuple(specific)),
        "majorite": RankedList("majorite", False, tuple(majority)),
    }


def _jsonify(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, Fraction | float):
        return rounded(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonify(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonify(v) for v in value]
    return str(value)


def _statement_json(a: StatementAnalysis, names: Mapping[str, str]) -> dict[str, Any]:
    v = a.verdict
    reason = dict(v.rule.reason)
    reason["text"] = v.rule.sentence(names)
    return {
        "id": a.statement.id,
        "text": a.statement.text,
        "kind": a.statement.kind,
        "label": a.label.value,
        "label_text": wording.label_text(
            a.label, missing=v.insufficient, divided=v.divided, stand_out=v.stand_out, names=names
        ),
        "computed_label": v.label.value,
        "overridden": a.overridden,
        "override": (
            {"label": a.override.label, "note": a.override.note, "at": a.override.at} if a.override else None
        ),
        "flags": list(v.flags),
        "categories": {c: m.to_json() for c, m in a.metrics.items()},
        "valid": list(v.valid),
        "u": rounded(v.u),
        "gic": rounded(v.gic),
        "gic_geo": rounded(v.gic_geo),
        "gicd": rounded(v.gicd),
        "gicd_geo": rounded(v.gicd_geo),
        "gaps": [{"a": c1, "b": c2, "gap": rounded(g)} for (c1, c2), g in v.gaps.items()],
        "max_gap": rounded(v.max_gap),
        "max_gap_pairs": [list(p) for p in v.max_gap_pairs],
        "stand_out": list(v.stand_out),
        "repness": {c: r.to_json() for c, r in a.repness.items()},
        "rule": v.rule.number,
        "reason": _jsonify(reason),
    }


def _analysis_json(analysis: Analysis) -> dict[str, Any]:
    names = {c.code: c.label for c in analysis.categories}
    preset = next((name for name, p in PRESETS.items() if p == analysis.params), None)
    return {
        "categories": [{"code": c.code, "label": c.label} for c in analysis.categories if not c.observer],
        "excluded_categories": [c.code for c in analysis.categories if c.observer],
        "statements": [_statement_json(a, names) for a in analysis.statements],
        "ranked_lists": {
            name: {"role_based": lst.role_based, "items": _jsonify(list(lst.items))}
            for name, lst in analysis.ranked_lists.items()
        },
        "matrices": {
            "statement_category": {
                "categories": list(analysis.considered),
                "rows": [row.to_json() for row in analysis.heatmap],
            },
            "category_category": analysis.category_matrix.to_json(),
            "expectations": analysis.expectation_matrix.to_json(),
        },
        "params": analysis.params.to_dict() | {"preset": preset},
    }
