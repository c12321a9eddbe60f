"""Schema migrations with Alembic, configured in code (no alembic.ini ships with the app).

``upgrade_to_head`` runs on open, after a verified snapshot when the file is not new. Foreign
keys are off while migrating (a batch migration drops and re-creates tables, and ON DELETE
actions would fire) and ``foreign_key_check`` runs before the commit.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlmodel import SQLModel

from agora.storage import models  # noqa: F401  (registers every table on SQLModel.metadata)
from agora.storage.crashpoints import crash_point

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationError(RuntimeError):
    """A migration left the file inconsistent; it was rolled back."""


def alembic_config() -> Config:
    """The Alembic configuration, built in code."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["target_metadata"] = SQLModel.metadata
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of Agora knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of Agora knows."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the file, or None for a file without schema."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Bring the file's schema to ``target`` (the newest by default) in one transaction.

    Raises:
        MigrationError: the migrated file fails ``foreign_key_check``; nothing is committed.
    """
    cfg = alembic_config()
    with engine.connect() as connection:
        # PRAGMA foreign_keys is a no-op inside a transaction: set it on the driver connection,
        # which runs in autocommit (isolation_level None), before SQLAlchemy begins.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.execution_options(agora_begin="IMMEDIATE").begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(f"migration broke foreign keys: {problems[:5]}")
                crash_point("migration.before_commit")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
