"""The title block at the top of each summary and handout: title, forum, and the facts.

The facts are those the issue asks every summary to carry: forum, date, venue, territory,
facilitators, and the category of a peer group.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from agora.i18n import Translate
from agora.reports import labels
from agora.reports.inputs import ReportInput
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.styles import document_styles
from agora.reports.tables import long_table
from agora.reports.text import french_date
from agora.services.reads import CategoryRead, TerritoryRead

#: Width of the fact names column.
FACT_NAME_WIDTH = 26 * mm


def category_mark(category: CategoryRead | None, text: str) -> str:
    """Markup of a category name preceded by a square of its colour.

    Args:
        category: The category (its colour), or None for no square.
        text: The name to print (plain text).

    Returns:
        Safe markup.
    """
    name = fragment(text)
    if category is None:
        return name
    return f'<font color="{_safe_color(category.color)}">■</font>\u00a0{name}'


def _safe_color(color: str) -> str:
    # The colour goes inside an attribute: accept only #RRGGBB, whatever the database holds.
    ok = len(color) == 7 and color.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in color[1:])
    return color if ok else "#1F3A5F"


def territory_text(territory: TerritoryRead) -> str:
    """A territory's name with its stratum, setting and region, as one line."""
    details = [d for d in (territory.stratum, territory.setting, territory.region) if d]
    return f"{territory.name} ({', '.join(details)})" if details else territory.name


def facts(data: ReportInput, translate: Translate, *, category: str | None = None) -> list[tuple[str, str]]:
    """The facts of the title block, as (name, plain value) pairs, empty values left out.

    Args:
        data: The report's input.
        translate: Translation function.
        category: A category code to print (peer groups, handouts).

    Returns:
        The pairs, in print order.
    """
    tr = translate
    session = data.session
    pairs = [
        (tr("reports", labels.FACT_DATE), french_date(session.date or data.forum.date, tr)),
        (tr("reports", labels.FACT_VENUE), data.forum.venue),
        (tr("reports", labels.FACT_TERRITORY), " ; ".join(territory_text(t) for t in data.territories)),
        (tr("reports", labels.FACT_FACILITATORS), data.forum.facilitators),
    ]
    if category is not None:
        pairs.append((tr("reports", labels.FACT_CATEGORY), data.name(category)))
    return [(name, value) for name, value in pairs if value]


def title_block(
    data: ReportInput,
    title: str,
    translate: Translate,
    *,
    category: str | None = None,
    prompt: str = "",
    width: float,
) -> list[Flowable]:
    """Title, forum title and the facts table.

    Args:
        data: The report's input.
        title: Document title (plain text).
        translate: Translation function.
        category: A category code to print among the facts.
        prompt: The session's prompt, printed under the facts when given.
        width: Width available for the block.

    Returns:
        The flowables.
    """
    st = document_styles()
    out: list[Flowable] = [para(title, st.title), para(data.forum.title, st.subtitle)]
    rows: list[Sequence[Flowable]] = []
    for name, value in facts(data, translate, category=category):
        rows.append(
            [
                rich(
                    fragment(translate("reports", labels.FACT_SEPARATOR).format(name=name), st.cell_head),
                    st.cell_head,
                ),
                para(value, st.cell, limit=600),
            ]
        )
    if prompt:
        rows.append(
            [
                rich(
                    fragment(
                        translate("reports", labels.FACT_SEPARATOR).format(
                            name=translate("reports", labels.FACT_PROMPT)
                        ),
                        st.cell_head,
                    ),
                    st.cell_head,
                ),
                para(prompt, st.cell, limit=1200),
            ]
        )
    if rows:
        out.append(long_table(rows, [FACT_NAME_WIDTH, width - FACT_NAME_WIDTH], header=False, plain=True))
    printed = translate("reports", labels.PRINTED_ON).format(date=french_date(data.printed(), translate))
    out += [Spacer(1, 2 * mm), para(printed, st.tiny), Spacer(1, 3 * mm)]
    return out
