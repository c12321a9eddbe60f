"""``agora serve``: prints the link and the code in French, stops cleanly on SIGINT and SIGTERM."""

from __future__ import annotations

import re
import signal
import subprocess
from pathlib import Path

import pytest

from agora.services import cards
from agora.storage.store import open_forum
from tests.agora.server import DemoForum, Phone, agora_command, make_demo, spawn_serve


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> DemoForum:
    return make_demo(tmp_path_factory.mktemp("command"))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_the_join_link_and_stops_on_a_signal(forum: DemoForum, tmp_path: Path, sig: int) -> None:
    served = spawn_serve(forum.path, forum.agora, data_dir=tmp_path / "data")
    try:
        assert re.fullmatch(r"HTTP://127\.0\.0\.1:\d+/J/[A-Z2-7]{32}", served.join_url)
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", served.join_code)
        phone = Phone(served.address)
        phone.join(served.join_url)
        phone.choose("etat")
        card_id = phone.post_card("Posté pendant agora serve").json()["id"]
        phone.close()
    finally:
        status, rest = served.stop(sig)
    assert status == 0
    assert "Participation arrêtée." in rest
    with open_forum(forum.path, read_only=True) as store:
        assert cards.get_card(store, card_id).text == "Posté pendant agora serve"


@pytest.mark.parametrize(
    ("host", "session", "message"),
    [
        ("127.0.0.1", "no-such-session", "n’existe pas"),
        ("0.0.0.0", None, "toutes les interfaces"),
        ("salle.local", None, "n’est pas une adresse IPv4"),
    ],
)
def test_serve_refuses_bad_input_in_one_french_line(
    forum: DemoForum, tmp_path: Path, host: str, session: str | None, message: str
) -> None:
    command, env = agora_command(
        "serve",
        str(forum.path),
        "--session",
        session or forum.agora,
        "--host",
        host,
        "--port",
        "0",
        data_dir=tmp_path / "data",
    )
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode == 2
    assert message in finished.stderr
    assert finished.stderr.startswith("Erreur : ")
