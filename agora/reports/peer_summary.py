"""The summary of a peer-group session: the category's cards, grouped the way they were written.

Constraints, commitments and learnings are numbered tables; expectations are grouped by the
category they target; principles and themes are small tags beside each card; stories are set
as quotations.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from agora.domain import reference
from agora.domain.kinds import CONTRIBUTION_KIND_LABELS, ContributionKind
from agora.i18n import Translate
from agora.reports import labels
from agora.reports.header import category_mark, title_block
from agora.reports.inputs import ReportInput
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.styles import document_styles
from agora.reports.tables import long_table
from agora.services.reads import CardRead

#: Order of the sections of a peer-group summary.
KIND_ORDER = (
    ContributionKind.CONSTRAINT,
    ContributionKind.EXPECTATION,
    ContributionKind.COMMITMENT,
    ContributionKind.LEARNING,
    ContributionKind.STORY,
)

_NUMBER_WIDTH = 9 * mm
_MARKS_WIDTH = 40 * mm


def tags_markup(card: CardRead, translate: Translate) -> str:
    """The small tags of a card: its principle and its theme.

    Args:
        card: The card.
        translate: Translation function.

    Returns:
        Safe markup (empty when the card has neither).
    """
    tags = []
    if card.principle is not None:
        tags.append(translate("reports", labels.PRINCIPLE_TAG).format(n=card.principle))
    if card.theme:
        tags.append(card.theme)
    return " ".join(f'<font backColor="#E8EDF3">\u00a0{fragment(tag, limit=60)}\u00a0</font>' for tag in tags)


def card_rows(cards: Sequence[CardRead], translate: Translate, width: float) -> list[Flowable]:
    """A numbered table of cards with their tags (or paragraphs when ``width`` is None).

    Args:
        cards: Cards in board order.
        translate: Translation function.
        width: Width of the table.

    Returns:
        One table.
    """
    st = document_styles()
    tr = translate
    rows: list[list[Flowable]] = [
        [
            para(tr("reports", labels.COLUMN_NUMBER), st.cell_head),
            para(tr("reports", labels.COLUMN_CARD), st.cell_head),
            para(tr("reports", labels.COLUMN_MARKS), st.cell_head),
        ]
    ]
    for number, card in enumerate(cards, start=1):
        rows.append(
            [
                para(str(number), st.cell_small),
                para(card.text, st.cell),
                rich(tags_markup(card, tr), st.cell_small),
            ]
        )
    return [long_table(rows, [_NUMBER_WIDTH, width - _NUMBER_WIDTH - _MARKS_WIDTH, _MARKS_WIDTH])]


def card_paragraphs(cards: Sequence[CardRead], translate: Translate) -> list[Flowable]:
    """The simple layout of :func:`card_rows`: one paragraph per card.

    Args:
        cards: Cards in board order.
        translate: Translation function.

    Returns:
        Paragraphs.
    """
    st = document_styles()
    out: list[Flowable] = []
    for number, card in enumerate(cards, start=1):
        tags = tags_markup(card, translate)
        out.append(rich(f"<b>{number}.</b> {fragment(card.text)} {tags}", st.body, plain=card.text))
    return out


def quotations(cards: Sequence[CardRead], translate: Translate) -> list[Flowable]:
    """Stories set as quotations, each followed by its tags.

    Args:
        cards: Story cards.
        translate: Translation function.

    Returns:
        Paragraphs.
    """
    st = document_styles()
    out: list[Flowable] = []
    for card in cards:
        body = fragment(f"« {card.text} »", st.quote)
        tags = tags_markup(card, translate)
        out.append(
            rich(body + (f"<br/><font size=7>{tags}</font>" if tags else ""), st.quote, plain=card.text)
        )
    return out


def _cards(cards: Sequence[CardRead], translate: Translate, width: float, simple: bool) -> list[Flowable]:
    return card_paragraphs(cards, translate) if simple else card_rows(cards, translate, width)


def kind_sections(
    data: ReportInput, cards: Sequence[CardRead], translate: Translate, width: float, simple: bool
) -> list[Flowable]:
    """The cards of a session, one section per kind, expectations grouped by target.

    Args:
        data: The report's input (category names).
        cards: The session's cards in board order.
        translate: Translation function.
        width: Frame width.
        simple: Paragraphs instead of tables.

    Returns:
        The flowables.
    """
    st = document_styles()
    tr = translate
    out: list[Flowable] = []
    for kind in KIND_ORDER:
        mine = [c for c in cards if c.kind == kind]
        if not mine:
            continue
        heading = para(f"{tr('kinds', CONTRIBUTION_KIND_LABELS[kind])} ({len(mine)})", st.h1)
        if kind == ContributionKind.STORY:
            out += [heading, *quotations(mine, tr)]
        elif kind == ContributionKind.EXPECTATION:
            out.append(heading)
            order = {c.code: i for i, c in enumerate(data.categories)}
            targets = sorted({c.target or "" for c in mine}, key=lambda t: (order.get(t, len(order)), t))
            for target in targets:
                group = [c for c in mine if (c.target or "") == target]
                title = tr("reports", labels.TOWARD).format(name=data.name(target))
                sub = rich(
                    category_mark(data.category(target), f"{title} ({len(group)})"),
                    st.h2,
                )
                body = _cards(group, tr, width, simple)
                out += [KeepTogether([sub, body[0]]), *body[1:]] if len(group) <= 3 else [sub, *body]
        else:
            body = _cards(mine, tr, width, simple)
            out += [KeepTogether([heading, body[0]]), *body[1:]] if len(mine) <= 3 else [heading, *body]
    return out


def principles_legend(cards: Sequence[CardRead], translate: Translate) -> list[Flowable]:
    """The titles of the guiding principles that the cards are tagged with.

    Args:
        cards: The cards printed.
        translate: Translation function.

    Returns:
        A heading and one small paragraph per principle used (nothing if none is).
    """
    used = sorted({c.principle for c in cards if c.principle is not None})
    if not used:
        return []
    st = document_styles()
    out: list[Flowable] = [para(translate("reports", labels.PRINCIPLES_TITLE), st.h2)]
    for principle in reference.principles():
        if principle.number in used:
            tag = translate("reports", labels.PRINCIPLE_TAG).format(n=principle.number)
            out.append(rich(f"<b>{fragment(tag)}</b>\u00a0: {fragment(principle.title)}", st.note))
    return out


def peer_summary_story(data: ReportInput, translate: Translate, width: float, simple: bool) -> list[Flowable]:
    """The whole summary of a peer-group session.

    Args:
        data: The report's input; ``data.session`` is the peer group.
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
    out = title_block(data, title, tr, category=session.category, prompt=session.prompt, width=width)
    cards = data.session_cards()
    if not cards:
        out.append(para(tr("reports", labels.NO_CARDS), st.body))
        return out
    count = (
        tr("reports", labels.CARD_COUNT_ONE)
        if len(cards) == 1
        else tr("reports", labels.CARD_COUNT).format(n=len(cards))
    )
    out.append(para(count, st.body))
    out += kind_sections(data, cards, tr, width, simple)
    out += principles_legend(cards, tr)
    return out
