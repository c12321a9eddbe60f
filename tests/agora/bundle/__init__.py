"""Bundle tests; the builders below are shared by the test modules of this folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import uuid
from pathlib import Path
from typing import Any

from agora.domain import reference
from agora.services import analysis, cards, forums, statements, votes
from agora.storage.store import ForumStore
from tests.conftest import session_of


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name) with its SHA-256: to prove nothing changed."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def write_json(path: Path, document: Any) -> Path:
    """Write ``document`` as a bundle file (UTF-8 JSON) and return its path."""
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def new_id() -> str:
    """A fresh UUID4 string."""
    return str(uuid.uuid4())


def core_bundle() -> dict[str, Any]:
    """The core bundle of DESIGN.md §5: exactly its fields, with real UUIDs."""
    forum, peer, agora = new_id(), new_id(), new_id()
    card, statement = new_id(), new_id()
    return {
        "format": "agora-bundle",
        "version": 1,
        "forum": {"id": forum, "title": "Forum du Val", "date": "2026-05-12", "venue": "Salle des fêtes"},
        "categories": [
            {"id": "elus", "label": "Élu·e·s", "color": "#1f77b4"},
            {"id": "agents", "label": "Agents territoriaux", "color": "#2ca02c"},
            {"id": "etat", "label": "État", "color": "#9467bd"},
        ],
        "territories": [{"id": new_id(), "name": "Communauté de communes du Val"}],
        "sessions": [
            {"id": peer, "kind": "peer_group", "category": "elus", "title": "Temps entre pairs — Élu·e·s"},
            {"id": agora, "kind": "agora", "category": None, "title": "Agora"},
        ],
        "contributions": [
            {
                "id": card,
                "session": peer,
                "kind": "expectation",
                "category": "elus",
                "target": "etat",
                "text": "Des financements pluriannuels",
                "principle": 2,
            }
        ],
        "statements": [
            {"id": statement, "session": agora, "text": "Des financements pluriannuels", "source": card}
        ],
        "positions": [
            {
                "id": new_id(),
                "statement": statement,
                "category": "agents",
                "participant": None,
                "scale": 5,
                "value": 4,
            }
        ],
        "tallies": [
            {"statement": statement, "category": "etat", "present": 6, "for": 4, "against": 1, "abstain": 1}
        ],
    }


def big_bundle(n_cards: int, *, seed: int = 0) -> dict[str, Any]:
    """A generated bundle of ``n_cards`` cards over the core bundle's two sessions, with votes."""
    rng = random.Random(seed)
    document = core_bundle()
    peer, agora = document["sessions"][0]["id"], document["sessions"][1]["id"]
    kinds = ["constraint", "expectation", "commitment", "learning", "story"]
    for index in range(n_cards):
        kind = rng.choice(kinds)
        document["contributions"].append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "session": peer if index % 3 else agora,
                "kind": kind,
                "category": "elus",
                "target": rng.choice(["agents", "etat"]) if kind == "expectation" else None,
                "text": f"Carte n° {index} — {rng.random():.6f} « éà » 🌱",
                "principle": rng.choice([None, 1, 2, 3, 4]),
            }
        )
    for index in range(n_cards // 20):
        statement = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        document["statements"].append(
            {"id": statement, "session": agora, "text": f"Énoncé {index}", "source": None}
        )
        for voter in range(5):
            document["positions"].append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "statement": statement,
                    "category": "agents",
                    "participant": f"p{voter}",
                    "scale": 5,
                    "value": rng.choice([None, 1, 2, 3, 4, 5]),
                }
            )
    return document


def populate(store: ForumStore) -> dict[str, str]:
    """Fill a forum through the services with one of everything; returns the ids tests need."""
    peer, agora = session_of(store, "elus"), session_of(store, None)
    expectation = cards.add_card(
        store, peer, "expectation", "Que l’État 🇫🇷 simplifie", target="etat", principle=2
    )
    constraint = cards.add_card(store, peer, "constraint", "Manque de temps", theme="moyens")
    gone = cards.add_card(store, peer, "story", "Une histoire retirée")
    cards.delete_card(store, gone.id)
    commitment = cards.add_card(store, session_of(store, "etat"), "commitment", "Nous simplifierons")
    cards.link_commitment(store, commitment.id, expectation.id)
    statement = statements.add_statement(store, agora, source_card=expectation.id)
    other = statements.add_statement(store, agora, "Un énoncé tapé")
    votes.record_position(store, statement.id, "agents", 4, participant="p1")
    votes.record_position(store, statement.id, "agents", None, participant="p2", channel="phone")
    votes.record_tally(store, statement.id, "etat", 6, 4, 1, 1)
    analysis.override_label(store, statement.id, "MITIGE", "débat vif")
    territory = forums.add_territory(store, "Val d’Oise", population=1200, setting="rural")
    typology = reference.typologies()[0]
    forums.record_relation(store, territory.id, dt.date(2026, 5, 12), typology.code, typology.values[0].code)
    return {
        "peer": peer,
        "agora": agora,
        "expectation": expectation.id,
        "constraint": constraint.id,
        "deleted": gone.id,
        "statement": statement.id,
        "other_statement": other.id,
    }
