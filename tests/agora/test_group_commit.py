"""Group commit: calls from several threads share one transaction and one commit, durably.

Each call is answered only after the commit of its batch; a call that is refused undoes only
its own writes; a commit the disk refuses fails every call of the batch; ``kill -9`` in the
middle of batches loses no acknowledged write.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from agora.errors import ReadOnlyForumError, ValidationError
from agora.services import cards, forums, statements, votes
from agora.services.check import check_forum
from agora.storage.group_commit import GroupCommitter
from agora.storage.store import ForumStore, open_forum
from tests.conftest import session_of

#: The checkout's root folder (child processes import ``agora`` and this module from it).
REPO = Path(__file__).resolve().parents[2]

#: Threads writing at once (each may lead a batch).
WRITERS = 6

Outcome = tuple[Any, BaseException | None]


@pytest.fixture
def statements_seen(store: ForumStore) -> Iterator[list[str]]:
    """Every SQL statement SQLite runs on the store's connections (opened from now on)."""
    seen: list[str] = []

    def trace(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.set_trace_callback(seen.append)

    store.engine.dispose()  # every connection from now on is traced
    event.listen(store.engine, "connect", trace)
    yield seen
    event.remove(store.engine, "connect", trace)


def run_together(committer: GroupCommitter, calls: list[Callable[[], object]]) -> list[Outcome]:
    """Run each of ``calls`` from a thread of its own, all in one batch; what each was told.

    A first call holds the committer busy until every other call is queued behind it, so
    they all go into the next batch, together.
    """
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        holding.set()
        assert release.wait(10)

    outcomes: list[Outcome] = [(None, None)] * len(calls)

    def caller(number: int) -> None:
        try:
            outcomes[number] = (committer.call(calls[number]), None)
        except Exception as exc:  # what this caller was told
            outcomes[number] = (None, exc)

    holder = threading.Thread(target=committer.call, args=(hold,))
    holder.start()
    assert holding.wait(10)
    threads = [threading.Thread(target=caller, args=(number,)) for number in range(len(calls))]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while committer.waiting < len(calls) and time.monotonic() < deadline:
        time.sleep(0.001)
    release.set()
    for thread in [holder, *threads]:
        thread.join(10)
    assert not [thread for thread in threads if thread.is_alive()], "a caller was never answered"
    return outcomes


def test_calls_from_several_threads_share_one_commit(store: ForumStore, statements_seen: list[str]) -> None:
    session_id = session_of(store, "elus")
    committer = GroupCommitter(store)
    statement = statements.add_statement(store, session_of(store, None), "Coopérer").id
    calls: list[Callable[[], object]] = [
        lambda n=n: cards.add_card(store, session_id, "constraint", f"carte {n}") for n in range(8)
    ]
    calls += [
        lambda n=n: votes.record_position(store, statement, "elus", 1 + n, participant=f"p{n}")
        for n in range(4)
    ]
    statements_seen.clear()
    outcomes = run_together(committer, calls)

    assert [error for _result, error in outcomes] == [None] * 12
    counted = Counter(sql for sql in statements_seen if sql in ("BEGIN IMMEDIATE", "COMMIT"))
    # One transaction for the holding call, one for the twelve calls queued behind it.
    assert counted == {"BEGIN IMMEDIATE": 2, "COMMIT": 2}
    assert statements_seen.count("SAVEPOINT agora_unit") == 12
    assert (committer.batches, committer.calls) == (2, 13)
    with open_forum(store.path, read_only=True) as reader:
        stored = {card.id for card in cards.list_cards(reader, session_id)}
        positions = {p.id for p in votes.list_positions(reader)}
    assert {result.id for result, _error in outcomes[:8]} <= stored
    assert {result.id for result, _error in outcomes[8:]} <= positions


def test_each_answer_comes_after_its_commit(store: ForumStore) -> None:
    """Whatever a caller is told is already in the file, for another connection to read."""
    session_id = session_of(store, "agents")
    committer = GroupCommitter(store)
    missing: list[str] = []

    def capture(worker: int) -> None:
        reader = sqlite3.connect(store.path)
        try:
            for number in range(20):
                card = committer.call(cards.add_card, store, session_id, "learning", f"{worker}-{number}")
                if reader.execute("SELECT 1 FROM contribution WHERE id = ?", (card.id,)).fetchone() is None:
                    missing.append(card.id)
        finally:
            reader.close()

    threads = [threading.Thread(target=capture, args=(worker,)) for worker in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert missing == []
    assert len(cards.list_cards(store, session_id)) == committer.calls == WRITERS * 20


def test_a_refused_call_undoes_only_itself(store: ForumStore) -> None:
    session_id = session_of(store, "etat")
    statement = statements.add_statement(store, session_of(store, None), "Mutualiser").id
    votes.record_position(store, statement, "etat", 2, participant="p0")
    kept = cards.add_card(store, session_id, "constraint", "Avant")
    committer = GroupCommitter(store)

    def half_done() -> None:  # writes, then is refused inside the same block
        with store.raw_write() as db:
            db.execute("UPDATE contribution SET text = 'à moitié' WHERE id = ?", (kept.id,))
            raise ValidationError("Refusé en cours de route.")

    outcomes = run_together(
        committer,
        [
            lambda: cards.add_card(store, session_id, "constraint", "Première"),
            half_done,
            lambda: cards.add_card(store, session_id, "constraint", "Sans catégorie", category="inconnue"),
            lambda: cards.edit_card(store, "pas-une-carte", text="Rien"),  # ORM path
            lambda: votes.record_position(store, statement, "etat", 1, scale=3, participant="p1"),
            lambda: cards.edit_card(store, kept.id, theme="mobilité"),  # ORM path, accepted
            lambda: votes.record_position(store, statement, "etat", 4, participant="p0"),
        ],
    )

    errors = [type(error).__name__ if error else None for _result, error in outcomes]
    assert errors == [
        None,
        "ValidationError",
        "NotFoundError",
        "NotFoundError",
        "ValidationError",
        None,
        None,
    ]
    assert "échelle à 5 points" in str(outcomes[4][1])
    assert outcomes[0][0].text == "Première" and outcomes[5][0].theme == "mobilité"
    texts = {card.text: card for card in cards.list_cards(store, session_id)}
    assert set(texts) == {"Avant", "Première"}
    assert texts["Avant"].theme == "mobilité"
    [answer] = votes.list_positions(store)
    assert (answer.id, answer.value) == (outcomes[6][0].id, 4)


def test_a_batch_reads_its_own_pending_writes_and_keeps_an_answer_s_id(store: ForumStore) -> None:
    session_id = session_of(store, "socio")
    statement = statements.add_statement(store, session_of(store, None), "Partager").id
    with store.batch():
        card = cards.add_card(store, session_id, "story", "Une histoire")
        assert cards.get_card(store, card.id).text == "Une histoire"  # read() joins the batch
        first = votes.record_position(store, statement, "socio", 1, participant="p9")
        second = votes.record_position(store, statement, "socio", 3, participant="p9", channel="phone")
    assert second.id == first.id  # the latest answer replaces the previous one in place
    assert votes.list_positions(store) == [second]


def test_a_transaction_sqlite_dropped_fails_the_whole_batch(store: ForumStore) -> None:
    """A full disk mid-statement rolls back the whole transaction: nothing may commit after it."""
    session_id = session_of(store, "elus")
    committer = GroupCommitter(store)

    def dropped() -> None:
        with store.raw_write() as db:
            db.execute("ROLLBACK")  # what SQLite itself does then

    outcomes = run_together(
        committer,
        [
            lambda: cards.add_card(store, session_id, "constraint", "Avant"),
            dropped,
            lambda: cards.add_card(store, session_id, "constraint", "Après"),  # must not commit alone
        ],
    )
    assert [type(error).__name__ for _result, error in outcomes] == ["StorageError"] * 3
    assert len({str(error) for _result, error in outcomes}) == 1
    assert cards.list_cards(store) == []
    assert committer.call(cards.add_card, store, session_id, "constraint", "Ensuite").text == "Ensuite"


@pytest.mark.fault
@pytest.mark.skipif(sys.platform == "win32", reason="no file-size limit (RLIMIT_FSIZE) on Windows")
def test_a_refused_commit_fails_every_call_and_writes_nothing(tmp_path: Path) -> None:
    """A real disk refusal: the file-size limit lets nothing more into the WAL at COMMIT."""
    path = tmp_path / "forum.agora"
    forums.create_forum(path, "Forum").close()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from tests.agora.test_group_commit import refused_commit; refused_commit({str(path)!r})",
        ],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    told = json.loads(child.stdout)
    assert told["refused"] == ["StorageError"] * 5
    assert all("Erreur d’écriture sur le disque" in message for message in told["messages"])
    assert told["batches"] == 3  # the holding call's, the refused one, the one after
    with open_forum(path, read_only=True) as store:
        assert [card.text for card in cards.list_cards(store)] == ["Après"]


def refused_commit(path: str) -> None:
    """Child of the test above: five cards in one batch whose COMMIT the disk refuses."""
    import resource  # POSIX only: not at the top of a module that Windows imports too

    store = open_forum(Path(path))
    session_id = session_of(store, "elus")
    with store.engine.connect() as connection:  # an empty WAL: the batch's pages must grow it
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    committer = GroupCommitter(store)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))
    try:
        outcomes = run_together(
            committer,
            [
                lambda n=n: cards.add_card(store, session_id, "constraint", f"{n} " + "x" * 5000)
                for n in range(5)
            ],
        )
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    committer.call(cards.add_card, store, session_id, "constraint", "Après")
    store.close()
    print(
        json.dumps(
            {
                "refused": [type(error).__name__ for _result, error in outcomes],
                "messages": [str(error) for _result, error in outcomes],
                "batches": committer.batches,
            }
        )
    )


