"""Every refusal of the participation server (T-NET-2, T-NET-3, T-NET-4)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from agora.server import EventKind, ParticipationServer
from agora.services import cards
from agora.storage.store import open_forum
from tests.agora.server import LOOPBACK, DemoForum, Phone, make_demo, relaxed, serve


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> DemoForum:
    return make_demo(tmp_path_factory.mktemp("refusals"))


@pytest.fixture
def server(forum: DemoForum) -> Iterator[ParticipationServer]:
    with serve(forum.path, forum.agora) as started:
        yield started


@pytest.fixture
def phone(server: ParticipationServer) -> Iterator[Phone]:
    joined = Phone(server)
    joined.join(server.join_url)
    joined.choose("socio")
    yield joined
    joined.close()


def _texts(server: ParticipationServer) -> list[str]:
    with open_forum(server.store_path, read_only=True) as store:
        return [card.text for card in cards.list_cards(store, server.session_id)]


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1:1", "localhost:{port}", ""]
)
def test_a_wrong_host_is_misdirected(server: ParticipationServer, phone: Phone, host: str) -> None:
    wrong = host.format(port=server.port)
    assert phone.get("/", Host=wrong).status == 421
    posted = phone.post_json(
        "/api/cartes", {"type": "constraint", "texte": "rebinding"}, headers={"Host": wrong}
    )
    assert posted.status == 421
    assert "rebinding" not in _texts(server)


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:1"},
        {"Origin": "https://127.0.0.1:{port}"},
        {"Origin": "", "Referer": "http://evil.example/"},
        {"Origin": "", "Referer": ""},
    ],
)
def test_a_post_from_elsewhere_is_forbidden(
    server: ParticipationServer, phone: Phone, headers: dict[str, str]
) -> None:
    sent = {key: value.format(port=server.port) for key, value in headers.items()}
    text = f"cross-site {sorted(sent.items())}"
    form = phone.post_form("/cartes", {"type": "constraint", "texte": text}, headers=sent)
    assert form.status == 403
    fetched = phone.post_json("/api/cartes", {"type": "constraint", "texte": text}, headers=sent)
    assert fetched.status == 403
    assert text not in _texts(server)


def test_the_referer_stands_in_for_a_missing_origin(server: ParticipationServer, phone: Phone) -> None:
    posted = phone.post_form(
        "/cartes",
        {"type": "constraint", "texte": "Sans Origin", "envoi": phone.send_id},
        headers={"Origin": "", "Referer": f"http://{LOOPBACK}:{server.port}/"},
    )
    assert posted.status == 303


def test_a_post_without_the_csrf_token_is_forbidden(server: ParticipationServer, phone: Phone) -> None:
    missing = phone.post_form("/cartes", {"type": "constraint", "texte": "sans jeton"}, csrf=False)
    wrong = phone.post_form("/cartes", {"type": "constraint", "texte": "mauvais jeton", "csrf": "A" * 32})
    fetched = phone.post_json(
        "/api/cartes", {"type": "constraint", "texte": "sans jeton"}, headers={"X-CSRF-Token": ""}
    )
    assert (missing.status, wrong.status, fetched.status) == (403, 403, 403)
    assert "expiré" in missing.text
    texts = _texts(server)
    assert "sans jeton" not in texts and "mauvais jeton" not in texts


def test_an_oversized_body_is_refused(server: ParticipationServer, phone: Phone) -> None:
    big = phone.post_json("/api/cartes", {"type": "constraint", "texte": "x" * 100_000})
    assert big.status == 413


def test_oversized_headers_are_refused(server: ParticipationServer) -> None:
    with socket.create_connection((LOOPBACK, server.port), timeout=10) as raw:
        raw.sendall(
            f"GET / HTTP/1.1\r\nHost: {LOOPBACK}:{server.port}\r\nX-Padding: {'a' * 300_000}\r\n\r\n".encode()
        )
        answer = b""
        while b"\r\n" not in answer:
            chunk = raw.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert answer.split(b" ", 2)[1] in (b"431", b"400")


def test_a_too_long_card_is_refused_in_french_and_kept_on_the_phone(
    server: ParticipationServer, phone: Phone
) -> None:
    text = "Une carte trop longue. " + "é" * 2_100
    refused = phone.post_form("/cartes", {"type": "constraint", "texte": text, "envoi": phone.send_id})
    assert refused.status == 422
    form_part = refused.text.split('id="ecrire"')[1]  # the form's action ends in #ecrire: shown there
    assert "la limite est de 2" in form_part
    assert text in form_part  # the form shows the text again
    fetched = phone.post_card(text)
    assert fetched.status == 422 and "limite" in fetched.json()["erreur"]
    assert text not in _texts(server)


def test_an_expectation_needs_a_target(server: ParticipationServer, phone: Phone) -> None:
    refused = phone.post_form("/cartes", {"type": "expectation", "texte": "Sans cible", "cible": ""})
    assert refused.status == 422
    assert "Une attente doit viser une autre catégorie" in refused.text


def test_malformed_posts_are_refused(server: ParticipationServer, phone: Phone) -> None:
    multipart = phone.request(
        "POST",
        "/cartes",
        b"--x--",
        {"Origin": phone.origin, "Content-Type": "multipart/form-data; boundary=x"},
    )
    assert multipart.status == 415
    invalid = phone.request(
        "POST",
        "/cartes",
        b"csrf=" + phone.csrf.encode() + b"&texte=%FF%FE",
        {"Origin": phone.origin, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert invalid.status == 400
    surrogate = phone.request(
        "POST",
        "/api/cartes",
        b'{"type": "constraint", "texte": "\\ud800"}',
        {"Origin": phone.origin, "Content-Type": "application/json", "X-CSRF-Token": phone.csrf},
    )
    assert surrogate.status == 422
    assert phone.request("DELETE", "/", None, {}).status == 405
    assert phone.get("/admin").status == 404


def test_posting_too_fast_is_rate_limited(server: ParticipationServer, phone: Phone) -> None:
    statuses = [phone.post_card(f"Rafale {n}").status for n in range(8)]
    assert statuses[:5] == [201] * 5
    assert 429 in statuses[5:]
    limited = phone.post_card("Encore une")
    assert limited.status == 429
    assert int(limited.header("Retry-After")) >= 1
    assert "patientez" in limited.json()["erreur"]


def test_votes_have_their_own_rate_limit(forum: DemoForum) -> None:
    with serve(forum.path, forum.agora, limits=relaxed(vote_burst=3, vote_per_second=0.1)) as server:
        phone = Phone(server)
        phone.join(server.join_url)
        page = phone.choose("etat")
        statement = page.text.split('name="enonce" value="', 1)[1].split('"', 1)[0]
        statuses = [phone.vote(statement, 1 + n % 5).status for n in range(5)]
        assert statuses == [201, 201, 201, 429, 429]
        assert phone.post_card("Les cartes ne sont pas freinées par les votes").status == 201


def test_a_participant_has_a_card_budget(forum: DemoForum) -> None:
    limits = relaxed(max_cards_per_participant=3, card_burst=10)
    with serve(forum.path, forum.agora, limits=limits) as server:
        phone = Phone(server)
        phone.join(server.join_url)
        phone.choose("agents")
        statuses = [phone.post_card(f"Budget {n}").status for n in range(4)]
        assert statuses == [201, 201, 201, 429]


@pytest.mark.slow
def test_guessing_the_code_locks_joining_and_alerts_the_facilitator(forum: DemoForum) -> None:
    with serve(forum.path, forum.agora) as server:
        inside = Phone(server)
        inside.join(server.join_url)
        inside.choose("elus")
        attacker = Phone(server)
        attacker.get("/")
        statuses = []
        deadline = time.monotonic() + 10
        for guess in range(500):  # bounded: 500 guesses, 10 s at most, loopback only
            if time.monotonic() > deadline:
                break
            statuses.append(attacker.post_form("/code", {"code": f"{guess:08d}"}).status)
        assert statuses[0] == 404
        assert statuses[-1] == 403  # joining locked
        assert server.stats().join_locked and not server.stats().room_locked
        alerts = [e for e in server.drain_events() if e.kind == EventKind.JOIN_LOCKED]
        assert len(alerts) == 1 and alerts[0].alert and "bloquées" in alerts[0].message
        # The right code is refused too while joining is locked...
        assert attacker.post_form("/code", {"code": server.join_code}).status == 403
        # ...but the room goes on for those inside.
        assert inside.post_card("La salle continue").status == 201
        server.unlock_room()
        assert attacker.post_form("/code", {"code": server.join_code}).status == 303
