"""Load: 200 phones post 2,000 cards and votes at once; every acknowledged post is there, once."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agora.server import ParticipationServer
from agora.services import cards, votes
from agora.storage.store import open_forum
from tests.agora.server import Phone, make_demo, serve, statement_ids

PHONES = 200
CARDS_PER_PHONE = 5
VOTES_PER_PHONE = 5
CATEGORIES = ("elus", "agents", "etat", "socio")


@dataclass
class Outcome:
    """What one phone was told."""

    cards: dict[str, str] = field(default_factory=dict)  # card id → text
    votes: dict[str, tuple[str, int]] = field(default_factory=dict)  # position id → (statement, value)
    refused: list[int] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    began: float = 0.0
    ended: float = 0.0


def _phone_session(server: ParticipationServer, number: int, start: threading.Barrier) -> Outcome:
    outcome = Outcome()
    phone = Phone(server, timeout=60)
    try:
        phone.join(server.join_url)
        page = phone.choose(CATEGORIES[number % len(CATEGORIES)])
        targets = statement_ids(page.text)[:VOTES_PER_PHONE]
        start.wait(timeout=60)
        outcome.began = time.perf_counter()
        for step in range(CARDS_PER_PHONE + VOTES_PER_PHONE):
            began = time.perf_counter()
            if step % 2 == 0:
                text = f"Téléphone {number}, carte {step // 2}"
                reply = phone.post_card(text)
                if reply.status == 201:
                    outcome.cards[reply.json()["id"]] = text
            else:
                statement, value = targets[step // 2], 1 + (number + step) % 5
                reply = phone.vote(statement, value)
                if reply.status == 201:
                    outcome.votes[reply.json()["id"]] = (statement, value)
            outcome.latencies.append(time.perf_counter() - began)
            if reply.status != 201:
                outcome.refused.append(reply.status)
        outcome.ended = time.perf_counter()
    finally:
        phone.close()
    return outcome


@pytest.mark.slow
def test_200_phones_post_2000_cards_and_votes_and_none_is_lost(tmp_path: Path) -> None:
    forum = make_demo(tmp_path)
    with serve(forum.path, forum.agora) as server:
        start = threading.Barrier(PHONES)
        with ThreadPoolExecutor(max_workers=PHONES) as pool:
            outcomes = list(pool.map(lambda n: _phone_session(server, n, start), range(PHONES)))
        stats = server.stats()

    acknowledged_cards = {card_id: text for o in outcomes for card_id, text in o.cards.items()}
    acknowledged_votes = {pos_id: answer for o in outcomes for pos_id, answer in o.votes.items()}
    refused = [status for o in outcomes for status in o.refused]
    assert refused == []
    assert len(acknowledged_cards) == PHONES * CARDS_PER_PHONE
    assert len(acknowledged_votes) == PHONES * VOTES_PER_PHONE
    assert (stats.phones, stats.cards, stats.votes) == (PHONES, 1000, 1000)

    with open_forum(forum.path, read_only=True) as store:
        stored_cards = cards.list_cards(store, forum.agora)
        positions = [
            p
            for p in votes.list_positions(store, forum.agora)
            if p.participant and p.participant.startswith("tel-")
        ]
    by_id = {card.id: card for card in stored_cards}
    texts = Counter(card.text for card in stored_cards)
    for card_id, text in acknowledged_cards.items():
        assert by_id[card_id].text == text
        assert texts[text] == 1  # exactly once
    position_by_id = {p.id: p for p in positions}
    for position_id, (statement, value) in acknowledged_votes.items():
        stored = position_by_id[position_id]
        assert (stored.statement_id, stored.value, stored.channel) == (statement, value, "phone")
    assert len(positions) == len(acknowledged_votes)
    assert max(Counter((p.participant, p.statement_id) for p in positions).values()) == 1

    latencies = sorted(latency for o in outcomes for latency in o.latencies)
    p50, p99 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]
    wall = max(o.ended for o in outcomes) - min(o.began for o in outcomes)
    print(
        f"\n{len(latencies)} posts from {PHONES} phones in {wall:.1f} s ({len(latencies) / wall:.0f}/s): "
        f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"
    )
