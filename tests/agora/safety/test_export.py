"""T-EX-1/2/3: the verified export to a USB stick, an export cut short anywhere, and the checked import."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from agora.errors import EmptyFileError
from agora.paths import library_dir
from agora.services import safety
from agora.services.safety import ExportError, ImportRefusedError, export_forum, import_forum_file
from agora.storage import snapshot as snapshot_module
from agora.storage.store import ForumStore
from tests.agora.safety import add_cards, card_texts, flip, integrity, sha, texts_in

#: The tests that name a file descriptor's file read it from /proc (Linux, as CI).
needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd (Linux)")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "CLE_USB"
    folder.mkdir()
    return folder


def _live_state(store: ForumStore) -> tuple[set[str], str]:
    return card_texts(store), integrity(store.path)


def _meta(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()


def test_export_is_a_verified_single_file_with_its_manifest(store: ForumStore, usb: Path) -> None:
    texts = set(add_cards(store, 12))
    report = export_forum(store, usb)
    assert report.path == usb / "forum.agora"
    assert report.message().endswith("Vous pouvez retirer la clé.")
    assert report.cards == 12 and report.sha256 == sha(report.path)
    assert report.manifest.read_text(encoding="utf-8") == f"{report.sha256}  forum.agora\n"
    assert sorted(p.name for p in usb.iterdir()) == ["forum.agora", "forum.agora.sha256"]  # no -wal, no temp
    assert report.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one self-contained file
    assert texts_in(report.path) == texts and integrity(report.path) == "ok"
    meta = _meta(report.path)
    assert meta["export.source"] == "forum.agora"
    assert meta["export.exported_at"] == report.exported_at.isoformat(timespec="seconds")
    assert card_texts(store) == texts  # the live forum is only read


def test_export_replaces_the_previous_one_and_the_live_forum_stays_in_use(
    store: ForumStore, usb: Path
) -> None:
    add_cards(store, 3)
    first = export_forum(store.path, usb / "copie.agora")
    add_cards(store, 2, prefix="ensuite")
    second = export_forum(store, usb / "copie.agora")
    assert second.sha256 != first.sha256 and second.cards == 5
    assert safety.read_manifest(second.path) == second.sha256
    add_cards(store, 1, prefix="toujours")  # still writable
    with pytest.raises(ExportError, match="un autre dossier"):
        export_forum(store, store.path)


def _failing_replace(monkeypatch: pytest.MonkeyPatch, target: Path, when: str) -> None:
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst) == target:
            if when == "after":
                real(src, dst, *args, **kwargs)  # the rename happened, then the stick went away
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("previous", [False, True], ids=["first_export", "over_previous"])
@pytest.mark.parametrize("when", ["before", "after"])
def test_export_cut_short_at_the_rename(
    store: ForumStore, usb: Path, monkeypatch: pytest.MonkeyPatch, when: str, previous: bool
) -> None:
    """T-EX-1: the stick fails at the atomic rename: old file or none or the whole new one, never a part."""
    add_cards(store, 8)
    target = usb / "forum.agora"
    old = export_forum(store, usb) if previous else None
    old_bytes = target.read_bytes() if previous else None
    add_cards(store, 4, prefix="nouvelle")
    live = _live_state(store)
    _failing_replace(monkeypatch, target, when)
    with pytest.raises(ExportError, match=r"a échoué .* Ne retirez pas la clé"):
        export_forum(store, usb)
    monkeypatch.undo()
    assert _live_state(store) == live  # the live forum is untouched
    assert not [p for p in usb.iterdir() if p.name.startswith(".agora-copy-")]  # no temp left
    if when == "before":
        assert (target.read_bytes() == old_bytes) if previous else not target.exists()
    else:  # renamed before the failure: the complete new copy, never a partial one
        assert integrity(target) == "ok" and len(texts_in(target)) == 12
    manifest = safety.read_manifest(target)
    assert manifest is None or manifest == sha(target)  # never a manifest that lies
    if old is not None and when == "before":
        assert manifest is None  # the old manifest went first; the old file is still importable
    assert export_forum(store, usb).cards == 12  # and the retry succeeds


@needs_proc
def test_export_failing_at_fsync_leaves_no_partial_file(
    store: ForumStore, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_cards(store, 5)
    live = _live_state(store)
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(usb)):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ExportError, match="Input/output error"):
        export_forum(store, usb)
    monkeypatch.undo()
    assert list(usb.iterdir()) == []
    assert _live_state(store) == live


@needs_proc
def test_export_fsync_ordering(store: ForumStore, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """T-EX-3: fsync(temporary file) → rename → fsync(folder), then the manifest, renamed and synced."""
    add_cards(store, 3)
    events: list[tuple[str, str]] = []
    real_open, real_fsync, real_replace = os.open, os.fsync, os.replace

    def record_open(path, flags, *args, **kwargs):
        events.append(("open", str(path)))
        return real_open(path, flags, *args, **kwargs)

    def record_fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def record_replace(src, dst, *args, **kwargs) -> None:
        events.append(("replace", f"{src} -> {dst}"))
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "open", record_open)
    monkeypatch.setattr(os, "fsync", record_fsync)
    monkeypatch.setattr(os, "replace", record_replace)
    report = export_forum(store, usb)
    monkeypatch.undo()
    on_stick = [(kind, what) for kind, what in events if what.startswith(str(usb))]
    tmp_sync = next(i for i, (k, w) in enumerate(on_stick) if k == "fsync" and "/.agora-copy-" in w)
    tmp = on_stick[tmp_sync][1]
    rename = on_stick.index(("replace", f"{tmp} -> {report.path}"))
    folder_open = on_stick.index(("open", str(usb)), rename)
    folder_sync = on_stick.index(("fsync", str(usb)), folder_open)
    assert tmp_sync < rename < folder_open < folder_sync
    manifest = next(i for i, (k, w) in enumerate(on_stick) if k == "replace" and w.endswith(".sha256"))
    assert folder_sync < manifest
    assert ("fsync", str(usb)) in on_stick[manifest:]  # the manifest's rename is durable too


def test_import_refuses_a_copy_that_does_not_match_its_checksum(store: ForumStore, usb: Path) -> None:
    """T-EX-2: one flipped byte in a card's text: SQLite sees nothing, the checksum does."""
    add_cards(store, 10)
    report = export_forum(store, usb)
    flip(report.path, report.path.read_bytes().index(b"carte 4 ") + 2, mask=0x01)
    assert integrity(report.path) == "ok"  # invisible to the file format
    before = sorted(p.name for p in library_dir().iterdir())
    with pytest.raises(ImportRefusedError, match=r"« forum\.agora » ne correspond pas à son empreinte"):
        import_forum_file(report.path)
    assert sorted(p.name for p in library_dir().iterdir()) == before


