"""Participant text comes back escaped, is stored as typed, and every answer carries the CSP (T-NET-6)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agora.server import ParticipationServer
from agora.services import cards, forums, statements
from agora.storage.store import open_forum
from tests.agora.server import DemoForum, Phone, make_demo, serve

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "</textarea><script>alert(2)</script>",
    "' onmouseover='alert(3)",
    '<a href="javascript:alert(4)">clic</a> & <b>gras</b>',
)

CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> DemoForum:
    forum = make_demo(tmp_path_factory.mktemp("xss"))
    with open_forum(forum.path) as store:
        forums.update_category(store, "socio", label='Socio <img src=x onerror="alert(5)">')
        statements.add_statement(store, forum.agora, "Énoncé <script>alert(6)</script>")
        forums.update_session(store, forum.agora, prompt="Consigne <iframe src=//evil>")
    return forum


@pytest.fixture
def server(forum: DemoForum) -> Iterator[ParticipationServer]:
    with serve(forum.path, forum.agora) as started:
        yield started


def _assert_inert(page: str) -> None:
    lowered = page.lower()
    for tag in (
        "<script>",
        "<img",
        "<iframe",
        '<a href="javascript',
        "<b>",
        'onerror="alert',
        "' onmouseover='",
    ):
        assert tag not in lowered, tag
    assert lowered.count("<script") == 1  # only the page's own script element
    assert '<script src="/static/agora.js" defer></script>' in page


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_come_back_escaped_and_are_stored_unchanged(
    server: ParticipationServer, forum: DemoForum, payload: str
) -> None:
    phone = Phone(server)
    phone.join(server.join_url)
    phone.choose("socio")
    posted = phone.post_form("/cartes", {"type": "story", "texte": payload, "envoi": phone.send_id})
    assert posted.status == 303
    page = phone.get("/")
    _assert_inert(page.text)
    assert page.header("Content-Security-Policy") == CSP
    with open_forum(forum.path, read_only=True) as store:
        mine = [c for c in cards.list_cards(store, forum.agora) if c.text == payload]
    assert len(mine) == 1  # stored exactly as typed
    edit = phone.get(f"/cartes/{mine[0].id}")
    _assert_inert(edit.text)
    # A refused post shows the text again, escaped as well.
    refused = phone.post_form("/cartes", {"type": "expectation", "texte": payload, "cible": ""})
    assert refused.status == 422
    _assert_inert(refused.text)


def test_forum_strings_are_escaped_too(server: ParticipationServer) -> None:
    phone = Phone(server)
    phone.join(server.join_url)
    choice = phone.get("/").text
    _assert_inert(choice)
    assert "Socio &lt;img src=x onerror=&quot;alert(5)&quot;&gt;" in choice
    page = phone.choose("elus").text
    _assert_inert(page)
    assert "Énoncé &lt;script&gt;alert(6)&lt;/script&gt;" in page
    assert "Consigne &lt;iframe" in page


def test_every_answer_carries_the_security_headers(server: ParticipationServer) -> None:
    phone = Phone(server)
    answers = [
        phone.get("/"),
        phone.get("/static/agora.css"),
        phone.get("/J/WRONG"),
        phone.get("/nowhere"),
        phone.get("/", Host="evil.example"),
        phone.post_form("/code", {"code": "x"}, headers={"Origin": "http://evil.example"}),
    ]
    for answer in answers:
        assert answer.header("Content-Security-Policy") == CSP
        assert answer.header("X-Content-Type-Options") == "nosniff"
        assert answer.header("Referrer-Policy") == "same-origin"
        assert answer.header("Cache-Control") == "no-store"
