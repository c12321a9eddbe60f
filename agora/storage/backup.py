"""Automatic snapshots of a forum file, verified before any older one is thinned out.

A snapshot is a verified single-file copy made with SQLite's backup API (``copy_database``),
named ``<YYYYmmdd-HHMMSS-ffffff>-<reason>.agora`` in ``backups/<forum stem>/``, with a small
JSON note beside it (checksum, card and statement counts, verified or not) so the restore
dialog lists snapshots without opening each one. They are taken on open, every 15 minutes when
something changed (``BackupPolicy``), before a migration, an import or a bulk deletion, and at
close (``ForumBackups``).

Thinning follows Anki's idea: keep everything from the last day(s), then one per day, one per
week and one per month, newest first; never delete the newest verified snapshot, never delete
a snapshot that did not verify (a person should look at it), and never thin at all after a
snapshot that failed verification.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from agora.errors import AgoraError, StorageError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.paths import FORUM_SUFFIX, backups_dir
from agora.storage.filecheck import check_forum_header
from agora.storage.snapshot import copy_database

logger = logging.getLogger(__name__)

#: Reasons, as they appear in snapshot file names (ASCII, no spaces).
REASON_OPEN = "ouverture"
REASON_TIMER = "auto"
REASON_CLOSE = "fermeture"
REASON_MIGRATION = "avant-migration"  # taken by ``open_forum`` itself
REASON_IMPORT = "avant-import"
REASON_DELETION = "avant-suppression"
REASON_RESTORE = "avant-restauration"
REASON_MANUAL = "manuel"

#: What the restore dialog shows for each reason.
REASON_LABELS = {
    REASON_OPEN: QT_TRANSLATE_NOOP("backup", "à l’ouverture"),
    REASON_TIMER: QT_TRANSLATE_NOOP("backup", "automatique"),
    REASON_CLOSE: QT_TRANSLATE_NOOP("backup", "à la fermeture"),
    REASON_MIGRATION: QT_TRANSLATE_NOOP("backup", "avant la mise à jour du forum"),
    REASON_IMPORT: QT_TRANSLATE_NOOP("backup", "avant un import"),
    REASON_DELETION: QT_TRANSLATE_NOOP("backup", "avant une suppression"),
    REASON_RESTORE: QT_TRANSLATE_NOOP("backup", "avant une restauration"),
    REASON_MANUAL: QT_TRANSLATE_NOOP("backup", "à la demande"),
}

COPY_FAILED = QT_TRANSLATE_NOOP("errors", "La copie du forum a échoué : {detail}")

#: A clock: returns local time, naive (file names and the restore dialog are in local time).
Clock = Callable[[], dt.datetime]

_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_-]+)$")
_NOTE_SUFFIX = ".json"
#: Only one snapshot at a time per process: the timer, a hook and the close may race.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Snapshot:
    """One automatic copy of a forum, as the restore dialog lists it."""

    path: Path
    taken_at: dt.datetime
    reason: str
    cards: int | None
    statements: int | None
    verified: bool
    sha256: str = ""

    @property
    def label(self) -> str:
        """The reason in words (French source text, marked for translation)."""
        return REASON_LABELS.get(self.reason, self.reason)


class SnapshotNotVerifiedError(StorageError):
    """A snapshot was written but does not verify: the risky operation must not go ahead."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "La sauvegarde de sécurité « {path} » ne passe pas la vérification : "
        "l’opération n’a pas été faite. Le forum n’a pas été modifié.",
    )


@dataclass(frozen=True)
class RotationLimits:
    """How many snapshots thinning keeps (Anki's defaults: 12 daily, 10 weekly, 9 monthly)."""

    #: Days kept whole, today included (1: all of today; 2: today and yesterday, as Anki).
    whole_days: int = 1
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def snapshot_folder(forum_path: Path) -> Path:
    """The folder holding the snapshots of the forum ``forum_path``."""
    return backups_dir() / Path(forum_path).stem


def _note_path(snapshot_path: Path) -> Path:
    return snapshot_path.with_name(snapshot_path.name + _NOTE_SUFFIX)


