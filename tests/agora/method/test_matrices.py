"""M1, M2 over TV1–TV3 and the M3 example of METHOD.md §2."""

from __future__ import annotations

from fractions import Fraction

import pytest

from agora.method import (
    CommitmentCard,
    ExpectationCard,
    Label,
    Stance,
    Tally,
    analyse,
    category_matrix,
    expectation_matrix,
    judge_statement,
)
from tests.agora.method.vectors import CATS, session, tv1, tv2, tv3

#: METHOD.md §2, "M2 over TV1–TV3": (Accord, Opp, m).
M2_EXPECTED = {
    ("elus", "agents"): (0.653, 1, 3),
    ("elus", "etat"): (0.688, 1, 2),
    ("elus", "socio"): (0.736, 1, 3),
    ("agents", "etat"): (0.917, 0, 2),
    ("agents", "socio"): (0.917, 0, 3),
    ("etat", "socio"): (0.875, 0, 2),
}


def _m2():
    return category_matrix([(judge_statement(t, CATS), t) for t in (tv1(), tv2(), tv3())], CATS)


@pytest.mark.parametrize("pair", list(M2_EXPECTED))
def test_m2_over_the_vectors(pair: tuple[str, str]) -> None:
    accord, opp, m = M2_EXPECTED[pair]
    cell = _m2().pair(*pair)
    assert cell.accord == pytest.approx(accord, abs=5e-4)
    assert (cell.opp, cell.m) == (opp, m)
    assert cell.pearson is None  # m < 5
    assert _m2().pair(pair[1], pair[0]) == cell


def test_m2_worked_cell() -> None:
    """élus–agents: gaps 0.25, 1.0, 0.8333 → 1 − 0.6944/2 = 0.6528."""
    assert _m2().pair("elus", "agents").accord == pytest.approx(0.6528, abs=1e-4)


def test_m2_diagonal() -> None:
    m2 = _m2()
    # État is valid only in TV1 and TV2, both individual 5-point: mean Cns.
    assert m2.diagonal_kind["etat"] == "cns"
    assert m2.diagonal["etat"] == pytest.approx(0.8286, abs=1e-4)
    # élus is also valid in TV3 (show of hands): 1 − mean κ over TV1, TV2, TV3.
    assert m2.diagonal_kind["elus"] == "kappa"
    assert m2.diagonal["elus"] == pytest.approx(1 - (0 + 0.4 + 0.8) / 3, abs=1e-4)


def test_m2_pearson_needs_five_statements_that_vary() -> None:
    statements = []
    for k in range(5):
        t = {"a": Tally(3 + k, 2, 0), "b": Tally(3 + k, 2 + k, 0)}
        statements.append((judge_statement(t, ["a", "b"]), t))
    cell = category_matrix(statements, ["a", "b"]).pair("a", "b")
    assert cell.m == 5
    assert cell.pearson is not None
    assert -1 <= cell.pearson <= 1
    flat = [(judge_statement(t, ["a", "b"]), t) for t in [{"a": Tally(3, 0, 0), "b": Tally(3, 1, 0)}] * 6]
    assert category_matrix(flat, ["a", "b"]).pair("a", "b").pearson is None  # "a" does not vary


def _m3_cards() -> list[ExpectationCard]:
    spec = [
        ("elus", "etat", 3),
        ("elus", "agents", 2),
        ("agents", "elus", 4),
        ("agents", "etat", 1),
        ("etat", "elus", 2),
        ("etat", "socio", 1),
        ("socio", "elus", 2),
        ("socio", "etat", 3),
        ("socio", "agents", 1),
    ]
    return [ExpectationCard(f"{s}-{t}-{i}", s, t) for s, t, k in spec for i in range(k)]


def test_m3_example() -> None:
    m3 = expectation_matrix(CATS, _m3_cards(), [])
    rows = {
        "elus": ({"agents": 2, "etat": 3, "socio": 0}, 5),
        "agents": ({"elus": 4, "etat": 1, "socio": 0}, 5),
        "etat": ({"elus": 2, "agents": 0, "socio": 1}, 3),
        "socio": ({"elus": 2, "agents": 1, "etat": 3}, 6),
    }
    for source, (targets, emitted) in rows.items():
        for target, count in targets.items():
            assert m3.counts[(source, target)] == count
        assert m3.emitted[source] == emitted
    assert m3.received == {"elus": 8, "agents": 3, "etat": 7, "socio": 1}
    assert m3.reciprocity[("elus", "agents")] == Fraction(1, 2)
    assert float(m3.reciprocity[("elus", "etat")]) == pytest.approx(0.667, abs=5e-4)
    assert float(m3.reciprocity[("etat", "socio")]) == pytest.approx(0.333, abs=5e-4)
    assert m3.reciprocity[("elus", "socio")] == 0
    assert m3.reciprocity[("agents", "etat")] == 0
    assert m3.reciprocity[("agents", "socio")] == 0


