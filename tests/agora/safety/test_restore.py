"""« Restaurer une sauvegarde »: the current state is saved first, then the snapshot goes back atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agora.errors import StorageError
from agora.services import forums
from agora.services.safety import restore_snapshot
from agora.storage import backup
from agora.storage.recovery import open_or_recover
from tests.agora.safety import FakeClock, add_cards, card_texts, integrity, sha, texts_in


def _forum(path: Path, clock: FakeClock) -> tuple[set[str], set[str], backup.Snapshot]:
    store = forums.create_forum(path, "À restaurer")
    try:
        early = set(add_cards(store, 6))
        snap = backup.snapshot(path, backup.REASON_OPEN, clock=clock)
        clock.advance(minutes=30)
        late = set(add_cards(store, 4, prefix="tard"))
    finally:
        store.close()
    return early, late, snap


def test_restore_saves_the_current_state_first(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    clock = FakeClock(dt.datetime(2026, 5, 12, 10, 0))
    early, late, snap = _forum(path, clock)
    assert restore_snapshot(path, snap, clock=clock) == path
    saved = backup.list_snapshots(path)[0]
    assert saved.reason == "avant-restauration" and saved.label == "avant une restauration"
    assert texts_in(saved.path) == early | late  # what was replaced is one click away
    store, report = open_or_recover(path)
    with store:
        assert report is None and card_texts(store) == early
        add_cards(store, 1, prefix="après restauration")  # a normal, writable forum again
    assert integrity(path) == "ok"
    assert not path.with_name("forum.agora-wal").exists() or integrity(path) == "ok"


def test_restore_refuses_while_the_forum_is_open(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    clock = FakeClock(dt.datetime(2026, 5, 12, 10, 0))
    early, late, snap = _forum(path, clock)
    store, _ = open_or_recover(path)
    try:
        with store.read() as session:  # a reader holding the file, as an open window does
            session.connection().exec_driver_sql("SELECT count(*) FROM contribution").scalar()
            with pytest.raises(StorageError, match="Fermez le forum"):
                restore_snapshot(path, snap, clock=clock)
        assert card_texts(store) == early | late  # idle now, but still open: refused as well
        with pytest.raises(StorageError, match="Fermez le forum"):
            restore_snapshot(path, snap, clock=clock)
        assert card_texts(store) == early | late
    finally:
        store.close()


def test_restore_over_a_file_that_is_no_forum_moves_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    clock = FakeClock(dt.datetime(2026, 5, 12, 10, 0))
    early, _late, snap = _forum(path, clock)
    path.write_bytes(b"")
    restore_snapshot(path, snap, clock=clock)
    assert (tmp_path / "forum.agora.replaced-20260512-103000").read_bytes() == b""  # kept, not deleted
    assert texts_in(path) == early


def test_a_damaged_snapshot_is_not_restored(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    clock = FakeClock(dt.datetime(2026, 5, 12, 10, 0))
    _early, _late, snap = _forum(path, clock)
    snap.path.write_bytes(snap.path.read_bytes()[:4096])
    before = sha(path)
    with pytest.raises(StorageError, match="ne passe pas la vérification"):
        restore_snapshot(path, snap, clock=clock)
    assert sha(path) == before
