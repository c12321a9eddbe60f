"""The whole-session entry point: consolidation, overrides, ranked lists, JSON output."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from agora.method import (
    STRICT_PARAMS,
    AgoraInput,
    CategoryInfo,
    ExpectationCard,
    HandTally,
    Label,
    LabelOverride,
    PositionInput,
    Stance,
    StatementInput,
    analyse,
    judge_statement,
)
from tests.agora.method.vectors import CATEGORIES, CATS, session, tv1, tv2, tv3

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "analyse-schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def validate(output: dict[str, object], schema: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(schema).validate(output)


def _one(statement: str = "s", **extra: object) -> AgoraInput:
    return AgoraInput(categories=CATEGORIES, statements=[StatementInput(statement, "…")], **extra)  # type: ignore[arg-type]


def test_session_reproduces_the_vectors() -> None:
    analysis = analyse(session())
    for statement_id, tallies in (("tv1", tv1()), ("tv2", tv2()), ("tv3", tv3())):
        item = analysis.statement(statement_id)
        assert item.tallies == tallies
        assert item.verdict == judge_statement(tallies, CATS)
        assert item.label is item.computed_label
    assert analysis.statement("tv1").metrics["elus"].cns == pytest.approx(0.8074, abs=1e-4)
    assert analysis.statement("tv3").metrics["elus"].cns is None


def test_json_output(schema: dict[str, object]) -> None:
    out = analyse(session()).to_json()
    validate(out, schema)
    json.dumps(out, allow_nan=False)
    tv1_json, tv2_json, tv3_json = out["statements"]
    assert tv1_json["label"] == "CONSENSUS_POUR"
    assert tv1_json["flags"] == []
    assert tv1_json["categories"]["elus"] == {
        "A": 4,
        "N": 0,
        "D": 0,
        "P": 0,
        "n": 4,
        "stance": "POUR",
        "s": 0.75,
        "kappa": 0.0,
        "pa_hat": 0.833333,
        "pd_hat": 0.166667,
        "u": 0.0,
        "cns": 0.807355,
        "leik_cohesion": 0.75,
        "vde_agreement": 0.75,
    }
    assert tv1_json["gic"] == 0.357143
    assert tv2_json["stand_out"] == ["elus"]
    assert tv2_json["max_gap"] == 1.166667
    assert tv2_json["repness"]["elus"]["significant"] is True
    assert tv3_json["flags"] == ["INSUFFISANT:etat", "DIVISE_INTRA:elus"]
    assert tv3_json["categories"]["etat"]["cns"] is None
    assert tv3_json["label_text"] == "Divisé au sein de : Élus"
    assert tv3_json["reason"]["rule"] == 5
    assert tv3_json["reason"]["divided"] == ["elus"]
    assert "Élus" in tv3_json["reason"]["text"]
    assert out["params"] == {
        "n_min": 3,
        "t_pos": "3/5",
        "t_minor": "1/4",
        "t_gap": "3/5",
        "t_oppose": "1",
        "t_unc": "3/10",
        "require_all_categories": False,
        "preset": "defaut",
    }
    pairs = {(p["a"], p["b"]): p for p in out["matrices"]["category_category"]["pairs"]}
    assert pairs[("elus", "agents")]["accord"] == 0.652778


def test_json_rejects_a_broken_output(schema: dict[str, object]) -> None:
    out = analyse(session()).to_json()
    out["statements"][0]["label"] = "CONSENSUS"
    with pytest.raises(jsonschema.ValidationError):
        validate(out, schema)


def test_ranked_lists() -> None:
    lists = analyse(session()).ranked_lists
    assert [i["statement"] for i in lists["consensus"].items] == ["tv1"]
    dissensus = lists["dissensus"].items[0]
    assert dissensus["statement"] == "tv2"
    assert dissensus["pour"] == ["agents", "etat", "socio"]
    assert dissensus["contre"] == ["elus"]
    assert dissensus["stand_out"] == ["elus"]
    assert dissensus["pairs"][0]["high"] == "etat"
    assert dissensus["pairs"][0]["low"] == "elus"
    assert [i["statement"] for i in lists["divisions"].items] == ["tv3"]
    assert float(lists["divisions"].items[0]["max_kappa"]) == pytest.approx(0.8)
    assert lists["incertitudes"].items == ()
    significant = {
        (i["statement"], i["category"], i["side"]) for i in lists["specifique"].items if i["significant"]
    }
    assert ("tv2", "elus", "disagree") in significant
    assert ("tv2", "etat", "agree") in significant
    assert not any(
        i["statement"] == "tv2" and i["category"] in ("agents", "socio")
        for i in lists["specifique"].items
        if i["significant"]
    )
    assert lists["majorite"].role_based is False
    assert all(lst.role_based for name, lst in lists.items() if name != "majorite")
    assert {i["statement"] for i in lists["majorite"].items} == {"tv1", "tv3"}


def test_room_majority_is_not_role_based() -> None:
    """A big category alone carries the room while the others are against."""
    positions = [PositionInput("s", "elus", f"e{i}", 3, 3) for i in range(40)]
    positions += [
        PositionInput("s", c, f"{c}{i}", 3, 1) for c in ("agents", "etat", "socio") for i in range(3)
    ]
    analysis = analyse(_one(positions=positions))
    assert analysis.statement("s").label is Label.DISSENSUS_INTER
    (item,) = analysis.ranked_lists["majorite"].items
    assert item["side"] == "agree"
    assert (item["A"], item["D"], item["n"]) == (40, 9, 49)


def test_consensus_ranking_by_gic_then_total_n() -> None:
    """GIC (GICd for a rejection), ties broken by total n."""
    spec = {
        "x": (3, 3, 0, 0),  # p̂a = 4/5 in every category, n = 3
        "y": (8, 7, 1, 0),  # p̂a = 8/10 = 4/5 too, n = 8: wins the tie
        "low": (4, 3, 1, 0),  # p̂a = 4/6
        "rejet": (7, 0, 7, 0),  # p̂d = 8/9: the best consensus, against
    }
    hands = [HandTally(sid, c, *counts) for sid, counts in spec.items() for c in CATS]
    inp = AgoraInput(CATEGORIES, [StatementInput(s, s) for s in spec], tallies=hands)
    items = analyse(inp).ranked_lists["consensus"].items
    assert [i["statement"] for i in items] == ["rejet", "y", "x", "low"]
    assert items[0]["label"] == "CONSENSUS_CONTRE"
    assert items[1]["score"] == pytest.approx(items[2]["score"])


def test_incertitudes_ranked_by_u_squared_times_p() -> None:
    hands = [
        HandTally("a", "elus", 10, 1, 1, 2),
        HandTally("a", "agents", 10, 1, 1, 2),
        HandTally("b", "elus", 20, 2, 2, 4),
        HandTally("b", "agents", 20, 2, 2, 4),
    ]
    inp = AgoraInput(CATEGORIES, [StatementInput("a", "a"), StatementInput("b", "b")], tallies=hands)
    items = analyse(inp).ranked_lists["incertitudes"].items
    assert [i["statement"] for i in items] == ["b", "a"]
    assert items[0]["u"] == pytest.approx(0.6)
    assert float(items[0]["score"]) == pytest.approx(0.36 * 24)


def test_latest_position_wins() -> None:
    positions = [
        PositionInput("s", "elus", "p1", 3, 1),
        PositionInput("s", "elus", "p2", 3, 1),
        PositionInput("s", "elus", "p1", 3, 3),  # p1 changes their mind
        PositionInput("s", "elus", "p2", 3, None),  # p2 finally abstains
    ]
    tally = analyse(_one(positions=positions)).statement("s").tallies["elus"]
    assert (tally.A, tally.N, tally.D, tally.P) == (1, 0, 0, 1)


def test_anonymous_positions_are_each_counted() -> None:
    positions = [PositionInput("s", "agents", None, 5, v) for v in (4, 4, 5, 1)]
    positions.append(PositionInput("s", "agents", "p", 5, 2))
    tally = analyse(_one(positions=positions)).statement("s").tallies["agents"]
    assert tally.hist == (1, 1, 0, 2, 1)


def test_mixing_hands_and_positions_is_rejected() -> None:
    inp = _one(
        positions=[PositionInput("s", "elus", "p", 3, 3)],
        tallies=[HandTally("s", "elus", 3, 3, 0, 0)],
    )
    with pytest.raises(ValueError, match="cannot be mixed"):
        analyse(inp)


def test_mixing_across_categories_is_fine() -> None:
    inp = _one(
        positions=[PositionInput("s", "elus", f"p{i}", 3, 3) for i in range(3)],
        tallies=[HandTally("s", "agents", 3, 3, 0, 0)],
    )
    assert analyse(inp).statement("s").label is Label.CONSENSUS_POUR_PARTIEL


@pytest.mark.parametrize(
    "extra",
    [
        {"positions": [PositionInput("s", "nobody", "p", 3, 3)]},
        {"positions": [PositionInput("zzz", "elus", "p", 3, 3)]},
        {"positions": [PositionInput("s", "elus", "p", 4, 3)]},
        {"positions": [PositionInput("s", "elus", "p", 3, 4)]},
        {"positions": [PositionInput("s", "elus", "p", 5, 0)]},
        {"tallies": [HandTally("s", "elus", 3, 2, 2, 0)]},
        {"tallies": [HandTally("s", "elus", 3, 1, 0, 0), HandTally("s", "elus", 3, 1, 0, 0)]},
        {"tallies": [HandTally("s", "nobody", 3, 1, 0, 0)]},
        {"tallies": [HandTally("zzz", "elus", 3, 1, 0, 0)]},
        {"overrides": [LabelOverride("s", "NOPE", "", "2024-05-01T10:00:00")]},
        {"overrides": [LabelOverride("zzz", "MITIGE", "", "2024-05-01T10:00:00")]},
        {"overrides": [LabelOverride("s", "MITIGE", "", "hier")]},
        {"expectations": [ExpectationCard("e", "elus", "nobody")]},
        {"expectations": [ExpectationCard("e", "elus", "etat", "zzz")]},
    ],
)
def test_invalid_input_raises(extra: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"unknown|outside|two shows|exceeds|ISO"):
        analyse(_one(**extra))


def test_duplicate_codes_or_ids_raise() -> None:
    with pytest.raises(ValueError, match="duplicate category"):
        analyse(AgoraInput([*CATEGORIES, CategoryInfo("elus", "x")], []))
    with pytest.raises(ValueError, match="duplicate statement"):
        analyse(AgoraInput(CATEGORIES, [StatementInput("s", "a"), StatementInput("s", "b")]))


def test_observers_are_excluded_everywhere(schema: dict[str, object]) -> None:
    categories = [*CATEGORIES, CategoryInfo("obs", "Observateurs", observer=True)]
    base = session()
    with_obs = replace(
        base,
        categories=categories,
        positions=[*base.positions, *(PositionInput("tv1", "obs", f"o{i}", 5, 1) for i in range(20))],
        tallies=[*base.tallies, HandTally("tv3", "obs", 9, 0, 9, 0)],
        expectations=[ExpectationCard("x", "obs", "elus"), ExpectationCard("y", "elus", "obs")],
    )
    a, b = analyse(base), analyse(with_obs)
    assert b.considered == CATS
    for sid in ("tv1", "tv2", "tv3"):
        assert a.statement(sid).verdict == b.statement(sid).verdict
        assert "obs" not in b.statement(sid).metrics
    out = b.to_json()
    validate(out, schema)
    assert out["excluded_categories"] == ["obs"]
    assert [c["code"] for c in out["categories"]] == list(CATS)
    assert out["matrices"]["expectations"]["emitted"]["elus"] == 0


def test_override(schema: dict[str, object]) -> None:
    overrides = [
        LabelOverride("tv3", "CONSENSUS_POUR", "avant débat", "2024-05-01T10:00:00+02:00"),
        LabelOverride("tv3", "MITIGE", "les élus se rallient à l’oral", "2024-05-01T10:30:00+02:00"),
        LabelOverride("tv1", "INCERTAIN", "older", "2024-05-01T09:00:00Z"),
        LabelOverride("tv1", "DISSENSUS_INTER", "", "2024-05-01T08:00:00Z"),
    ]
    analysis = analyse(session(overrides=overrides))
    tv3_item = analysis.statement("tv3")
    assert tv3_item.label is Label.MITIGE
    assert tv3_item.computed_label is Label.DIVISE_INTRA
    assert tv3_item.overridden
    assert analysis.statement("tv1").label is Label.INCERTAIN  # latest by time, not by order
    out = analysis.to_json()
    validate(out, schema)
    tv3_json = out["statements"][2]
    assert tv3_json["label"] == "MITIGE"
    assert tv3_json["computed_label"] == "DIVISE_INTRA"
    assert tv3_json["overridden"] is True
    assert tv3_json["override"] == {
        "label": "MITIGE",
        "note": "les élus se rallient à l’oral",
        "at": "2024-05-01T10:30:00+02:00",
    }
    # Lists and the heatmap follow the label shown.
    assert analysis.ranked_lists["divisions"].items == ()
    assert analysis.ranked_lists["consensus"].items == ()
    assert {r.statement: r.group for r in analysis.heatmap} == {
        "tv1": "incertitudes",
        "tv2": "dissensus",
        "tv3": "mitige",
    }


def test_mixed_scales_drop_the_histogram() -> None:
    positions = [PositionInput("s", "elus", f"p{i}", 5, 5) for i in range(3)]
    positions += [PositionInput("s", "elus", f"q{i}", 3, 1) for i in range(2)]
    positions.append(PositionInput("s", "elus", "r", 3, None))
    item = analyse(_one(positions=positions)).statement("s")
    tally = item.tallies["elus"]
    assert (tally.A, tally.N, tally.D, tally.P, tally.hist) == (3, 0, 2, 1, None)
    assert item.metrics["elus"].cns is None


def test_abstention_does_not_make_a_cell_mixed() -> None:
    positions = [PositionInput("s", "elus", f"p{i}", 5, 4) for i in range(3)]
    positions.append(PositionInput("s", "elus", "q", 3, None))
    tally = analyse(_one(positions=positions)).statement("s").tallies["elus"]
    assert tally.hist == (0, 0, 0, 3, 0)
    assert tally.P == 1


def test_strict_params_are_used_and_printed(schema: dict[str, object]) -> None:
    analysis = analyse(session(params=STRICT_PARAMS))
    assert analysis.statement("tv1").label is Label.DIVISE_INTRA
    out = analysis.to_json()
    validate(out, schema)
    assert out["params"]["preset"] == "strict"
    assert out["params"]["n_min"] == 5


def test_statement_without_votes() -> None:
    analysis = analyse(_one())
    item = analysis.statement("s")
    assert item.label is Label.TROP_PEU
    assert all(m.stance is Stance.INSUFFISANT for m in item.metrics.values())
    assert analysis.heatmap[0].group == "trop_peu"
    with pytest.raises(KeyError):
        analysis.statement("nope")


def test_voted_expectation_overlay_in_json(schema: dict[str, object]) -> None:
    cards = [ExpectationCard("e1", "etat", "elus", "tv2"), ExpectationCard("e2", "elus", "etat")]
    out = analyse(session(expectations=cards)).to_json()
    validate(out, schema)
    m3 = out["matrices"]["expectations"]
    assert m3["counts"]["etat"]["elus"] == 1
    assert m3["overlay"] == [
        {
            "card": "e1",
            "source": "etat",
            "target": "elus",
            "statement": "tv2",
            "source_stance": "POUR",
            "target_stance": "CONTRE",
            "gap": 1.166667,
            "role_linked_dissensus": True,
        }
    ]
    assert m3["reciprocity"][1] == {"a": "elus", "b": "etat", "value": 1.0}


def test_expectation_without_target_stays_out_of_m3() -> None:
    analysis = analyse(
        session(expectations=[ExpectationCard("e", "elus", ""), ExpectationCard("f", "elus", "etat")])
    )
    assert analysis.expectation_matrix.emitted["elus"] == 1