def test_m3_reciprocity_undefined_when_both_sides_empty() -> None:
    m3 = expectation_matrix(CATS, [ExpectationCard("x", "elus", "etat")], [])
    assert m3.reciprocity[("agents", "socio")] is None
    assert m3.coverage[("agents", "socio")] is None


def test_m3_coverage_and_commitments() -> None:
    cards = _m3_cards()
    answered = [c.id for c in cards if c.source == "elus" and c.target == "etat"][:2]
    commitments = [
        CommitmentCard("k1", "etat", (answered[0],)),
        CommitmentCard("k2", "etat", (answered[0], answered[1])),
        # A commitment of the wrong category does not cover élus → État.
        CommitmentCard("k3", "agents", (cards[-1].id,)),
        CommitmentCard("k4", "socio", ()),
    ]
    m3 = expectation_matrix(CATS, cards, commitments)
    assert m3.coverage[("elus", "etat")] == Fraction(2, 3)
    assert m3.coverage[("elus", "agents")] == 0
    assert m3.commitments == {"elus": 0, "agents": 1, "etat": 2, "socio": 1}
    assert m3.coverage[("socio", "agents")] == Fraction(1, 1)  # k3 answers the socio → agents card


def test_m3_observers_and_self_addressed_cards_stay_out() -> None:
    cards = [
        ExpectationCard("a", "elus", "obs"),
        ExpectationCard("b", "elus", "elus"),
        ExpectationCard("c", "elus", "etat"),
    ]
    m3 = expectation_matrix(CATS, cards, [])
    assert m3.emitted["elus"] == 1
    assert m3.self_addressed["elus"] == 1


def test_m3_acceptance_overlay() -> None:
    """An expectation of the élus toward État, voted as TV2's statement: État accepts it.

    The élus (CONTRE) expecting something the État (POUR) supports is the reverse case; the
    role-linked dissensus is source POUR, target CONTRE: État → élus.
    """
    verdict = judge_statement(tv2(), CATS)
    cards = [
        ExpectationCard("e1", "elus", "etat", "tv2"),
        ExpectationCard("e2", "etat", "elus", "tv2"),
        ExpectationCard("e3", "agents", "etat"),
    ]
    m3 = expectation_matrix(CATS, cards, [], {"tv2": verdict})
    by_card = {o.card: o for o in m3.overlay}
    assert set(by_card) == {"e1", "e2"}
    assert by_card["e1"].target_stance is Stance.POUR
    assert not by_card["e1"].role_linked_dissensus
    assert by_card["e2"].source_stance is Stance.POUR
    assert by_card["e2"].target_stance is Stance.CONTRE
    assert by_card["e2"].role_linked_dissensus
    assert float(by_card["e2"].gap) == pytest.approx(1.1667, abs=1e-4)
    assert m3.acceptance[("elus", "etat")].accepted == 1
    assert m3.acceptance[("etat", "elus")].rejected == 1
    assert m3.acceptance[("etat", "elus")].role_linked == 1
    assert m3.acceptance[("agents", "etat")].voted == 0


def test_m1_rows_grouped_in_ranked_list_order() -> None:
    analysis = analyse(session())
    rows = analysis.heatmap
    assert [r.statement for r in rows] == ["tv1", "tv2", "tv3"]
    assert [r.group for r in rows] == ["consensus", "dissensus", "divisions"]
    tv3_row = rows[2]
    assert tv3_row.label is Label.DIVISE_INTRA
    cells = {c.category: c for c in tv3_row.cells}
    assert cells["etat"].hatched
    assert cells["etat"].text == "· 1/0/0 (+2) n=1"
    assert cells["elus"].text == "± 2/1/2 n=5"
    assert cells["agents"].s == Fraction(5, 6)
    assert rows[0].gic_geo == pytest.approx(0.7731, abs=1e-4)
    assert float(rows[1].max_gap) == pytest.approx(1.1667, abs=1e-4)
