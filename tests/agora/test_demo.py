"""The demo forum: built through the services, complete, deterministic, and showing every outcome."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

from agora.domain.kinds import ContributionKind, SessionKind
from agora.errors import ValidationError
from agora.method.label import judge_statement
from agora.method.tally import Tally, tally_from_hands, tally_from_positions
from agora.services import cards, demo, forums, reads, statements, votes

CATEGORIES = ("elus", "agents", "etat", "socio")


@dataclass(frozen=True)
class Built:
    """Everything read back from one demo forum, after its file was closed."""

    forum: reads.ForumRead
    territories: list[reads.TerritoryRead]
    relations: list[reads.RelationRead]
    sessions: list[reads.SessionRead]
    cards: list[reads.CardRead]
    statements: list[reads.StatementRead]
    positions: list[reads.PositionRead]
    tallies: list[reads.TallyRead]


def _build(path: Path) -> Built:
    store = demo.build_demo(path)
    try:
        return Built(
            forum=forums.forum_info(store),
            territories=forums.list_territories(store),
            relations=forums.list_relations(store),
            sessions=forums.list_sessions(store),
            cards=cards.list_cards(store),
            statements=statements.list_statements(store),
            positions=votes.list_positions(store),
            tallies=votes.list_tallies(store),
        )
    finally:
        store.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The demo, built once for the read-only checks of this module, in a private library folder."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGORA_DATA_DIR", str(folder / "agora-data"))
        yield _build(folder / "demo.agora")


def _tallies(built: Built, statement_id: str) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for category in CATEGORIES:
        answers = [
            p.value for p in built.positions if p.statement_id == statement_id and p.category == category
        ]
        if answers:
            out[category] = tally_from_positions(5, answers)
        for hands in built.tallies:
            if hands.statement_id == statement_id and hands.category == category:
                out[category] = tally_from_hands(hands.present, hands.pour, hands.contre, hands.abstention)
    return out


def test_demo_frame_is_one_rural_territory_and_its_agenda(built: Built) -> None:
    assert built.forum.title == demo.DEMO_TITLE
    assert built.forum.date == demo.DEMO_DATE
    assert built.forum.venue.startswith("Salle des fêtes de ")
    assert built.forum.facilitators
    [territory] = built.territories
    assert territory.stratum == "communauté de communes"
    assert (territory.setting, territory.maturity) == ("rural", "débutant")
    assert territory.population is not None
    assert 15_000 <= territory.population <= 20_000
    assert territory.region
    assert territory.ess_integration
    [relation] = built.relations
    assert (relation.territory_id, relation.date) == (territory.id, demo.DEMO_DATE)
    assert (relation.typology, relation.value) == ("relations", "quasi_delegation")

    peer = [s for s in built.sessions if s.kind == SessionKind.PEER_GROUP]
    agora = [s for s in built.sessions if s.kind == SessionKind.AGORA]
    assert [s.category for s in peer] == list(CATEGORIES)
    assert len(agora) == 1
    assert built.sessions[-1] == agora[0]
    assert peer[0].title == "Temps entre pairs — Élu·e·s"
    assert all(s.prompt for s in built.sessions)


def test_demo_refuses_an_existing_path(tmp_path: Path) -> None:
    path = tmp_path / "existing.agora"
    path.write_bytes(b"not mine")
    with pytest.raises(ValidationError, match="existe déjà"):
        demo.build_demo(path)
    assert path.read_bytes() == b"not mine"


def test_a_failed_build_leaves_no_half_built_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("refusé")

    monkeypatch.setattr(statements, "add_statement", refuse)
    path = tmp_path / "demo.agora"
    with pytest.raises(ValidationError):
        demo.build_demo(path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("demo.agora")] == []


def test_every_category_has_constraints_expectations_and_commitments(built: Built) -> None:
    assert len(built.cards) >= 45
    for category in CATEGORIES:
        own = [c for c in built.cards if c.category == category]
        kinds = Counter(c.kind for c in own)
        assert kinds[ContributionKind.CONSTRAINT] >= 2, category
        assert kinds[ContributionKind.COMMITMENT] >= 2, category
        expectations = [c for c in own if c.kind == ContributionKind.EXPECTATION]
        assert all(c.target in CATEGORIES and c.target != category for c in expectations), category
        assert len({c.target for c in expectations}) >= 2, category
    assert all(c.target is None for c in built.cards if c.kind != ContributionKind.EXPECTATION)
    assert Counter(c.kind for c in built.cards)[ContributionKind.LEARNING] >= 3
    assert 2 <= Counter(c.kind for c in built.cards)[ContributionKind.STORY] <= 3
    tagged = [c for c in built.cards if c.principle is not None]
    assert len(tagged) >= len(built.cards) * 3 // 4
    assert {c.principle for c in tagged} == {1, 2, 3, 4}
    assert all(c.theme for c in tagged)


def test_cards_of_a_peer_group_are_written_by_its_category(built: Built) -> None:
    category_of = {s.id: s.category for s in built.sessions}
    for card in built.cards:
        assert category_of[card.session_id] in (None, card.category)


def test_the_seed_phrases_are_cards(built: Built) -> None:
    texts = {c.text for c in built.cards}
    assert "Peur de l’échec" in texts
    assert "Dépasser la logique de guichet" in texts
    assert any("Tout ce qui compte ne se compte pas toujours mais se raconte" in t for t in texts)


def test_every_statement_is_voted_by_every_category_one_way(built: Built) -> None:
    assert len(built.statements) == 12
    assert sum(s.source_id is not None for s in built.statements) >= 8
    card_ids = {c.id for c in built.cards}
    assert all(s.source_id in card_ids for s in built.statements if s.source_id is not None)
    with_positions = 0
    for statement in built.statements:
        by_positions = {p.category for p in built.positions if p.statement_id == statement.id}
        by_hands = {t.category for t in built.tallies if t.statement_id == statement.id}
        assert not by_positions & by_hands, statement.text
        assert by_positions | by_hands == set(CATEGORIES), statement.text
        if by_positions:
            with_positions += 1
            for category in CATEGORIES:
                people = [
                    p for p in built.positions if p.statement_id == statement.id and p.category == category
                ]
                assert 4 <= len(people) <= 8
                assert len({p.participant for p in people}) == len(people)
                assert all(re.fullmatch(rf"demo-{category}-\d+", p.participant or "") for p in people)
                assert all(p.scale == 5 for p in people)
    assert 5 <= with_positions <= 7
    for hands in built.tallies:
        assert hands.pour + hands.contre + hands.abstention <= hands.present


def test_the_agora_shows_the_designed_outcomes(built: Built) -> None:
    verdicts = [judge_statement(_tallies(built, s.id), CATEGORIES) for s in built.statements]
    assert [v.label.value for v in verdicts] == list(demo.DEMO_OUTCOMES)
    labels = Counter(v.label.value for v in verdicts)
    assert labels["CONSENSUS_POUR"] >= 2
    assert labels["DISSENSUS_INTER"] >= 1
    assert labels["INCERTAIN"] >= 1
    assert any(v.divided for v in verdicts)
    assert any(v.insufficient for v in verdicts)
    dissensus = next(v for v in verdicts if v.label.value == "DISSENSUS_INTER")
    assert (dissensus.stances["elus"].value, dissensus.stances["socio"].value) == ("CONTRE", "POUR")
    divided = next(v for v in verdicts if v.label.value == "DIVISE_INTRA")
    assert divided.divided == ("elus",)


def test_consensus_means_every_category_agrees_clearly(built: Built) -> None:
    for statement, outcome in zip(built.statements, demo.DEMO_OUTCOMES, strict=True):
        if outcome != "CONSENSUS_POUR":
            continue
        for category, tally in _tallies(built, statement.id).items():
            assert tally.n >= 3, (statement.text, category)
            assert tally.a is not None
            assert tally.a >= Fraction(3, 5), (statement.text, category)
            assert tally.d is not None
            assert tally.d <= Fraction(1, 4), (statement.text, category)


def _content(b: Built) -> tuple[object, ...]:
    """What must not change from one build to the next (ids and timestamps aside)."""
    text_of = {s.id: s.text for s in b.statements}
    return (
        [(c.kind, c.category, c.target, c.text, c.principle, c.theme) for c in b.cards],
        [s.text for s in b.statements],
        sorted((text_of[p.statement_id], p.category, p.participant or "", p.value or 0) for p in b.positions),
        sorted(
            (text_of[t.statement_id], t.category, t.present, t.pour, t.contre, t.abstention)
            for t in b.tallies
        ),
    )


def test_building_twice_gives_the_same_forum(tmp_path: Path) -> None:
    first, second = _build(tmp_path / "a.agora"), _build(tmp_path / "b.agora")
    assert [c.text for c in first.cards] == [c.text for c in second.cards]
    assert _content(first) == _content(second)


def test_texts_use_french_typography(built: Built) -> None:
    texts = [c.text for c in built.cards] + [s.text for s in built.statements]
    texts += (
        [s.title for s in built.sessions]
        + [s.prompt for s in built.sessions]
        + [c.theme for c in built.cards]
    )
    texts += [built.forum.title, built.forum.venue, built.forum.facilitators]
    texts += [t.name for t in built.territories] + [t.ess_integration for t in built.territories]
    texts += [r.note for r in built.relations]
    for text in texts:
        assert "'" not in text, text
        assert '"' not in text, text
        assert "  " not in text, text
    assert any("’" in t for t in texts)
    assert any("«" in t and "»" in t for t in texts)
