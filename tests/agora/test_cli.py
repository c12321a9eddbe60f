"""The `agora` command line: French messages, status 2 on bad input, files left unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agora import __version__, cli
from agora.paths import library_dir
from agora.services import cards
from agora.services.demo import DEMO_FILE_NAME
from agora.storage.store import ForumStore
from tests.conftest import session_of

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real `agora` entry point in a child process (as a facilitator types it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "import sys; from ui.__main__ import main; code = main(); "
    code += "sys.exit(code if 'PySide6' not in sys.modules else 99)"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_version_without_loading_qt() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"Agora {__version__}"


def test_demo_then_check_then_analyse_without_qt(tmp_path: Path) -> None:
    target = tmp_path / "demo.agora"
    created = run("demo", str(target))
    assert created.returncode == 0, created.stderr
    assert "Forum de démonstration créé" in created.stdout
    again = run("demo", str(target))
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [f"Erreur : Le fichier « {target.name} » existe déjà."]
    checked = run("check", str(target))
    assert checked.returncode == 0
    assert "Intégrité : intacte" in checked.stdout
    assert "Cartes : 59" in checked.stdout


def test_demo_goes_to_the_library_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo", "--if-missing"]) == 0
    assert (library_dir() / DEMO_FILE_NAME).is_file()
    assert cli.main(["demo", "--if-missing"]) == 0
    assert "existe déjà" in capsys.readouterr().out
    assert cli.main(["check", "Forum de démonstration"]) == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "vide"),
        (b"ceci n'est pas un forum", "pas une base SQLite"),
    ],
)
def test_check_refuses_what_is_not_a_forum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, words: str
) -> None:
    path = tmp_path / "faux.agora"
    path.write_bytes(content)
    assert cli.main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert words in err[0]
    assert path.read_bytes() == content


def test_unknown_command_and_missing_argument_exit_2() -> None:
    assert run("bonjour").returncode == 2
    missing = run("import", "paquet.json")
    assert missing.returncode == 2
    assert "--into" in missing.stderr


def test_export_json_csv_xlsx_and_import_round_trip(
    store: ForumStore, forum_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards.add_card(store, session_of(store, "elus"), "constraint", "Peur de l’échec")
    cards.add_card(store, session_of(store, "socio"), "expectation", "Du temps", target="agents")
    store.close()
    bundle = tmp_path / "forum.json"
    assert cli.main(["export", str(forum_path), "--format", "json", "--out", str(bundle)]) == 0
    assert cli.main(["export", str(forum_path), "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert cli.main(["export", str(forum_path), "--format", "xlsx", "--out", str(tmp_path / "f.xlsx")]) == 0
    assert (tmp_path / "f.xlsx").stat().st_size > 0
    assert "Peur de l’échec" in (tmp_path / "csv" / "cartes.csv").read_text(encoding="utf-8-sig")
    copy = tmp_path / "copie.agora"
    assert cli.main(["import", str(bundle), "--into", str(copy)]) == 0
    before = digest(copy)
    assert cli.main(["import", str(bundle), "--into", str(copy)]) == 0  # idempotent
    assert "Paquet importé" in capsys.readouterr().out
    again = tmp_path / "again.json"
    assert cli.main(["export", str(copy), "--format", "json", "--out", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8")) == json.loads(bundle.read_text(encoding="utf-8"))
    assert digest(copy) == before or cli.main(["check", str(copy)]) == 0


def test_import_refusal_leaves_the_forum_unchanged(
    store: ForumStore, forum_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards.add_card(store, session_of(store, "elus"), "constraint", "Une carte")
    store.close()
    bad = tmp_path / "mauvais.json"
    bad.write_text('{"format": "agora-bundle", "version": 7}', encoding="utf-8")
    before = digest(forum_path)
    assert cli.main(["import", str(bad), "--into", str(forum_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "version plus récente" in err[0]
    assert digest(forum_path) == before
