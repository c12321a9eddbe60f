"""T-DB-2: kill -9 at each named phase (migration, backup, export, import), then start again."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from agora.paths import backups_dir, library_dir
from agora.services import cards, safety
from agora.storage import backup
from agora.storage.migrate import head_revision
from agora.storage.recovery import clean_stale_copies, open_or_recover
from agora.storage.store import ForumStore
from tests.conftest import session_of
from tests.fault import child_env, integrity, run_child, texts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLES = ("forum", "category", "contribution", "statement", "position", "tally")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _crash(phase: str, *args: Path) -> None:
    result = run_child("crash_at.py", *map(str, args), env=child_env(AGORA_CRASH_AT=phase))
    assert result.returncode == -signal.SIGKILL, f"{phase}: {result.returncode} {result.stderr}"


def _temps(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.glob(".agora-copy-*")]


def _fill(store: ForumStore, count: int, prefix: str) -> None:
    session_id = session_of(store, "elus")
    for number in range(count):
        cards.add_card(store, session_id, "constraint", f"{prefix} {number}")


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.fault
@pytest.mark.timeout(60)
def test_kill_before_the_migration_commits(tmp_path: Path) -> None:
    path = tmp_path / "ancien.agora"
    shutil.copy(FIXTURES / "forum-0001.agora", path)
    before = _rows(path)
    _crash("migration.before_commit", path)
    assert integrity(path) == "ok"
    assert _revision(path) == "0001" and _rows(path) == before  # nothing of the migration stayed
    (kept,) = backup.list_snapshots(path)
    assert kept.reason == "avant-migration" and kept.verified
    clean_stale_copies()  # the next start
    store, report = open_or_recover(path)
    with store:
        assert report is None and not store.read_only
    assert _revision(path) == head_revision()
    after = _rows(path)
    for table, rows in before.items():
        assert [row[: len(rows[0])] for row in after[table]] == rows if rows else after[table] == []


@pytest.mark.fault
@pytest.mark.timeout(60)
def test_kill_before_a_snapshot_is_renamed(store: ForumStore, forum_path: Path) -> None:
    _fill(store, 10, "avant")
    backup.snapshot(forum_path, backup.REASON_OPEN)
    _fill(store, 5, "après")
    store.close()
    live, snaps = _sha(forum_path), backup.list_snapshots(forum_path)
    _crash("backup.before_replace", forum_path)
    assert _sha(forum_path) == live and integrity(forum_path) == "ok"
    assert backup.list_snapshots(forum_path) == snaps  # no half-made snapshot under a final name
    folder = backups_dir() / "forum"
    assert _temps(folder)  # the interrupted copy's temporary file...
    clean_stale_copies()
    assert _temps(folder) == []  # ...is gone at the next start
    assert backup.snapshot(forum_path, backup.REASON_OPEN).cards == 15


@pytest.mark.fault
@pytest.mark.timeout(60)
@pytest.mark.parametrize("phase", ["export.before_replace", "export.after_replace"])
def test_kill_during_an_export(store: ForumStore, forum_path: Path, tmp_path: Path, phase: str) -> None:
    usb = tmp_path / "CLE"
    usb.mkdir()
    _fill(store, 10, "première")
    previous = safety.export_forum(store, usb)
    old = previous.path.read_bytes()
    _fill(store, 5, "seconde")
    store.close()
    live, live_texts = _sha(forum_path), texts(forum_path)
    _crash(phase, forum_path, usb)
    assert _sha(forum_path) == live and integrity(forum_path) == "ok"  # the live forum untouched
    target = usb / "forum.agora"
    if phase == "export.before_replace":
        assert target.read_bytes() == old  # the previous export, whole
        assert _temps(usb)
    else:
        assert integrity(target) == "ok" and texts(target) == live_texts  # the new one, whole
    manifest = safety.read_manifest(target)
    assert manifest is None or manifest == _sha(target)  # never a checksum that would refuse it
    clean_stale_copies()  # the next start knows the export folder from its record
    assert _temps(usb) == []
    assert safety.import_forum_file(target).exists()  # what is on the stick imports


@pytest.mark.fault
@pytest.mark.timeout(60)
def test_kill_before_an_import_commits(store: ForumStore, tmp_path: Path) -> None:
    usb = tmp_path / "CLE"
    usb.mkdir()
    _fill(store, 8, "à importer")
    exported = safety.export_forum(store, usb)
    store.close()
    source = _sha(exported.path)
    library = library_dir()
    _crash("import.before_commit", exported.path)
    assert _sha(exported.path) == source
    assert list(library.glob("*.agora")) == []  # nothing under a final name
    assert _temps(library)
    clean_stale_copies()
    assert _temps(library) == []
    imported = safety.import_forum_file(exported.path)
    assert imported.name == "forum.agora" and integrity(imported) == "ok"
