"""A PDF is written to a temporary file and renamed: a failure never leaves half a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus.doctemplate import LayoutError

from agora.errors import StorageError
from agora.reports import build, build_summary
from tests.agora.reports.helpers import card, pdf_pages, peer_input


def _failing_render(target: str, *args: Any, **kwargs: Any) -> None:
    Path(target).write_bytes(b"%PDF-1.4 half a file")
    raise RuntimeError("disk pulled out mid-build")


def test_failure_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "summary.pdf"
    out.write_bytes(b"previous summary")
    monkeypatch.setattr(build, "_render", _failing_render)
    with pytest.raises(RuntimeError):
        build_summary(peer_input([card("Carte", number=1)]), out)
    assert out.read_bytes() == b"previous summary"
    assert sorted(p.name for p in folder.iterdir()) == ["summary.pdf"]


def test_failure_leaves_no_file_under_the_final_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "summary.pdf"
    monkeypatch.setattr(build, "_render", _failing_render)
    with pytest.raises(RuntimeError):
        build_summary(peer_input([card("Carte", number=1)]), out)
    assert list(folder.iterdir()) == []


def test_layout_error_falls_back_to_the_simple_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = build._render
    calls: list[int] = []

    def flaky(target: str, info: Any, story: Any, *args: Any, **kwargs: Any) -> None:
        calls.append(len(story))
        if len(calls) == 1:
            raise LayoutError("Flowable too large")
        real(target, info, story, *args, **kwargs)

    monkeypatch.setattr(build, "_render", flaky)
    out = build_summary(peer_input([card("Une carte simple", number=1)]), tmp_path / "s.pdf")
    assert len(calls) == 2
    assert "Une carte simple" in " ".join(pdf_pages(out))


def test_missing_folder_is_a_french_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Impossible d’écrire"):
        build_summary(peer_input([card("Carte", number=1)]), tmp_path / "absent" / "s.pdf")
