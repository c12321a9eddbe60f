"""Colours and type sizes of the projector, and the WCAG contrast rule for category colours.

The projector shows dark ink on light paper; anything written on a category colour (a band, a
chip, a panel header) takes whichever of black or white contrasts more with it, and the tests
check that this is always at least 4.5:1 (WCAG 2.x, level AA for normal text).

Sizes are given in pixels *at 1080 lines* and scaled to the window's height, so that the room
reads the same thing on a 720p projector as on a 1080p one.
"""

from __future__ import annotations

#: Page background of the projector.
PAPER = "#FFFFFF"
#: Background of the area behind the cards (a light grey that keeps cards distinct).
BOARD = "#E9E9E4"
#: Main text colour (about 18:1 on PAPER).
INK = "#111111"
#: Secondary text (still above 7:1 on PAPER and on BOARD).
MUTED = "#3A3A3A"
#: Outline of cards and panels.
RULE = "#8A8A85"
#: Background of a card that has just arrived.
FRESH = "#FFEB8A"
#: Countdown in its last minutes (with dark text).
AMBER = "#F2B600"
#: Countdown elapsed (with white text).
RED = "#B3141B"
#: Black and white: the only text colours ever put on a category colour.
BLACK, WHITE = "#000000", "#FFFFFF"

#: WCAG's minimum contrast for normal text.
MIN_CONTRAST = 4.5

#: Reference height of the sizes below.
REFERENCE_LINES = 1080
#: Card text: preferred size, and the smallest the board shrinks to before it paginates.
CARD_PX, CARD_MIN_PX = 34, 28
#: Column titles of the board.
COLUMN_TITLE_PX = 34
#: Session title and prompt of the header.
TITLE_PX, PROMPT_PX, PROMPT_MIN_PX = 44, 34, 28
#: The countdown's digits and its status line.
COUNTDOWN_PX, COUNTDOWN_STATUS_PX = 76, 28
#: The statement on the Agora slide: preferred and smallest size.
STATEMENT_PX, STATEMENT_MIN_PX = 64, 34
#: Labels, stances and counts of the Agora slide.
LABEL_PX, STANCE_PX, COUNTS_PX = 44, 48, 32
#: The fallback code of the join panel.
JOIN_CODE_PX = 84


def scaled(px_at_1080: int, height: int) -> int:
    """A size given at 1080 lines, for a window ``height`` pixels high (never below 1 px)."""
    return max(1, round(px_at_1080 * height / REFERENCE_LINES))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``: 0 for black, 1 for white."""
    text = color.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (a malformed colour gets black)."""
    try:
        on_black = contrast_ratio(background, BLACK)
    except ValueError:
        return BLACK
    return BLACK if on_black >= contrast_ratio(background, WHITE) else WHITE


def safe_color(color: str, fallback: str = RULE) -> str:
    """``color`` if it is a ``#RRGGBB`` colour, else ``fallback`` (a category from a newer Agora)."""
    try:
        relative_luminance(color)
    except ValueError:
        return fallback
    return color
