"""Opening a forum file and running units of work on it.

``open_forum`` refuses what is not a forum (empty, foreign, not SQLite, damaged), migrates an
older file after a snapshot, and opens a file from a newer Agora read-only. ``ForumStore.write``
is the only way to change a forum: one ``BEGIN IMMEDIATE`` transaction, committed durably
(``synchronous=FULL``) before it returns, and a disk refusal turned into a French message.
``ForumStore.batch`` lets the units of work of one thread share one transaction and one durable
commit (group commit, see :mod:`agora.storage.group_commit`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc
from sqlmodel import Session as OrmSession

from agora.errors import (
    DamagedForumError,
    ForumFileError,
    ReadOnlyForumError,
    StorageError,
    UnreadableForumError,
    ValidationError,
)
from agora.i18n import QT_TRANSLATE_NOOP
from agora.paths import backups_dir
from agora.storage.engine import APPLICATION_ID, BEGIN_OPTION, BUSY_TIMEOUT_MS, make_engine
from agora.storage.filecheck import check_forum_header
from agora.storage.migrate import current_revision, head_revision, known_revisions, upgrade_to_head
from agora.storage.snapshot import copy_database

logger = logging.getLogger(__name__)

READ_ONLY_NEWER = QT_TRANSLATE_NOOP(
    "errors", "il a été créé par une version plus récente d’Agora. Mettez Agora à jour pour le modifier."
)
READ_ONLY_FILE = QT_TRANSLATE_NOOP("errors", "le fichier ou son dossier est protégé en écriture.")
READ_ONLY_ASKED = QT_TRANSLATE_NOOP("errors", "ouvert pour consultation.")

#: A change that the file's constraints refuse.
_INCONSISTENT = QT_TRANSLATE_NOOP(
    "errors", "Modification refusée : elle rendrait le forum incohérent ({detail})."
)


@dataclass
class _Batch:
    """The open transaction that a thread's ``write`` and ``raw_write`` blocks join."""

    connection: Connection
    raw: sqlite3.Connection
    #: Set once SQLite has dropped the transaction (a full disk or an I/O error mid-statement
    #: rolls it back whole): the units of work already done are gone, so none may be
    #: acknowledged, and a later statement would commit on its own, outside any transaction.
    failure: StorageError | None = None

    def settle(self, error: BaseException | None = None) -> StorageError | None:
        """The batch's failure, recorded now (with ``error`` as its cause) if SQLite dropped it."""
        if self.failure is None and not self.raw.in_transaction:
            self.failure = storage_error(error or sqlite3.OperationalError("transaction rolled back"))
        return self.failure

    def join(self) -> None:
        """Refuse a new unit of work once the batch has failed."""
        failure = self.settle()
        if failure is not None:
            raise failure


