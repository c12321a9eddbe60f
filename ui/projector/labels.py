"""How the projector words and marks the method's labels and stances.

Every label and stance has a glyph as well as words, so nothing is said by colour alone; the
light tints behind labels keep dark ink far above 4.5:1.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from agora.method import StatementAnalysis, wording

#: Glyph of each label (read before the words).
LABEL_GLYPHS: dict[str, str] = {
    "CONSENSUS_POUR": "✓",
    "CONSENSUS_POUR_PARTIEL": "✓",
    "CONSENSUS_CONTRE": "✗",
    "CONSENSUS_CONTRE_PARTIEL": "✗",
    "DISSENSUS_INTER": "≠",
    "DIVERGENCE_INTER": "≠",
    "DIVISE_INTRA": "±",
    "INCERTAIN": "?",
    "MITIGE": "~",
    "TROP_PEU": "·",
}

#: Light background of each label (dark ink on all of them).
LABEL_TINTS: dict[str, str] = {
    "CONSENSUS_POUR": "#D5EFD5",
    "CONSENSUS_POUR_PARTIEL": "#D5EFD5",
    "CONSENSUS_CONTRE": "#F5D6D6",
    "CONSENSUS_CONTRE_PARTIEL": "#F5D6D6",
    "DISSENSUS_INTER": "#FBE1C6",
    "DIVERGENCE_INTER": "#FBE1C6",
    "DIVISE_INTRA": "#E6DCF3",
    "INCERTAIN": "#E4E4E4",
    "MITIGE": "#EDEDED",
    "TROP_PEU": "#F4F4F4",
}


def translate(context: str, text: str) -> str:
    """Qt's translation, in the shape the core's wording functions take."""
    return QCoreApplication.translate(context, text)


def label_words(item: StatementAnalysis, names: Mapping[str, str]) -> str:
    """The label of a statement in words, its categories named (« Divisé au sein de : État »)."""
    verdict = item.verdict
    return wording.label_text(
        item.label,
        missing=verdict.insufficient,
        divided=verdict.divided,
        stand_out=verdict.stand_out,
        names=names,
        translate=translate,
    )


def label_line(item: StatementAnalysis, names: Mapping[str, str]) -> str:
    """Glyph and words of a statement's label."""
    return f"{LABEL_GLYPHS.get(item.label.value, '')} {label_words(item, names)}".strip()


def stance_line(stance: str) -> str:
    """Glyph and word of a category's stance (« + Pour »)."""
    words = wording.STANCE_WORDING.get(stance)
    text = translate(wording.CONTEXT, words) if words else stance
    return f"{wording.STANCE_GLYPHS.get(stance, '')} {text}".strip()
