"""``agora report``: the summary, the handouts and the poster from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from agora.cli import main
from tests.agora.reports.conftest import Demo


def test_report_writes_summary_handouts_and_poster(
    demo_forum: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agora.pdf"
    status = main(
        [
            "report",
            str(demo_forum.path),
            "--session",
            demo_forum.agora_id,
            "--out",
            str(out),
            "--handouts",
            "--poster",
        ]
    )
    assert status == 0
    written = [tmp_path / "agora.pdf", tmp_path / "agora-livrets.pdf", tmp_path / "agora-affiche.pdf"]
    for path in written:
        assert path.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.splitlines() == [f"Écrit : {path}" for path in written]


def test_unknown_session_exits_2_with_one_french_line(
    demo_forum: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    status = main(["report", str(demo_forum.path), "--session", "pas-un-temps", "--out", str(out)])
    assert status == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("Erreur : ")
    assert not out.exists()
