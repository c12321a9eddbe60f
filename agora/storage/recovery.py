"""Opening a forum whatever state it is in, and cleaning up after an interrupted copy.

``open_or_recover`` is what the app calls to open a forum. A healthy file opens as usual (a
file from a newer Agora, or one the disk will not let us write, opens read-only: the
write-protection is checked by a real probe write, since ``os.access`` can be fooled). A
damaged file is never deleted nor "started fresh": it is moved aside under
``<name>.damaged-<time>`` with its ``-wal``/``-shm``, the newest snapshot that passes a full
integrity check is restored in its place, and the report tells the facilitator which span of
time may be missing. An empty, foreign or non-SQLite file is refused and left exactly as it is.

``clean_stale_copies`` runs once at start-up, after the single-instance lock is taken: it
removes the ``.agora-copy-*`` temporary files that a killed export, backup, import or restore
left behind (never a file under a final name).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from agora.errors import DamagedForumError, ForumFileError, UnreadableForumError
from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity
from agora.paths import backups_dir, data_dir, library_dir
from agora.storage.backup import Snapshot, list_snapshots, with_counts
from agora.storage.snapshot import copy_database, fsync_dir
from agora.storage.store import READ_ONLY_FILE, ForumStore, open_forum

logger = logging.getLogger(__name__)

#: Prefix of every temporary file a copy writes (``copy_database`` and the copies here).
TEMP_PREFIX = ".agora-copy-"

_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
#: The files SQLite keeps beside a database, which belong with it.
_COMPANIONS = ("-wal", "-shm", "-journal")
_PENDING_NAME = "pending-copies.txt"
_PENDING_LOCK = threading.Lock()
#: Folder of private read-only copies of forums that sit in a write-protected folder.
_CONSULTATION = "consultation"
#: SQLite errors that say "cannot read here now", not "this file is damaged".
_NOT_DAMAGE = (
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_READONLY",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
    "SQLITE_AUTH",
    "SQLITE_NOMEM",
    "SQLITE_FULL",
)

RESTORED = QT_TRANSLATE_NOOP(
    "recovery",
    "Le forum « {name} » était endommagé. Le fichier abîmé a été mis de côté sous le nom "
    "« {aside} » (rien n’a été effacé) et la sauvegarde du {start} a été restaurée "
    "({cards} cartes).",
)
SPAN = QT_TRANSLATE_NOOP("recovery", "Les modifications faites entre le {start} et le {end} peuvent manquer.")
AFTER = QT_TRANSLATE_NOOP("recovery", "Les modifications faites après le {start} peuvent manquer.")
NO_GOOD_SNAPSHOT = QT_TRANSLATE_NOOP(
    "errors",
    "Le forum « {path} » est endommagé ({detail}) et aucune sauvegarde valable n’a été trouvée. "
    "Il n’a pas été modifié.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Le forum « {path} » n’a pas pu être lu ({detail}). Il n’a pas été modifié."
)


def french_datetime(moment: dt.datetime) -> str:
    """``12 mai 2026 à 10 h 14`` (``1er`` for the first of the month)."""
    day = "1er" if moment.day == 1 else str(moment.day)
    return f"{day} {_MONTHS[moment.month - 1]} {moment.year} à {moment.hour} h {moment.minute:02d}"


@dataclass(frozen=True)
class RecoveryReport:
    """What ``open_or_recover`` did to a damaged forum: the UI shows ``message()`` in a banner."""

    forum: Path
    aside: Path
    restored_from: Snapshot
    missing_from: dt.datetime
    missing_until: dt.datetime | None

    def message(self, translate: Translate = identity) -> str:
        """The French (or translated) account, naming the span of time that may be missing."""
        start = french_datetime(self.missing_from)
        head = translate("recovery", RESTORED).format(
            name=self.forum.name, aside=self.aside.name, start=start, cards=self.restored_from.cards
        )
        end = french_datetime(self.missing_until) if self.missing_until else start
        if self.missing_until is None or self.missing_until <= self.missing_from or end == start:
            tail = translate("recovery", AFTER).format(start=start)
        else:
            tail = translate("recovery", SPAN).format(start=start, end=end)
        return f"{head} {tail}"


# -- temporary files of interrupted copies ------------------------------------------------------


def _pending_file() -> Path:
    return data_dir() / _PENDING_NAME


def _read_pending() -> list[str]:
    try:
        return [line for line in _pending_file().read_text(encoding="utf-8").splitlines() if line]
    except OSError:
        return []


def _write_pending(lines: list[str]) -> None:
    target = _pending_file()
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{line}\n" for line in lines))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def pending_copies(folder: Path) -> Iterator[None]:
    """Record, for the block's duration, that a copy is being written into ``folder``.

    If the process dies inside the block, the next start's ``clean_stale_copies`` looks for
    temporary files there too (a USB stick or shared folder outside the library).
    """
    entry = str(Path(folder).resolve())
    with _PENDING_LOCK:
        _write_pending([*_read_pending(), entry])
    try:
        yield
    finally:
        with _PENDING_LOCK:
            lines = _read_pending()
            with contextlib.suppress(ValueError):
                lines.remove(entry)
            try:
                _write_pending(lines)
            except OSError:
                logger.warning("could not update %s", _pending_file(), exc_info=True)


def clean_stale_copies() -> list[Path]:
    """Remove the temporary files that interrupted copies left. Call once, after the lock.

    Returns:
        The files removed.
    """
    folders = [library_dir(), *(p for p in backups_dir().iterdir() if p.is_dir())]
    with _PENDING_LOCK:
        folders += [Path(line) for line in _read_pending()]
    removed = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for leftover in folder.glob(f"{TEMP_PREFIX}*"):
                try:
                    leftover.unlink()
                except OSError:
                    logger.warning("could not remove %s", leftover, exc_info=True)
                    continue
                removed.append(leftover)
    shutil.rmtree(data_dir() / _CONSULTATION, ignore_errors=True)
    with _PENDING_LOCK:
        _write_pending([])
    if removed:
        logger.warning("removed %d temporary file(s) of interrupted copies: %s", len(removed), removed)
    return removed


# -- write probe --------------------------------------------------------------------------------


# -- damage ------------------------------------------------------------------------------------


def _sqlite_name(error: BaseException | None) -> str:
    return getattr(error, "sqlite_errorname", "") or ""


def find_damage(path: Path) -> str | None:
    """A full integrity check, independent of ``open_forum``: the damage found, or None.

    Errors that mean "cannot read here now" (busy, locked, write-protected folder...) are not
    damage: a file is moved aside only when SQLite itself says it is corrupt.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if _sqlite_name(exc).startswith(_NOT_DAMAGE):
            return None
        return str(exc)
    return None if verdict == "ok" else str(verdict)


