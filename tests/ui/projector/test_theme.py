"""Contrast of the projector's text: black or white on each category colour, ink on every surface."""

from __future__ import annotations

import pytest

from agora.domain import reference
from ui.projector import theme
from ui.projector.labels import LABEL_TINTS

#: The default category colours (resources/reference/categories.json).
DEFAULT_COLORS = ("#1F5FA8", "#1B6E45", "#6B3FA0", "#A4420E")


def test_wcag_reference_values() -> None:
    """Black on white is 21:1, a colour on itself 1:1, and the ratio is symmetric."""
    assert theme.contrast_ratio(theme.BLACK, theme.WHITE) == pytest.approx(21.0)
    assert theme.contrast_ratio("#1F5FA8", "#1F5FA8") == pytest.approx(1.0)
    assert theme.contrast_ratio("#777777", theme.WHITE) == pytest.approx(
        theme.contrast_ratio(theme.WHITE, "#777777")
    )
    # WCAG's worked example: #777777 on white is just under 4.5:1.
    assert theme.contrast_ratio("#777777", theme.WHITE) == pytest.approx(4.48, abs=0.01)


def test_default_category_colours_are_the_reference_ones() -> None:
    """The colours tested below are those the forums get by default."""
    assert {c.color.upper() for c in reference.default_categories()} == set(DEFAULT_COLORS)


@pytest.mark.parametrize("color", DEFAULT_COLORS)
def test_text_on_each_default_category_colour_reaches_4_5(color: str) -> None:
    """Bands, chips and panel headers write in black or white, whichever contrasts more: ≥ 4.5:1."""
    ink = theme.text_on(color)
    assert ink in (theme.BLACK, theme.WHITE)
    assert theme.contrast_ratio(ink, color) >= theme.MIN_CONTRAST
    assert theme.contrast_ratio(ink, color) >= theme.contrast_ratio(
        theme.WHITE if ink == theme.BLACK else theme.BLACK, color
    )


@pytest.mark.parametrize(
    "color", ["#FFD700", "#00FF00", "#F2B600", "#000080", "#B3141B", "#808080", "#FF00FF"]
)
def test_text_on_any_colour_picks_the_better_ink(color: str) -> None:
    """Light colours get black, dark ones white; either way the better of the two (≥ 3.9:1 always)."""
    ink = theme.text_on(color)
    other = theme.WHITE if ink == theme.BLACK else theme.BLACK
    assert theme.contrast_ratio(ink, color) >= theme.contrast_ratio(other, color)
    assert theme.contrast_ratio(ink, color) > 3.9  # the worst case of black-or-white is about 4.58:1


def test_light_and_dark_examples() -> None:
    assert theme.text_on("#FFEB8A") == theme.BLACK
    assert theme.text_on("#1F5FA8") == theme.WHITE
    assert theme.text_on("not a colour") == theme.BLACK
    assert theme.safe_color("#12") == theme.RULE


@pytest.mark.parametrize(
    "surface", [theme.PAPER, theme.BOARD, theme.FRESH, *sorted(set(LABEL_TINTS.values()))]
)
def test_ink_on_every_surface_of_the_projector(surface: str) -> None:
    """Dark ink (and the muted grey) on paper, board, highlight and label tints: ≥ 4.5:1."""
    assert theme.contrast_ratio(theme.INK, surface) >= theme.MIN_CONTRAST
    assert theme.contrast_ratio(theme.MUTED, surface) >= theme.MIN_CONTRAST


def test_countdown_colours_keep_their_text_readable() -> None:
    """Black on amber, white on red."""
    assert theme.contrast_ratio(theme.BLACK, theme.AMBER) >= theme.MIN_CONTRAST
    assert theme.contrast_ratio(theme.WHITE, theme.RED) >= theme.MIN_CONTRAST


def test_sizes_scale_with_the_window_height() -> None:
    """28 px at 1080 lines stays the same proportion at 720 and 2160."""
    assert theme.scaled(28, 1080) == 28
    assert theme.scaled(30, 720) == 20
    assert theme.scaled(28, 2160) == 56
