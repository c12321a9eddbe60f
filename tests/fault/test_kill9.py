"""T-DB-1: kill -9 in the middle of durable captures, again and again, on the same forum."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agora.storage.store import ForumStore, open_forum
from tests.conftest import session_of
from tests.fault import child_env, child_script, integrity, texts

#: Rounds of capture-then-kill (RELIABILITY.md asks for at least 20).
ROUNDS = 20


@pytest.mark.fault
@pytest.mark.timeout(150)
def test_kill9_during_captures_loses_no_acknowledged_card(store: ForumStore, forum_path: Path) -> None:
    session_id = session_of(store, "elus")
    store.close()
    chance = random.Random(20260512)  # the same kill times on every run
    acknowledged: set[str] = set()
    for round_ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, child_script("capture_loop.py"), str(forum_path), session_id, f"r{round_}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(),
        )
        assert child.stdout is not None and child.stderr is not None
        ready = child.stdout.readline()
        assert ready == b"ready\n", child.stderr.read().decode()
        time.sleep(chance.uniform(0.05, 0.5))
        os.kill(child.pid, signal.SIGKILL)
        said = child.stdout.read().split()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        acked = int(said[-1]) + 1 if said else 0
        assert acked > 0, "the child captured nothing before the kill"

        assert integrity(forum_path) == "ok"
        stored = {text.split(" ")[0] for text in texts(forum_path)}
        this_round = {text for text in stored if text.startswith(f"r{round_}-")}
        wanted = {f"r{round_}-{number}" for number in range(acked)}
        assert wanted <= this_round, f"round {round_}: acknowledged cards missing"
        assert len(this_round) <= acked + 1  # at most the one committed but not yet acknowledged
        acknowledged |= wanted
        assert acknowledged <= stored  # and nothing of the earlier rounds went missing
    with open_forum(forum_path) as reopened:  # the app opens it normally afterwards
        assert not reopened.read_only
