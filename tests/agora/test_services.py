"""Services: every change goes through them, validated, and comes back as a read model."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agora.domain import reference
from agora.domain.kinds import SessionKind
from agora.domain.text import clean_text
from agora.errors import NotFoundError, ValidationError
from agora.services import cards, forums, library, statements, votes
from agora.storage.store import ForumStore
from tests.conftest import session_of


def test_new_forum_has_default_categories_and_agenda(store: ForumStore) -> None:
    categories = forums.list_categories(store)
    assert [(c.code, c.label) for c in categories] == [
        ("elus", "Élu·e·s"),
        ("agents", "Agents territoriaux"),
        ("etat", "État"),
        ("socio", "Acteurs socio-économiques"),
    ]
    agenda = forums.list_sessions(store)
    assert [s.kind for s in agenda] == ["peer_group"] * 12 + ["agora"]
    assert agenda[0].title == "Temps entre pairs 1 — Élu·e·s"
    assert [t.name for t in forums.list_territories(store)] == ["Communauté de communes du Val"]
    info = forums.forum_info(store)
    assert (info.title, info.date, info.venue) == ("Forum de test", dt.date(2026, 5, 12), "Salle des fêtes")


def test_create_forum_refuses_an_existing_file(store: ForumStore, forum_path: Path) -> None:
    before = hashlib.sha256(forum_path.read_bytes()).hexdigest()
    with pytest.raises(ValidationError, match="existe déjà"):
        forums.create_forum(forum_path, "Autre")
    assert hashlib.sha256(forum_path.read_bytes()).hexdigest() == before


def test_categories_are_renamable_and_extendable(store: ForumStore) -> None:
    renamed = forums.update_category(store, "elus", label="Élus municipaux", color="#112233")
    assert (renamed.label, renamed.color) == ("Élus municipaux", "#112233")
    added = forums.add_category(store, "habitants", "Habitant·e·s", "#884400")
    assert added.position == 4
    with pytest.raises(ValidationError, match="existe déjà"):
        forums.add_category(store, "habitants", "Encore", "#884400")
    with pytest.raises(ValidationError, match="ne convient pas"):
        forums.add_category(store, "Élus 2", "X", "#884400")
    with pytest.raises(ValidationError, match="#RRVVBB"):
        forums.add_category(store, "x", "X", "rouge")


def test_sessions_peer_group_needs_one_category(store: ForumStore) -> None:
    with pytest.raises(ValidationError, match="une seule catégorie"):
        forums.add_session(store, SessionKind.PEER_GROUP, "Sans catégorie")
    with pytest.raises(ValidationError, match="une seule catégorie"):
        forums.add_session(store, SessionKind.AGORA, "Agora 2", category="elus")
    with pytest.raises(NotFoundError, match="« inconnue »"):
        forums.add_session(store, SessionKind.PEER_GROUP, "X", category="inconnue")
    extra = forums.add_session(store, SessionKind.AGORA, "Agora de clôture", prompt="Que retenir ?")
    assert forums.list_sessions(store)[-1] == extra
    moved = forums.update_session(store, extra.id, position=0, title="Agora d’ouverture")
    assert forums.get_session(store, extra.id) == moved


def test_add_card_normalises_text(store: ForumStore) -> None:
    card = cards.add_card(store, session_of(store, "elus"), "constraint", "  Cafe\u0301\r\nligne\x00\x07 \u202e ")
    assert card.text == "Café\nligne"
    assert card.category == "elus"
    assert cards.list_cards(store, session_of(store, "elus"), search="Café") == [card]


def test_card_limits_and_targets(store: ForumStore) -> None:
    elus = session_of(store, "elus")
    with pytest.raises(ValidationError, match="limite est de 20\u202f000 caractères"):
        cards.add_card(store, elus, "constraint", "x" * 20_001)
    assert cards.add_card(store, elus, "constraint", "x" * 20_000).text == "x" * 20_000
    with pytest.raises(ValidationError, match="doit viser une autre catégorie"):
        cards.add_card(store, elus, "expectation", "Sans cible")
    with pytest.raises(ValidationError, match="autre catégorie que la sienne"):
        cards.add_card(store, elus, "expectation", "Vers soi", target="elus")
    with pytest.raises(ValidationError, match="n’a pas de cible"):
        cards.add_card(store, elus, "commitment", "Engagement ciblé", target="etat")
    with pytest.raises(ValidationError, match="1, 2, 3 ou 4"):
        cards.add_card(store, elus, "commitment", "Principe 5", principle=5)
    with pytest.raises(ValidationError, match="n’existe pas"):
        cards.add_card(store, elus, "wish", "Type inconnu")
    with pytest.raises(ValidationError, match="est vide"):
        cards.add_card(store, elus, "constraint", " \x00 ")
    with pytest.raises(ValidationError, match="caractères invalides"):
        cards.add_card(store, elus, "constraint", "\ud800")
    with pytest.raises(NotFoundError):
        cards.add_card(store, elus, "expectation", "Vers personne", target="martiens")
    agora = session_of(store, None)
    with pytest.raises(ValidationError, match="précisez la catégorie"):
        cards.add_card(store, agora, "learning", "Sans auteur")
    assert cards.add_card(store, agora, "learning", "Appris", category="etat").category == "etat"


def test_delete_restore_merge_move_tag(store: ForumStore) -> None:
    socio = session_of(store, "socio")
    first = cards.add_card(store, socio, "expectation", "Du temps pour les agents", target="elus")
    second = cards.add_card(store, socio, "expectation", "Plus de temps", target="elus")
    third = cards.add_card(store, socio, "commitment", "Incarner la coopération")
    assert second.position > first.position

    deleted = cards.delete_card(store, third.id)
    assert deleted.deleted_at is not None
    assert third.id not in {c.id for c in cards.list_cards(store, socio)}
    assert third.id in {c.id for c in cards.list_cards(store, socio, include_deleted=True)}
    assert cards.restore_card(store, third.id).deleted_at is None

    merged = cards.merge_cards(store, first.id, [second.id])
    assert merged.text == "Du temps pour les agents\nPlus de temps"
    gone = cards.get_card(store, second.id)
    assert (gone.merged_into, gone.deleted_at is not None) == (first.id, True)
    with pytest.raises(ValidationError, match="elle-même"):
        cards.merge_cards(store, first.id, [first.id])

    moved = cards.move_card(store, third.id, position=0.5)
    assert moved.position == 0.5
    with pytest.raises(ValidationError, match="autre catégorie"):
        cards.move_card(store, third.id, session_id=session_of(store, "etat"))
    to_agora = cards.move_card(store, third.id, session_id=session_of(store, None))
    assert to_agora.session_id == session_of(store, None)

    tagged = cards.tag_card(store, first.id, principle=2, theme="Interconnaissance")
    assert (tagged.principle, tagged.theme) == (2, "Interconnaissance")
    assert cards.tag_card(store, first.id, principle=None).principle is None

    as_constraint = cards.edit_card(store, first.id, kind="constraint")
    assert (as_constraint.kind, as_constraint.target) == ("constraint", None)
    with pytest.raises(ValidationError, match="doit viser"):
        cards.edit_card(store, first.id, kind="expectation")
    assert cards.edit_card(store, first.id, kind="expectation", target="etat").target == "etat"


def _statement(store: ForumStore) -> str:
    return statements.add_statement(store, session_of(store, None), "Coconstruire l’évaluation").id


def test_statements_from_text_or_card(store: ForumStore) -> None:
    card = cards.add_card(store, session_of(store, "elus"), "constraint", "Peur de l’échec")
    drawn = statements.add_statement(store, session_of(store, None), source_card=card.id)
    typed = statements.add_statement(store, session_of(store, None), "Sortir des rôles")
    assert (drawn.text, drawn.source_id) == ("Peur de l’échec", card.id)
    assert [s.id for s in statements.list_statements(store, session_of(store, None))] == [drawn.id, typed.id]
    with pytest.raises(ValidationError, match="se votent dans l’Agora"):
        statements.add_statement(store, session_of(store, "elus"), "Mauvais temps")
    statements.delete_statement(store, typed.id)
    assert [s.id for s in statements.list_statements(store)] == [drawn.id]
    assert statements.edit_statement(store, drawn.id, "Reformulé").text == "Reformulé"


def test_positions_latest_answer_wins_and_scales(store: ForumStore) -> None:
    statement = _statement(store)
    votes.record_position(store, statement, "elus", 2, participant="p1")
    latest = votes.record_position(store, statement, "elus", 5, participant="p1", channel="phone")
    votes.record_position(store, statement, "elus", None)
    votes.record_position(store, statement, "elus", None)
    rows = votes.list_positions(store, session_of(store, None))
    assert len(rows) == 3
    assert next(r for r in rows if r.participant == "p1") == latest
    assert latest.value == 5
    with pytest.raises(ValidationError, match="sort de l’échelle de 1 à 5"):
        votes.record_position(store, statement, "etat", 6)
    with pytest.raises(ValidationError, match="3 ou 5 points"):
        votes.record_position(store, statement, "etat", 1, scale=4)
    with pytest.raises(ValidationError, match="échelle à 5 points"):
        votes.record_position(store, statement, "etat", 1, scale=3)


def test_tally_and_positions_never_mix(store: ForumStore) -> None:
    statement = _statement(store)
    votes.record_tally(store, statement, "etat", 6, 4, 1, 1)
    with pytest.raises(ValidationError, match="« État » a déjà un décompte"):
        votes.record_position(store, statement, "etat", 4)
    votes.record_position(store, statement, "socio", 4)
    with pytest.raises(ValidationError, match="« Acteurs socio-économiques » a déjà des positions"):
        votes.record_tally(store, statement, "socio", 5, 1, 1, 1)
    corrected = votes.record_tally(store, statement, "etat", 7, 5, 1, 1)
    assert corrected.present == 7
    assert votes.list_tallies(store) == [corrected]
    votes.clear_tally(store, statement, "etat")
    assert votes.list_tallies(store) == []
    assert votes.record_position(store, statement, "etat", 4).category == "etat"


@pytest.mark.parametrize(
    ("counts", "words"),
    [((3, 2, 2, 0), "dépasse le nombre de présents"), ((3, -1, 0, 0), "négatif")],
)
def test_tally_refusals(store: ForumStore, counts: tuple[int, int, int, int], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        votes.record_tally(store, _statement(store), "agents", *counts)
    assert votes.list_tallies(store) == []


def test_relation_assessment(store: ForumStore) -> None:
    territory = forums.list_territories(store)[0]
    recorded = forums.record_relation(store, territory.id, dt.date(2026, 5, 12), "relations", "quasi_delegation")
    assert forums.list_relations(store, territory.id) == [recorded]
    with pytest.raises(ValidationError, match="n’existe pas"):
        forums.record_relation(store, territory.id, dt.date(2026, 5, 12), "relations", "amitie")


def test_reference_data_is_loaded_in_french() -> None:
    principles = reference.principles()
    assert [p.number for p in principles] == [1, 2, 3, 4]
    assert principles[1].title == "Agir en coopération, tenir le cap et la durée collectivement"
    assert "Organiser une nécessaire interconnaissance" in principles[1].axes
    relations = reference.typology("relations")
    assert relations is not None
    assert [v.code for v in relations.values] == [
        "distante",
        "donneur_ordre",
        "quasi_delegation",
        "partenariat_confiance",
    ]
    cooperation = reference.typology("cooperation")
    assert cooperation is not None
    assert [v.label for v in cooperation.values][2] == "Coopération (œuvrer en commun)"
    assert len(reference.round_table_questions()) == 4
    assert reference.round_table_questions()[1] == "Comment définir son territoire ?"
    assert len(reference.success_factors()) == 6


def test_library_lists_forums_most_recent_first(tmp_path: Path) -> None:
    from agora.paths import library_dir

    older = forums.create_forum(library_dir() / "a.agora", "Ancien", date=dt.date(2025, 1, 1))
    newer = forums.create_forum(library_dir() / "b.agora", "Récent", date=dt.date(2026, 1, 1))
    cards.add_card(newer, session_of(newer, "elus"), "constraint", "Une carte")
    older.close()
    newer.close()
    (library_dir() / "abime.agora").write_bytes(b"")
    listed = library.list_forums()
    assert [s.title for s in listed] == ["Récent", "Ancien", "abime"]
    assert listed[0].cards == 1
    assert "vide" in listed[2].problem


@given(st.text())
def test_clean_text_is_idempotent_or_refuses(value: str) -> None:
    """T-TX-4: any text either cleans to a fixed point or is refused with a clean message."""
    try:
        once = clean_text(value)
    except ValidationError as exc:
        refusal = str(exc)
    else:
        refusal = ""
    if refusal:
        assert "caractères" in refusal
        return
    assert clean_text(once) == once
    assert "\x00" not in once
    assert "\r" not in once


def test_cards_come_in_board_order(store: ForumStore) -> None:
    agents = session_of(store, "agents")
    for kind, target in [("story", None), ("commitment", None), ("expectation", "elus"), ("constraint", None)]:
        cards.add_card(store, agents, kind, f"Une carte {kind}", target=target)
    assert [c.kind for c in cards.list_cards(store, agents)] == ["constraint", "expectation", "commitment", "story"]
