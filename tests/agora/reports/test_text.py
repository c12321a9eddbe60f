"""French typography, dates, page labels, shortening, escaping and glyph fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from agora.reports import fonts
from agora.reports.text import french_date, french_typography, page_label, shorten, shorten_bytes

NB = "\u00a0"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lieu : salle", f"Lieu{NB}: salle"),
        ("Vraiment ? Oui ! Bon ; fin", f"Vraiment{NB}? Oui{NB}! Bon{NB}; fin"),
        ("« œuvre »", f"«{NB}œuvre{NB}»"),
        ("«œuvre»", f"«{NB}œuvre{NB}»"),
        ("12:30 et https://exemple.fr/?a=1", "12:30 et https://exemple.fr/?a=1"),
        ("rien à changer", "rien à changer"),
    ],
)
def test_french_typography_puts_no_break_spaces(raw: str, expected: str) -> None:
    assert french_typography(raw) == expected


def test_french_dates() -> None:
    assert french_date(dt.date(2026, 5, 12)) == "12 mai 2026"
    assert french_date(dt.date(2026, 6, 1)) == "1er juin 2026"
    assert french_date(dt.date(2027, 8, 15)) == "15 août 2027"
    assert french_date(None) == ""


def test_page_label_is_french_with_no_break_spaces() -> None:
    assert page_label(2, 5) == f"page 2{NB}/{NB}5"


def test_shorten_cuts_at_a_word_and_marks_it() -> None:
    text = "un deux trois quatre cinq six sept huit neuf dix"
    short = shorten(text, 20)
    assert len(short) <= 20
    assert short.endswith("…")
    assert shorten("court", 20) == "court"


def test_shorten_bytes_never_cuts_a_character_in_two() -> None:
    text = "é" * 600
    short = shorten_bytes(text, 1000)
    assert len(short.encode("utf-8")) <= 1000
    assert short.endswith("…")


def test_markup_escapes_participant_tags() -> None:
    markup = fonts.markup('<img src="/etc/passwd"/> & <a href="x">lien</a>')
    assert "<img" not in markup
    assert "&lt;img" in markup
    assert "&amp;" in markup
    assert "<a " not in markup


def test_markup_routes_missing_glyphs_to_the_fallback_font() -> None:
    markup = fonts.markup("Bravo 🎉 👍 ✅")
    assert markup.count(f'<font name="{fonts.FALLBACK}">') == 3


def test_markup_replaces_glyphs_no_font_has() -> None:
    # U+1FAE0 (Unicode 14) is in neither DejaVu Sans nor Symbola (Unicode 9).
    assert fonts.REPLACEMENT in fonts.markup("fondu \U0001fae0")


def test_markup_keeps_arabic_upright_in_italic_text() -> None:
    # The oblique faces have no Arabic: those glyphs come from the upright face.
    markup = fonts.markup("« مرحبا »", fonts.ITALIC)
    assert f'<font name="{fonts.UPRIGHT}">' in markup


def test_direction_detection() -> None:
    assert fonts.is_rtl("שלום עולם")
    assert fonts.is_rtl("مرحبا Agora")
    assert not fonts.is_rtl("Agora مرحبا")
    assert fonts.has_rtl("Agora مرحبا")
    assert not fonts.has_rtl("Élu·e·s")


def test_markup_never_glues_two_fonts_in_one_word() -> None:
    # reportlab shapes a word with the font of its first run: a glued change of font is a break.
    assert fonts.markup("Bravo🎉") == f'Bravo <font name="{fonts.FALLBACK}">🎉</font>'
    italic = fonts.markup("«\u00a0مرحبا\u00a0»", fonts.ITALIC)
    assert "\u00a0" not in italic
    assert italic.startswith("« <font")
