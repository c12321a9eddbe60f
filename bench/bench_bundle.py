"""Importing and exporting a 10,000-card bundle (agora.services.exchange).

Prints the median of 3 runs of: importing a generated bundle (10,000 cards, 500 statements,
2,500 positions) into a new forum file, re-importing it into that file (idempotent: nothing to
write, everything to compare), and exporting the forum to a zipped bundle. The floor, measured
in the same run, is a bare ``json.loads`` + ``json.dumps`` of the same document: the ratio is
what checking, comparing and writing add to merely reading the JSON.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agora.services import exchange
from agora.storage.store import open_forum

CARDS = 10_000
RUNS = 3
KINDS = ("constraint", "expectation", "commitment", "learning", "story")
CATEGORIES = ("elus", "agents", "etat", "socio")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_bundle(n_cards: int = CARDS, seed: int = 12) -> dict[str, Any]:
    """A valid bundle of ``n_cards`` cards over four peer groups and an Agora, with votes."""
    rng = random.Random(seed)
    sessions = [
        {"id": _id(rng), "kind": "peer_group", "category": code, "title": f"Temps entre pairs — {code}"}
        for code in CATEGORIES
    ]
    agora = {"id": _id(rng), "kind": "agora", "category": None, "title": "Agora"}
    contributions = []
    for index in range(n_cards):
        session = sessions[index % len(sessions)]
        kind = rng.choice(KINDS)
        others = [code for code in CATEGORIES if code != session["category"]]
        contributions.append(
            {
                "id": _id(rng),
                "session": session["id"],
                "kind": kind,
                "category": session["category"],
                "target": rng.choice(others) if kind == "expectation" else None,
                "text": f"Carte {index} : « {rng.random():.8f} » — éàç 🌱",
                "principle": rng.choice([None, 1, 2, 3, 4]),
            }
        )
    statements, positions = [], []
    for index in range(n_cards // 20):
        statement = _id(rng)
        statements.append(
            {"id": statement, "session": agora["id"], "text": f"Énoncé {index}", "source": None}
        )
        positions.extend(
            {
                "id": _id(rng),
                "statement": statement,
                "category": CATEGORIES[voter % 4],
                "participant": f"p{voter}",
                "scale": 5,
                "value": rng.choice([None, 1, 2, 3, 4, 5]),
            }
            for voter in range(5)
        )
    return {
        "format": "agora-bundle",
        "version": 1,
        "forum": {"id": _id(rng), "title": "Banc d’essai", "date": "2026-05-12", "venue": "Salle"},
        "categories": [{"id": code, "label": code.capitalize(), "color": "#336699"} for code in CATEGORIES],
        "territories": [],
        "sessions": [*sessions, agora],
        "contributions": contributions,
        "statements": statements,
        "positions": positions,
        "tallies": [],
    }


def _median(action: Callable[[], object]) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    """Print the medians of import, re-import and export, beside the JSON floor."""
    folder = Path(tempfile.mkdtemp(prefix="agora-bundle-"))
    source = folder / "bundle.json"
    document = make_bundle()
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    size = source.stat().st_size / 1e6
    print(
        f"bundle: {CARDS:,} cards, {len(document['positions']):,} positions, {size:.1f} MB; medians of {RUNS}"
    )

    floor = _median(lambda: json.dumps(json.loads(source.read_bytes()), ensure_ascii=False))
    print(f"floor (json.loads + json.dumps): {floor:.3f} s", flush=True)

    targets = iter(folder / f"import-{n}.agora" for n in range(RUNS))
    fresh = _median(lambda: exchange.import_bundle(source, next(targets)))
    print(f"import into a new file: {fresh:.3f} s ({fresh / floor:.1f}× floor)", flush=True)

    again = _median(lambda: exchange.import_bundle(source, folder / "import-0.agora"))
    print(f"re-import (nothing new): {again:.3f} s ({again / floor:.1f}× floor)", flush=True)

    with open_forum(folder / "import-0.agora", read_only=True) as store:
        export = _median(lambda: exchange.write_bundle(store, folder / "export.zip"))
    print(f"export to .zip: {export:.3f} s ({export / floor:.1f}× floor)", flush=True)


if __name__ == "__main__":
    main()
