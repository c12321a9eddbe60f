"""M2 (agreement between categories) and M3 (expectations from one category toward another).

Both are small square tables, one row and one column per category; the numbers come straight
from :class:`agora.method.CategoryMatrix` and :class:`agora.method.ExpectationMatrix`.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from reportlab.platypus import Flowable

from agora.i18n import Translate
from agora.method import Analysis
from agora.method.wording import format_decimal, format_share
from agora.reports import labels, palette
from agora.reports.header import category_mark
from agora.reports.inputs import ReportInput
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.styles import document_styles
from agora.reports.tables import long_table


def _head(data: ReportInput, code: str) -> Flowable:
    st = document_styles()
    return rich(category_mark(data.category(code), data.name(code)), st.cell_head)


def agreement_table(
    analysis: Analysis, data: ReportInput, translate: Translate, width: float
) -> list[Flowable]:
    """M2 as a table: accord, oppositions and statements compared; cohesion on the diagonal.

    Args:
        analysis: The Agora's analysis.
        data: The report's input.
        translate: Translation function.
        width: Frame width.

    Returns:
        The table.
    """
    st = document_styles()
    tr = translate
    m2 = analysis.category_matrix
    cats = m2.categories
    if not cats:
        return []
    first = width * 0.22
    other = (width - first) / len(cats)
    rows: list[list[Any]] = [[para("", st.cell_head)] + [_head(data, c) for c in cats]]
    commands: list[tuple[Any, ...]] = []
    for r, a in enumerate(cats, start=1):
        row: list[Any] = [_head(data, a)]
        for col, b in enumerate(cats, start=1):
            if a == b:
                value = m2.diagonal.get(a)
                shown = format_decimal(value) if value is not None else "—"
                row.append(
                    rich(
                        f"{fragment(tr('reports', labels.M2_COHESION))}<br/><b>{fragment(shown)}</b>",
                        st.cell_center,
                    )
                )
                commands.append(("BACKGROUND", (col, r), (col, r), palette.PALE))
                continue
            pair = m2.pair(a, b)
            accord = format_decimal(pair.accord) if pair.accord is not None else "—"
            detail = tr("reports", labels.M2_CELL).format(opp=pair.opp, m=pair.m)
            lines = [f'<font size="11"><b>{fragment(accord)}</b></font>', fragment(detail)]
            if pair.pearson is not None:
                lines.append(
                    fragment(tr("reports", labels.M2_PEARSON).format(r=format_decimal(pair.pearson)))
                )
            row.append(rich("<br/>".join(lines), st.cell_center))
            commands.append(("BACKGROUND", (col, r), (col, r), palette.sequential(pair.accord)))
        rows.append(row)
    commands.append(("VALIGN", (1, 1), (-1, -1), "MIDDLE"))
    return [long_table(rows, [first] + [other] * len(cats), extra=commands)]


def expectations_table(
    analysis: Analysis, data: ReportInput, translate: Translate, width: float
) -> list[Flowable]:
    """M3 as a table: expectation cards from each row's category toward each column's.

    Args:
        analysis: The Agora's analysis.
        data: The report's input.
        translate: Translation function.
        width: Frame width.

    Returns:
        The table, then the reciprocity of each pair and the role-linked dissensus among the
        voted expectations.
    """
    st = document_styles()
    tr = translate
    m3 = analysis.expectation_matrix
    cats = m3.categories
    if not cats:
        return []
    first = width * 0.2
    last = width * 0.1
    other = (width - first - last) / len(cats)
    corner = para(tr("reports", labels.M3_CORNER), st.cell_small)
    rows: list[list[Any]] = [
        [corner] + [_head(data, c) for c in cats] + [para(tr("reports", labels.M3_EMITTED), st.cell_head)]
    ]
    commands: list[tuple[Any, ...]] = []
    top = max([*m3.counts.values(), 1])
    # "0 answered" in every cell says nothing until someone links commitments to expectations.
    linked = any(value for value in m3.coverage.values())
    for r, source in enumerate(cats, start=1):
        row: list[Any] = [_head(data, source)]
        for col, target in enumerate(cats, start=1):
            if source == target:
                own = tr("reports", labels.M3_OWN).format(n=m3.commitments.get(source, 0))
                row.append(para(own, st.cell_center))
                commands.append(("BACKGROUND", (col, r), (col, r), palette.PALE))
                continue
            count = m3.counts[(source, target)]
            lines = [f'<font size="11"><b>{count}</b></font>']
            if count and linked:
                covered = m3.coverage[(source, target)]
                answered = round(float(covered) * count) if covered is not None else 0
                lines.append(fragment(tr("reports", labels.M3_COVERED).format(n=answered)))
            cell = m3.acceptance[(source, target)]
            if cell.voted:
                lines.append(
                    fragment(
                        tr("reports", labels.M3_VOTED).format(
                            voted=cell.voted, accepted=cell.accepted, rejected=cell.rejected
                        )
                    )
                )
            row.append(rich("<br/>".join(lines), st.cell_center))
            commands.append(("BACKGROUND", (col, r), (col, r), palette.sequential(count / top * 0.8)))
        row.append(para(str(m3.emitted[source]), st.cell_center))
        rows.append(row)
    received: list[Any] = [para(tr("reports", labels.M3_RECEIVED), st.cell_head)]
    received += [para(str(m3.received[c]), st.cell_center) for c in cats] + [""]
    rows.append(received)
    commands.append(("VALIGN", (1, 1), (-1, -1), "MIDDLE"))
    out: list[Flowable] = [long_table(rows, [first] + [other] * len(cats) + [last], extra=commands)]
    if not linked and any(m3.counts.values()):
        out.append(para(tr("reports", labels.M3_NO_LINKS), st.note))

    pairs = []
    for a, b in combinations(cats, 2):
        value = m3.reciprocity.get((a, b))
        if value is not None:
            pairs.append(f"{fragment(data.name(a))} ↔ {fragment(data.name(b))}\u00a0: {format_share(value)}")
    if pairs:
        out.append(
            rich(
                f"<b>{fragment(tr('reports', labels.M3_RECIPROCITY))}</b>\u00a0: " + " · ".join(pairs),
                st.note,
            )
        )
    for overlay in m3.overlay:
        if not overlay.role_linked_dissensus:
            continue
        sentence = tr("reports", labels.M3_LINKED).format(
            source=data.name(overlay.source), target=data.name(overlay.target)
        )
        quoted = data.card_text(overlay.card)
        out.append(
            rich(
                f"⚠\u00a0{fragment(sentence)}\u00a0: « {fragment(quoted, limit=300)} »", st.note, plain=quoted
            )
        )
    return out
