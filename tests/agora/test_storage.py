"""The forum file: pragmas, refusals, read-only cases, migrations, concurrent writers."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import select

from agora.errors import (
    DamagedForumError,
    EmptyFileError,
    NotAForumError,
    NotFoundError,
    ReadOnlyForumError,
)
from agora.paths import backups_dir
from agora.services import cards, forums
from agora.storage import models
from agora.storage.engine import APPLICATION_ID
from agora.storage.migrate import alembic_config, head_revision
from agora.storage.store import ForumStore, open_forum
from tests.conftest import session_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_on_every_connection_and_thread(store: ForumStore) -> None:
    """T-DB-3: WAL, FULL, foreign keys and busy timeout on every pooled connection, in any thread."""
    seen: list[tuple[object, ...]] = []

    def read_pragmas() -> None:
        with store.read() as session:
            connection = session.connection()
            seen.append(
                tuple(
                    connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
                )
            )

    threads = [threading.Thread(target=read_pragmas) for _ in range(4)]
    for thread in threads:
        thread.start()
    read_pragmas()
    for thread in threads:
        thread.join()
    assert seen == [("wal", 2, 1, 10000)] * 5


def test_new_file_carries_application_id_and_head_schema(store: ForumStore, forum_path: Path) -> None:
    connection = sqlite3.connect(forum_path)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        connection.close()


def test_deferred_upgrade_fails_but_store_write_does_not(store: ForumStore, forum_path: Path) -> None:
    """T-DB-5: why every write begins IMMEDIATE."""
    reader = sqlite3.connect(forum_path, isolation_level=None, timeout=10)
    writer = sqlite3.connect(forum_path, isolation_level=None, timeout=10)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM category").fetchone()
        writer.execute("UPDATE forum SET venue = 'ailleurs'")
        with pytest.raises(sqlite3.OperationalError) as raised:
            reader.execute("UPDATE forum SET venue = 'ici'")
        assert raised.value.sqlite_errorname == "SQLITE_BUSY_SNAPSHOT"
        reader.execute("ROLLBACK")
    finally:
        reader.close()
        writer.close()
    # Through the store, the same read-then-write sequence succeeds: the lock is taken first.
    with store.write() as session:
        forum = session.exec(select(models.Forum)).one()
        forum.venue = "ici"
        session.add(forum)
    assert forums.forum_info(store).venue == "ici"


def test_concurrent_writers_lose_nothing(store: ForumStore) -> None:
    """T-DB-4: several threads capturing cards at once; every card is there, no error."""
    session_id = session_of(store, "elus")
    errors: list[BaseException] = []

    def capture(worker: int) -> None:
        try:
            for number in range(25):
                cards.add_card(store, session_id, "constraint", f"carte {worker}-{number}")
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=capture, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    texts = {card.text for card in cards.list_cards(store, session_id)}
    assert texts == {f"carte {w}-{n}" for w in range(4) for n in range(25)}


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    """T-DB-10: opening a file that is not there creates nothing."""
    path = tmp_path / "absent.agora"
    with pytest.raises(NotFoundError, match="introuvable"):
        open_forum(path)
    assert not path.exists()


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes(x)")
    connection.execute("INSERT INTO notes VALUES ('données de quelqu’un d’autre')")
    connection.commit()
    connection.close()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("name", "damage", "error", "words"),
    [
        ("empty", lambda p: p.write_bytes(b""), EmptyFileError, "vide"),
        ("header_only", lambda p: p.write_bytes(p.read_bytes()[:50]), NotAForumError, "pas une base SQLite"),
        ("not_sqlite", lambda p: p.write_bytes(b"PK\x03\x04 pas une base"), NotAForumError, "pas une base SQLite"),
        ("flip_magic", lambda p: _flip(p, 0), NotAForumError, "pas une base SQLite"),
        ("foreign", lambda p: (p.unlink(), _foreign_sqlite(p)), NotAForumError, "autre application"),
        ("half", lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), DamagedForumError, "endommagé"),
    ],
)
def test_refused_files_are_never_replaced(tmp_path: Path, name, damage, error, words) -> None:
    """T-DB-6: empty, foreign and damaged files are refused and left exactly as they were."""
    path = tmp_path / f"{name}.agora"
    opened = forums.create_forum(path, "À abîmer")
    for number in range(40):  # enough pages for "half" to cut real data
        cards.add_card(opened, session_of(opened, "socio"), "constraint", f"carte {number} " + "x" * 400)
    opened.close()
    damage(path)
    before = digest(path)
    with pytest.raises(error, match=words):
        open_forum(path)
    assert digest(path) == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing was written beside it either


def test_newer_schema_opens_read_only(store: ForumStore, forum_path: Path) -> None:
    """T-DB-11: a file from a newer Agora opens for reading, with a clear message, and refuses writes."""
    cards.add_card(store, session_of(store, "etat"), "constraint", "Une contrainte")
    store.close()
    connection = sqlite3.connect(forum_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_futur'")
    connection.commit()
    connection.close()
    with open_forum(forum_path) as newer:
        assert newer.read_only
        assert "version plus récente" in newer.read_only_reason
        assert [card.text for card in cards.list_cards(newer)] == ["Une contrainte"]
        with pytest.raises(ReadOnlyForumError, match="lecture seule"):
            cards.add_card(newer, session_of(newer, "etat"), "constraint", "Refusée")


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """`alembic check`: autogenerate finds nothing to add after upgrading to head."""
    path = tmp_path / "check.agora"
    opened = forums.create_forum(path, "Vérification")
    cfg = alembic_config()
    with opened.engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.check(cfg)
    opened.close()


def test_old_schema_fixture_upgrades_with_every_row_intact(tmp_path: Path) -> None:
    """T-DB-12: a file of the first released schema, with emoji, RTL and a 100k note, migrates."""
    path = tmp_path / "ancien.agora"
    shutil.copy(FIXTURES / "forum-0001.agora", path)
    source = sqlite3.connect(path)
    before = {
        table: sorted(source.execute(f"SELECT * FROM {table}").fetchall())
        for table in ("forum", "category", "contribution", "statement", "position", "tally")
    }
    source.close()
    with open_forum(path) as migrated:
        assert not migrated.read_only
        with migrated.read() as session:
            connection = session.connection()
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            for table, rows in before.items():
                after = sorted(connection.exec_driver_sql(f"SELECT * FROM {table}").fetchall())
                width = len(rows[0])
                assert [row[:width] for row in after] == rows, table
            params = connection.exec_driver_sql("SELECT method_params FROM session").scalars().all()
            assert params == ["", ""]
        texts = {card.text for card in cards.list_cards(migrated)}
        assert "é" * 100_000 in texts
        assert "مرحبا بالعالم — שלום" in texts
    snapshots = list((backups_dir() / "ancien").glob("*avant-migration.agora"))
    assert len(snapshots) == 1
    old = sqlite3.connect(snapshots[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    old.close()


def test_many_threads_share_the_file_without_losing_connections(store: ForumStore) -> None:
    """A file database gets a real connection pool: 8 threads reading and writing for many
    rounds never see a connection closed under them (a SingletonThreadPool would)."""
    from sqlalchemy.pool import QueuePool

    assert isinstance(store.engine.pool, QueuePool)
    session_id = session_of(store, "agents")
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for number in range(15):
                cards.add_card(store, session_id, "constraint", f"{worker}-{number}")
                forums.list_sessions(store)
                cards.list_cards(store, session_id)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cards.list_cards(store, session_id)) == 8 * 15