def _last_change(path: Path) -> dt.datetime | None:
    """When the forum was last written: its file, or its ``-wal`` if that holds anything.

    Read before SQLite opens anything (opening creates an empty ``-wal`` with a fresh time).
    """
    times = []
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            info = part.stat()
            if part == path or info.st_size > 0:
                times.append(info.st_mtime)
    return dt.datetime.fromtimestamp(max(times)) if times else None


def move_aside(path: Path, label: str, now: dt.datetime) -> Path:
    """Rename ``path`` (and its ``-wal``, ``-shm``, ``-journal``) to ``<name>.<label>-<time>``.

    Nothing is deleted: the set keeps SQLite's naming, so it can still be opened for salvage.
    All or nothing: if one rename fails, the ones done are undone and the error is raised, so
    a ``-wal`` is never left behind to be replayed onto whatever takes the forum's name.

    Returns:
        The new name of the main file.

    Raises:
        OSError: a rename failed; every file is back under its first name.
    """
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    if aside.exists():
        aside = path.with_name(f"{path.name}.{label}-{now.strftime('%Y%m%d-%H%M%S-%f')}")
    moves = [(path.with_name(path.name + s), aside.with_name(aside.name + s)) for s in _COMPANIONS]
    moves = [(old, new) for old, new in moves if old.exists()] + [(path, aside)]
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in moves:
            os.replace(old, new)
            done.append((old, new))
    except OSError:
        for old, new in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(new, old)
        raise
    fsync_dir(path.parent)
    logger.warning("moved %s aside as %s", path, aside.name)
    return aside


