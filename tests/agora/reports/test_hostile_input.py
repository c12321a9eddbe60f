"""Hostile input: markup injection (T-PDF-1), huge cards, long tables (T-PDF-4), emoji and RTL."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import reportlab.lib.utils
import reportlab.platypus.paraparser

from agora.reports import build, build_summary, fonts
from agora.reports.documents import build_handouts
from agora.reports.handout import handouts_story
from agora.reports.pages import SectionStart
from tests.agora.reports.helpers import card, pdf_fonts, pdf_pages, peer_input

INJECTIONS = (
    '<img src="/etc/passwd"/>',
    '<a href="file:///etc/passwd">clic</a>',
    "Tom & Jerry < 3 > 2",
    '<b>gras ?</b> <font name="Helvetica">police</font>',
)


def test_participant_markup_prints_literally_and_opens_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []
    original = reportlab.lib.utils.open_for_read

    def spy(name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(name)
        return original(name, *args, **kwargs)

    def no_image(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"an image was requested: {args}")

    fonts.register()  # the fonts themselves are read before the spy is installed
    monkeypatch.setattr(reportlab.lib.utils, "open_for_read", spy)
    monkeypatch.setattr(reportlab.lib.utils, "ImageReader", no_image)
    monkeypatch.setattr(reportlab.platypus.paraparser, "ImageReader", no_image)
    cards = [card(text, number=i) for i, text in enumerate(INJECTIONS)]
    cards.append(card("Attente <img src='/etc/passwd'/>", number=9, kind="expectation", target="etat"))
    out = build_summary(peer_input(cards), tmp_path / "injection.pdf")

    text = " ".join(pdf_pages(out))
    flat = re.sub(r"\s+", " ", text)
    for literal in INJECTIONS:
        assert re.sub(r"\s+", " ", literal) in flat
    assert not [name for name in opened if "passwd" in str(name)]
    fonts_used = {name for name, _kind, _embedded in pdf_fonts(out)}
    assert not any("Helvetica" in name for name in fonts_used)


def test_two_thousand_cards_and_a_huge_card_repeat_the_header(tmp_path: Path) -> None:
    cards = [
        card(f"Carte numéro {i} : une contrainte ordinaire du territoire", number=i) for i in range(2000)
    ]
    cards.append(card("Très long texte. " * 1200, number=2000))  # 20,400 characters in one cell
    out = build_summary(peer_input(cards), tmp_path / "long.pdf")
    pages = pdf_pages(out)
    assert len(pages) > 20
    for page in pages[1:4]:
        assert "Carte" in page
        assert "Principe, thème" in page
    text = " ".join(pages)
    assert "Carte numéro 1999" in text
    assert text.count("Très long texte.") >= 1000  # the huge card, split across pages, is all there


def test_a_twenty_thousand_character_card_builds_everywhere(tmp_path: Path) -> None:
    huge = ("Un récit qui n’en finit pas, " * 700)[:20_000]
    cards = [
        card(huge, number=1, kind="story"),
        card(huge, number=2, kind="expectation", category="socio", target="elus"),
        card(huge, number=3, kind="commitment"),
    ]
    data = peer_input(cards)
    assert build_summary(data, tmp_path / "huge.pdf").stat().st_size > 0
    handouts = build_handouts(data, tmp_path / "huge-livrets.pdf")
    # Handouts shorten cards: each stays within two pages.
    assert len(pdf_pages(handouts)) <= 2 * len(data.categories)


def test_emoji_arabic_and_hebrew_build_without_boxes(tmp_path: Path) -> None:
    texts = (
        "Bravo à tous 🎉 👍 ✅ 🇫🇷 👩‍💻 😀 ❤",
        "مرحبا بالعالم، هذا نص عربي طويل للتجربة في المنتدى",
        "שלום עולם, זה טקסט בעברית",
        "Les élus disent : مرحبا puis שלום, fin.",
        "Fondu \U0001fae0 introuvable",
        "مرحبا🎉بالعالم👍",  # fonts glued inside one word of a shaped paragraph
    )
    cards = [card(text, number=i) for i, text in enumerate(texts)]
    cards.append(card("«مرحبا» raconté en italique 🎉", number=9, kind="story"))
    cards.append(card("שלום «עולם»👍", number=10, kind="expectation", category="socio", target="elus"))
    out = build_summary(peer_input(cards), tmp_path / "scripts.pdf")
    names = {name for name, _kind, _embedded in pdf_fonts(out)}
    assert any("Symbola" in name for name in names)
    assert all(embedded for _name, _kind, embedded in pdf_fonts(out))
    text = " ".join(pdf_pages(out))
    assert fonts.REPLACEMENT in text  # the one glyph no shipped font has


def test_handout_story_has_one_section_per_category(tmp_path: Path) -> None:
    data = peer_input([card("Attente", number=1, kind="expectation", category="socio", target="elus")])
    story = handouts_story(data, lambda _c, s: s, 480)
    assert sum(isinstance(f, SectionStart) for f in story) == len(data.categories)


def test_a_shaping_failure_falls_back_to_unshaped_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = build._render
    shaping: list[bool] = []

    def fragile(*args: Any, **kwargs: Any) -> None:
        shaping.append(fonts.shaping_available())
        if len(shaping) == 1:
            raise AttributeError("'TTFont' object has no attribute 'hbAddPrivate'")
        real(*args, **kwargs)

    monkeypatch.setattr(build, "_render", fragile)
    out = build_summary(peer_input([card("مرحبا بالعالم", number=1)]), tmp_path / "rtl.pdf")
    assert shaping == [True, False]
    assert out.stat().st_size > 0
    assert fonts.shaping_available()
