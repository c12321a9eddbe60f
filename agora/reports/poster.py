"""The Agora poster (A3 portrait): points of consensus and of dissensus between roles.

It is read from three metres, so the type is big: statements are set at the largest size
between :data:`MAX_SIZE` and :data:`MIN_SIZE` points at which everything fits on one page; if
even the smallest size does not fit, the lowest-ranked points are left to the summary and the
poster says how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from agora.i18n import Translate
from agora.method import CONSENSUS_LABELS, Analysis, Label, StatementAnalysis
from agora.method.wording import join_names
from agora.reports import labels, palette, styles
from agora.reports.inputs import ReportInput
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.positions import label_text
from agora.reports.tables import long_table
from agora.reports.text import french_date

#: Largest size of a statement on the poster (points).
MAX_SIZE = 40
#: Smallest size of a statement: still readable from three metres.
MIN_SIZE = 24
#: Longest statement printed on the poster.
POSTER_LIMIT = 180

_AGAINST = (Label.CONSENSUS_CONTRE, Label.CONSENSUS_CONTRE_PARTIEL)


@dataclass(frozen=True)
class PosterPoint:
    """One point on the poster: the statement and one line saying who stands where."""

    statement: str
    detail: str


def poster_points(
    analysis: Analysis | None, data: ReportInput, translate: Translate
) -> tuple[list[PosterPoint], list[PosterPoint]]:
    """The points of consensus and of dissensus between roles, in ranked order.

    Args:
        analysis: The Agora's analysis, or None.
        data: The report's input (category names).
        translate: Translation function.

    Returns:
        (consensus points, dissensus points).
    """
    if analysis is None:
        return [], []
    tr = translate
    names = data.names()
    consensus: list[PosterPoint] = []
    for entry in analysis.ranked_lists["consensus"].items:
        item: StatementAnalysis = analysis.statement(str(entry["statement"]))
        if item.label not in CONSENSUS_LABELS:
            continue
        detail = tr("reports", labels.POSTER_ALL_AGAINST if item.label in _AGAINST else labels.POSTER_ALL_FOR)
        if item.verdict.insufficient:
            detail += " " + tr("reports", labels.POSTER_WITHOUT).format(
                names=join_names(item.verdict.insufficient, names, tr)
            )
        consensus.append(PosterPoint(item.statement.text, detail))
    dissensus: list[PosterPoint] = []
    for entry in analysis.ranked_lists["dissensus"].items:
        item = analysis.statement(str(entry["statement"]))
        pour = list(entry.get("pour") or [])
        contre = list(entry.get("contre") or [])
        if pour and contre:
            detail = tr("reports", labels.SIDES).format(
                pour=join_names(pour, names, tr), contre=join_names(contre, names, tr)
            )
        else:
            detail = label_text(item, data, tr)
        dissensus.append(PosterPoint(item.statement.text, detail))
    return consensus, dissensus


def _band(title: str, color: Color, size: float, width: float) -> Flowable:
    style = styles.poster_style("band", size, bold=True)
    heading = rich(f'<font color="#FFFFFF">{fragment(title, style)}</font>', style)
    return long_table(
        [[heading]],
        [width],
        header=False,
        plain=True,
        extra=(
            ("BACKGROUND", (0, 0), (-1, -1), color),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.35),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.2),
        ),
    )


def _points(points: Sequence[PosterPoint], size: float, color: Color) -> list[Flowable]:
    text_style = styles.poster_item_style(size, color.hexval())
    detail_style = styles.poster_detail_style(size)
    out: list[Flowable] = []
    for point in points:
        out.append(para(point.statement, text_style, limit=POSTER_LIMIT, bullet="●"))
        out.append(para(point.detail, detail_style, limit=POSTER_LIMIT))
    return out


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _compose(
    data: ReportInput,
    consensus: Sequence[PosterPoint],
    dissensus: Sequence[PosterPoint],
    hidden: int,
    size: float,
    translate: Translate,
    width: float,
) -> list[Flowable]:
    tr = translate
    title_style = styles.poster_style("title", 34, bold=True)
    sub_style = styles.poster_style("sub", 20)
    band = round(size * 1.15, 1)
    out: list[Flowable] = [
        rich(
            f'<font color="#{palette.ACCENT.hexval()[2:]}">{fragment(tr("reports", labels.POSTER_HEADING))}</font>',
            styles.poster_style("kicker", 26, bold=True),
        ),
        para(data.forum.title, title_style, limit=160),
    ]
    facts = " · ".join(p for p in (french_date(data.forum.date, tr), data.forum.venue) if p)
    if facts:
        out.append(para(facts, sub_style, limit=200))
    out.append(Spacer(1, 4 * mm))
    none = styles.poster_style("none", round(size * 0.8, 1))
    out.append(_band(tr("reports", labels.POSTER_CONSENSUS), palette.CONSENSUS, band, width))
    out.append(Spacer(1, 3 * mm))
    out += _points(consensus, size, palette.CONSENSUS) or [para(tr("reports", labels.POSTER_NONE), none)]
    out.append(Spacer(1, 5 * mm))
    out.append(_band(tr("reports", labels.POSTER_DISSENSUS), palette.DISSENSUS, band, width))
    out.append(Spacer(1, 3 * mm))
    out += _points(dissensus, size, palette.DISSENSUS) or [para(tr("reports", labels.POSTER_NONE), none)]
    foot = styles.poster_style("foot", 15)
    if hidden:
        out.append(para(tr("reports", labels.POSTER_MORE).format(n=hidden), foot))
    statements = len(data.analysis.statements) if data.analysis is not None else 0
    out.append(Spacer(1, 4 * mm))
    out.append(para(tr("reports", labels.POSTER_FOOTNOTE).format(n=statements), foot))
    return out


def poster_story(data: ReportInput, translate: Translate, width: float, height: float) -> list[Flowable]:
    """The poster's single page, at the largest type that fits.

    Args:
        data: The report's input; ``data.analysis`` is the Agora's.
        translate: Translation function.
        width: Frame width.
        height: Frame height.

    Returns:
        The story.
    """
    consensus, dissensus = poster_points(data.analysis, data, translate)
    room = height * 0.97
    for size in range(MAX_SIZE, MIN_SIZE - 1, -2):
        story = _compose(data, consensus, dissensus, 0, size, translate, width)
        if _height(story, width) <= room:
            return _compose(data, consensus, dissensus, 0, size, translate, width)
    # Even the smallest type is too big: keep the best-ranked points of both lists, in turns.
    used = _height(_compose(data, [], [], 1, MIN_SIZE, translate, width), width)
    queue = [
        (point, color)
        for rank in range(max(len(consensus), len(dissensus)))
        for points, color in ((consensus, palette.CONSENSUS), (dissensus, palette.DISSENSUS))
        if rank < len(points)
        for point in (points[rank],)
    ]
    chosen: set[int] = set()
    for point, color in queue:
        need = _height(_points([point], MIN_SIZE, color), width)
        if used + need > room:
            break
        used += need
        chosen.add(id(point))
    keep_c = [p for p in consensus if id(p) in chosen]
    keep_d = [p for p in dissensus if id(p) in chosen]
    hidden = len(consensus) + len(dissensus) - len(keep_c) - len(keep_d)
    return _compose(data, keep_c, keep_d, hidden, MIN_SIZE, translate, width)
