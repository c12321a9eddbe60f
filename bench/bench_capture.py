"""One captured card, durable on disk, through the core service vs a bare sqlite3 INSERT + COMMIT.

Budget (DESIGN.md §7): ≤ 2× the bare insert with the same pragmas (WAL, synchronous=FULL,
foreign keys, busy timeout), measured in the same run. The floor inserts the same row into the
same table of the same file (same indexes and foreign keys), through a plain sqlite3
connection: the ratio is what the service adds to SQLite itself. Runs are interleaved in
rounds so disk noise hits both sides alike.
"""

from __future__ import annotations

import itertools
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from agora.services import cards, forums
from bench.timing import report

ROUNDS = 7
PER_ROUND = 150


def _bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def main() -> None:
    """Print the median capture time through the service, the floor, and their ratio."""
    folder = Path(tempfile.mkdtemp(prefix="agora-capture-"))
    store = forums.create_forum(folder / "bench.agora", "Banc d’essai")
    session_id = forums.list_sessions(store)[0].id
    bare = _bare_connection(folder / "bench.agora")
    counter = itertools.count()
    service_samples: list[float] = []
    bare_samples: list[float] = []
    for _ in range(ROUNDS * PER_ROUND):
        # Alternate call by call: the disk's mood changes by the second, so both sides share it.
        number = next(counter)
        start = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(
            "INSERT INTO contribution (id, session_id, kind, category, text, theme, position,"
            " created_at, updated_at) VALUES (?, ?, 'constraint', 'elus', ?, '', ?, ?, ?)",
            (f"id-{number}", session_id, f"Carte numéro {number}", number, "2026-05-12", "2026-05-12"),
        )
        bare.execute("COMMIT")
        bare_samples.append(time.perf_counter() - start)
        start = time.perf_counter()
        cards.add_card(store, session_id, "constraint", f"Carte numéro {number}")
        service_samples.append(time.perf_counter() - start)
    store.close()
    bare.close()
    report(
        "carte capturée (service, durable)",
        statistics.median(service_samples),
        floor=statistics.median(bare_samples),
        budget_ratio=2.0,
    )
