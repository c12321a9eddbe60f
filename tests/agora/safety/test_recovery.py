"""T-DB-6 on open: damaged files moved aside and restored from a snapshot, the rest refused untouched."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from agora.errors import DamagedForumError, EmptyFileError, ForumFileError, NotAForumError
from agora.paths import backups_dir, library_dir
from agora.services import forums
from agora.storage import backup, recovery
from agora.storage.recovery import RecoveryReport, clean_stale_copies, open_or_recover, pending_copies
from agora.storage.store import open_forum, probe_writable
from tests.agora.safety import add_cards, card_texts, flip, integrity, sha

SNAPSHOT_AT = dt.datetime(2026, 5, 12, 10, 14)
LAST_CHANGE = dt.datetime(2026, 5, 12, 10, 31)
SPAN = "Les modifications faites entre le 12 mai 2026 à 10 h 14 et le 12 mai 2026 à 10 h 31 peuvent manquer."


def _forum_with_snapshot(path: Path, before: int = 40, after: int = 5) -> tuple[set[str], set[str]]:
    """A closed forum: ``before`` cards in a snapshot taken at SNAPSHOT_AT, ``after`` more since."""
    store = forums.create_forum(path, "À abîmer")
    try:
        saved = set(add_cards(store, before, size=400))
        backup.snapshot(path, backup.REASON_OPEN, clock=lambda: SNAPSHOT_AT)
        later = set(add_cards(store, after, prefix="après"))
    finally:
        store.close()
    stamp = LAST_CHANGE.timestamp()
    os.utime(path, (stamp, stamp))
    return saved, later


def _foreign(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes(x)")
    connection.execute("INSERT INTO notes VALUES ('données de quelqu’un d’autre')")
    connection.commit()
    connection.close()


def _garbage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    noise = random.Random(6).randbytes(4096 * 3)
    data[4096 * 8 : 4096 * 11] = noise
    path.write_bytes(bytes(data))


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.mark.parametrize(
    ("damage", "error", "words"),
    [
        (lambda p: p.write_bytes(b""), EmptyFileError, "vide"),
        (lambda p: p.write_bytes(p.read_bytes()[:50]), NotAForumError, "pas une base SQLite"),
        (lambda p: p.write_bytes(b"PK\x03\x04 pas une base"), NotAForumError, "pas une base SQLite"),
        (lambda p: flip(p, 0), NotAForumError, "pas une base SQLite"),
        (_foreign, NotAForumError, "autre application"),
    ],
    ids=["empty", "header_only", "not_sqlite", "flip_magic", "foreign"],
)
def test_not_a_forum_is_refused_and_left_exactly_as_it_is(tmp_path: Path, damage, error, words) -> None:
    path = tmp_path / "forum.agora"
    _forum_with_snapshot(path)
    damage(path)
    before, names, snaps = sha(path), _siblings(path), backup.list_snapshots(path)
    with pytest.raises(error, match=words):
        open_or_recover(path)
    assert sha(path) == before
    assert _siblings(path) == names  # nothing moved aside, nothing restored beside it
    assert backup.list_snapshots(path) == snaps  # the restore dialog can still offer them


@pytest.mark.parametrize("damage", ["half", "garbage_pages", "half_with_wal"])
def test_damaged_forum_is_moved_aside_and_the_newest_good_snapshot_restored(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "forum.agora"
    saved, _later = _forum_with_snapshot(path)
    if damage == "garbage_pages":
        _garbage_pages(path)
    else:
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    if damage == "half_with_wal":
        path.with_name("forum.agora-wal").write_bytes(b"journal du fichier abime")
    stamp = LAST_CHANGE.timestamp()
    for part in (path, path.with_name("forum.agora-wal")):
        if part.exists():
            os.utime(part, (stamp, stamp))
    damaged = sha(path)

    store, report = open_or_recover(path, now=dt.datetime(2026, 5, 12, 11, 2, 3))
    try:
        assert isinstance(report, RecoveryReport)
        assert card_texts(store) == saved  # the snapshot's cards, all of them
        assert not store.read_only
    finally:
        store.close()
    assert report.aside == tmp_path / "forum.agora.damaged-20260512-110203"
    assert sha(report.aside) == damaged  # kept, byte for byte, never deleted
    if damage == "half_with_wal":
        assert report.aside.with_name(report.aside.name + "-wal").read_bytes() == b"journal du fichier abime"
    assert integrity(path) == "ok"
    message = report.message()
    assert message.endswith(SPAN)
    assert "forum.agora.damaged-20260512-110203" in message and "(40 cartes)" in message


def test_a_damaged_snapshot_is_skipped_for_an_older_good_one(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    _forum_with_snapshot(path)
    with open_forum(path) as store:
        add_cards(store, 3, prefix="plus tard")
    newest = backup.snapshot(path, backup.REASON_CLOSE, clock=lambda: dt.datetime(2026, 5, 12, 10, 20))
    newest.path.write_bytes(newest.path.read_bytes()[:8192])  # bit rot in the backups folder
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    store, report = open_or_recover(path)
    store.close()
    assert report is not None and report.restored_from.taken_at == SNAPSHOT_AT
    assert report.message().startswith("Le forum « forum.agora » était endommagé.")


def test_damaged_without_any_good_snapshot_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    store = forums.create_forum(path, "Sans sauvegarde")
    add_cards(store, 40, size=400)
    store.close()
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    before, names = sha(path), _siblings(path)
    with pytest.raises(DamagedForumError, match="aucune sauvegarde valable"):
        open_or_recover(path)
    assert sha(path) == before
    assert {n for n in _siblings(path) if "damaged" in n} == set()
    assert names <= _siblings(path)


def test_a_busy_file_is_never_taken_for_a_damaged_one(
    store, forum_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only SQLite's own verdict of corruption moves a file: "database is locked" does not."""
    add_cards(store, 2)
    store.close()
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorname = "SQLITE_BUSY"

    def locked(path: Path, **_kw: object) -> None:
        raise DamagedForumError(path=path.name, detail=str(busy)) from busy

    monkeypatch.setattr(recovery, "open_forum", locked)
    before = sha(forum_path)
    with pytest.raises(ForumFileError, match="n’a pas pu être lu"):
        open_or_recover(forum_path)
    assert sha(forum_path) == before
    assert not any("damaged" in n for n in _siblings(forum_path))


