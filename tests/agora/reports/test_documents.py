"""What the summaries, handouts and poster print, and the purity of the builders."""

from __future__ import annotations

import ast
import dataclasses
import re
import sqlite3
from pathlib import Path

import pytest

from agora.errors import ValidationError
from agora.method import AgoraInput, CategoryInfo, HandTally, StatementInput, analyse
from agora.reports import build_handouts, build_poster, build_summary
from agora.reports.command import gather
from agora.services import analysis as analysis_service
from agora.services import forums
from agora.storage.store import ForumStore, open_forum
from tests.agora.reports.conftest import Demo
from tests.agora.reports.helpers import card, categories, pdf_pages, peer_input, pypdf

REPORTS = Path(__file__).resolve().parents[3] / "agora" / "reports"


def _flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def test_agora_summary_prints_the_cross_table_lists_matrices_and_method(
    demo_forum: Demo, tmp_path: Path
) -> None:
    text = _flat(pdf_pages(build_summary(demo_forum.agora, tmp_path / "agora.pdf")))
    for expected in (
        "Contraintes / freins",
        "Attentes vis-à-vis des autres catégories",
        "Engagements",
        "Une méfiance du collectif politique sur l’externe",  # the source document's own cards
        "Points de consensus (6)",
        "Dissensus entre rôles (3)",
        "Divisions internes (1)",
        "Incertitudes (1)",
        "Consensus favorable [sans : État]",
        "Divisé au sein de : Élu·e·s",
        "Carte des positions",
        "Accord entre catégories",
        "Attentes croisées",
        "Note de méthode",
        "Chaque catégorie pèse autant",
        "n_min = 3",
        "t_pos = 60 %",
    ):
        assert expected in text, expected
    # Every stance is printed with its votes.
    assert re.search(r"Élu·e·s : Pour \(\d+ pour, \d+ neutres?, \d+ contre ; n = \d+", text)


def test_overridden_labels_are_marked(demo_forum: Demo, tmp_path: Path) -> None:
    copy = tmp_path / "copy.agora"
    with sqlite3.connect(demo_forum.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with open_forum(copy) as store:
        statement = demo_forum.agora.analysis.statements[-1].statement  # type: ignore[union-attr]
        analysis_service.override_label(store, statement.id, "DISSENSUS_INTER", "Débat vif dans la salle")
        data = gather(store, demo_forum.agora_id)
    text = _flat(pdf_pages(build_summary(data, tmp_path / "override.pdf")))
    assert "libellé fixé par l’animation (calcul : Consensus favorable)" in text
    assert "Débat vif dans la salle" in text


def test_peer_summary_groups_cards(demo_forum: Demo, tmp_path: Path) -> None:
    text = _flat(pdf_pages(build_summary(demo_forum.elus, tmp_path / "elus.pdf")))
    for expected in (
        "Compte rendu — Temps entre pairs — Élu·e·s",
        "Salle des fêtes de Vallières-sur-Aubrelle",
        "Communauté de communes des Coteaux de l’Aubrelle",
        "Catégorie : Élu·e·s",
        "Contraintes / freins (4)",
        "Vers Acteurs socio-économiques (3)",
        "Principe 2",
        "« Au premier festival des transitions",
        "Les principes directeurs",
    ):
        assert expected in text, expected


def test_handouts_are_numbered_per_category(demo_forum: Demo, tmp_path: Path) -> None:
    pages = pdf_pages(build_handouts(demo_forum.agora, tmp_path / "livrets.pdf"))
    numbers = [tuple(map(int, re.search(r"page\s(\d+)\s/\s(\d+)", p).groups())) for p in pages]  # type: ignore[union-attr]
    starts = [i for i, (page, _total) in enumerate(numbers) if page == 1]
    assert len(starts) == 4
    assert all(total <= 2 for _page, total in numbers)
    first = _flat(pages[: numbers[0][1]])
    for expected in (
        "Livret — Élu·e·s",
        "Ce que les autres catégories attendent de vous",
        "Sortir des rôles d’élus ou d’agents",
        "Vos engagements",
        "Points de consensus qui vous concernent",
        "Points de dissensus qui vous concernent",
        "Vous : Contre",
    ):
        assert expected in first, expected


def test_poster_is_a3_with_both_lists(demo_forum: Demo, tmp_path: Path) -> None:
    out = build_poster(demo_forum.elus, tmp_path / "affiche.pdf")  # a peer group's poster: the forum's Agora
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)
    text = _flat(pdf_pages(out))
    assert "Points de consensus" in text
    assert "Points de dissensus entre rôles" in text
    assert "Dépasser la logique de guichet" in text