def _newest_good_snapshot(path: Path) -> Snapshot | None:
    for snap in list_snapshots(path):
        checked = with_counts(snap)
        if checked.verified:
            return checked
        logger.warning("snapshot %s fails its integrity check: skipped", snap.path.name)
    return None


def _recover(path: Path, damage: str, now: dt.datetime, until: dt.datetime | None) -> RecoveryReport:
    snap = _newest_good_snapshot(path)
    if snap is None:
        raise DamagedForumError(NO_GOOD_SNAPSHOT, path=path.name, detail=damage)
    with pending_copies(path.parent):
        # The verified copy is ready beside the forum before the damaged file moves: the
        # forum's name is without a file only for the time of a few renames.
        staging = path.with_name(f"{TEMP_PREFIX}restore-{uuid.uuid4().hex}.tmp")
        copy_database(snap.path, staging)
        try:
            aside = move_aside(path, "damaged", now)
            os.replace(staging, path)
            fsync_dir(path.parent)
        except OSError as exc:
            raise DamagedForumError(UNREADABLE, path=path.name, detail=exc.strerror or exc) from exc
        finally:
            staging.unlink(missing_ok=True)
    logger.warning("forum %s restored from %s", path.name, snap.path.name)
    return RecoveryReport(path, aside, snap, snap.taken_at, until)


def _open_consultation_copy(path: Path) -> ForumStore:
    """A read-only store on a private copy of a forum whose folder is write-protected.

    SQLite cannot even read a WAL forum in a write-protected folder (it must create the
    ``-shm`` index there); a plain copy of the file (and of its ``-wal``) into the data folder
    can be opened, and is shown read-only.
    """
    folder = data_dir() / _CONSULTATION / uuid.uuid4().hex
    folder.mkdir(parents=True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    open_forum(copy).close()  # checked, and brought to the current schema: it is our own copy
    logger.info("%s is in a write-protected folder: opened read-only from %s", path, copy)
    return ForumStore(copy, read_only=True, read_only_reason=READ_ONLY_FILE)


def open_or_recover(
    path: Path, *, now: dt.datetime | None = None
) -> tuple[ForumStore, RecoveryReport | None]:
    """Open the forum at ``path``; restore the newest good snapshot if the file is damaged.

    Args:
        path: the forum file.
        now: local time for the name of the damaged file (tests pass one).

    Returns:
        The open store (read-only, with its reason, for a newer file or a write-protected
        file or folder; for a write-protected folder ``store.path`` is a private copy in the
        data folder) and, if the file was damaged and replaced, the report to show.

    Raises:
        ForumFileError: missing, empty, foreign or non-SQLite file (refused and untouched);
            damaged with no snapshot that passes the integrity check (untouched); unreadable
            for another reason (untouched).
    """
    path = Path(path)
    last_change = _last_change(path)
    try:
        store = open_forum(path)
    except UnreadableForumError as exc:
        if _sqlite_name(exc.__cause__).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            return _open_consultation_copy(path), None
        raise
    except DamagedForumError as exc:
        damage = find_damage(path)
        if damage is None:
            raise ForumFileError(UNREADABLE, path=path.name, detail=exc.fields.get("detail", "")) from exc
        report = _recover(path, damage, now or dt.datetime.now(), last_change)
        return open_forum(path), report
    return store, None