def test_import_copies_into_the_library_under_a_free_name(store: ForumStore, usb: Path) -> None:
    texts = set(add_cards(store, 6))
    report = export_forum(store, usb)
    first = import_forum_file(report.path)
    second = import_forum_file(report.path)
    assert (first.name, second.name) == ("forum.agora", "forum (2).agora")
    assert texts_in(first) == texts_in(second) == texts
    assert sha(report.path) == report.sha256  # the stick is only read
    assert sorted(p.name for p in library_dir().iterdir()) == ["forum (2).agora", "forum.agora"]


def test_import_without_manifest_still_checks_integrity(store: ForumStore, usb: Path) -> None:
    add_cards(store, 40, size=400)
    report = export_forum(store, usb)
    report.manifest.unlink()
    assert import_forum_file(report.path).exists()
    report.path.write_bytes(report.path.read_bytes()[: report.path.stat().st_size // 2])
    with pytest.raises(ImportRefusedError, match="endommagé"):
        import_forum_file(report.path)
    empty = usb / "vide.agora"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        import_forum_file(empty)
    assert sorted(p.name for p in library_dir().iterdir()) == ["forum.agora"]


@needs_proc
def test_copy_database_fsyncs_before_its_rename(tmp_path: Path, store: ForumStore, monkeypatch) -> None:
    """The same ordering in the copy used by snapshots and imports."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(
        os,
        "fsync",
        lambda fd: (events.append("fsync " + os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd))[1],
    )
    monkeypatch.setattr(
        os, "replace", lambda a, b: (events.append(f"replace {Path(b).name}"), real_replace(a, b))[1]
    )
    snapshot_module.copy_database(store.path, tmp_path / "copie.agora")
    monkeypatch.undo()
    assert [e.split(" ")[0] for e in events] == ["fsync", "replace", "fsync"]
    assert events[2] == f"fsync {tmp_path}"
