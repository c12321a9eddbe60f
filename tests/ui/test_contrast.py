"""Text on every category colour reads at WCAG AA (contrast ≥ 4.5:1), and so do the desk's own colours."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor

from agora.paths import resource
from ui.desk.agenda_view import AGORA_COLOR
from ui.widgets.colors import DARK_TEXT, LIGHT_TEXT, MIN_CONTRAST, contrast_ratio, text_color_for

DEFAULT_COLORS = [c["color"] for c in json.loads(resource("reference", "categories.json").read_text("utf-8"))["categories"]]


def test_ratio_matches_the_wcag_examples() -> None:
    """Black on white is 21:1; a colour on itself is 1:1; #767676 on white is the classic 4.54:1."""
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#1F5FA8"), QColor("#1F5FA8")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("color", DEFAULT_COLORS)
def test_default_category_colours_get_legible_text(color: str) -> None:
    """The text colour chosen for each default category colour contrasts at least 4.5:1."""
    background = QColor(color)
    text = text_color_for(background)
    assert text in (LIGHT_TEXT, DARK_TEXT)
    assert contrast_ratio(background, text) >= MIN_CONTRAST, f"{color}: {contrast_ratio(background, text):.2f}"


def test_light_colours_get_dark_text() -> None:
    """A light colour (a facilitator's own yellow) gets near-black text, not white."""
    assert text_color_for(QColor("#F2C94C")) == DARK_TEXT
    assert contrast_ratio(QColor("#F2C94C"), DARK_TEXT) >= MIN_CONTRAST


@pytest.mark.parametrize(
    ("background", "foreground"),
    [
        (AGORA_COLOR.name(), "#FFFFFF"),  # the Agora in the agenda, the capture bar's kind
        ("#FFF7D6", "#111111"),  # card text
        ("#FFF7D6", "#4A4A4A"),  # a card's theme line
        ("#B3261E", "#FFFFFF"),  # « NON ENREGISTRÉ », the failure banner
        ("#FFF7D6", "#B3261E"),  # « non enregistré » on a card
        ("#FFF4CE", "#3D2E00"),  # the read-only banner
    ],
)
def test_the_desks_own_colours(background: str, foreground: str) -> None:
    """Every fixed text colour of the desk reads on its background."""
    assert contrast_ratio(QColor(background), QColor(foreground)) >= MIN_CONTRAST
