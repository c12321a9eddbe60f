"""Helpers of the report tests: synthetic read models and reading PDFs back."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest

from agora.domain import reference
from agora.reports.inputs import ReportInput
from agora.services.reads import CardRead, CategoryRead, ForumRead, SessionRead, TerritoryRead

pypdf = pytest.importorskip("pypdf", reason="pypdf (dev dependency) reads the PDFs back")

MOMENT = dt.datetime(2026, 5, 12, 9, 30, tzinfo=dt.UTC)


def categories() -> tuple[CategoryRead, ...]:
    """The four default categories as read models."""
    return tuple(
        CategoryRead(code=c.code, label=c.label, color=c.color, position=i, observer=False)
        for i, c in enumerate(reference.default_categories())
    )


def peer_session(category: str = "elus") -> SessionRead:
    """A peer-group session of ``category``."""
    return SessionRead(
        id=f"peer-{category}",
        kind="peer_group",
        category=category,
        title="Temps entre pairs — Élu·e·s",
        date=dt.date(2026, 5, 12),
        position=0,
        prompt="Vos contraintes : quelles sont-elles ?",
        duration_minutes=180,
    )


def card(
    text: str,
    *,
    number: int = 0,
    kind: str = "constraint",
    category: str = "elus",
    target: str | None = None,
    session: str = "peer-elus",
    principle: int | None = 2,
) -> CardRead:
    """A card read model."""
    return CardRead(
        id=f"card-{kind}-{number}",
        session_id=session,
        kind=kind,
        category=category,
        target=target,
        text=text,
        principle=principle,
        theme="thème",
        position=float(number),
        participant_id=None,
        merged_into=None,
        created_at=MOMENT,
        updated_at=MOMENT,
        deleted_at=None,
    )


def peer_input(cards: Iterable[CardRead], *, link: str = "") -> ReportInput:
    """A synthetic peer-group report input (no database)."""
    return ReportInput(
        forum=ForumRead(
            id="forum",
            title="Forum d’essai « Cœur de vallée »",
            date=dt.date(2026, 5, 12),
            venue="Salle des fêtes",
            facilitators="Équipe d’animation",
            link=link,
        ),
        categories=categories(),
        territories=(TerritoryRead("t", "Communauté de communes du Val", None, "", "rural", "", "", ""),),
        session=peer_session(),
        cards=tuple(cards),
        printed_on=dt.date(2026, 6, 1),
    )


def pdf_pages(path: Path) -> list[str]:
    """Text of each page of a PDF, extracted by pypdf."""
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def pdf_fonts(path: Path) -> set[tuple[str, str, bool]]:
    """(base font, subtype, embedded as TrueType file) of every font the PDF's pages use."""
    found: set[tuple[str, str, bool]] = set()
    for page in pypdf.PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]), str(font["/Subtype"]), embedded))
    return found


def render_png(pdf: Path, out_prefix: Path, *, dpi: int, page: int = 1) -> Path:
    """Rasterise one page with poppler's pdftoppm; skips the test when poppler is absent."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian package poppler-utils) is not installed")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(out_prefix),
        ],
        check=True,
        timeout=60,
    )
    return out_prefix.with_suffix(".png")
