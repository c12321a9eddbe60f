"""T-BK-2: snapshots taken while a writer captures cards: each one whole, the writer never held up."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from agora.services import cards
from agora.storage import backup
from agora.storage.store import ForumStore
from tests.agora.safety import add_cards, integrity, texts_in
from tests.conftest import session_of

#: The longest a capture may wait while a snapshot runs (RELIABILITY.md T-BK-2).
MAX_WRITER_WAIT_S = 1.0


def test_snapshots_during_captures_are_whole_and_never_block_the_writer(
    store: ForumStore, forum_path: Path
) -> None:
    add_cards(store, 150, size=1500)  # a few hundred kB, so a copy takes measurable time
    session_id = session_of(store, "socio")
    stop = threading.Event()
    latencies: list[float] = []
    acknowledged: list[int] = []
    errors: list[BaseException] = []

    def writer() -> None:
        number = 0
        try:
            while not stop.is_set():
                started = time.perf_counter()
                cards.add_card(store, session_id, "learning", f"w {number}")
                latencies.append(time.perf_counter() - started)
                acknowledged.append(number)
                number += 1
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    taken = []
    try:
        for _ in range(8):
            time.sleep(0.05)
            taken.append(backup.snapshot(forum_path, backup.REASON_TIMER))
    finally:
        stop.set()
        thread.join(timeout=30)
    assert errors == []
    assert len(acknowledged) > 20, "the writer barely ran"
    assert max(latencies) < MAX_WRITER_WAIT_S, f"writer held up {max(latencies):.3f} s"
    previous = -1
    for snap in taken:
        assert snap.verified
        assert integrity(snap.path) == "ok"
        written = sorted(int(text[2:]) for text in texts_in(snap.path) if text.startswith("w "))
        # One instant of the forum: captures 0..k-1 and nothing after, never a torn set.
        assert written == list(range(len(written)))
        assert len(written) >= previous
        previous = len(written)
    assert len(texts_in(taken[-1].path)) == taken[-1].cards