def test_flipped_payload_byte_goes_unseen_by_sqlite(tmp_path: Path) -> None:
    """What the file format cannot see: a flipped byte inside a card's text (the export checksum can)."""
    path = tmp_path / "forum.agora"
    _forum_with_snapshot(path)
    data = path.read_bytes()
    flip(path, data.index(b"carte 7 ") + 3, mask=0x01)  # "t" becomes "u": still valid text
    store, report = open_or_recover(path)
    try:
        assert report is None
        assert integrity(path) == "ok"
        assert not any(text.startswith("carte 7 ") for text in card_texts(store))
    finally:
        store.close()


def test_main_file_without_its_wal_opens_without_the_wal_commits(
    store, forum_path: Path, tmp_path: Path
) -> None:
    """A "-wal" separated from its file (copied alone, deleted by hand) loses its commits, silently."""
    checkpointed = set(add_cards(store, 10))
    store.close()
    with open_forum(forum_path) as again:
        add_cards(again, 3, prefix="seulement dans le wal")
        alone = tmp_path / "seul.agora"
        shutil.copyfile(forum_path, alone)
    copy, report = open_or_recover(alone)
    try:
        assert report is None and integrity(alone) == "ok"
        assert card_texts(copy) == checkpointed
    finally:
        copy.close()


def test_newer_forum_opens_read_only(store, forum_path: Path) -> None:
    add_cards(store, 1)
    store.close()
    connection = sqlite3.connect(forum_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_futur'")
    connection.commit()
    connection.close()
    newer, report = open_or_recover(forum_path)
    with newer:
        assert report is None and newer.read_only
        assert "version plus récente" in newer.read_only_reason


def test_healthy_forum_opens_writable_after_the_probe(store, forum_path: Path) -> None:
    add_cards(store, 1)
    store.close()
    reopened, report = open_or_recover(forum_path)
    with reopened:
        assert report is None and not reopened.read_only
        add_cards(reopened, 1, prefix="encore")
    assert probe_writable(forum_path)


def test_stale_temporary_files_are_cleaned_at_start(tmp_path: Path, store, forum_path: Path) -> None:
    backup.snapshot(forum_path, backup.REASON_OPEN)
    usb = tmp_path / "cle"
    usb.mkdir()
    interrupted = pending_copies(usb)
    interrupted.__enter__()  # an export that never finished: the process died inside
    leftovers = [
        library_dir() / ".agora-copy-abc.tmp",
        library_dir() / ".agora-copy-import-1.tmp-wal",
        backups_dir() / "forum" / ".agora-copy-def.tmp",
        usb / ".agora-copy-ghi.tmp",
    ]
    keep = [usb / "forum.agora", library_dir() / "autre.agora", tmp_path / ".agora-copy-ailleurs.tmp"]
    for path in leftovers + keep:
        path.write_bytes(b"x")
    removed = clean_stale_copies()
    assert sorted(removed) == sorted(leftovers)
    assert all(path.exists() for path in keep)
    assert [s.verified for s in backup.list_snapshots(forum_path)] == [True]
    assert clean_stale_copies() == []  # the record of the interrupted copy is cleared too


def test_french_dates() -> None:
    assert recovery.french_datetime(dt.datetime(2026, 5, 1, 9, 5)) == "1er mai 2026 à 9 h 05"
    assert recovery.french_datetime(dt.datetime(2026, 12, 31, 23, 59)) == "31 décembre 2026 à 23 h 59"
