"""The handout each category takes home (one or two A4 pages).

What the other categories expect from it, its own commitments, the points of consensus and of
dissensus that involve it, and a QR code: the forum's link, or the handout's key points as text.
Lists are capped (and cards shortened) so that a handout stays within two pages; the Agora
summary has everything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from agora.domain.kinds import ContributionKind
from agora.i18n import Translate
from agora.method import CONSENSUS_LABELS, Analysis, StatementAnalysis
from agora.method.wording import join_names
from agora.reports import labels
from agora.reports.header import category_mark
from agora.reports.inputs import ReportInput
from agora.reports.pages import FRAME_HEIGHT, SectionStart
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.positions import counts_text, label_text, stance_word
from agora.reports.qr import QrFlowable, offline_payload
from agora.reports.styles import document_styles
from agora.reports.tables import long_table
from agora.reports.text import french_date

_BULLET = "•"


@dataclass(frozen=True)
class HandoutContent:
    """What one category's handout says, before layout.

    Attributes:
        category: Category code.
        expected: (source category, card texts) expected from it, in category order.
        commitments: Its own commitments.
        consensus: Points of consensus it takes part in.
        dissensus: Points of dissensus between roles that involve it.
    """

    category: str
    expected: tuple[tuple[str, tuple[str, ...]], ...]
    commitments: tuple[str, ...]
    consensus: tuple[StatementAnalysis, ...]
    dissensus: tuple[tuple[StatementAnalysis, Mapping[str, Any]], ...]


def _involved(entry: Mapping[str, Any], code: str) -> bool:
    sides = [*list(entry.get("pour") or []), *list(entry.get("contre") or [])]
    sides += list(entry.get("stand_out") or [])
    for pair in entry.get("pairs") or []:
        sides += [pair["high"], pair["low"]]
    return code in sides


def handout_content(data: ReportInput, code: str) -> HandoutContent:
    """Gather what the handout of category ``code`` prints.

    Args:
        data: The report's input (all the forum's cards, the Agora's analysis).
        code: Category code.

    Returns:
        The content.
    """
    expectations = [c for c in data.forum_cards(ContributionKind.EXPECTATION) if c.target == code]
    sources: list[tuple[str, tuple[str, ...]]] = []
    for category in data.categories:
        texts = tuple(c.text for c in expectations if c.category == category.code)
        if texts:
            sources.append((category.code, texts))
    commitments = tuple(c.text for c in data.forum_cards(ContributionKind.COMMITMENT) if c.category == code)
    consensus: list[StatementAnalysis] = []
    dissensus: list[tuple[StatementAnalysis, Mapping[str, Any]]] = []
    analysis: Analysis | None = data.analysis
    if analysis is not None:
        for entry in analysis.ranked_lists["consensus"].items:
            item = analysis.statement(str(entry["statement"]))
            if item.label in CONSENSUS_LABELS and code in item.verdict.valid:
                consensus.append(item)
        for entry in analysis.ranked_lists["dissensus"].items:
            if _involved(entry, code):
                dissensus.append((analysis.statement(str(entry["statement"])), dict(entry)))
    return HandoutContent(code, tuple(sources), commitments, tuple(consensus), tuple(dissensus))


def qr_payload(data: ReportInput, content: HandoutContent, translate: Translate) -> str:
    """What the handout's QR code holds: the forum's link, or its key points as plain text.

    Args:
        data: The report's input.
        content: The handout's content.
        translate: Translation function.

    Returns:
        The payload (at most 1,000 UTF-8 bytes when it is text).
    """
    link = data.forum.link.strip()
    if link:
        return link
    tr = translate
    heading = "\n".join(
        part
        for part in (
            data.forum.title,
            french_date(data.forum.date, tr),
            tr("reports", labels.HANDOUT_TITLE).format(category=data.name(content.category)),
        )
        if part
    )
    sections = [
        (tr("reports", labels.QR_EXPECTED), [t for _source, texts in content.expected for t in texts]),
        (tr("reports", labels.QR_COMMITMENTS), list(content.commitments)),
        (tr("reports", labels.QR_CONSENSUS), [a.statement.text for a in content.consensus]),
        (tr("reports", labels.QR_DISSENSUS), [a.statement.text for a, _entry in content.dissensus]),
    ]
    return offline_payload(heading, sections)


def _more(count: int, limit: int, translate: Translate) -> list[Flowable]:
    if count <= limit:
        return []
    st = document_styles()
    return [para(translate("reports", labels.HANDOUT_MORE).format(n=count - limit), st.note)]


def _your_stance(item: StatementAnalysis, code: str, translate: Translate) -> str:
    metrics = item.metrics.get(code)
    if metrics is None:
        return ""
    stance = f"{stance_word(metrics.stance, translate)} ({counts_text(item.tallies.get(code), translate)})"
    return translate("reports", labels.HANDOUT_YOUR_STANCE).format(stance=stance)


def _statement_item(
    item: StatementAnalysis, lines: Sequence[str], data: ReportInput, translate: Translate, limit: int
) -> Flowable:
    st = document_styles()
    text = item.statement.text
    body = f'{fragment(text, st.bullet, limit=limit)}<br/><font size="8" color="#5A5A5A">'
    body += f"<b>{fragment(label_text(item, data, translate))}</b>"
    body += "".join(f"<br/>{fragment(line)}" for line in lines if line) + "</font>"
    return rich(body, st.bullet, plain=text, bullet=_BULLET)


def _header(
    data: ReportInput, content: HandoutContent, translate: Translate, width: float, simple: bool
) -> list[Flowable]:
    st = document_styles()
    tr = translate
    payload = qr_payload(data, content, tr)
    code = QrFlowable(payload)
    caption = tr("reports", labels.QR_LINK if data.forum.link.strip() else labels.QR_OFFLINE)
    title = tr("reports", labels.HANDOUT_TITLE).format(category=data.name(content.category))
    facts = " · ".join(p for p in (french_date(data.forum.date, tr), data.forum.venue) if p)
    left: list[Flowable] = [
        rich(category_mark(data.category(content.category), title), st.title),
        para(data.forum.title, st.subtitle),
    ]
    if facts:
        left.append(para(facts, st.small))
    right: list[Flowable] = [code, para(caption, st.tiny)]
    if simple:
        return [*left, *right]
    qr_width = code.size + 2 * mm
    return [long_table([[left, right]], [width - qr_width, qr_width], header=False, plain=True)]


@dataclass(frozen=True)
class _Caps:
    """How much of each section a handout prints."""

    expected: int
    commitments: int
    consensus: int
    dissensus: int
    text: int


#: Ever tighter caps, tried in turn until the handout fits in two pages.
CAPS = (
    _Caps(10, 6, 5, 5, 220),
    _Caps(8, 5, 4, 4, 170),
    _Caps(6, 4, 3, 3, 130),
    _Caps(4, 3, 2, 2, 100),
)
#: Pages a handout may take.
MAX_PAGES = 2


def _body(data: ReportInput, content: HandoutContent, caps: _Caps, translate: Translate) -> list[Flowable]:
    st = document_styles()
    tr = translate
    code = content.category
    out: list[Flowable] = []

    total = sum(len(texts) for _source, texts in content.expected)
    out.append(para(f"{tr('reports', labels.HANDOUT_EXPECTED)} ({total})", st.h1))
    if not total:
        out.append(para(tr("reports", labels.HANDOUT_NOTHING), st.note))
    budget = caps.expected
    for source, texts in content.expected:
        if budget <= 0:
            break
        name = tr("reports", labels.HANDOUT_FROM).format(name=data.name(source))
        out.append(rich(category_mark(data.category(source), name), st.h2))
        out += [para(t, st.bullet, limit=caps.text, bullet=_BULLET) for t in texts[:budget]]
        budget -= len(texts[:budget])
    out += _more(total, caps.expected, tr)

    out.append(para(f"{tr('reports', labels.HANDOUT_COMMITMENTS)} ({len(content.commitments)})", st.h1))
    if not content.commitments:
        out.append(para(tr("reports", labels.HANDOUT_NOTHING), st.note))
    out += [
        para(t, st.bullet, limit=caps.text, bullet=_BULLET) for t in content.commitments[: caps.commitments]
    ]
    out += _more(len(content.commitments), caps.commitments, tr)

    out.append(para(f"{tr('reports', labels.HANDOUT_CONSENSUS)} ({len(content.consensus)})", st.h1))
    if not content.consensus:
        out.append(para(tr("reports", labels.HANDOUT_NOTHING), st.note))
    for item in content.consensus[: caps.consensus]:
        out.append(_statement_item(item, [_your_stance(item, code, tr)], data, tr, caps.text))
    out += _more(len(content.consensus), caps.consensus, tr)

    out.append(para(f"{tr('reports', labels.HANDOUT_DISSENSUS)} ({len(content.dissensus)})", st.h1))
    if not content.dissensus:
        out.append(para(tr("reports", labels.HANDOUT_NOTHING), st.note))
    names = data.names()
    for item, entry in content.dissensus[: caps.dissensus]:
        pour = list(entry.get("pour") or [])
        contre = list(entry.get("contre") or [])
        sides = ""
        if pour and contre:
            sides = tr("reports", labels.SIDES).format(
                pour=join_names(pour, names, tr), contre=join_names(contre, names, tr)
            )
        out.append(_statement_item(item, [sides, _your_stance(item, code, tr)], data, tr, caps.text))
    out += _more(len(content.dissensus), caps.dissensus, tr)
    return out


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 100_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def handout_story(
    data: ReportInput,
    code: str,
    translate: Translate,
    width: float,
    *,
    height: float = FRAME_HEIGHT,
    simple: bool = False,
) -> list[Flowable]:
    """One category's handout, starting its own numbered section, in two pages at most.

    Sections are capped (and texts shortened) more and more tightly until the handout fits;
    what is left out is counted and left to the Agora summary.

    Args:
        data: The report's input.
        code: Category code.
        translate: Translation function.
        width: Frame width.
        height: Frame height.
        simple: No layout table (fallback layout).

    Returns:
        The flowables (without the page break that separates handouts).
    """
    tr = translate
    content = handout_content(data, code)
    footer = tr("reports", labels.HANDOUT_FOOTER).format(category=data.name(code), forum=data.forum.title)
    head = _header(data, content, tr, width, simple)
    # Keep-with-next headings and unsplittable lines waste some of each page: aim a little low.
    room = MAX_PAGES * height * 0.9 - _height(head, width)
    body: list[Flowable] = []
    for caps in CAPS:
        body = _body(data, content, caps, tr)
        if _height(body, width) <= room:
            break
    return [SectionStart(footer), *head, *body]


def handouts_story(
    data: ReportInput,
    translate: Translate,
    width: float,
    codes: Sequence[str] | None = None,
    *,
    simple: bool = False,
) -> list[Flowable]:
    """Every category's handout, each on new pages with its own page numbers.

    Args:
        data: The report's input.
        translate: Translation function.
        width: Frame width.
        codes: Categories to print (every non-observer category by default).
        simple: No layout table (fallback layout).

    Returns:
        The story.
    """
    wanted = list(codes) if codes is not None else [c.code for c in data.categories if not c.observer]
    out: list[Flowable] = []
    for index, code in enumerate(wanted):
        if index:
            out.append(PageBreak())
        out += handout_story(data, code, translate, width, simple=simple)
    return out