def inspect_copy(path: Path, *, full: bool = False) -> tuple[bool, int | None, int | None]:
    """Open a single-file copy read-only and check it.

    Args:
        path: a snapshot or an exported copy (DELETE journal mode: opening it writes nothing).
        full: run ``integrity_check`` instead of ``quick_check``.

    Returns:
        ``(verified, cards, statements)``: counts of live cards and statements, or None when the
        copy does not open or does not pass the check.
    """
    try:
        check_forum_header(path)
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = connection.execute(
                "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            ).fetchone()[0]
            if verdict != "ok":
                logger.warning("snapshot %s fails its check: %s", path, verdict)
                return False, None, None
            cards = connection.execute(
                "SELECT count(*) FROM contribution WHERE deleted_at IS NULL"
            ).fetchone()[0]
            statements = connection.execute(
                "SELECT count(*) FROM statement WHERE deleted_at IS NULL"
            ).fetchone()[0]
        finally:
            connection.close()
    except (AgoraError, sqlite3.Error) as exc:
        logger.warning("snapshot %s does not open: %s", path, exc)
        return False, None, None
    return True, cards, statements


def _write_note(snap: Snapshot) -> None:
    # The note is a cache: if it is lost, list_snapshots rebuilds it by opening the copy.
    note = {
        "sha256": snap.sha256,
        "cards": snap.cards,
        "statements": snap.statements,
        "verified": snap.verified,
    }
    fd, tmp = tempfile.mkstemp(prefix=".agora-copy-", suffix=".tmp", dir=snap.path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(note, handle)
        os.replace(tmp, _note_path(snap.path))
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        logger.warning("could not write the note of %s", snap.path, exc_info=True)


def _read(path: Path) -> Snapshot | None:
    match = _NAME.match(path.name[: -len(path.suffix)] if path.suffix else path.name)
    if match is None:
        return None
    taken_at = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
    try:
        note = json.loads(_note_path(path).read_text(encoding="utf-8"))
        return Snapshot(
            path,
            taken_at,
            match["reason"],
            note.get("cards"),
            note.get("statements"),
            bool(note.get("verified")),
            note.get("sha256", ""),
        )
    except (OSError, ValueError, AttributeError):
        # No note (a pre-migration copy made by open_forum) or an unreadable one: look inside.
        verified, cards, statements = inspect_copy(path)
        snap = Snapshot(path, taken_at, match["reason"], cards, statements, verified)
        _write_note(snap)
        return snap


def list_snapshots(forum_path: Path) -> list[Snapshot]:
    """The snapshots of the forum ``forum_path``, newest first.

    Args:
        forum_path: the forum file (it need not exist any more).

    Returns:
        Every snapshot found, verified or not, with its time, reason and counts.
    """
    folder = snapshot_folder(forum_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.name.startswith(".") or path.name.endswith(_NOTE_SUFFIX) or not path.is_file():
            continue
        snap = _read(path)
        if snap is not None:
            found.append(snap)
    found.sort(key=lambda s: s.taken_at, reverse=True)
    return found


def _week(day: dt.date) -> int:
    return (day - dt.timedelta(days=day.weekday())).toordinal()  # the Monday of its week


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month


def obsolete_snapshots(
    snapshots: Sequence[Snapshot], today: dt.date, limits: RotationLimits
) -> list[Snapshot]:
    """The snapshots that thinning removes (a pure function: the rotation table test drives it).

    Newest first: snapshots of the last ``whole_days`` days are all kept; then the newest of
    each earlier day, up to ``daily``; then the newest of each earlier week, up to ``weekly``;
    then of each earlier month, up to ``monthly``; the rest go. Snapshots that did not verify
    are never removed and take no slot; the newest verified snapshot is never removed.

    Args:
        snapshots: the snapshots of one forum, in any order.
        today: the local date of "now".
        limits: how many to keep at each level.

    Returns:
        The snapshots to delete, newest first.
    """
    verified = sorted((s for s in snapshots if s.verified), key=lambda s: s.taken_at, reverse=True)
    first_whole_day = today - dt.timedelta(days=limits.whole_days - 1)
    slots = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    last: dict[str, int] = {}  # day, week and month of the last snapshot kept
    obsolete = []
    for snap in verified:
        day = snap.taken_at.date()
        keys = {"daily": day.toordinal(), "weekly": _week(day), "monthly": _month(day)}
        stage = next((name for name in ("daily", "weekly", "monthly") if slots[name] > 0), None)
        if day >= first_whole_day:
            keep = True
        elif stage is None:
            keep = False
        else:
            keep = stage not in last or keys[stage] < last[stage]
            slots[stage] -= keep
        if keep:
            last = keys
        else:
            obsolete.append(snap)
    if verified and verified[0] in obsolete:  # every limit at zero, or a clock gone backwards
        obsolete.remove(verified[0])
    return obsolete


def rotate(forum_path: Path, now: dt.datetime, limits: RotationLimits | None = None) -> list[Path]:
    """Delete the snapshots of ``forum_path`` that thinning does not keep.

    Returns:
        The deleted snapshot files.
    """
    removed = []
    for snap in obsolete_snapshots(list_snapshots(forum_path), now.date(), limits or RotationLimits()):
        try:
            snap.path.unlink()
            _note_path(snap.path).unlink(missing_ok=True)
        except OSError:
            logger.warning("could not remove old snapshot %s", snap.path, exc_info=True)
            continue
        removed.append(snap.path)
    if removed:
        logger.info("thinned %d snapshot(s) of %s", len(removed), forum_path.name)
    return removed


def snapshot(
    path: Path,
    reason: str,
    *,
    clock: Clock = dt.datetime.now,
    limits: RotationLimits | None = None,
    thin: bool = True,
) -> Snapshot:
    """Take a verified snapshot of the forum file ``path``, then thin the older ones.

    The copy is verified twice: ``integrity_check`` on the temporary file before its atomic
    rename (``copy_database``), then opened again under its final name and counted. Older
    snapshots are thinned only after that succeeded. A copy identical to the newest snapshot
    (nothing changed) is not kept: the newest one is returned instead.

    Args:
        path: the live forum file (it may be open and being written: the backup API copies a
            consistent state without blocking the writer).
        reason: one of the ``REASON_*`` names.
        clock: local time now (tests inject one).
        limits: thinning limits (defaults: ``RotationLimits()``).
        thin: thin older snapshots afterwards.

    Returns:
        The new (or identical newest) snapshot.

    Raises:
        StorageError: the copy could not be written or did not verify; nothing was thinned.
    """
    path = Path(path)
    with _LOCK:
        folder = snapshot_folder(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(COPY_FAILED, detail=exc.strerror or exc) from exc
        now = clock()
        dest = folder / f"{now.strftime(_STAMP_FORMAT)}-{reason}{path.suffix or FORUM_SUFFIX}"
        while dest.exists():  # two snapshots in the same microsecond (an injected clock)
            now += dt.timedelta(microseconds=1)
            dest = folder / f"{now.strftime(_STAMP_FORMAT)}-{reason}{path.suffix or FORUM_SUFFIX}"
        previous = next((s for s in list_snapshots(path) if s.verified), None)
        digest = copy_database(path, dest)
        verified, cards, statements = inspect_copy(dest)
        snap = Snapshot(dest, now, reason, cards, statements, verified, digest)
        if verified and previous is not None and previous.sha256 == digest:
            dest.unlink()
            logger.debug("snapshot of %s unchanged since %s", path.name, previous.path.name)
            return previous
        _write_note(snap)
        if not verified:
            logger.error("snapshot %s did not verify: older snapshots are kept", dest)
            return snap
        logger.info("snapshot %s (%s cards)", dest.name, cards)
        if thin:
            rotate(path, now, limits)
        return snap


@dataclass
class BackupPolicy:
    """When the periodic snapshot is due: every ``interval`` if something changed.

    The UI's timer asks ``due()`` (say every minute); nothing is taken while nothing changed.
    """

    interval: dt.timedelta = dt.timedelta(minutes=15)
    last_taken: dt.datetime | None = None

    def due(self, changed_since_last: bool, now: dt.datetime) -> bool:
        """True when a periodic snapshot should be taken now."""
        if not changed_since_last:
            return False
        return self.last_taken is None or now - self.last_taken >= self.interval

    def taken(self, at: dt.datetime) -> None:
        """Record that a snapshot was taken at ``at``."""
        self.last_taken = at


@dataclass
class ForumBackups:
    """The backup hooks of one open forum: on open, on the timer, before risky work, at close.

    Change detection uses ``PRAGMA data_version`` on a private read-only connection: its value
    changes whenever any other connection (the store's writers) commits. Call the hooks from the
    background worker, never from the GUI thread; call ``close()`` after ``at_close()``.
    """

    path: Path
    policy: BackupPolicy = field(default_factory=BackupPolicy)
    clock: Clock = dt.datetime.now
    limits: RotationLimits = field(default_factory=RotationLimits)
    _watch: sqlite3.Connection | None = field(default=None, init=False, repr=False)
    _seen: int | None = field(default=None, init=False, repr=False)

    def _version(self) -> int:
        if self._watch is None:
            self._watch = sqlite3.connect(
                f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True when something was committed since the last snapshot taken through these hooks."""
        return self._seen is None or self._version() != self._seen

    def _take(self, reason: str) -> Snapshot:
        version = self._version()  # read before copying: a commit during the copy counts as new
        snap = snapshot(Path(self.path), reason, clock=self.clock, limits=self.limits)
        self._seen = version
        self.policy.taken(self.clock())
        return snap

    def on_open(self) -> Snapshot:
        """Snapshot right after opening (the integrity check has passed)."""
        return self._take(REASON_OPEN)

    def tick(self) -> Snapshot | None:
        """The periodic hook: a snapshot if one is due and something changed, else None."""
        if not self.policy.due(self.changed(), self.clock()):
            return None
        return self._take(REASON_TIMER)

    def before(self, reason: str) -> Snapshot:
        """Snapshot before a risky operation (``REASON_IMPORT``, ``REASON_DELETION``...).

        Raises:
            StorageError: the snapshot could not be written or does not verify
                (``SnapshotNotVerifiedError``): the caller must not go ahead.
        """
        snap = self._take(reason)
        if not snap.verified:
            raise SnapshotNotVerifiedError(path=snap.path.name)
        return snap

    def at_close(self) -> Snapshot | None:
        """Snapshot at close if anything changed since the last one."""
        if not self.changed():
            return None
        return self._take(REASON_CLOSE)

    def close(self) -> None:
        """Release the private connection."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None


def with_counts(snap: Snapshot) -> Snapshot:
    """The snapshot re-checked in full (``integrity_check``), e.g. just before a restore."""
    verified, cards, statements = inspect_copy(snap.path, full=True)
    return replace(snap, verified=verified, cards=cards, statements=statements)