class ForumStore:
    """An open forum file. Hands out short-lived ORM sessions; never shares them across threads.

    Callers must not keep ORM objects beyond the ``read``/``write`` block that produced them:
    services turn them into read models first.
    """

    def __init__(self, path: Path, *, read_only: bool, read_only_reason: str = "") -> None:
        self.path = path
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.engine = make_engine(path, read_only=read_only)
        self._write_engine = self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        self._local = threading.local()  # .batch: the batch this thread has open, if any

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        """A session for reading: one consistent snapshot for the whole block.

        Inside a :meth:`batch`, it reads the batch's own transaction, pending writes included: a
        unit of work sees what the units before it wrote, as it would had they committed alone.
        """
        batch = self._open_batch()
        if batch is not None:
            with _joined_session(batch) as session:
                yield session
            return
        with OrmSession(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        """A write transaction: BEGIN IMMEDIATE, committed durably when the block ends.

        Raises:
            ReadOnlyForumError: the forum is open read-only.
            StorageError: the disk refused the commit (full, size limit, read-only, busy);
                nothing of the block was written.
        """
        if self.read_only:
            raise ReadOnlyForumError(reason=self.read_only_reason)
        batch = self._open_batch()
        try:
            if batch is None:
                with OrmSession(self._write_engine, expire_on_commit=False) as session:
                    yield session
                    session.commit()
            else:
                with _joined_session(batch) as session:
                    yield session
        except sa_exc.OperationalError as exc:
            raise _storage_failure(batch, exc.orig) from exc
        except sa_exc.IntegrityError as exc:
            logger.warning("integrity error: %s", exc.orig)
            raise ValidationError(_INCONSISTENT, detail=str(exc.orig)) from exc

    @contextmanager
    def raw_write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the driver connection itself, for the hottest paths.

        Capturing a card must cost little more than SQLite's own commit: the ORM's unit of work
        and SQL compilation cost several times the fsync. Same pragmas, same BEGIN IMMEDIATE,
        same durable commit and same error messages as :meth:`write`. Inside a :meth:`batch`,
        the block is a SAVEPOINT of the batch's transaction instead.

        Raises:
            ReadOnlyForumError: the forum is open read-only.
            StorageError: the disk refused the commit; nothing was written.
        """
        if self.read_only:
            raise ReadOnlyForumError(reason=self.read_only_reason)
        batch = self._open_batch()
        if batch is not None:
            with _joined_raw(batch) as joined:
                yield joined
            return
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            try:
                raw.execute("BEGIN IMMEDIATE")
                try:
                    yield raw
                    raw.execute("COMMIT")
                except BaseException:
                    if raw.in_transaction:
                        raw.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError as exc:
                raise ValidationError(_INCONSISTENT, detail=str(exc)) from exc
            except sqlite3.OperationalError as exc:
                raise storage_error(exc) from exc

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction and one durable commit for every write this thread makes in the block.

        Each :meth:`write` or :meth:`raw_write` block inside becomes a SAVEPOINT of one
        ``BEGIN IMMEDIATE`` transaction: a block that raises undoes only itself (its caller gets
        its own error) and the others go on. Nothing inside is on disk before the batch ends
        without error: acknowledge none of it before then. :meth:`read` blocks inside read the
        batch's transaction. Other threads do not join the batch: they wait for its lock like
        any other writer.

        Raises:
            ReadOnlyForumError: the forum is open read-only.
            StorageError: the disk refused the commit, or dropped the transaction on the way:
                nothing of the batch was written.
        """
        if self.read_only:
            raise ReadOnlyForumError(reason=self.read_only_reason)
        if self._open_batch() is not None:
            raise RuntimeError("batches do not nest")
        with self._write_engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            try:
                transaction = connection.begin()  # BEGIN IMMEDIATE, by the engine's begin event
                batch = self._local.batch = _Batch(connection, raw)
                try:
                    yield
                    failure = batch.settle()
                    if failure is not None:
                        raise failure
                    transaction.commit()
                finally:
                    self._local.batch = None
            except sa_exc.OperationalError as exc:
                raise storage_error(exc.orig) from exc
            # Leaving the connection rolls back whatever did not commit.

    def _open_batch(self) -> _Batch | None:
        batch: _Batch | None = getattr(self._local, "batch", None)
        return batch

    def close(self) -> None:
        """Release the file (every pooled connection is closed)."""
        self.engine.dispose()

    def __enter__(self) -> ForumStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def _joined_raw(batch: _Batch) -> Iterator[sqlite3.Connection]:
    """``raw_write`` inside a batch: a SAVEPOINT, so that an error undoes this block only."""
    batch.join()
    raw = batch.raw
    try:
        raw.execute("SAVEPOINT agora_unit")
        try:
            yield raw
            raw.execute("RELEASE agora_unit")
        except BaseException:
            if raw.in_transaction:  # else SQLite has rolled back everything itself (full disk, I/O)
                raw.execute("ROLLBACK TO agora_unit")
                raw.execute("RELEASE agora_unit")
            raise
    except sqlite3.IntegrityError as exc:
        raise ValidationError(_INCONSISTENT, detail=str(exc)) from exc
    except sqlite3.OperationalError as exc:
        raise _storage_failure(batch, exc) from exc
    finally:
        batch.settle()


@contextmanager
def _joined_session(batch: _Batch) -> Iterator[OrmSession]:
    """An ORM session inside the batch: its own SAVEPOINT, released by its commit."""
    batch.join()
    session = OrmSession(
        bind=batch.connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield session
        session.commit()  # releases the savepoint only: the batch commits later
    finally:
        try:
            session.close()  # rolls back to the savepoint when the block did not commit
        except sa_exc.OperationalError:
            if batch.settle() is None:
                raise
            # SQLite dropped the whole transaction, savepoint included: nothing left to undo.


def _storage_failure(batch: _Batch | None, error: BaseException | None) -> StorageError:
    """The StorageError of a failed statement: the whole batch's if it dropped the transaction."""
    failure = batch.settle(error) if batch is not None else None
    return failure or storage_error(error)


def storage_error(error: BaseException | None) -> StorageError:
    """The French StorageError for an SQLite failure during a write."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        template = QT_TRANSLATE_NOOP(
            "errors", "Le disque est plein : la modification n’a pas été enregistrée."
        )
    elif name.startswith("SQLITE_IOERR"):
        template = QT_TRANSLATE_NOOP(
            "errors", "Erreur d’écriture sur le disque : la modification n’a pas été enregistrée."
        )
    elif name.startswith("SQLITE_READONLY"):
        template = QT_TRANSLATE_NOOP(
            "errors", "Le forum est protégé en écriture : la modification n’a pas été enregistrée."
        )
    elif name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        template = QT_TRANSLATE_NOOP(
            "errors", "Le forum est occupé par un autre programme : la modification n’a pas été enregistrée."
        )
    else:
        template = QT_TRANSLATE_NOOP("errors", "La modification n’a pas été enregistrée ({detail}).")
    storage = StorageError(template, detail=str(error))
    storage.sqlite_errorname = name  # type: ignore[attr-defined]
    return storage


def _initialise_new_file(path: Path) -> None:
    # The application id goes into the main file's header before WAL is switched on, so the
    # header check sees it even if the first session is killed before any checkpoint.
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()
    finally:
        connection.close()


def snapshot_path(path: Path, reason: str) -> Path:
    """Where a snapshot of the forum ``path`` taken now for ``reason`` goes."""
    folder = backups_dir() / path.stem
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{stamp}-{reason}{path.suffix or '.agora'}"


def _quick_check(path: Path) -> None:
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        # Only corruption is damage: a locked file or a write-protected folder is not.
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or not name:
            raise DamagedForumError(path=path.name, detail=str(exc)) from exc
        raise UnreadableForumError(
            QT_TRANSLATE_NOOP("errors", "Le forum « {path} » ne peut pas être lu pour l’instant ({detail})."),
            path=path.name,
            detail=str(exc),
        ) from exc
    if verdict != "ok":
        raise DamagedForumError(path=path.name, detail=verdict)


def probe_writable(path: Path) -> bool:
    """Whether SQLite can really write the forum at ``path`` (a probe write, rolled back).

    ``BEGIN IMMEDIATE`` alone succeeds on a write-protected file, and ``os.access`` is fooled
    by ``-wal``/``-shm`` files another user left, by ACLs or by network file systems;
    ``PRAGMA user_version=<same value>`` inside a rolled-back transaction fails with
    SQLITE_READONLY exactly when a real write would.
    """
    try:
        connection = sqlite3.connect(
            f"{Path(path).resolve().as_uri()}?mode=rw",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except sqlite3.Error:
        return False
    try:
        connection.execute("BEGIN IMMEDIATE")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA user_version={int(version)}")
        return True
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return True  # busy is not read-only: the store will wait its turn
        logger.info("probe write on %s refused: %s", path, name or exc)
        return False
    finally:
        with contextlib.suppress(sqlite3.Error):
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        connection.close()


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and probe_writable(path)


def open_forum(path: Path, *, create: bool = False, read_only: bool = False) -> ForumStore:
    """Open the forum file at ``path``, checked and migrated.

    Args:
        path: the forum file.
        create: create the file if it does not exist (an existing file is opened as usual).
        read_only: open for consultation only.

    Returns:
        An open store; read-only (with its reason) if the file comes from a newer Agora, is
        write-protected, or ``read_only`` was asked.

    Raises:
        ForumFileError: missing, empty, not SQLite, another application's, or damaged.
    """
    path = Path(path)
    if create and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        _initialise_new_file(path)
    check_forum_header(path)
    _quick_check(path)
    reason = READ_ONLY_ASKED if read_only else ""
    if not read_only and not _writable(path):
        read_only, reason = True, READ_ONLY_FILE
    probe = make_engine(path, read_only=True)
    try:
        with probe.connect() as connection:
            revision = current_revision(connection)
    except sa_exc.DatabaseError as exc:
        raise DamagedForumError(path=path.name, detail=str(exc.orig)) from exc
    finally:
        probe.dispose()
    if revision is not None and revision not in known_revisions():
        return ForumStore(path, read_only=True, read_only_reason=READ_ONLY_NEWER)
    if revision != head_revision():
        if read_only:
            raise ForumFileError(
                QT_TRANSLATE_NOOP(
                    "errors", "Le forum « {path} » doit être mis à jour, mais il est en lecture seule."
                ),
                path=path.name,
            )
        if revision is not None:
            copy_database(path, snapshot_path(path, "avant-migration"))
        engine = make_engine(path)
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
    return ForumStore(path, read_only=read_only, read_only_reason=reason)
