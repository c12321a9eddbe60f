"""Colours of the printed documents: the house colours and the heatmap's diverging scale.

The heatmap uses ColorBrewer's RdBu scale (red for against, blue for for), which stays
distinguishable for the common forms of colour blindness, unlike the red–green of METHOD.md's
sketch; the stance glyph and the counts in every cell carry the same information in black and
white.
"""

from __future__ import annotations

from fractions import Fraction

from reportlab.lib import colors
from reportlab.lib.colors import Color, HexColor

#: Text and rules.
INK = HexColor("#1A1A1A")
#: Secondary text (captions, footers).
MUTED = HexColor("#5A5A5A")
#: Headings and table headers.
ACCENT = HexColor("#1F3A5F")
#: Light background of table headers and tags.
PALE = HexColor("#E8EDF3")
#: Grid lines.
RULE = HexColor("#B8C0CC")
#: Points of consensus (poster, handouts): the blue end of the scale.
CONSENSUS = HexColor("#2166AC")
#: Points of dissensus: the red end of the scale.
DISSENSUS = HexColor("#B2182B")
#: Cells without enough votes: grey, hatched.
INSUFFICIENT = HexColor("#D9D9D9")
#: Hatching lines of insufficient cells.
HATCH = HexColor("#8C8C8C")
#: Background of overridden labels.
OVERRIDE = HexColor("#FFF1C9")

# ColorBrewer RdBu (7 classes), from −1 (against) to +1 (for).
_RDBU = (
    HexColor("#B2182B"),
    HexColor("#EF8A62"),
    HexColor("#FDDBC7"),
    HexColor("#F7F7F7"),
    HexColor("#D1E5F0"),
    HexColor("#67A9CF"),
    HexColor("#2166AC"),
)


def diverging(value: Fraction | float | None) -> Color:
    """Colour of a mean position on the diverging scale.

    Args:
        value: Mean position in [−1, 1]; None (no votes) gives the insufficient grey.

    Returns:
        The interpolated colour.
    """
    if value is None:
        return INSUFFICIENT
    x = (min(1.0, max(-1.0, float(value))) + 1) / 2 * (len(_RDBU) - 1)
    low = min(int(x), len(_RDBU) - 2)
    return colors.linearlyInterpolatedColor(_RDBU[low], _RDBU[low + 1], low, low + 1, x)


def text_on(value: Fraction | float | None) -> Color:
    """Text colour readable on :func:`diverging` of ``value``.

    Args:
        value: Mean position in [−1, 1], or None.

    Returns:
        White on the dark ends of the scale, ink elsewhere.
    """
    return colors.white if value is not None and abs(float(value)) > 0.6 else INK


def sequential(value: float | None) -> Color:
    """Pale-to-blue tint for a share in [0, 1] (agreement between categories).

    Args:
        value: Share, or None.

    Returns:
        White for 0 (or None), a mid blue for 1; ink stays readable on every tint.
    """
    if value is None:
        return colors.white
    return colors.linearlyInterpolatedColor(
        colors.white, HexColor("#92C5DE"), 0, 1, min(1.0, max(0.0, value))
    )


def category_color(hex_code: str) -> Color:
    """A category's colour, or the accent colour when it is malformed.

    Args:
        hex_code: ``#RRGGBB``.

    Returns:
        The colour.
    """
    try:
        return HexColor(hex_code)
    except (ValueError, TypeError):
        return ACCENT
