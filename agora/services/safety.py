"""Verified export to a USB stick or shared folder, checked import, and restoring a snapshot.

Export never copies the live file: it follows RELIABILITY.md §1.6 (temporary file beside the
target, backup API, single-file journal mode, integrity check, SHA-256, fsync, atomic rename,
directory fsync), then reopens the copy read-only and hashes it again, and only then says
« Vous pouvez retirer la clé. ». A manifest ``<name>.sha256`` (``sha256sum`` format) goes
beside the copy; the export time goes inside the copy (its ``meta`` table) before hashing, so
the digest covers the final bytes. An export interrupted anywhere leaves the previous export
or nothing under the final name, and never touches the live forum.

Import checks the manifest when there is one, then the header and integrity, and copies the
file into the library under a new name if needed: the library file is always the authority,
never overwritten by an import.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from agora import __version__
from agora.errors import AgoraError, ForumFileError, StorageError
from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity
from agora.paths import FORUM_SUFFIX, library_dir
from agora.storage import backup
from agora.storage.crashpoints import crash_point
from agora.storage.filecheck import check_forum_header
from agora.storage.recovery import TEMP_PREFIX, find_damage, move_aside, pending_copies
from agora.storage.snapshot import copy_database, fsync_dir, sha256_file
from agora.storage.store import ForumStore

logger = logging.getLogger(__name__)

#: Suffix of the checksum manifest written beside an export.
MANIFEST_SUFFIX = ".sha256"
#: Temporary files older than this in an export folder belong to no running export.
STALE_AFTER_S = 3600

EXPORTED = QT_TRANSLATE_NOOP(
    "safety", "Forum exporté et vérifié : « {name} » ({cards} cartes). Vous pouvez retirer la clé."
)
EXPORT_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "L’export vers « {path} » a échoué ({detail}). Le forum n’a pas été modifié ; "
    "vérifiez la clé ou le dossier, puis recommencez. Ne retirez pas la clé.",
)
EXPORT_MISMATCH = QT_TRANSLATE_NOOP(
    "errors",
    "L’export « {path} » relu sur la clé ne correspond pas à ce qui a été écrit. "
    "Le forum n’a pas été modifié ; recommencez l’export, si possible sur une autre clé.",
)
EXPORT_ONTO_SOURCE = QT_TRANSLATE_NOOP(
    "errors", "Choisissez un autre dossier : l’export ne peut pas remplacer le forum lui-même."
)
CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "errors",
    "Le fichier « {path} » ne correspond pas à son empreinte ({manifest}) : il a été abîmé "
    "pendant la copie ou sur la clé. Il n’a pas été importé.",
)
IMPORT_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "Le fichier « {path} » est endommagé ({detail}). Il n’a pas été importé."
)
IMPORT_FAILED = QT_TRANSLATE_NOOP(
    "errors", "L’import de « {path} » a échoué ({detail}). La bibliothèque n’a pas été modifiée."
)
SNAPSHOT_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "La sauvegarde « {path} » ne passe pas la vérification : elle n’a pas été restaurée."
)
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "errors", "La restauration de « {path} » a échoué ({detail}). Le forum n’a pas été modifié."
)
STILL_OPEN = QT_TRANSLATE_NOOP(
    "errors", "Fermez le forum « {path} » avant de restaurer une sauvegarde : il est encore ouvert."
)


class ExportError(StorageError):
    """An export did not complete; the live forum is untouched, the key must not be removed."""

    template = EXPORT_FAILED


class ImportRefusedError(ForumFileError):
    """A file that will not enter the library: checksum mismatch, damaged, or a failed copy."""


@dataclass(frozen=True)
class ExportReport:
    """A completed, verified export: the UI shows ``message()`` and may offer the manifest."""

    path: Path
    sha256: str
    manifest: Path
    cards: int
    statements: int
    exported_at: dt.datetime

    def message(self, translate: Translate = identity) -> str:
        """« Forum exporté et vérifié : … Vous pouvez retirer la clé. »."""
        return translate("safety", EXPORTED).format(name=self.path.name, cards=self.cards)


def _source_path(store_or_path: ForumStore | Path) -> Path:
    return Path(store_or_path.path if isinstance(store_or_path, ForumStore) else store_or_path)


def _target(source: Path, dest: Path) -> Path:
    if dest.is_dir():
        return dest / (source.stem + (source.suffix or FORUM_SUFFIX))
    return dest


def _clean_old_temps(folder: Path) -> None:
    # A stick pulled during an earlier export may keep its temporary file; a running export
    # (another library on a shared folder) keeps its own fresh one.
    limit = time.time() - STALE_AFTER_S
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()


def _drop_cache(handle_fd: int) -> None:
    # Ask the kernel to forget the copy's pages, so the re-read comes from the device.
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(handle_fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _write_copy(source: Path, tmp: Path, exported_at: dt.datetime) -> tuple[int, int]:
    """Backup API into ``tmp``, single-file mode, export stamp in ``meta``, integrity check."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal on the stick
            if dst.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone():
                dst.execute("BEGIN IMMEDIATE")
                dst.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("export.exported_at", exported_at.isoformat(timespec="seconds")),
                        ("export.source", source.name),
                        ("export.agora_version", __version__),
                    ],
                )
                dst.execute("COMMIT")
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise StorageError(
                    QT_TRANSLATE_NOOP("errors", "La copie du forum ne passe pas la vérification : {detail}"),
                    detail=verdict,
                )
            cards = dst.execute("SELECT count(*) FROM contribution WHERE deleted_at IS NULL").fetchone()[0]
            statements = dst.execute("SELECT count(*) FROM statement WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    return cards, statements


def _write_manifest(target: Path, digest: str) -> Path:
    manifest = target.with_name(target.name + MANIFEST_SUFFIX)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(f"{digest}  {target.name}\n")  # the format `sha256sum -c` reads
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, manifest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)
    return manifest


