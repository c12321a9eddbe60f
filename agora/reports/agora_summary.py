"""The summary of an Agora: the cross table of the peer groups, the ranked lists, the three
matrices and the method note.

The cross table takes up the source document's « Terrain 1 » table: rows contraintes / freins,
attentes vis-à-vis des autres catégories and engagements; one column per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from agora.domain.kinds import ContributionKind
from agora.i18n import Translate
from agora.method import Analysis, StatementAnalysis
from agora.method.params import MethodParams
from agora.method.wording import format_decimal, format_share, join_names
from agora.reports import labels
from agora.reports.header import category_mark, title_block
from agora.reports.heatmap import ScaleLegend, heatmap_paragraphs, heatmap_table
from agora.reports.inputs import ReportInput
from agora.reports.matrix_tables import agreement_table, expectations_table
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.peer_summary import kind_sections
from agora.reports.positions import label_markup, stances_markup
from agora.reports.styles import document_styles
from agora.reports.tables import long_table

#: Longest card text printed in a cell of the cross table.
CROSS_CARD_LIMIT = 400
#: Most cards printed in a cell of the cross table: it is a synthesis, like the source
#: document's table; the peer-group summaries list every card.
CROSS_CELL_LIMIT = 30

#: The rows of the cross table: card kind and its row title.
CROSS_ROWS = (
    (ContributionKind.CONSTRAINT, labels.CROSS_CONSTRAINTS),
    (ContributionKind.EXPECTATION, labels.CROSS_EXPECTATIONS),
    (ContributionKind.COMMITMENT, labels.CROSS_COMMITMENTS),
)

#: The ranked lists printed, in order, with their titles.
LISTS = (
    ("consensus", labels.LIST_CONSENSUS),
    ("dissensus", labels.LIST_DISSENSUS),
    ("divisions", labels.LIST_DIVISIONS),
    ("incertitudes", labels.LIST_UNCERTAIN),
)


def _cross_cell(data: ReportInput, kind: str, category: str, translate: Translate) -> list[Flowable]:
    st = document_styles()
    cells: list[Flowable] = []
    mine = [card for card in data.forum_cards(kind) if card.category == category]
    for card in mine[:CROSS_CELL_LIMIT]:
        text = fragment(card.text, st.cell_item, limit=CROSS_CARD_LIMIT)
        bullet = "•"
        if kind == ContributionKind.EXPECTATION and card.target:
            target = fragment(translate("reports", labels.CROSS_TARGET).format(name=data.name(card.target)))
            text, bullet = f"<b>{target}</b> {text}", "→"
        cells.append(rich(text, st.cell_item, plain=card.text, bullet=bullet))
    if len(mine) > CROSS_CELL_LIMIT:
        more = translate("reports", labels.CROSS_MORE).format(n=len(mine) - CROSS_CELL_LIMIT)
        cells.append(para(more, st.cell_small))
    return cells


def cross_table(data: ReportInput, translate: Translate, width: float, simple: bool) -> list[Flowable]:
    """The cross table: kinds of card × categories, the cards listed in each cell.

    Args:
        data: The report's input (all the forum's cards).
        translate: Translation function.
        width: Frame width.
        simple: One paragraph list per category instead of a table.

    Returns:
        The section's flowables.
    """
    st = document_styles()
    tr = translate
    cats = [
        c for c in data.categories if not c.observer or any(card.category == c.code for card in data.cards)
    ]
    out: list[Flowable] = [
        para(tr("reports", labels.CROSS_TITLE), st.h1),
        para(tr("reports", labels.CROSS_INTRO), st.note),
    ]
    if not cats:
        return out
    if simple:
        for category in cats:
            out.append(rich(category_mark(category, category.label), st.h2))
            for kind, title in CROSS_ROWS:
                out.append(para(tr("reports", title), st.cell_head))
                out += _cross_cell(data, kind, category.code, tr)
        return out
    first = 27 * mm
    other = (width - first) / len(cats)
    rows: list[list[Any]] = [
        [para(tr("reports", labels.CROSS_CORNER), st.cell_head)]
        + [rich(category_mark(c, c.label), st.cell_head) for c in cats]
    ]
    for kind, title in CROSS_ROWS:
        rows.append(
            [para(tr("reports", title), st.cell_head)] + [_cross_cell(data, kind, c.code, tr) for c in cats]
        )
    out += [long_table(rows, [first] + [other] * len(cats)), Spacer(1, 3 * mm)]
    return out


def _item(
    rank: int, item: StatementAnalysis, extra: Sequence[str], data: ReportInput, translate: Translate
) -> list[Flowable]:
    st = document_styles()
    text = item.statement.text
    parts: list[Flowable] = [
        rich(f"<b>{rank}.</b> {fragment(text)}", st.body, plain=text),
        rich(label_markup(item, data, translate), st.note),
    ]
    if extra:
        parts.append(rich(" — ".join(extra), st.note))
    considered = tuple(item.metrics)
    parts.append(rich(stances_markup(item, data, translate, considered), st.note))
    parts.append(Spacer(1, 2.5 * mm))
    # A long statement is allowed to split; a short one stays with its stances.
    return [KeepTogether(parts)] if len(text) < 1500 else parts


def _dissensus_extra(entry: Mapping[str, Any], data: ReportInput, translate: Translate) -> list[str]:
    tr = translate
    names = data.names()
    out = []
    pour = list(entry.get("pour") or [])
    contre = list(entry.get("contre") or [])
    if pour and contre:
        out.append(
            fragment(
                tr("reports", labels.SIDES).format(
                    pour=join_names(pour, names, tr), contre=join_names(contre, names, tr)
                )
            )
        )
    pairs = list(entry.get("pairs") or [])
    if pairs:
        top = pairs[0]
        out.append(
            fragment(
                tr("reports", labels.MAX_GAP).format(
                    gap=format_decimal(top["gap"]), high=data.name(top["high"]), low=data.name(top["low"])
                )
            )
        )
    stand_out = list(entry.get("stand_out") or [])
    if stand_out:
        out.append(fragment(tr("reports", labels.STAND_OUT).format(names=join_names(stand_out, names, tr))))
    return out


def ranked_lists(analysis: Analysis, data: ReportInput, translate: Translate) -> list[Flowable]:
    """The ranked lists: consensus, dissensus between roles, internal divisions, uncertainties,
    then the other statements; every stance with its votes.

    Args:
        analysis: The Agora's analysis.
        data: The report's input.
        translate: Translation function.

    Returns:
        The flowables.
    """
    st = document_styles()
    tr = translate
    out: list[Flowable] = [para(tr("reports", labels.LISTS_LEGEND), st.note)]
    listed: set[str] = set()
    for name, title in LISTS:
        entries = analysis.ranked_lists[name].items
        out.append(para(f"{tr('reports', title)} ({len(entries)})", st.h1))
        if not entries:
            out.append(para(tr("reports", labels.LIST_EMPTY), st.note))
        for rank, entry in enumerate(entries, start=1):
            statement_id = str(entry["statement"])
            listed.add(statement_id)
            extra = _dissensus_extra(entry, data, tr) if name == "dissensus" else []
            out += _item(rank, analysis.statement(statement_id), extra, data, tr)
    others = [a for a in analysis.statements if a.statement.id not in listed]
    if others:
        out.append(para(f"{tr('reports', labels.LIST_OTHERS)} ({len(others)})", st.h1))
        for rank, item in enumerate(others, start=1):
            out += _item(rank, item, [], data, tr)
    return out


def at_a_glance(analysis: Analysis, translate: Translate) -> list[Flowable]:
    """One paragraph: how many statements, and how many in each ranked list.

    Args:
        analysis: The Agora's analysis.
        translate: Translation function.

    Returns:
        The flowables.
    """
    st = document_styles()
    tr = translate
    counts = Counter({name: len(analysis.ranked_lists[name].items) for name, _title in LISTS})
    parts = [tr("reports", labels.STATEMENT_COUNT).format(n=len(analysis.statements))]
    parts += [f"{tr('reports', title).lower()} : {counts[name]}" for name, title in LISTS]
    return [para(tr("reports", labels.AT_A_GLANCE), st.h1), para(" · ".join(parts), st.body)]


def method_note(params: MethodParams, translate: Translate) -> list[Flowable]:
    """The method note: every category weighs the same; the thresholds used.

    Args:
        params: The session's parameters.
        translate: Translation function.

    Returns:
        The flowables.
    """
    st = document_styles()
    tr = translate
    note = tr("reports", labels.METHOD_NOTE).format(
        n_min=params.n_min,
        t_pos=format_share(params.t_pos),
        t_minor=format_share(params.t_minor),
        t_gap=format_decimal(params.t_gap),
        t_oppose=format_decimal(params.t_oppose),
        t_unc=format_share(params.t_unc),
    )
    out: list[Flowable] = [para(tr("reports", labels.METHOD_TITLE), st.h1), para(note, st.body)]
    if params.require_all_categories:
        out.append(para(tr("reports", labels.METHOD_REQUIRE_ALL), st.body))
    out.append(para(tr("reports", labels.METHOD_SMALL_GROUPS), st.body))
    thresholds = (
        f"n_min = {params.n_min} · t_pos = {format_share(params.t_pos)} · "
        f"t_minor = {format_share(params.t_minor)} · t_gap = {format_decimal(params.t_gap)} · "
        f"t_oppose = {format_decimal(params.t_oppose)} · t_unc = {format_share(params.t_unc)}"
    )
    out.append(
        rich(
            f"<b>{fragment(tr('reports', labels.THRESHOLDS_TITLE))}</b>\u00a0: {fragment(thresholds)}",
            st.note,
        )
    )
    return out


def agora_summary_story(
    data: ReportInput, translate: Translate, width: float, simple: bool
) -> list[Flowable]:
    """The whole summary of an Agora session.

    Args:
        data: The report's input; ``data.session`` is the Agora, ``data.analysis`` its analysis.
        translate: Translation function.
        width: Frame width.
        simple: Paragraphs instead of tables (fallback layout).

    Returns:
        The story.
    """
    st = document_styles()
    tr = translate
    session = data.session
    title = tr("reports", labels.SUMMARY_TITLE).format(session=session.title)
    out = title_block(data, title, tr, prompt=session.prompt, width=width)
    analysis = data.analysis
    if analysis is not None and analysis.statements:
        out += at_a_glance(analysis, tr)
    out += cross_table(data, tr, width, simple)
    if analysis is None or not analysis.statements:
        out.append(para(tr("reports", labels.NO_AGORA), st.body))
    else:
        out += ranked_lists(analysis, data, tr)
        out.append(
            KeepTogether(
                [
                    para(tr("reports", labels.HEATMAP_TITLE), st.h1),
                    para(tr("reports", labels.HEATMAP_INTRO), st.note),
                    ScaleLegend(tr),
                    para(tr("reports", labels.GLYPH_LEGEND), st.note),
                ]
            )
        )
        out += heatmap_paragraphs(analysis, data, tr) if simple else heatmap_table(analysis, data, tr, width)
        out += [para(tr("reports", labels.M2_TITLE), st.h1), para(tr("reports", labels.M2_INTRO), st.note)]
        out += agreement_table(analysis, data, tr, width)
        out += [para(tr("reports", labels.M3_TITLE), st.h1), para(tr("reports", labels.M3_INTRO), st.note)]
        out += expectations_table(analysis, data, tr, width)
    own = data.session_cards()
    if own:
        out += kind_sections(data, own, tr, width, simple)
    if analysis is not None:
        out += method_note(analysis.params, tr)
    return out
