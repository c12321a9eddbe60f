"""The participation server under load: 200 phones post 2,000 cards and votes at once, on loopback.

Budget (DESIGN.md §7): 0 posts lost, p99 ≤ 250 ms. Every acknowledged post (201) is looked up
in the forum file afterwards, with its text or value: a post refused or missing counts as lost.

The floor, measured in the same run: the same phones (one keep-alive connection each, the
same JSON bodies, the same 200 threads × 10 posts) against a bare WSGI app served by the same
waitress settings (agora's Listener and default Limits), whose only work is one sqlite3
INSERT + COMMIT per post with the same pragmas (WAL, synchronous=FULL, foreign keys) into the
same tables of a copy of the same forum, without group commit. The ratio says what Agora's
checks, services and JSON add to "HTTP on loopback + one durable commit per post", which stays
comparable from one machine to another when the absolute figure does not.

The phones run in a child process: they are other devices, and 200 client threads inside the
server's process would take the GIL from the server's threads. Once joined, each posts over a
plain keep-alive socket with its request bytes written out (``Poster``), not http.client: its
header parsing cost more CPU than the server's own work per post, on the same 2 cores. Two rounds per side, in
ABBA order; each side keeps its better round (other programs on the machine only ever add
latency). First, the cost of the two services phones call, one at a time, durable.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import re
import socket
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agora.server import ParticipationServer
from agora.server.limits import DEFAULT_LIMITS
from agora.server.listener import Listener
from agora.server.security import SESSION_COOKIE
from agora.services import cards, statements, votes
from agora.storage.snapshot import copy_database
from agora.storage.store import open_forum
from tests.agora.server import LOOPBACK, DemoForum, Phone, make_demo, statement_ids

PHONES = 200
POSTS_PER_PHONE = 10  # 5 cards (a phone's burst) and 5 votes, alternating
BUDGET_P99_S = 0.250
CATEGORIES = ("elus", "agents", "etat", "socio")
ROUNDS = 2
SERVICE_CALLS = 300


@dataclass
class Told:
    """What one phone sent and was told: latencies, acknowledged posts, refusals."""

    latencies: list[float] = field(default_factory=list)
    cards: dict[str, str] = field(default_factory=dict)  # card id → text
    votes: dict[str, tuple[str, int]] = field(default_factory=dict)  # position id → (statement, value)
    refused: list[int] = field(default_factory=list)
    began: float = 0.0
    ended: float = 0.0


@dataclass
class Run:
    """One side of the comparison."""

    told: list[Told]
    lost: int

    @property
    def latencies(self) -> list[float]:
        """Every post's latency, sorted."""
        return sorted(latency for t in self.told for latency in t.latencies)

    def quantile(self, q: float) -> float:
        """The ``q`` quantile of the latencies (nearest rank)."""
        ordered = self.latencies
        return ordered[min(len(ordered) - 1, int(len(ordered) * q))]

    @property
    def throughput(self) -> float:
        """Posts per second, from the first post sent to the last answer."""
        wall = max(t.ended for t in self.told) - min(t.began for t in self.told)
        return len(self.latencies) / wall


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


class Poster:
    """A joined phone's posts, written out as the page's script sends them, on one socket.

    The same request line and headers as :meth:`Phone.post_json` (Host, Cookie, Origin,
    Content-Type, X-CSRF-Token, Content-Length); the answer is read up to its Content-Length.
    """

    def __init__(self, address: tuple[str, int], cookie: str, csrf: str) -> None:
        host, port = address
        self._socket = socket.create_connection(address, timeout=60)
        self._head = (
            f"Host: {host}:{port}\r\nCookie: {cookie}\r\nOrigin: http://{host}:{port}\r\n"
            f"Content-Type: application/json\r\nX-CSRF-Token: {csrf}\r\n"
        ).encode("ascii")
        self._pending = b""

    def post(self, path: str, document: Mapping[str, Any]) -> tuple[int, Any]:
        """POST ``document`` as JSON; the status and the JSON answer."""
        body = json.dumps(document).encode("utf-8")
        self._socket.sendall(
            b"POST %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s"
            % (path.encode("ascii"), self._head, len(body), body)
        )
        data = self._pending
        while b"\r\n\r\n" not in data:
            data += self._receive()
        head, _, rest = data.partition(b"\r\n\r\n")
        length = _CONTENT_LENGTH.search(head)
        size = int(length.group(1)) if length else 0
        while len(rest) < size:
            rest += self._receive()
        self._pending = rest[size:]
        return int(head.split(b" ", 2)[1]), json.loads(rest[:size] or b"null")

    def _receive(self) -> bytes:
        chunk = self._socket.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        return chunk

    def close(self) -> None:
        """Close the socket."""
        self._socket.close()