def _reread(target: Path, digest: str) -> None:
    """Reopen the export read-only, as the next person will, and hash it again."""
    with target.open("rb") as handle:
        _drop_cache(handle.fileno())
    if sha256_file(target) != digest:
        raise ExportError(EXPORT_MISMATCH, path=target.name)
    connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.close()
    if verdict != "ok":
        raise ExportError(EXPORT_MISMATCH, path=target.name)


def export_forum(
    store_or_path: ForumStore | Path, dest: Path, *, now: dt.datetime | None = None
) -> ExportReport:
    """Export a verified single-file copy of a forum to a folder or a file name.

    Args:
        store_or_path: the open forum, or its file (the live file is only read, through
            SQLite's backup API: the forum may stay open and in use).
        dest: a folder (the copy takes the forum's file name) or the copy's full name.
        now: the export time recorded in the copy (UTC now by default).

    Returns:
        The report, whose ``message()`` ends with « Vous pouvez retirer la clé. ».

    Raises:
        ExportError: any step failed (stick pulled, full, write-protected, read back wrong).
            Under the final name there is then the previous export, or nothing, or (if the
            failure came after the rename) the complete new copy: never a partial file, and
            never a manifest that disagrees with the file beside it.
    """
    source = _source_path(store_or_path)
    target = _target(source, Path(dest))
    if target.resolve() == source.resolve():
        raise ExportError(EXPORT_ONTO_SOURCE)
    exported_at = now or dt.datetime.now(dt.UTC)
    manifest = target.with_name(target.name + MANIFEST_SUFFIX)
    tmp: Path | None = None
    try:
        with pending_copies(target.parent):
            _clean_old_temps(target.parent)
            fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
            os.close(fd)
            tmp = Path(tmp_name)
            cards, statements = _write_copy(source, tmp, exported_at)
            digest = sha256_file(tmp)
            with tmp.open("rb+") as handle:
                os.fsync(handle.fileno())
            # An old manifest must never sit beside a new copy (a good file would then be
            # refused at import): it goes first, the new one comes after the rename.
            if manifest.exists():
                manifest.unlink()
                fsync_dir(target.parent)
            crash_point("export.before_replace")
            os.replace(tmp, target)
            crash_point("export.after_replace")
            fsync_dir(target.parent)
            manifest = _write_manifest(target, digest)
            _reread(target, digest)
    except ExportError:
        raise
    except (OSError, sqlite3.Error, AgoraError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        logger.error("export of %s to %s failed: %s", source.name, target, exc)
        raise ExportError(path=str(target), detail=detail) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    logger.info("exported %s to %s (sha256 %s)", source.name, target, digest)
    return ExportReport(target, digest, manifest, cards, statements, exported_at)


def read_manifest(path: Path) -> str | None:
    """The SHA-256 recorded beside ``path`` in ``<name>.sha256``, or None without a manifest."""
    manifest = path.with_name(path.name + MANIFEST_SUFFIX)
    try:
        first = manifest.read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return None
    return first[0].lower() if first else ""


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", "-wal", "-shm", "-journal")):
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def import_forum_file(path: Path, *, folder: Path | None = None) -> Path:
    """Copy a forum file (an export, a file from a colleague) into the library, checked.

    Args:
        path: the file to import (e.g. on a USB stick; it is only read).
        folder: the library folder (``library_dir()`` by default).

    Returns:
        The new forum file in the library (``<name> (2).agora`` if the name is taken: an
        import never replaces a library file).

    Raises:
        ImportRefusedError: the manifest's SHA-256 does not match, the file is damaged, or the
            copy failed; the library is unchanged.
        ForumFileError: missing, empty, foreign or non-SQLite file.
    """
    path = Path(path)
    check_forum_header(path)
    expected = read_manifest(path)
    folder = folder or library_dir()
    with pending_copies(folder):
        # Work on a private copy in the library folder: the stick may be slow, write-protected
        # or pulled, and the bytes checked must be the bytes imported.
        staged = folder / f"{TEMP_PREFIX}import-{uuid.uuid4().hex}.tmp"
        ready = folder / f"{TEMP_PREFIX}import-{uuid.uuid4().hex}.ready.tmp"
        try:
            try:
                shutil.copyfile(path, staged)
                wal = path.with_name(path.name + "-wal")
                if wal.exists():
                    shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))
            except OSError as exc:
                raise ImportRefusedError(IMPORT_FAILED, path=path.name, detail=exc.strerror or exc) from exc
            if expected is not None and sha256_file(staged) != expected:
                raise ImportRefusedError(
                    CHECKSUM_MISMATCH, path=path.name, manifest=path.name + MANIFEST_SUFFIX
                )
            verified, _cards, _statements = backup.inspect_copy(staged, full=True)
            if not verified:
                raise ImportRefusedError(IMPORT_DAMAGED, path=path.name, detail="integrity_check")
            try:
                copy_database(staged, ready)
            except StorageError as exc:
                raise ImportRefusedError(
                    IMPORT_FAILED, path=path.name, detail=exc.fields.get("detail", "")
                ) from exc
            target = _free_name(folder, path.stem if path.suffix == FORUM_SUFFIX else path.name, FORUM_SUFFIX)
            crash_point("import.before_commit")
            os.replace(ready, target)
            fsync_dir(folder)
        finally:
            for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm")), ready):
                leftover.unlink(missing_ok=True)
    logger.info("imported %s as %s", path, target)
    return target


