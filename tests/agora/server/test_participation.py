"""What a phone does in the room: category, cards, own cards, votes, moderation, events, full disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agora.errors import StorageError
from agora.server import EventKind, ParticipationServer, ServerEvent
from agora.services import cards, statements, votes
from agora.storage.store import open_forum
from tests.agora.server import DemoForum, Phone, make_demo, serve, statement_ids


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> DemoForum:
    return make_demo(tmp_path_factory.mktemp("participation"))


@pytest.fixture
def server(forum: DemoForum) -> Iterator[ParticipationServer]:
    with serve(forum.path, forum.agora) as started:
        yield started


def _join(server: ParticipationServer, category: str | None = "agents") -> Phone:
    phone = Phone(server)
    phone.join(server.join_url)
    if category is not None:
        phone.choose(category)
    return phone


def _card(forum: DemoForum, card_id: str) -> cards.reads.CardRead:
    with open_forum(forum.path, read_only=True) as store:
        return cards.get_card(store, card_id)


def _positions(path: Path, session_id: str) -> list[votes.reads.PositionRead]:
    with open_forum(path, read_only=True) as store:
        return votes.list_positions(store, session_id)


def test_the_category_is_chosen_once(server: ParticipationServer) -> None:
    phone = _join(server, None)
    page = phone.get("/").text
    for label in ("Élu·e·s", "Agents territoriaux", "État", "Acteurs socio-économiques"):
        assert label in page
    assert phone.post_card("Trop tôt").status == 409  # no category yet
    main = phone.choose("etat")
    assert "Vous participez en tant que" in main.text and "État" in main.text
    again = phone.post_form("/categorie", {"categorie": "elus"})
    assert again.status == 409
    unknown = _join(server, None).post_form("/categorie", {"categorie": "inconnue"})
    assert unknown.status == 422


def test_a_card_posted_by_form_is_on_the_board_before_the_redirect(
    server: ParticipationServer, forum: DemoForum
) -> None:
    phone = _join(server, "socio")
    text = "Les associations n’ont pas le temps de répondre aux appels à projets"
    posted = phone.post_form("/cartes", {"type": "constraint", "texte": text, "envoi": phone.send_id})
    assert posted.status == 303 and posted.header("Location") == "/#ecrire"
    added = [e.card for e in server.drain_events() if e.kind == EventKind.CARD_ADDED]
    assert len(added) == 1 and added[0] is not None
    stored = _card(forum, added[0].id)
    assert (stored.text, stored.kind, stored.category) == (text, "constraint", "socio")
    assert stored.participant_id and stored.participant_id.startswith("tel-")
    page = phone.get("/").text
    assert "Carte envoyée : elle est au tableau." in page
    assert text in page.split('id="mes-cartes"')[1]


def test_every_kind_of_card_and_the_target_of_an_expectation(
    server: ParticipationServer, forum: DemoForum
) -> None:
    phone = _join(server, "elus")
    ids = {}
    for kind in ("constraint", "commitment", "learning", "story"):
        reply = phone.post_card(f"Carte {kind}", kind, target="etat")  # a target is ignored here
        assert reply.status == 201, reply.text
        ids[kind] = reply.json()["id"]
    expectation = phone.post_card("Que l’État simplifie les appels d’offres", "expectation", target="etat")
    assert expectation.status == 201
    assert _card(forum, expectation.json()["id"]).target == "etat"
    assert all(_card(forum, card_id).target is None for card_id in ids.values())
    own_target = phone.post_card("Vers soi-même", "expectation", target="elus")
    assert own_target.status == 422
    assert phone.post_card("Type inconnu", "wish").status == 422


def test_a_post_sent_twice_is_taken_once(server: ParticipationServer, forum: DemoForum) -> None:
    phone = _join(server, "agents")
    form = {"type": "learning", "texte": "Double envoi sur un Wi-Fi capricieux", "envoi": phone.send_id}
    assert phone.post_form("/cartes", form).status == 303
    assert phone.post_form("/cartes", form).status == 303
    with open_forum(forum.path, read_only=True) as store:
        same = [c for c in cards.list_cards(store, forum.agora) if c.text == form["texte"]]
    assert len(same) == 1
    assert "déjà été reçue" in phone.get("/").text


def test_own_cards_can_be_edited_and_withdrawn(server: ParticipationServer, forum: DemoForum) -> None:
    phone = _join(server, "agents")
    card_id = phone.post_card("Premier jet").json()["id"]
    edit = phone.get(f"/cartes/{card_id}")
    assert edit.status == 200 and "Premier jet" in edit.text
    saved = phone.post_form(f"/cartes/{card_id}", {"texte": "Version relue"})
    assert saved.status == 303
    assert _card(forum, card_id).text == "Version relue"
    too_long = phone.post_form(f"/cartes/{card_id}", {"texte": "x" * 2_001})
    assert too_long.status == 422 and "x" * 2_001 in too_long.text
    withdrawn = phone.post_form(f"/cartes/{card_id}/retirer", {})
    assert withdrawn.status == 303
    assert _card(forum, card_id).deleted_at is not None
    assert phone.get(f"/cartes/{card_id}").status == 404
    kinds = [e.kind for e in server.drain_events()]
    assert EventKind.CARD_EDITED in kinds and EventKind.CARD_WITHDRAWN in kinds


def test_nobody_edits_the_cards_of_others(server: ParticipationServer, forum: DemoForum) -> None:
    author = _join(server, "agents")
    card_id = author.post_card("À moi").json()["id"]
    other = _join(server, "agents")
    assert other.get(f"/cartes/{card_id}").status == 404
    assert other.post_form(f"/cartes/{card_id}", {"texte": "Volé"}).status == 404
    assert other.post_form(f"/cartes/{card_id}/retirer", {}).status == 404
    with open_forum(forum.path, read_only=True) as store:
        facilitator_card = cards.list_cards(store, forum.agora)[0].id
    assert other.post_form(f"/cartes/{facilitator_card}", {"texte": "Volé"}).status == 404
    assert _card(forum, card_id).text == "À moi"
    assert "À moi" not in other.get("/").text  # a phone sees only its own cards


def test_a_card_the_facilitator_deleted_is_no_longer_editable(
    server: ParticipationServer, forum: DemoForum
) -> None:
    phone = _join(server, "agents")
    card_id = phone.post_card("Hors sujet").json()["id"]
    with open_forum(forum.path) as store:
        cards.delete_card(store, card_id)
    assert "Retirée du tableau" in phone.get("/").text
    assert phone.post_form(f"/cartes/{card_id}", {"texte": "Retour"}).status == 404


def test_votes_use_the_five_point_wording_and_no_opinion(
    server: ParticipationServer, forum: DemoForum
) -> None:
    phone = _join(server, "etat")
    page = phone.get("/").text
    for label in (
        "Pas du tout d’accord",
        "Plutôt pas d’accord",
        "Ni l’un ni l’autre",
        "Plutôt d’accord",
        "Tout à fait d’accord",
        "Je ne me prononce pas",
    ):
        assert label in page
    first, second = statement_ids(page)[:2]
    by_form = phone.post_form("/votes", {"enonce": first, "valeur": "5", "ancre": "e1"})
    assert by_form.status == 303 and by_form.header("Location") == "/#e1"
    assert phone.vote(second, "nsp").status == 201
    changed = phone.vote(first, 2)
    assert changed.status == 201 and changed.json()["reponse"] == "Plutôt pas d’accord"
    participant = next(
        p.participant for p in _positions(forum.path, forum.agora) if p.id == changed.json()["id"]
    )
    answers = {p.statement_id: p for p in _positions(forum.path, forum.agora) if p.participant == participant}
    assert {k: (v.value, v.channel, v.category) for k, v in answers.items()} == {
        first: (2, "phone", "etat"),  # the latest answer wins, once
        second: (None, "phone", "etat"),
    }
    assert "Votre réponse : Plutôt pas d’accord" in phone.get("/").text


def test_a_statement_voted_by_show_of_hands_is_not_offered(
    server: ParticipationServer, forum: DemoForum
) -> None:
    phone = _join(server, "elus")
    page = phone.get("/").text
    assert "vote à main levée" in page
    with open_forum(forum.path, read_only=True) as store:
        by_hands = {t.statement_id for t in votes.list_tallies(store, forum.agora) if t.category == "elus"}
    hand_statement = next(iter(by_hands))
    assert hand_statement not in statement_ids(page)
    by_form = phone.post_form("/votes", {"enonce": hand_statement, "valeur": "4"})
    assert by_form.status == 422 and "main levée" in by_form.text
    refused = phone.vote(hand_statement, 4)
    assert refused.status == 422 and "main levée" in refused.json()["erreur"]
    assert phone.vote("no-such-statement", 4).status == 404


def test_a_three_point_scale(forum: DemoForum, tmp_path: Path) -> None:
    with open_forum(forum.path) as store:
        fresh = statements.add_statement(store, forum.agora, "Un énoncé tout neuf, à trois points")
    with serve(forum.path, forum.agora, scale=3) as server:
        phone = _join(server, "socio")
        page = phone.get("/").text
        block = page.split(fresh.id)[1].split("</li>")[0]
        assert (
            "Contre" in block
            and "Pour" in block
            and "Abstention" in block
            and "Je ne me prononce pas" in block
        )
        assert "Tout à fait" not in block
        assert phone.vote(fresh.id, 4).status == 422
        assert phone.vote(fresh.id, 3).json()["reponse"] == "Pour"
        # Statements already answered on five points stay on five points.
        older = statement_ids(page)[0]
        assert phone.vote(older, 5).status == 201
    positions = {p.statement_id: p.scale for p in _positions(forum.path, forum.agora)}
    assert positions[fresh.id] == 3 and positions[older] == 5


def test_the_panel_counts_phones_and_answers_on_the_current_statement(server: ParticipationServer) -> None:
    phones = [_join(server, "agents") for _ in range(3)]
    statement = statement_ids(phones[0].get("/").text)[0]
    server.set_current_statement(statement)
    before = server.stats().answered  # phones that answered it earlier (the demo's, other tests')
    assert "Énoncé en cours" in phones[0].get("/").text
    for phone in phones[:2]:
        assert phone.vote(statement, 4).status == 201
    assert phones[0].vote(statement, 5).status == 201  # a changed answer counts once
    stats = server.stats()
    assert (stats.phones, stats.active_phones, stats.answered, stats.votes) == (3, 3, before + 2, 3)
    assert stats.current_statement == statement
    recorded = [e for e in server.drain_events() if e.kind == EventKind.VOTE_RECORDED]
    assert len(recorded) == 3 and recorded[0].position is not None and recorded[0].position.value == 4


def test_a_peer_group_needs_no_category_choice(forum: DemoForum) -> None:
    with serve(forum.path, forum.peer_groups["etat"]) as server:
        phone = Phone(server)
        page = phone.join(server.join_url)
        assert "Écrire une carte" in page.text and "Énoncés à voter" not in page.text
        card_id = phone.post_card("Les délais de contrôle de légalité").json()["id"]
        assert _card(forum, card_id).category == "etat"


def test_a_limited_set_of_kinds(forum: DemoForum) -> None:
    with serve(forum.path, forum.agora, kinds=["learning"]) as server:
        phone = _join(server, "elus")
        assert 'value="constraint"' not in phone.get("/").text
        assert phone.post_card("Pas ce type", "constraint").status == 422
        assert phone.post_card("Ce que j’ai appris", "learning").status == 201


def test_moderated_cards_wait_for_the_facilitator(forum: DemoForum) -> None:
    seen: list[ServerEvent] = []
    with serve(forum.path, forum.agora, moderation=True, on_event=seen.append) as server:
        phone = _join(server, "socio")
        queued = phone.post_card("À relire d’abord")
        assert queued.status == 202 and queued.json()["statut"] == "relecture"
        by_form = phone.post_form(
            "/cartes", {"type": "story", "texte": "Un récit à relire", "envoi": phone.send_id}
        )
        assert by_form.status == 303
        page = phone.get("/").text
        assert "après relecture" in page and "En attente de relecture" in page
        with open_forum(forum.path, read_only=True) as store:
            texts = [c.text for c in cards.list_cards(store, forum.agora)]
        assert "À relire d’abord" not in texts
        pending = server.pending_cards()
        assert [p.text for p in pending] == ["À relire d’abord", "Un récit à relire"]
        assert server.stats().pending == 2
        # The author may still correct a card that waits.
        assert phone.post_form(f"/cartes/{pending[0].id}", {"texte": "À relire, corrigé"}).status == 303
        card = server.approve_card(pending[0].id)
        assert _card(forum, card.id).text == "À relire, corrigé"
        assert server.reject_card(pending[1].id)
        assert not server.reject_card(pending[1].id)
        assert server.pending_cards() == []
        page = phone.get("/").text
        assert "n’a pas été retenue" in page and "À relire, corrigé" in page
        # Editing a card on the board goes through the queue as well.
        assert phone.post_form(f"/cartes/{card.id}", {"texte": "Nouvelle version"}).status == 303
        [edit] = server.pending_cards()
        assert edit.card_id == card.id and _card(forum, card.id).text == "À relire, corrigé"
        server.approve_card(edit.id)
        assert _card(forum, card.id).text == "Nouvelle version"
    kinds = [e.kind for e in seen]
    assert kinds.count(EventKind.CARD_PENDING) == 3
    assert EventKind.CARD_ADDED in kinds and EventKind.CARD_EDITED in kinds


def test_a_full_disk_keeps_the_text_on_the_phone(
    server: ParticipationServer, forum: DemoForum, monkeypatch: pytest.MonkeyPatch
) -> None:
    phone = _join(server, "agents")
    text = "Une idée qu’il ne faut pas perdre"

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("Le disque est plein : la modification n’a pas été enregistrée.")

    monkeypatch.setattr(cards, "add_card", full)
    refused = phone.post_form("/cartes", {"type": "constraint", "texte": text, "envoi": phone.send_id})
    assert refused.status == 503
    assert "Le disque est plein" in refused.text and "Votre texte est conservé" in refused.text
    assert f">{text}</textarea>" in refused.text
    fetched = phone.post_card(text)
    assert fetched.status == 503 and fetched.header("Retry-After") == "5"
    alerts = [e for e in server.drain_events() if e.kind == EventKind.STORAGE_ERROR]
    assert len(alerts) == 1 and alerts[0].alert  # one alert, not one per refused post
    monkeypatch.undo()
    retried = phone.post_form("/cartes", {"type": "constraint", "texte": text, "envoi": phone.send_id})
    assert retried.status == 303  # the same send goes through once the disk has room
    with open_forum(forum.path, read_only=True) as store:
        assert [c.text for c in cards.list_cards(store, forum.agora)].count(text) == 1


def test_the_page_stays_small_and_self_contained(server: ParticipationServer) -> None:
    phone = _join(server, "elus")
    page = phone.get("/")
    assets = [phone.get(path) for path in ("/static/agora.css", "/static/agora.js", "/couleurs.css")]
    assert all(asset.status == 200 for asset in assets)
    assert len(page.body) + sum(len(a.body) for a in assets) < 100 * 1024
    assert "http://" not in page.text and "https://" not in page.text  # no external asset
    assert assets[1].header("Content-Type").startswith("text/javascript")
    assert "innerHTML" not in assets[1].text
