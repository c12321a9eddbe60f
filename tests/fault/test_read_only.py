"""T-DB-9: write-protected file, folder and data folder, met by an unprivileged user.

Root writes through any permission, so the child drops to ``nobody`` (65534) before touching
the cases; without root the test skips. Opening reports read-only, the first write fails with a
French error, nothing crashes. The "lying" case has a writable file and folder but ``-wal`` and
``-shm`` files that another user (root) holds: ``os.access`` says yes, SQLite says no, and only
the probe write of ``open_or_recover`` tells.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agora.services import cards, forums
from tests.fault import run_child

NOBODY = 65534
CARDS = 3


def _forum(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    opened = forums.create_forum(path, "Protégé")
    session_id = next(m.id for m in forums.list_sessions(opened) if m.category is not None)
    for number in range(CARDS):
        cards.add_card(opened, session_id, "constraint", f"carte {number}")
    opened.close()


@pytest.fixture(scope="module")
def seen() -> Iterator[dict[str, Any]]:
    """Prepare the cases as root, run the child once as nobody, and hand over its report."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to run the child as an unprivileged user (root writes through chmod)")
    base = Path(tempfile.mkdtemp(prefix="agora-ro-"))  # not under pytest's 0700 folder: nobody must reach it
    holder = None
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("AGORA_DATA_DIR", str(base / "root-data"))
            for case in ("ro_file", "ro_folder", "lying", "writable"):
                _forum(base / case / "forum.agora")
        for folder in ("data", "ro_data/forums", "ro_data/backups"):
            (base / folder).mkdir(parents=True)
        os.chmod(base, 0o755)
        for case in ("ro_file", "lying", "writable", "data"):
            os.chmod(base / case, 0o777)
        for case in ("ro_folder", "lying", "writable"):
            os.chmod(base / case / "forum.agora", 0o666)
        os.chmod(base / "ro_file" / "forum.agora", 0o444)
        os.chmod(base / "ro_folder", 0o555)
        for folder in ("ro_data/forums", "ro_data/backups", "ro_data"):
            os.chmod(base / folder, 0o555)
        # "lying": root has the forum open with a commit in its WAL; -wal/-shm are root's, 0644.
        lying = base / "lying" / "forum.agora"
        holder = sqlite3.connect(lying, isolation_level=None)
        holder.execute("PRAGMA wal_autocheckpoint=0")
        holder.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('tenu', 'par root')")
        for suffix in ("-wal", "-shm"):
            os.chmod(lying.with_name(lying.name + suffix), 0o644)

        result = run_child("read_only.py", str(base), str(NOBODY), str(NOBODY), timeout=90)
        if result.returncode != 0 and "PermissionError" in result.stderr and "setuid" in result.stderr:
            pytest.skip(f"cannot drop to an unprivileged user here: {result.stderr.strip()[-200:]}")
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout.strip().splitlines()[-1])
        assert report["uid"] == NOBODY
        yield report
    finally:
        if holder is not None:
            holder.close()
        for folder in (base, *base.rglob("*")):
            if folder.is_dir():
                os.chmod(folder, 0o755)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.fault
@pytest.mark.timeout(120)
def test_read_only_file_opens_read_only_and_refuses_the_write(seen: dict[str, Any]) -> None:
    case = seen["ro_file"]
    assert case["os_access"] is False
    for how in ("plain", "recover"):
        assert case[how]["read_only"] is True, case
        assert case[how]["reason"] == "le fichier ou son dossier est protégé en écriture."
        assert case[how]["write"]["error"] == "ReadOnlyForumError"
        assert case[how]["write"]["message"].startswith("Ce forum est ouvert en lecture seule")
    assert case["recover"]["cards"] == CARDS


@pytest.mark.fault
@pytest.mark.timeout(120)
def test_read_only_folder_opens_read_only_and_refuses_the_write(seen: dict[str, Any]) -> None:
    """SQLite cannot even read a WAL forum where it cannot create the -shm: a private copy is shown."""
    case = seen["ro_folder"]
    recover = case["recover"]
    assert recover["read_only"] is True and recover["report"] is False, case
    assert recover["reason"] == "le fichier ou son dossier est protégé en écriture."
    assert recover["cards"] == CARDS
    assert recover["write"]["error"] == "ReadOnlyForumError"


@pytest.mark.fault
@pytest.mark.timeout(120)
def test_write_protection_that_os_access_misses_is_found_by_the_probe(seen: dict[str, Any]) -> None:
    case = seen["lying"]
    assert case["os_access"] is True  # permissions say "writable"...
    plain = case["plain"]
    # ...but the probe write at open tells the truth, for a plain open as for recovery:
    assert plain["read_only"] is True, case
    assert plain["write"]["error"] == "ReadOnlyForumError"
    recover = case["recover"]
    assert recover["read_only"] is True, case  # the probe write told the truth at open
    assert recover["write"]["error"] == "ReadOnlyForumError"


@pytest.mark.fault
@pytest.mark.timeout(120)
def test_read_only_data_folder_fails_the_snapshot_not_the_forum(seen: dict[str, Any]) -> None:
    case = seen["ro_data"]
    assert case["snapshot_error"] == "StorageError", case
    assert case["message"].startswith("La copie du forum a échoué")
    assert case["write"]["error"] == ""  # capturing still works; the UI shows the backup failure
