"""Fixtures of the interface tests: small forums in the test’s own library; no worker left behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agora.paths import library_dir
from agora.services import cards, forums
from ui import workers

#: A card to put in a test forum: (kind, text, target category or None).
CardSpec = tuple[str, str, str | None]

MakeForum = Callable[..., Path]


@pytest.fixture
def make_forum() -> MakeForum:
    """Create a forum file in the library; its first session (élu·e·s) gets the given cards."""

    def make(
        name: str = "forum",
        title: str = "Forum de test",
        *,
        date: dt.date | None = dt.date(2026, 5, 12),
        venue: str = "Salle des fêtes",
        cards_of_first_session: Sequence[CardSpec] = (),
    ) -> Path:
        path = library_dir() / f"{name}.agora"
        store = forums.create_forum(path, title, date=date, venue=venue)
        try:
            first = forums.list_sessions(store)[0].id
            for kind, text, target in cards_of_first_session:
                cards.add_card(store, first, kind, text, target=target)
        finally:
            store.close()
        return path

    return make


@pytest.fixture(autouse=True)
def no_worker_left(qtbot: QtBot) -> Iterator[None]:
    """Every background task a test starts has delivered before the next test begins."""
    yield
    qtbot.waitUntil(lambda: workers.running_count() == 0, timeout=5000)