def _release_journal(forum_path: Path) -> None:
    """Fold the forum's ``-wal`` into the file and remove it, or refuse if it is still open.

    A ``-wal`` left beside the file would be replayed onto the restored copy by SQLite.
    """
    try:
        connection = sqlite3.connect(forum_path, isolation_level=None, timeout=1)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise StorageError(STILL_OPEN, path=forum_path.name) from exc
        raise StorageError(RESTORE_FAILED, path=forum_path.name, detail=str(exc)) from exc
    if mode != "delete" or forum_path.with_name(forum_path.name + "-wal").exists():
        raise StorageError(STILL_OPEN, path=forum_path.name)


def restore_snapshot(
    forum_path: Path, snap: backup.Snapshot, *, clock: backup.Clock = dt.datetime.now
) -> Path:
    """Put a snapshot back in place of the forum, after a snapshot of the current state.

    The forum must be closed (every store on it). The current file is snapshotted first
    (``avant-restauration``), or, if it is not a readable forum any more, moved aside as
    ``<name>.replaced-<time>`` (never deleted); then the verified copy replaces it in one
    atomic rename.

    Args:
        forum_path: the forum file to replace (it may be missing).
        snap: the snapshot to restore (from ``list_snapshots``).
        clock: local time now (tests inject one).

    Returns:
        ``forum_path``, to open again with ``open_or_recover``.

    Raises:
        StorageError: the snapshot does not verify, the current state could not be saved
            first, the forum is still open, or the copy failed; the forum is as it was.
    """
    forum_path = Path(forum_path)
    if not backup.with_counts(snap).verified:
        raise StorageError(SNAPSHOT_DAMAGED, path=snap.path.name)
    if forum_path.exists():
        try:
            check_forum_header(forum_path)
            unreadable = find_damage(forum_path) is not None
        except ForumFileError:
            unreadable = True
        if unreadable:
            logger.warning("current %s is not a readable forum: moved aside", forum_path.name)
            move_aside(forum_path, "replaced", clock())
        else:
            saved = backup.snapshot(forum_path, backup.REASON_RESTORE, clock=clock, thin=False)
            if not saved.verified:
                raise backup.SnapshotNotVerifiedError(path=saved.path.name)
            _release_journal(forum_path)
    try:
        with pending_copies(forum_path.parent):
            copy_database(snap.path, forum_path)  # temporary file, verified, fsync, atomic rename
    except OSError as exc:
        raise StorageError(RESTORE_FAILED, path=forum_path.name, detail=exc.strerror or exc) from exc
    logger.info("restored %s from %s", forum_path.name, snap.path.name)
    return forum_path
