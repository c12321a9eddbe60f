"""The Agora's analysis read from a forum file: parameters, overrides, the `agora analyse` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agora import cli
from agora.errors import NotFoundError, ValidationError
from agora.method import STRICT_PARAMS, MethodParams
from agora.services import analysis, cards, statements, votes
from agora.storage.store import ForumStore
from tests.conftest import session_of

#: METHOD.md TV3: (présents, pour, contre, abstention) per category.
TV3 = {"elus": (5, 2, 2, 1), "agents": (6, 5, 0, 1), "etat": (3, 1, 0, 0), "socio": (7, 4, 1, 1)}


def _tv3(store: ForumStore) -> str:
    statement = statements.add_statement(store, session_of(store, None), "Organiser des temps réflexifs").id
    for category, counts in TV3.items():
        votes.record_tally(store, statement, category, *counts)
    return statement


def test_tallies_from_the_file_give_the_worked_vector(store: ForumStore) -> None:
    statement = _tv3(store)
    result = analysis.analyse_session(store, session_of(store, None))
    verdict = result.statement(statement)
    assert verdict.label.value == "DIVISE_INTRA"
    document = result.to_json()
    row = document["statements"][0]
    assert row["flags"] == ["INSUFFISANT:etat", "DIVISE_INTRA:elus"]
    assert row["categories"]["socio"]["P"] == 1
    assert row["categories"]["etat"]["stance"] == "INSUFFISANT"


def test_individual_positions_latest_wins(store: ForumStore) -> None:
    statement = statements.add_statement(store, session_of(store, None), "Du temps pour les agents").id
    for category in ("elus", "agents", "etat", "socio"):
        for number in range(3):
            votes.record_position(store, statement, category, 1, participant=f"{category}-{number}")
            votes.record_position(store, statement, category, 5, participant=f"{category}-{number}")
    row = analysis.analyse_session(store, session_of(store, None)).to_json()["statements"][0]
    assert row["label"] == "CONSENSUS_POUR"
    assert {code: cell["A"] for code, cell in row["categories"].items()} == dict.fromkeys(TV3, 3)


def test_parameters_are_stored_per_session(store: ForumStore) -> None:
    agora = session_of(store, None)
    assert analysis.method_params(store, agora) == MethodParams()
    analysis.set_method_params(store, agora, STRICT_PARAMS)
    assert analysis.method_params(store, agora) == STRICT_PARAMS
    statement = _tv3(store)  # with n_min 5, État (1 vote) and agents... stay as the strict rules say
    result = analysis.analyse_session(store, agora)
    assert result.params == STRICT_PARAMS
    assert result.to_json()["params"]["n_min"] == 5
    assert result.statement(statement).label.value != ""


def test_override_is_kept_with_the_computed_label(store: ForumStore) -> None:
    statement = _tv3(store)
    analysis.override_label(store, statement, "CONSENSUS_POUR", note="Vu en séance")
    row = analysis.analyse_session(store, session_of(store, None)).to_json()["statements"][0]
    assert row["label"] == "CONSENSUS_POUR"
    assert row["computed_label"] == "DIVISE_INTRA"
    assert row["override"]["note"] == "Vu en séance"
    analysis.clear_override(store, statement)
    row = analysis.analyse_session(store, session_of(store, None)).to_json()["statements"][0]
    assert row["label"] == "DIVISE_INTRA"
    with pytest.raises(ValidationError, match="n’existe pas"):
        analysis.override_label(store, statement, "PRESQUE_CONSENSUS")


def test_expectations_matrix_and_coverage_come_from_cards(store: ForumStore) -> None:
    expectation = cards.add_card(store, session_of(store, "socio"), "expectation", "Du temps", target="elus")
    cards.add_card(store, session_of(store, "socio"), "expectation", "Des lieux", target="agents")
    commitment = cards.add_card(store, session_of(store, "elus"), "commitment", "Libérer du temps")
    cards.link_commitment(store, commitment.id, expectation.id)
    with pytest.raises(ValidationError, match="Seul un engagement"):
        cards.link_commitment(store, expectation.id, commitment.id)
    data = analysis.agora_input(store, session_of(store, None))
    assert {(e.source, e.target) for e in data.expectations} == {("socio", "elus"), ("socio", "agents")}
    assert [c.answers for c in data.commitments] == [(expectation.id,)]


def test_analysis_refuses_a_peer_group_or_unknown_session(store: ForumStore) -> None:
    with pytest.raises(ValidationError, match="n’est pas une Agora"):
        analysis.analyse_session(store, session_of(store, "elus"))
    with pytest.raises(NotFoundError):
        analysis.analyse_session(store, "inconnue")


def test_cli_analyse_json(store: ForumStore, forum_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    statement = _tv3(store)
    store.close()
    assert cli.main(["analyse", str(forum_path), "--session", session_of_path(forum_path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["statements"][0]["id"] == statement
    assert document["statements"][0]["label"] == "DIVISE_INTRA"


def session_of_path(path: Path) -> str:
    from agora.storage.store import open_forum

    with open_forum(path, read_only=True) as opened:
        return session_of(opened, None)


@pytest.mark.parametrize(("session", "words"), [("absente", "n’existe pas"), ("peer", "n’est pas une Agora")])
def test_cli_analyse_refuses_bad_sessions(
    store: ForumStore, forum_path: Path, capsys: pytest.CaptureFixture[str], session: str, words: str
) -> None:
    if session == "peer":
        session = session_of(store, "elus")
    store.close()
    assert cli.main(["analyse", str(forum_path), "--session", session, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert words in lines[0]
