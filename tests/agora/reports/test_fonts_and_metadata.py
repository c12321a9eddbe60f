"""T-PDF-2: embedded TrueType subsets only, French text intact, document properties, page labels."""

from __future__ import annotations

import re
from pathlib import Path

from agora.reports import build_summary
from tests.agora.reports.conftest import Demo
from tests.agora.reports.helpers import card, pdf_fonts, pdf_pages, peer_input, pypdf


def test_only_embedded_truetype_subsets_and_no_helvetica(demo_forum: Demo, tmp_path: Path) -> None:
    out = build_summary(demo_forum.agora, tmp_path / "agora.pdf")
    fonts = pdf_fonts(out)
    assert fonts
    for name, subtype, embedded in fonts:
        assert "Helvetica" not in name
        assert subtype == "/TrueType"
        assert embedded
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", name), name  # a subset tag: only used glyphs ship


def test_french_text_keeps_its_accents_ligatures_and_guillemets(tmp_path: Path) -> None:
    cards = [card("Faire œuvre commune, « sans » détour : ça compte !", number=1)]
    out = build_summary(peer_input(cards), tmp_path / "fr.pdf")
    text = " ".join(pdf_pages(out))
    for expected in ("œuvre", "«", "»", "ça", "Élu·e·s", "Forum d’essai", "12 mai 2026"):
        assert expected in text


def test_no_line_breaks_before_high_punctuation(tmp_path: Path) -> None:
    # Many lengths of text before « : », so that some would naturally break right before it.
    words = "mot " * 40
    cards = [card(f"{words[: 3 * i]}fin : suite « cité » et ? ou ! oui ; non", number=i) for i in range(60)]
    out = build_summary(peer_input(cards), tmp_path / "nbsp.pdf")
    for page in pdf_pages(out):
        for line in page.splitlines():
            assert not re.match(r"\s*[:;!?»]", line), line
            assert not line.rstrip().endswith("«"), line


def test_document_properties_and_language(demo_forum: Demo, tmp_path: Path) -> None:
    out = build_summary(demo_forum.elus, tmp_path / "elus.pdf")
    reader = pypdf.PdfReader(str(out))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Compte rendu — Temps entre pairs — Élu·e·s"
    assert meta.author and "Animation" in meta.author
    assert meta.subject and "Rencontre des territoires pilotes" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"


def test_pages_are_numbered_page_n_of_total(tmp_path: Path) -> None:
    cards = [card(f"Carte {i} : une contrainte", number=i) for i in range(150)]
    out = build_summary(peer_input(cards), tmp_path / "pages.pdf")
    pages = pdf_pages(out)
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"page\s{number}\s/\s{total}", page), page[-200:]
    assert "Imprimé le 1er juin 2026" in pages[0]
