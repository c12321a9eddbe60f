"""Crash: ``kill -9`` of ``agora serve`` in the middle of a load; every acknowledged post survives.

Each round starts ``agora serve`` on the same forum file, lets a few phones post cards and votes
as fast as they can, kills the server with SIGKILL at a random moment, and checks the file: every
post that got its 201 is there, exactly once (posts in flight may or may not be, unacknowledged).
The next round restarts the server on the file the crash left behind.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agora.services import cards, votes
from agora.services.check import check_forum
from agora.storage.store import open_forum
from tests.agora.server import Phone, ServeProcess, make_demo, spawn_serve, statement_ids

ROUNDS = 3
PHONES = 30
MAX_POSTS_PER_PHONE = 100
CATEGORIES = ("elus", "agents", "etat", "socio")


@dataclass
class Acknowledged:
    """What the phones were told was stored."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    cards: dict[str, str] = field(default_factory=dict)  # card id → text
    votes: dict[str, tuple[str, int]] = field(default_factory=dict)  # position id → (statement, value)
    posts: int = 0


def _post_until_killed(
    served: ServeProcess, round_number: int, number: int, acked: Acknowledged, go: threading.Event
) -> None:
    phone = Phone(served.address, timeout=10)
    try:
        phone.join(served.join_url)
        page = phone.choose(CATEGORIES[number % len(CATEGORIES)])
        to_vote = statement_ids(page.text)  # each statement answered once: no answer replaces another
        go.wait(30)
        for step in range(MAX_POSTS_PER_PHONE):
            if step % 2 and to_vote:
                statement, value = to_vote.pop(), 1 + step % 5
                reply = phone.vote(statement, value)
                if reply.status == 201:
                    with acked.lock:
                        acked.votes[reply.json()["id"]] = (statement, value)
                        acked.posts += 1
                continue
            text = f"Manche {round_number}, téléphone {number}, carte {step}"
            reply = phone.post_card(text)
            if reply.status == 201:
                with acked.lock:
                    acked.cards[reply.json()["id"]] = text
                    acked.posts += 1
            elif reply.status == 429:
                time.sleep(0.2)  # past its burst, a phone may post one card every 2 s
    except OSError:
        pass  # the server was killed: the post in flight got no answer
    finally:
        phone.close()


@pytest.mark.fault
@pytest.mark.slow
def test_kill_9_in_the_middle_of_a_load_loses_no_acknowledged_post(tmp_path: Path) -> None:
    forum = make_demo(tmp_path)
    acked = Acknowledged()
    rng = random.Random(20261122)
    for round_number in range(ROUNDS):
        served = spawn_serve(forum.path, forum.agora, data_dir=tmp_path / "data")
        try:
            go = threading.Event()
            before = acked.posts
            with ThreadPoolExecutor(max_workers=PHONES) as pool:
                for number in range(PHONES):
                    pool.submit(_post_until_killed, served, round_number, number, acked, go)
                time.sleep(1.5)  # the phones join and load their page
                go.set()
                time.sleep(rng.uniform(0.3, 1.0))
                os.kill(served.process.pid, signal.SIGKILL)
            assert served.process.wait(timeout=30) == -signal.SIGKILL
            assert acked.posts > before, "no post was acknowledged before the kill"
        finally:
            if served.process.poll() is None:
                served.process.kill()
            served.process.wait(timeout=30)
            if served.process.stdout is not None:
                served.process.stdout.close()

    assert check_forum(forum.path).ok
    with open_forum(forum.path, read_only=True) as store:
        stored = cards.list_cards(store, forum.agora)
        positions = {p.id: p for p in votes.list_positions(store, forum.agora)}
    by_id = {card.id: card for card in stored}
    texts = Counter(card.text for card in stored)
    missing = [card_id for card_id in acked.cards if card_id not in by_id]
    assert missing == []
    for card_id, text in acked.cards.items():
        assert by_id[card_id].text == text and texts[text] == 1
    for position_id, (statement, value) in acked.votes.items():
        assert (positions[position_id].statement_id, positions[position_id].value) == (statement, value)
    print(
        f"\n{len(acked.cards)} cards and {len(acked.votes)} votes acknowledged over {ROUNDS} kill -9, all found"
    )
