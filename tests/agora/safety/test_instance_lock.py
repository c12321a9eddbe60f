"""T-DB-13: one Agora per library; a second one is refused with a message; a killed one frees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from agora.storage.instance_lock import LibraryLockedError, acquire_library_lock

REPO = Path(__file__).resolve().parents[3]

#: A second Agora: tries the lock on the same data folder and says what happened.
SECOND = """
import sys, time
from agora.storage.instance_lock import LibraryLockedError, acquire_library_lock
try:
    lock = acquire_library_lock()
except LibraryLockedError as exc:
    print("REFUSED", exc, flush=True)
    sys.exit(3)
print("ACQUIRED", flush=True)
if len(sys.argv) > 1:
    time.sleep(60)
"""


def _second(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", SECOND, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.timeout(60)
def test_second_instance_is_refused_with_a_message(data_dir: Path) -> None:
    lock = acquire_library_lock()
    try:
        refused = _second()
        assert refused.returncode == 3, refused.stderr
        assert "Agora est déjà ouvert sur cette bibliothèque." in refused.stdout
        with pytest.raises(LibraryLockedError):
            acquire_library_lock()  # the same process, through another open file: refused too
    finally:
        lock.release()
    assert not lock.held
    assert _second().stdout.startswith("ACQUIRED")


@pytest.mark.timeout(60)
def test_a_killed_instance_leaves_no_stale_lock(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    holder = subprocess.Popen(
        [sys.executable, "-c", SECOND, "hold"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("ACQUIRED")
        with pytest.raises(LibraryLockedError, match="déjà ouvert"):
            acquire_library_lock()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    with acquire_library_lock() as lock:  # the operating system dropped it with the process
        assert lock.held
        assert (data_dir / "agora.lock").read_text().strip() == str(os.getpid())
