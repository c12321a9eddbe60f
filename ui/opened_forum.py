"""A forum opened for work, with what the desk reads from it at opening.

``open_for_work`` and ``open_read_only`` run on a pool thread (through ``run_in_background``):
they open the file (checked, migrated if needed) and read the forum, its categories and its
agenda, so the GUI thread never waits on the disk. The caller owns the store they return and
must close it (the desk hands it to a ``ForumContext``, whose ``close`` does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from agora.services import forums
from agora.services.reads import CategoryRead, ForumRead, SessionRead
from agora.storage.recovery import RecoveryReport, open_or_recover
from agora.storage.store import ForumStore, open_forum


@dataclass(frozen=True)
class OpenedForum:
    """An open forum and the frame the desk shows: title, categories, sessions."""

    store: ForumStore
    forum: ForumRead
    categories: tuple[CategoryRead, ...]
    sessions: tuple[SessionRead, ...]
    #: What recovery did when the file was damaged (the desk shows its message in a banner).
    recovery: RecoveryReport | None = None

    @property
    def read_only(self) -> bool:
        """Whether the core opened the file read-only (its reason is ``store.read_only_reason``)."""
        return self.store.read_only

    def close(self) -> None:
        """Release the file."""
        self.store.close()


def read_frame(store: ForumStore) -> OpenedForum:
    """The forum, categories and agenda of an open ``store``."""
    return OpenedForum(
        store=store,
        forum=forums.forum_info(store),
        categories=tuple(forums.list_categories(store)),
        sessions=tuple(forums.list_sessions(store)),
    )


def _open(path: Path, *, read_only: bool) -> OpenedForum:
    store = open_forum(path, read_only=read_only)
    try:
        return read_frame(store)
    except BaseException:
        store.close()
        raise


def open_for_work(path: Path) -> OpenedForum:
    """Open ``path`` read-write (the core may still open it read-only, and says why).

    A damaged file is moved aside and its newest good snapshot restored (``open_or_recover``);
    ``recovery`` then says which span of time may be missing.

    Raises:
        AgoraError: the file is not a forum Agora can open (the message says why, in French).
    """
    store, report = open_or_recover(path)
    try:
        frame = read_frame(store)
    except BaseException:
        store.close()
        raise
    return replace(frame, recovery=report)


def open_read_only(path: Path) -> OpenedForum:
    """Open ``path`` for consultation only (exports from the start screen)."""
    return _open(path, read_only=True)
