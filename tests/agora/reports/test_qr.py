"""T-PDF-3: the handout's QR code, rasterised from the PDF and decoded, gives back its payload."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from agora.i18n import identity
from agora.reports import build_handouts
from agora.reports.handout import handout_content, qr_payload
from agora.reports.qr import MAX_OFFLINE_BYTES, QUIET_ZONE, offline_payload, qr_matrix
from tests.agora.reports.conftest import Demo
from tests.agora.reports.helpers import render_png

zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (dev dependency) decodes QR codes")
Image = pytest.importorskip("PIL.Image")

LINK = "https://reseau-transitions.example.org/forums/coteaux-aubrelle-2026?v=1"


def _decode_first_page(pdf: Path, tmp_path: Path) -> list[str]:
    png = render_png(pdf, tmp_path / "page", dpi=150)
    with Image.open(png) as image:
        return [result.text for result in zxingcpp.read_barcodes(image)]


def test_qr_holds_the_forum_link(demo_forum: Demo, tmp_path: Path) -> None:
    data = dataclasses.replace(demo_forum.agora, forum=dataclasses.replace(demo_forum.agora.forum, link=LINK))
    out = build_handouts(data, tmp_path / "livrets.pdf", categories=["elus"])
    assert _decode_first_page(out, tmp_path) == [LINK]


def test_qr_without_link_holds_the_key_points_offline(demo_forum: Demo, tmp_path: Path) -> None:
    data = demo_forum.agora
    assert not data.forum.link
    out = build_handouts(data, tmp_path / "livrets.pdf", categories=["socio"])
    expected = qr_payload(data, handout_content(data, "socio"), identity)
    assert len(expected.encode("utf-8")) <= MAX_OFFLINE_BYTES
    assert "Acteurs socio-économiques" in expected
    assert _decode_first_page(out, tmp_path) == [expected]


def test_offline_payload_takes_points_in_turns_and_respects_the_limit() -> None:
    long_section = [f"Attente numéro {i} : " + "é" * 80 for i in range(100)]
    payload = offline_payload("Forum\nLivret", [("Attendu", long_section), ("Engagements", ["Tenir parole"])])
    assert len(payload.encode("utf-8")) <= MAX_OFFLINE_BYTES
    assert "Tenir parole" in payload  # a long first section does not crowd out the second


def test_matrix_keeps_the_quiet_zone() -> None:
    matrix = qr_matrix(LINK)
    for row in matrix[:QUIET_ZONE] + matrix[-QUIET_ZONE:]:
        assert not any(row)
    for row in matrix:
        assert not any(row[:QUIET_ZONE]) and not any(row[-QUIET_ZONE:])
