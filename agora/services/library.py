"""The forum library: the forum files in the app's own folder, as the start screen lists them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from agora.errors import AgoraError
from agora.paths import FORUM_SUFFIX, library_dir
from agora.services.reads import ForumSummary
from agora.storage.filecheck import check_forum_header


def _summary(path: Path) -> ForumSummary:
    modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
    try:
        check_forum_header(path)
        # A read-only look: listing the library never migrates nor writes anything.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            title, date, venue = connection.execute("SELECT title, date, venue FROM forum").fetchone()
            cards = connection.execute(
                "SELECT count(*) FROM contribution WHERE deleted_at IS NULL"
            ).fetchone()[0]
            statements = connection.execute(
                "SELECT count(*) FROM statement WHERE deleted_at IS NULL"
            ).fetchone()[0]
        finally:
            connection.close()
    except AgoraError as exc:
        return ForumSummary(path, path.stem, None, "", 0, 0, modified, problem=str(exc))
    except (sqlite3.Error, TypeError) as exc:
        return ForumSummary(path, path.stem, None, "", 0, 0, modified, problem=str(exc))
    return ForumSummary(
        path, title, dt.date.fromisoformat(date) if date else None, venue, cards, statements, modified
    )


def list_forums(folder: Path | None = None) -> list[ForumSummary]:
    """The forums of the library, most recent first (by forum date, then by last change).

    Files that cannot be read are listed too, with their ``problem``: a facilitator must see
    that a forum is there even when it needs attention.
    """
    folder = folder or library_dir()
    summaries = [_summary(path) for path in folder.glob(f"*{FORUM_SUFFIX}") if path.is_file()]
    summaries.sort(key=lambda s: (s.date or dt.date.min, s.modified), reverse=True)
    return summaries
