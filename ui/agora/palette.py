"""Colours of the Agora screen: the heatmap's diverging scale and a readable text colour on it.

The scale is ColorBrewer's RdBu (red for against, blue for for), the one the printed documents
use (``agora/reports/palette.py``), so the screen and the PDF read the same. It stays
distinguishable for the common colour blindnesses, unlike the red–green of METHOD.md's sketch;
the stance glyph and the counts written in every cell carry the same information in black and
white. Text on a cell is black or white, whichever contrasts more (WCAG 2 ratio ≥ 4.5 on every
colour of the scale, checked by the tests).
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

#: ColorBrewer RdBu, 7 classes, from −1 (against) to +1 (for).
RDBU: tuple[str, ...] = ("#B2182B", "#EF8A62", "#FDDBC7", "#F7F7F7", "#D1E5F0", "#67A9CF", "#2166AC")

#: Dark text (not pure black: softer on a projector, still 17:1 on white).
INK = QColor("#1A1A1A")
#: Light text on the dark ends of the scale.
PAPER = QColor("#FFFFFF")
#: Base of a cell without enough votes.
INSUFFICIENT = QColor("#D9D9D9")
#: Hatching lines of a cell without enough votes.
HATCH = QColor("#8C8C8C")
#: Background of a label the facilitator overrode (as in the PDF).
OVERRIDE = QColor("#FFF1C9")
#: Background of the group rows of the heatmap and the ranked lists.
GROUP = QColor("#E8EDF3")
#: Background of the pooled "majorité de la salle" rows: set apart from the role-based lists.
POOLED = QColor("#EDEDED")
#: Inline refusal messages and their field borders.
REFUSAL = QColor("#A50F15")
#: Background of the "parameters changed" note.
NOTICE = QColor("#FFE8A3")


def _mix(low: QColor, high: QColor, t: float) -> QColor:
    return QColor(
        round(low.red() + (high.red() - low.red()) * t),
        round(low.green() + (high.green() - low.green()) * t),
        round(low.blue() + (high.blue() - low.blue()) * t),
    )


def diverging(value: Fraction | float | None) -> QColor:
    """The colour of a mean position ``s`` in [−1, 1] (None, no vote: the insufficient grey)."""
    if value is None:
        return QColor(INSUFFICIENT)
    x = (min(1.0, max(-1.0, float(value))) + 1) / 2 * (len(RDBU) - 1)
    low = min(int(x), len(RDBU) - 2)
    return _mix(QColor(RDBU[low]), QColor(RDBU[low + 1]), x - low)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: QColor) -> QColor:
    """Ink or white, whichever contrasts more with ``background``."""
    return QColor(INK) if contrast(INK, background) >= contrast(PAPER, background) else QColor(PAPER)


#: The contrast every text of a coloured cell keeps with its background (WCAG AA).
MIN_CONTRAST = 4.5


def readable(background: QColor) -> QColor:
    """``background``, nudged darker (under white text) or lighter (under ink) just enough for
    its text to keep :data:`MIN_CONTRAST`; most shades come back unchanged."""
    color = QColor(background)
    for _ in range(40):
        ink = text_on(color)
        if contrast(ink, color) >= MIN_CONTRAST:
            return color
        color = color.darker(104) if ink == PAPER else color.lighter(104)
    return color


def cell_color(value: Fraction | float | None) -> QColor:
    """The background of a cell at position ``value``: :func:`diverging`, kept readable."""
    return readable(diverging(value))


def hatch_brush() -> QBrush:
    """The diagonal hatching drawn over the grey of a cell without enough votes."""
    return QBrush(HATCH, Qt.BrushStyle.BDiagPattern)


def sequential(value: float | None) -> QColor:
    """A pale-to-blue tint for a share in [0, 1] (agreement between categories); white for None."""
    if value is None:
        return QColor(PAPER)
    return _mix(QColor(PAPER), QColor("#92C5DE"), min(1.0, max(0.0, value)))


def readable_sequential(value: float | None) -> QColor:
    """:func:`sequential`, kept readable under its text."""
    return readable(sequential(value))