def _many_consensus(count: int) -> AgoraInput:
    cats = [CategoryInfo(c.code, c.label) for c in categories()]
    statements = [
        StatementInput(f"s{i}", f"Énoncé partagé numéro {i} sur la coopération au territoire")
        for i in range(count)
    ]
    hands = [HandTally(s.id, c.code, 6, 5, 0, 1) for s in statements for c in cats]
    return AgoraInput(categories=cats, statements=statements, tallies=hands)


def test_poster_keeps_big_type_and_says_what_it_leaves_out(tmp_path: Path) -> None:
    data = dataclasses.replace(
        peer_input([]), analysis=analyse(_many_consensus(60)), agora=peer_input([]).session
    )
    text = _flat(pdf_pages(build_poster(data, tmp_path / "affiche.pdf")))
    assert re.search(r"… et \d+ autres points dans le compte rendu", text)
    assert "Énoncé partagé numéro 0 " in text


def test_poster_needs_an_agora(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="pas de temps d’Agora"):
        build_poster(peer_input([]), tmp_path / "affiche.pdf")


def test_builders_never_read_the_database() -> None:
    """Reports are pure: only the command line's face reads the forum, through the services."""
    for module in REPORTS.glob("*.py"):
        if module.name == "command.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("agora.storage"), module.name
                if node.module.startswith("agora.services"):
                    assert node.module == "agora.services.reads", module.name


def test_handouts_of_a_crowded_forum_stay_within_two_pages(tmp_path: Path) -> None:
    cards = [
        card(f"Attente {i} : " + "une attente détaillée des acteurs envers les élus " * 4, number=i,
             kind="expectation", category="socio", target="elus")
        for i in range(120)
    ]  # fmt: skip
    cards += [
        card(f"Engagement {i} : " + "tenir parole dans la durée " * 6, number=200 + i, kind="commitment")
        for i in range(60)
    ]
    data = dataclasses.replace(
        peer_input(cards), analysis=analyse(_many_consensus(40)), agora=peer_input([]).session
    )
    pages = pdf_pages(build_handouts(data, tmp_path / "livrets.pdf", categories=["elus"]))
    assert len(pages) <= 2
    assert re.search(r"… et \d+ autres : voir le compte rendu de l’Agora", _flat(pages))


def test_an_empty_forum_prints_every_document(store: ForumStore, tmp_path: Path) -> None:
    sessions = forums.list_sessions(store)
    agora_id = next(s.id for s in sessions if s.category is None)
    peer_id = next(s.id for s in sessions if s.category is not None)
    agora = gather(store, agora_id)
    peer = gather(store, peer_id)
    assert "L’Agora n’a pas encore été analysée" in _flat(pdf_pages(build_summary(agora, tmp_path / "a.pdf")))
    assert "Aucune carte n’a été écrite" in _flat(pdf_pages(build_summary(peer, tmp_path / "p.pdf")))
    assert "Rien pour l’instant." in _flat(pdf_pages(build_handouts(agora, tmp_path / "h.pdf")))
    assert "Aucun point pour l’instant." in _flat(pdf_pages(build_poster(agora, tmp_path / "x.pdf")))