def _post_all(poster: Poster, number: int, targets: list[str], start: threading.Barrier) -> Told:
    """Post this phone's 10 cards and votes as fast as answers come back."""
    told = Told()
    start.wait(timeout=120)
    told.began = time.perf_counter()
    for step in range(POSTS_PER_PHONE):
        began = time.perf_counter()
        if step % 2 == 0:
            text = f"Téléphone {number}, carte {step // 2}"
            status, answer = poster.post("/api/cartes", {"type": "constraint", "texte": text})
            if status == 201:
                told.cards[answer["id"]] = text
        else:
            statement, value = targets[(step // 2) % len(targets)], 1 + (number + step) % 5
            status, answer = poster.post("/api/votes", {"enonce": statement, "valeur": value})
            if status == 201:
                told.votes[answer["id"]] = (statement, value)
        told.latencies.append(time.perf_counter() - began)
        if status != 201:
            told.refused.append(status)
    told.ended = time.perf_counter()
    return told


def phones_at_work(address: tuple[str, int], join_url: str, targets: list[str]) -> list[Told]:
    """200 phones, one thread each: join (when ``join_url`` is given), wait for all, post.

    Runs in its own process (see :func:`_in_phones_process`).
    """
    start = threading.Barrier(PHONES)

    def phone_session(number: int) -> Told:
        if join_url:
            phone = Phone(address, timeout=60)
            try:
                phone.join(join_url)
                page = phone.choose(CATEGORIES[number % len(CATEGORIES)])
            finally:
                phone.close()
            cookie = "; ".join(f"{name}={value}" for name, value in phone.cookies.items())
            csrf = phone.csrf
            # Statements this phone's category may answer (not counted by show of hands).
            answerable = statement_ids(page.text)[:5]
        else:  # requests as long as a joined phone's
            cookie, csrf, answerable = f"{SESSION_COOKIE}={'x' * 43}", "y" * 43, list(targets)
        poster = Poster(address, cookie, csrf)
        try:
            return _post_all(poster, number, answerable, start)
        finally:
            poster.close()

    with ThreadPoolExecutor(max_workers=PHONES) as pool:
        return list(pool.map(phone_session, range(PHONES)))


def _in_phones_process(
    address: tuple[str, int], join_url: str = "", targets: Sequence[str] = ()
) -> list[Told]:
    """:func:`phones_at_work` in a child process.

    Phones are other devices: 200 client threads inside the server's process would take the
    GIL from the server's threads and measure Python's thread switching, not the server.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(phones_at_work, (address, join_url, list(targets)))


def _missing(
    told: Iterable[Told], card_texts: Mapping[str, str], answers: Mapping[str, tuple[str, int | None]]
) -> int:
    """Acknowledged posts not found in the file as acknowledged."""
    missing = 0
    for one in told:
        missing += sum(card_texts.get(card_id) != text for card_id, text in one.cards.items())
        missing += sum(answers.get(position_id) != answer for position_id, answer in one.votes.items())
    return missing


def _copy(demo: DemoForum, path: Path) -> DemoForum:
    copy_database(demo.path, path)
    return DemoForum(path, demo.agora, demo.peer_groups)


def run_server(forum: DemoForum) -> Run:
    """The real thing: 200 phones join the demo's Agora and post through the server."""
    server = ParticipationServer(forum.path, forum.agora, LOOPBACK, 0)
    server.start()
    try:
        told = _in_phones_process(server.address, server.join_url)
    finally:
        server.stop()
    with open_forum(forum.path, read_only=True) as store:
        texts = {card.id: card.text for card in cards.list_cards(store, forum.agora)}
        answers = {p.id: (p.statement_id, p.value) for p in votes.list_positions(store, forum.agora)}
    lost = sum(len(t.refused) for t in told) + _missing(told, texts, answers)
    return Run(told, lost)


def _bare_app(path: Path, session_id: str) -> Callable[..., Any]:
    """A WSGI app doing one INSERT + COMMIT per post, each thread on its own connection."""
    local = threading.local()

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        db = getattr(local, "db", None)
        if db is None:
            db = local.db = sqlite3.connect(path, isolation_level=None, timeout=10)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
                db.execute(f"PRAGMA {pragma}")
        document = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
        row_id, stamp = str(uuid.uuid4()), "2026-05-12 10:00:00.000000"
        db.execute("BEGIN IMMEDIATE")
        if environ["PATH_INFO"] == "/api/cartes":
            db.execute(
                "INSERT INTO contribution (id, session_id, kind, category, text, theme, position,"
                " participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', 1, 'bench', ?, ?)",
                (row_id, session_id, document["type"], "elus", document["texte"], stamp, stamp),
            )
        else:
            db.execute(
                "INSERT INTO position (id, statement_id, category, participant, scale, value, channel,"
                " created_at) VALUES (?, ?, 'elus', 'bench', 5, ?, 'phone', ?)",
                (row_id, document["enonce"], document["valeur"], stamp),
            )
        db.execute("COMMIT")
        body = json.dumps({"id": row_id}).encode()
        start_response(
            "201 Created", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        )
        return [body]

    return app


def run_floor(forum: DemoForum) -> Run:
    """The same phones and posts against the bare app, on a copy of the demo forum."""
    path = forum.path
    with open_forum(path, read_only=True) as store:
        targets = [s.id for s in statements.list_statements(store, forum.agora)][:5]
    listener = Listener(_bare_app(path, forum.agora), LOOPBACK, 0, DEFAULT_LIMITS)
    listener.start()
    try:
        told = _in_phones_process((LOOPBACK, int(listener.port)), targets=targets)
    finally:
        listener.stop()
    db = sqlite3.connect(path)
    try:
        texts = dict(
            db.execute("SELECT id, text FROM contribution WHERE participant_id = 'bench'").fetchall()
        )
        answers = {
            row[0]: (row[1], row[2])
            for row in db.execute("SELECT id, statement_id, value FROM position WHERE participant = 'bench'")
        }
    finally:
        db.close()
    lost = sum(len(t.refused) for t in told) + _missing(told, texts, answers)
    return Run(told, lost)


def _line(name: str, run: Run) -> str:
    return (
        f"{name}: {len(run.latencies)} posts, lost {run.lost} | p50 {run.quantile(0.5) * 1000:.0f} ms"
        f" | p99 {run.quantile(0.99) * 1000:.0f} ms | {run.throughput:.0f} posts/s"
    )


def service_costs(forum: DemoForum) -> str:
    """Median cost of each service phones call, alone and durable (interleaved call by call)."""
    samples: dict[str, list[float]] = {"add_card": [], "record_position": []}
    with open_forum(forum.path) as store:
        tallied = {(t.statement_id, t.category) for t in votes.list_tallies(store)}
        targets = [
            s.id for s in statements.list_statements(store, forum.agora) if (s.id, "elus") not in tallied
        ]
        for number in range(SERVICE_CALLS):
            start = time.perf_counter()
            cards.add_card(store, forum.agora, "constraint", f"Carte {number}", category="elus")
            samples["add_card"].append(time.perf_counter() - start)
            start = time.perf_counter()
            votes.record_position(
                store, targets[number % len(targets)], "elus", 1 + number % 5, participant=f"p{number % 100}"
            )
            samples["record_position"].append(time.perf_counter() - start)
    return " | ".join(f"{name} {statistics.median(times) * 1000:.2f} ms" for name, times in samples.items())


def main() -> None:
    """Print lost posts, p50, p99 and throughput of the server and of the floor, and the verdict."""
    folder = Path(tempfile.mkdtemp(prefix="agora-server-bench-"))
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth": expected here
    demo = make_demo(folder)
    print(
        f"services (un appel, durable) : {service_costs(_copy(demo, folder / 'services.agora'))}", flush=True
    )
    runs: dict[str, list[Run]] = {"floor": [], "server": []}
    for number, side in enumerate(("floor", "server", "server", "floor")[: 2 * ROUNDS]):
        forum = _copy(demo, folder / f"{number}-{side}.agora")
        run = run_floor(forum) if side == "floor" else run_server(forum)
        runs[side].append(run)
        print(_line(LABELS[side], run), flush=True)
    floor = min(runs["floor"], key=lambda run: run.quantile(0.99))
    served = min(runs["server"], key=lambda run: run.quantile(0.99))
    p99, floor_p99 = served.quantile(0.99), floor.quantile(0.99)
    lost = sum(run.lost for run in runs["server"])
    ok = lost == 0 and p99 <= BUDGET_P99_S
    print(
        f"serveur : perdus {lost}, p50 {served.quantile(0.5) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"
        f" | plancher p99 {floor_p99 * 1000:.0f} ms | ratio {p99 / floor_p99:.2f}×"
        f" | budget 0 perdu, p99 ≤ {BUDGET_P99_S * 1000:.0f} ms : {'PASS' if ok else 'FAIL'}",
        flush=True,
    )


LABELS = {"floor": "plancher (waitress + INSERT/COMMIT nu)", "server": "serveur de participation"}
