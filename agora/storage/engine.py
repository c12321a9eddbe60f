"""The one engine factory: every connection to a forum file gets the same pragmas.

WAL, ``synchronous=FULL`` (a commit survives a power cut: a dead laptop battery is our user's
power cut), foreign keys, a busy timeout, and ``BEGIN IMMEDIATE`` for write transactions (a
deferred read→write upgrade fails at once with SQLITE_BUSY_SNAPSHOT in WAL, whatever the
timeout). No other code opens a forum file.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

#: ``PRAGMA application_id`` of every forum file ("AGOR"): tells our files from other SQLite files.
APPLICATION_ID = 0x41474F52

#: Milliseconds a connection waits for another writer before giving up.
BUSY_TIMEOUT_MS = 10_000

#: Execution option naming how a transaction begins: "DEFERRED" (reads) or "IMMEDIATE" (writes).
BEGIN_OPTION = "agora_begin"

logger = logging.getLogger(__name__)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, read_only: bool) -> None:
    # SQLAlchemy's pysqlite driver would otherwise open transactions itself, lazily and DEFERRED.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if not read_only:
            mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode != "wal":  # a file system that cannot do WAL: say so in the log, keep going
                logger.warning("journal_mode is %s, not wal", mode)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if sys.platform == "darwin":
            cursor.execute("PRAGMA fullfsync=ON")
            cursor.execute("PRAGMA checkpoint_fullfsync=ON")
    finally:
        cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the forum file at ``path`` with Agora's pragmas on every connection.

    Args:
        path: the forum file (it must exist unless the caller is creating it).
        read_only: open with ``mode=ro``: every write fails in SQLite itself.

    Returns:
        An engine whose transactions begin DEFERRED, or IMMEDIATE when the connection carries
        the execution option ``agora_begin="IMMEDIATE"`` (see ``ForumStore.write``).
    """
    mode = "ro" if read_only else "rwc"
    # A file: URI (percent-encoded by pathlib) so any folder name works, spaces and # included.
    uri = f"{path.resolve().as_uri()}?mode={mode}"

    def _connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    # The URL has no path (the creator opens the file), which SQLAlchemy would take for an
    # in-memory database and serve with a SingletonThreadPool that closes other threads'
    # connections: name the pool of a file database explicitly.
    engine = create_engine("sqlite+pysqlite://", creator=_connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _apply_pragmas(dbapi_connection, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
