"""How a statement's label, stances and vote counts read on paper.

Every stance is printed with the votes behind it (METHOD.md: with 3–6 people a single vote moves
a share by 17–33 points, so a label must never travel without its counts).
"""

from __future__ import annotations

from agora.i18n import Translate
from agora.method import StatementAnalysis, wording
from agora.method.stance import Stance
from agora.method.tally import Tally
from agora.reports import labels
from agora.reports.header import category_mark
from agora.reports.inputs import ReportInput
from agora.reports.paragraphs import fragment


def stance_word(stance: Stance, translate: Translate) -> str:
    """The French word of a stance (« Pour », « Divisé »…).

    Args:
        stance: The stance.
        translate: Translation function.

    Returns:
        The word.
    """
    return translate(wording.CONTEXT, wording.STANCE_WORDING[stance.value])


def counts_text(tally: Tally | None, translate: Translate) -> str:
    """The votes behind a stance: « 4 pour, 1 neutre, 0 contre ; n = 5 ; 1 sans avis ».

    Args:
        tally: The category's tally (None: it did not vote).
        translate: Translation function.

    Returns:
        Plain text.
    """
    t = tally or Tally(0, 0, 0, 0)
    tr = translate
    neutral = tr("reports", labels.NEUTRAL_ONE if t.N <= 1 else labels.NEUTRAL_MANY)
    parts = [
        tr("reports", labels.COUNTS).format(a=t.A, n_neutral=t.N, neutral=neutral, d=t.D),
        tr("reports", labels.EXPRESSED).format(n=t.n),
    ]
    if t.P:
        parts.append(tr("reports", labels.NO_OPINION).format(p=t.P))
    return " ; ".join(parts)


def label_text(item: StatementAnalysis, data: ReportInput, translate: Translate) -> str:
    """The wording of the label shown for a statement (the facilitator's when overridden).

    Args:
        item: The statement's analysis.
        data: The report's input (category names).
        translate: Translation function.

    Returns:
        Plain text, e.g. « Divisé au sein de : Élu·e·s ».
    """
    v = item.verdict
    return wording.label_text(
        item.label,
        missing=v.insufficient,
        divided=v.divided,
        stand_out=v.stand_out,
        names=data.names(),
        translate=translate,
    )


def label_markup(item: StatementAnalysis, data: ReportInput, translate: Translate) -> str:
    """The label in bold, with « libellé fixé par l’animation (calcul : …) » when overridden.

    Args:
        item: The statement's analysis.
        data: The report's input.
        translate: Translation function.

    Returns:
        Safe markup.
    """
    text = f"<b>{fragment(label_text(item, data, translate))}</b>"
    if item.overridden:
        v = item.verdict
        computed = wording.label_text(
            v.label,
            missing=v.insufficient,
            divided=v.divided,
            stand_out=v.stand_out,
            names=data.names(),
            translate=translate,
        )
        note = translate("reports", labels.OVERRIDDEN).format(computed=computed)
        text += f' <font backColor="#FFF1C9">✎\u00a0{fragment(note)}</font>'
        if item.override is not None and item.override.note:
            text += "<br/>" + fragment(
                translate("reports", labels.OVERRIDE_NOTE).format(note=item.override.note), limit=400
            )
    return text


def stances_markup(
    item: StatementAnalysis, data: ReportInput, translate: Translate, categories: tuple[str, ...]
) -> str:
    """One line per statement: each category's stance with its votes.

    Args:
        item: The statement's analysis.
        data: The report's input.
        translate: Translation function.
        categories: Category codes to list, in order.

    Returns:
        Safe markup: « ■ Élu·e·s : <b>Pour</b> (4 pour, 1 neutre, 0 contre ; n = 5) · … ».
    """
    parts = []
    for code in categories:
        metrics = item.metrics.get(code)
        stance = metrics.stance if metrics else Stance.INSUFFISANT
        tally = item.tallies.get(code)
        head = category_mark(data.category(code), data.name(code))
        parts.append(
            f"{head}\u00a0: <b>{fragment(stance_word(stance, translate))}</b> "
            f"({fragment(counts_text(tally, translate))})"
        )
    return " · ".join(parts)
