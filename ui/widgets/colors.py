"""Category colours made legible: contrast ratios (WCAG 2.x) and the text colour to put on them.

Category colours are chosen by the facilitator (four defaults ship in
``resources/reference/categories.json``). Wherever text sits on a category colour (agenda,
expectation groups, the capture bar's target, the board's band), its colour comes from
:func:`text_color_for`, which picks white or near-black, whichever contrasts more.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: The dark text used on light category colours (near-black reads softer than pure black).
DARK_TEXT = QColor("#111111")
#: The light text used on dark category colours.
LIGHT_TEXT = QColor("#FFFFFF")
#: WCAG AA for normal text.
MIN_CONTRAST = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0 black … 1 white)."""
    return (
        0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF()) + 0.0722 * _channel(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_color_for(background: QColor) -> QColor:
    """White or near-black, whichever reads better on ``background``."""
    if contrast_ratio(background, LIGHT_TEXT) >= contrast_ratio(background, DARK_TEXT):
        return QColor(LIGHT_TEXT)
    return QColor(DARK_TEXT)


def tint(color: QColor, amount: float) -> QColor:
    """``color`` mixed with white (``amount`` 0 = the colour, 1 = white)."""
    return QColor.fromRgbF(
        color.redF() + (1 - color.redF()) * amount,
        color.greenF() + (1 - color.greenF()) * amount,
        color.blueF() + (1 - color.blueF()) * amount,
    )


def category_color(code: str | None, colors: dict[str, str]) -> QColor:
    """The colour of category ``code`` from ``{code: "#RRGGBB"}``; a neutral grey if unknown."""
    color = QColor(colors.get(code or "", ""))
    return color if color.isValid() else QColor("#5F6368")
