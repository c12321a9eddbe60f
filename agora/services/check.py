"""``agora check``: integrity, schema version and counts of a forum file, without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from agora.errors import DamagedForumError
from agora.storage.filecheck import check_forum_header
from agora.storage.migrate import head_revision, known_revisions

#: Tables counted by the check, with their French names.
COUNTED = {
    "category": "catégories",
    "territory": "territoires",
    "session": "temps",
    "contribution": "cartes",
    "statement": "énoncés",
    "position": "positions",
    "tally": "décomptes",
}


@dataclass(frozen=True)
class CheckReport:
    """What ``agora check`` found."""

    path: Path
    integrity: str
    revision: str | None
    schema: str  # "à jour", "ancien (sera mis à jour à l’ouverture)" or "plus récent"
    counts: dict[str, int] = field(default_factory=dict)
    deleted_cards: int = 0

    @property
    def ok(self) -> bool:
        """True when the file is intact."""
        return self.integrity == "ok"


def check_forum(path: Path) -> CheckReport:
    """Inspect the forum file at ``path`` read-only.

    Raises:
        ForumFileError: missing, empty, not SQLite, another application's file, or unreadable.
    """
    check_forum_header(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            counts = {
                name: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table, name in COUNTED.items()
                if table in tables
            }
            deleted = 0
            if "contribution" in tables:
                deleted = connection.execute(
                    "SELECT count(*) FROM contribution WHERE deleted_at IS NOT NULL"
                ).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedForumError(path=path.name, detail=str(exc)) from exc
    if revision == head_revision():
        schema = "à jour"
    elif revision is None or revision in known_revisions():
        schema = "ancien (sera mis à jour à l’ouverture)"
    else:
        schema = "plus récent que cette version d’Agora (ouverture en lecture seule)"
    return CheckReport(path, integrity, revision, schema, counts, deleted)
