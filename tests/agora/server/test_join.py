"""Joining the room: the QR link, the typed code, the cookie, locking, the cap (T-NET-1, T-NET-5)."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from agora.server import EventKind, ParticipationServer, ServerStartError
from tests.agora.server import LOOPBACK, DemoForum, Phone, make_demo, relaxed, serve


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> DemoForum:
    return make_demo(tmp_path_factory.mktemp("join"))


@pytest.fixture
def server(forum: DemoForum) -> Iterator[ParticipationServer]:
    with serve(forum.path, forum.agora) as started:
        yield started


def test_server_listens_on_the_chosen_address_only(server: ParticipationServer) -> None:
    host, port = server.address
    assert host == LOOPBACK and port > 0
    assert server.running
    # Another loopback address of this machine is not served.
    with socket.socket() as probe:
        probe.settimeout(2)
        with pytest.raises(ConnectionRefusedError):
            probe.connect(("127.0.0.2", port))


def test_a_port_already_taken_is_a_french_error(forum: DemoForum, server: ParticipationServer) -> None:
    other = ParticipationServer(forum.path, forum.agora, LOOPBACK, server.port)
    with pytest.raises(ServerStartError, match="déjà utilisé"):
        other.start()
    assert not other.running


def test_an_address_of_another_computer_is_a_french_error(forum: DemoForum) -> None:
    elsewhere = ParticipationServer(forum.path, forum.agora, "198.51.100.7", 0)  # bind() only: no packet
    with pytest.raises(ServerStartError, match="Impossible d’ouvrir la participation"):
        elsewhere.start()


def test_join_url_and_code_are_what_the_projector_shows(server: ParticipationServer) -> None:
    url = urlsplit(server.join_url)
    assert server.join_url == server.join_url.upper()
    assert server.join_url.startswith(f"HTTP://{LOOPBACK}:{server.port}/J/")
    assert len(url.path.rsplit("/", 1)[1]) == 32
    assert len(server.join_code) == 9 and server.join_code[4] == "-"


def test_the_join_link_is_exchanged_for_an_httponly_cookie(
    server: ParticipationServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    phone = Phone(server)
    token = urlsplit(server.join_url).path.rsplit("/", 1)[1]
    joined = phone.get(f"/J/{token}")
    assert joined.status == 303
    assert joined.header("Location") == "/"
    cookie = next(c for c in joined.headers.get_all("Set-Cookie") if c.startswith("agora="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert token not in cookie
    page = phone.get("/")
    assert page.status == 200
    assert "Votre catégorie" in page.text
    assert token not in page.text
    assert page.header("Referrer-Policy") == "same-origin"
    assert page.header("Cache-Control") == "no-store"
    assert token not in caplog.text
    assert server.stats().phones == 1
    kinds = [e.kind for e in server.drain_events()]
    assert kinds == [EventKind.PARTICIPANT_JOINED]


def test_the_link_works_in_lower_case_too(server: ParticipationServer) -> None:
    phone = Phone(server)
    path = urlsplit(server.join_url).path
    assert phone.get(path.lower()).status == 303
    assert "Votre catégorie" in phone.get("/").text


def test_opening_the_link_again_keeps_the_same_participant(server: ParticipationServer) -> None:
    phone = Phone(server)
    phone.join(server.join_url)
    again = phone.get(urlsplit(server.join_url).path)
    assert again.status == 303 and again.header("Set-Cookie") == ""
    assert server.stats().phones == 1


def test_a_wrong_link_is_refused_and_counted(server: ParticipationServer) -> None:
    phone = Phone(server)
    refused = phone.get("/J/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    assert refused.status == 404
    assert "ne correspond pas" in refused.text
    assert "agora" not in phone.cookies
    assert server.stats().failed_joins == 1


def test_the_typed_code_joins_too(server: ParticipationServer) -> None:
    phone = Phone(server)
    welcome = phone.get("/")
    assert welcome.status == 200 and "Code de la salle" in welcome.text
    typed = server.join_code.lower().replace("-", " ")
    joined = phone.post_form("/code", {"code": typed})
    assert joined.status == 303, joined.text
    assert "agora" in phone.cookies and "agora_accueil" not in phone.cookies
    assert "Votre catégorie" in phone.get("/").text


def test_the_code_form_needs_its_own_page(server: ParticipationServer) -> None:
    phone = Phone(server)  # never loaded the welcome page: no cookie tying the form to a token
    refused = phone.post_form("/code", {"code": server.join_code, "csrf": "X"}, csrf=False)
    assert refused.status == 403
    assert "agora" not in phone.cookies


def test_a_wrong_code_is_refused_with_the_form_shown_again(server: ParticipationServer) -> None:
    phone = Phone(server)
    phone.get("/")
    refused = phone.post_form("/code", {"code": "ZZZZ-ZZZZ"})
    assert refused.status == 404
    assert 'value="ZZZZ-ZZZZ"' in refused.text
    assert server.stats().failed_joins == 1


def test_a_locked_room_refuses_newcomers_but_keeps_its_participants(
    server: ParticipationServer, forum: DemoForum
) -> None:
    inside = Phone(server)
    inside.join(server.join_url)
    inside.choose("elus")
    server.lock_room()
    assert server.stats().room_locked and server.room_locked
    newcomer = Phone(server)
    refused = newcomer.get(urlsplit(server.join_url).path)
    assert refused.status == 403 and "fermée" in refused.text
    assert inside.post_card("Toujours là").status == 201
    server.unlock_room()
    assert newcomer.get(urlsplit(server.join_url).path).status == 303


def test_the_room_has_a_participant_cap(forum: DemoForum) -> None:
    with serve(forum.path, forum.agora, limits=relaxed(max_participants=2)) as server:
        for _ in range(2):
            Phone(server).join(server.join_url)
        full = Phone(server).get(urlsplit(server.join_url).path)
        assert full.status == 503
        assert "complète" in full.text


def test_a_removed_phone_is_out(server: ParticipationServer) -> None:
    phone = Phone(server)
    phone.join(server.join_url)
    [info] = server.participants()
    assert info.participant_id.startswith("tel-")
    assert server.remove_participant(info.participant_id)
    assert "Code de la salle" in phone.get("/").text
    assert phone.post_card("Après expulsion").status == 403


def test_a_stopped_server_releases_its_port(forum: DemoForum, tmp_path: Path) -> None:
    server = ParticipationServer(forum.path, forum.agora, LOOPBACK, 0)
    server.start()
    port = server.port
    server.stop()
    assert not server.running
    with socket.socket() as probe:
        probe.settimeout(2)
        with pytest.raises(ConnectionRefusedError):
            probe.connect((LOOPBACK, port))
    server.stop()  # twice is harmless
