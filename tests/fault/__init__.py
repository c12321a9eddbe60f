"""Fault-injection tests (RELIABILITY.md §6.1): kill -9, crash points, full disk, size limit, read-only.

Each test runs the real agora code in a child process (the scripts in ``children/``) and checks
the forum afterwards from here. Everything is marked ``fault`` and carries a timeout. Tests that
need a privilege this machine lacks (mount namespaces, root to drop to an unprivileged user)
skip and say why; CI runs as root and has them.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

#: The repository root: children import agora from here, whatever the current directory.
REPO = Path(__file__).resolve().parents[2]
CHILDREN = Path(__file__).resolve().parent / "children"


def child_script(name: str) -> str:
    """Full path of a child script."""
    return str(CHILDREN / name)


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child: this one (its AGORA_DATA_DIR included), agora importable."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("AGORA_CRASH_AT", None)
    env.update(extra)
    return env


def run_child(
    name: str, *args: str, timeout: float = 60, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Run a child script to its end (or its own death) and capture what it said."""
    env = kwargs.pop("env", None) or child_env()
    return subprocess.run(
        [sys.executable, child_script(name), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a forum file (read-only connection)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def texts(path: Path) -> set[str]:
    """Every card text in a forum file (read-only connection)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT text FROM contribution")}
    finally:
        connection.close()
