"""Shared fixtures: every test gets its own library folder; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest

from agora.services import forums
from agora.storage.store import ForumStore

#: The shared data folder (../shared beside the checkout, as CI has it).
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private library folder: tests never read or write the real user folders."""
    folder = tmp_path / "agora-data"
    folder.mkdir()
    monkeypatch.setenv("AGORA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def forum_path(tmp_path: Path) -> Path:
    """Where a test's forum file goes."""
    return tmp_path / "forum.agora"


@pytest.fixture
def store(forum_path: Path) -> Iterator[ForumStore]:
    """A new forum with the four default categories, one peer-group time and an Agora."""
    opened = forums.create_forum(
        forum_path,
        "Forum de test",
        date=dt.date(2026, 5, 12),
        venue="Salle des fêtes",
        territory="Communauté de communes du Val",
        agenda=None,
    )
    yield opened
    opened.close()


def session_of(store: ForumStore, category: str | None) -> str:
    """Id of the first peer-group session of ``category`` (or the Agora for None)."""
    for meeting in forums.list_sessions(store):
        if meeting.category == category:
            return meeting.id
    raise LookupError(category)
