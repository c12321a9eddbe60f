"""Data-safety tests: backups, recovery, verified export and import, restore, the library lock.

Helpers shared by these tests live here (plain functions: the fixtures come from
``tests/conftest.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from agora.services import cards
from agora.storage.store import ForumStore
from tests.conftest import session_of


class FakeClock:
    """A settable local clock for the backup code: ``clock()`` returns ``clock.now``."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def add_cards(store: ForumStore, count: int, prefix: str = "carte", size: int = 200) -> list[str]:
    """Capture ``count`` cards in the first peer group; returns their texts."""
    session_id = session_of(store, "elus")
    texts = [f"{prefix} {number} " + "x" * size for number in range(count)]
    for text in texts:
        cards.add_card(store, session_id, "constraint", text)
    return texts


def card_texts(store: ForumStore) -> set[str]:
    """Every live card's text."""
    return {card.text for card in cards.list_cards(store)}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip(path: Path, offset: int, mask: int = 0xFF) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a file, read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def texts_in(path: Path) -> set[str]:
    """Live card texts in a forum file or copy, read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            row[0] for row in connection.execute("SELECT text FROM contribution WHERE deleted_at IS NULL")
        }
    finally:
        connection.close()
