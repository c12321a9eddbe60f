"""T-DB-7 and T-DB-8: a full disk and a file-size limit, met while capturing cards.

The capture fails with a typed French error, the transaction is rolled back, the forum stays
whole, the caller still holds the draft, and the same draft saves once room is made.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agora.storage.store import ForumStore
from tests.conftest import session_of
from tests.fault import child_env, child_script, integrity, run_child

#: Size of the tiny file system: a new forum is about 150 kB, the WAL index 32 kB.
TMPFS_SIZE = "400k"
_MOUNT_THEN_RUN = 'mount -t tmpfs -o size={size} tmpfs "$1" && shift && exec "$@"'


def _closed_forum(store: ForumStore) -> tuple[Path, str]:
    session_id = session_of(store, "socio")
    store.close()
    return store.path, session_id


def _run_in_tiny_tmpfs(mount_point: Path, *child_args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("unshare") is None:
        pytest.skip("`unshare` (util-linux) is not installed: no private tmpfs for the disk-full test")
    refusals = []
    for unshare in (["unshare", "-rm"], ["unshare", "-m"]):  # user namespace, or plain root
        result = subprocess.run(
            [*unshare, "sh", "-c", _MOUNT_THEN_RUN.format(size=TMPFS_SIZE), "sh", str(mount_point),
             sys.executable, child_script("fill_disk.py"), str(mount_point), *child_args],
            capture_output=True, text=True, env=child_env(), timeout=90, check=False,
        )  # fmt: skip
        if result.returncode == 0 or not result.stderr.startswith(("unshare:", "mount:")):
            return result
        refusals.append(result.stderr.strip())
    pytest.skip(f"cannot mount a private tmpfs here (needs root or user namespaces): {refusals}")


def _check(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["error"] == "StorageError", seen
    assert seen["in_transaction"] is False  # rolled back, nothing half-done
    assert seen["failed_draft_stored"] is False
    assert seen["count_after_failure"] == seen["saved"]  # every card before the failure is there
    assert seen["integrity_after_failure"] == "ok"
    assert seen["draft_saved_on_retry"] is True  # the kept draft saves once there is room
    assert seen["count_after_retry"] == seen["saved"] + 1
    assert seen["integrity_final"] == "ok"
    return seen


@pytest.mark.fault
@pytest.mark.timeout(120)
def test_disk_full_is_a_typed_error_and_the_retry_saves_the_draft(store: ForumStore, tmp_path: Path) -> None:
    """T-DB-7 on a 400 kB tmpfs in a private mount namespace."""
    source, session_id = _closed_forum(store)
    mount_point = tmp_path / "petit-disque"
    mount_point.mkdir()
    seen = _check(_run_in_tiny_tmpfs(mount_point, str(source), session_id))
    assert seen["errorname"] == "SQLITE_FULL"
    assert seen["message"] == "Le disque est plein : la modification n’a pas été enregistrée."


def _limit_file_size(limit: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))  # only the soft limit: the child can lift it


@pytest.mark.fault
@pytest.mark.timeout(120)
def test_file_size_limit_is_a_typed_error_and_the_forum_stays_whole(
    store: ForumStore, tmp_path: Path
) -> None:
    """T-DB-8: RLIMIT_FSIZE (EFBIG) while capturing."""
    source, session_id = _closed_forum(store)
    folder = tmp_path / "limite"
    folder.mkdir()
    limit = source.stat().st_size + 96 * 1024
    result = run_child(
        "fill_disk.py", str(folder), str(source), session_id, "--raise-limit",
        timeout=90, preexec_fn=lambda: _limit_file_size(limit),
    )  # fmt: skip
    seen = _check(result)
    assert str(seen["errorname"]).startswith(("SQLITE_IOERR", "SQLITE_FULL"))
    assert "la modification n’a pas été enregistrée" in str(seen["message"])
    assert integrity(folder / "forum.agora") == "ok"
