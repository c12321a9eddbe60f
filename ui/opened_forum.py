"""A forum opened for consultation, with what the window reads from it at opening.

``open_read_only`` runs on a pool thread (through ``run_in_background``): it opens the file
read-only and reads the forum, its categories and its agenda, so the GUI thread never waits on
the disk. The caller owns the store it returns and must close it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agora.services import forums
from agora.services.reads import CategoryRead, ForumRead, SessionRead
from agora.storage.store import ForumStore, open_forum


@dataclass(frozen=True)
class OpenedForum:
    """An open, read-only forum and the frame the window shows: title, categories, sessions."""

    store: ForumStore
    forum: ForumRead
    categories: tuple[CategoryRead, ...]
    sessions: tuple[SessionRead, ...]

    def close(self) -> None:
        """Release the file."""
        self.store.close()


def open_read_only(path: Path) -> OpenedForum:
    """Open ``path`` read-only and read its frame; the store is closed again if reading fails.

    Raises:
        AgoraError: the file is not a readable forum (the message says why, in French).
    """
    store = open_forum(path, read_only=True)
    try:
        return OpenedForum(
            store=store,
            forum=forums.forum_info(store),
            categories=tuple(forums.list_categories(store)),
            sessions=tuple(forums.list_sessions(store)),
        )
    except BaseException:
        store.close()
        raise
