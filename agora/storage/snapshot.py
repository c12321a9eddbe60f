"""Consistent, verified copies of a live forum file with SQLite's backup API.

Used for the automatic snapshots (before a migration or an import) and for exports to a USB
stick: temporary file beside the target, backup API, single-file journal mode, integrity check,
SHA-256, fsync, atomic rename, directory fsync. A copy that fails any step never appears under
its final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

from agora.errors import StorageError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.storage.crashpoints import crash_point


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX only: Windows cannot open a folder this way)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_database(source: Path, dest: Path) -> str:
    """Write a verified single-file copy of the forum at ``source`` to ``dest``.

    Args:
        source: the live forum file (WAL mode; its -wal content is included).
        dest: the final name of the copy; its folder must exist.

    Returns:
        The SHA-256 of the copy as written.

    Raises:
        StorageError: the copy could not be written or did not verify; ``dest`` is untouched.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".agora-copy-", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained single file
                verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "La copie du forum ne passe pas la vérification : {detail}"),
                detail=verdict,
            )
        digest = sha256_file(tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        crash_point("backup.before_replace")
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
        return digest
    except sqlite3.Error as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "La copie du forum a échoué : {detail}"), detail=str(exc)
        ) from exc
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "La copie du forum a échoué : {detail}"), detail=exc.strerror or exc
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