@pytest.mark.fault
@pytest.mark.slow
def test_kill_9_in_the_middle_of_batches_loses_no_acknowledged_write(tmp_path: Path) -> None:
    path = tmp_path / "forum.agora"
    forums.create_forum(path, "Forum").close()
    rng = random.Random(20261122)
    acknowledged: list[str] = []
    shared = 0
    for _round in range(3):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"from tests.agora.test_group_commit import capture_forever; capture_forever({str(path)!r})",
            ],
            cwd=REPO,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline()  # it is capturing
        time.sleep(rng.uniform(0.2, 0.8))
        os.kill(child.pid, signal.SIGKILL)
        lines = child.stdout.read().splitlines()
        child.stdout.close()
        assert child.wait(30) == -signal.SIGKILL
        acknowledged += [line for line in lines if not line.startswith("#")]
        batches = [line.split() for line in lines if line.startswith("#")]
        shared += sum(int(calls) > int(count) for _hash, count, calls in batches)
    assert shared, "no batch ever held more than one call"
    assert check_forum(path).ok
    with open_forum(path, read_only=True) as store:
        stored = {card.id for card in cards.list_cards(store)}
    assert len(acknowledged) > 50
    assert [card_id for card_id in acknowledged if card_id not in stored] == []


def capture_forever(path: str) -> None:
    """Child of the test above: threads capture cards until killed, each id printed once acknowledged."""
    store = open_forum(Path(path))
    session_id = session_of(store, "elus")
    committer = GroupCommitter(store)
    os.write(1, b"#ready 0 0\n")

    def capture(worker: int) -> None:
        for number in range(1_000_000):
            card = committer.call(cards.add_card, store, session_id, "constraint", f"{worker}-{number}")
            os.write(1, f"{card.id}\n".encode())  # acknowledged only now, after the commit
            if worker == 0 and number % 20 == 0:
                os.write(1, f"# {committer.batches} {committer.calls}\n".encode())

    for worker in range(WRITERS):
        threading.Thread(target=capture, args=(worker,), daemon=True).start()
    time.sleep(60)


def test_a_read_only_forum_refuses_every_call(store: ForumStore, forum_path: Path) -> None:
    store.close()
    with open_forum(forum_path, read_only=True) as reader:
        committer = GroupCommitter(reader)
        with pytest.raises(ReadOnlyForumError, match="lecture seule"):
            committer.call(cards.add_card, reader, "x", "constraint", "Texte")
    assert committer.waiting == 0
