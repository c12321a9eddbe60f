"""Importing bundles: the core bundle, idempotence, merging rooms, categories, deletions, snapshots."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from agora.bundle.merge import ShrinkError
from agora.paths import backups_dir
from agora.services import cards, exchange, forums, statements, votes
from agora.storage.store import ForumStore, open_forum
from tests.agora.bundle import big_bundle, core_bundle, folder_state, new_id, populate, sha256, write_json
from tests.conftest import session_of

FORUM_ID = "0b5f1d2e-6c3a-4f8e-9a71-2d4c5e6f7a8b"


def export_of(path: Path) -> dict[str, Any]:
    with open_forum(path) as store:
        return exchange.export_bundle(store)


def ids(document: dict[str, Any], name: str) -> set[str]:
    return {item["id"] for item in document[name]}


def test_core_bundle_creates_a_forum(tmp_path: Path) -> None:
    """The core bundle of DESIGN.md §5 imports into a new file, keeping its forum id."""
    bundle = core_bundle()
    target = tmp_path / "nouveau.agora"
    report = exchange.import_bundle(write_json(tmp_path / "core.json", bundle), target)
    assert report.created
    assert report.forum_id == bundle["forum"]["id"]
    assert report.added["contributions"] == 1
    assert report.added["positions"] == 1
    assert report.added["tallies"] == 1
    assert report.snapshot is None
    document = export_of(target)
    assert document["forum"]["id"] == bundle["forum"]["id"]
    assert document["forum"]["title"] == "Forum du Val"
    assert [c["id"] for c in document["categories"]] == ["elus", "agents", "etat"]  # only the bundle's
    assert len(document["sessions"]) == 2  # no default agenda
    card = document["contributions"][0]
    assert (card["kind"], card["target"], card["principle"]) == ("expectation", "etat", 2)
    assert document["tallies"][0] == {**bundle["tallies"][0], "updated": document["tallies"][0]["updated"]}
    assert {p.name for p in tmp_path.iterdir()} - {"agora-data"} == {"core.json", "nouveau.agora"}


def test_core_bundle_twice_adds_nothing(tmp_path: Path) -> None:
    """Absent time stamps take the import's time, but are not compared: idempotent all the same."""
    source = write_json(tmp_path / "core.json", core_bundle())
    target = tmp_path / "forum.agora"
    exchange.import_bundle(source, target)
    before = export_of(target)
    report = exchange.import_bundle(source, target)
    assert not report.changed
    assert sum(report.added.values()) == 0
    assert report.present["contributions"] == 1
    assert export_of(target) == before
    assert "rien de nouveau" in report.summary()


def test_import_twice_changes_nothing(store: ForumStore, tmp_path: Path) -> None:
    populate(store)
    source = tmp_path / "forum.zip"
    exchange.write_bundle(store, source)
    before = exchange.export_bundle(store)
    store.close()
    target = tmp_path / "copie.agora"
    first = exchange.import_bundle(source, target)
    assert first.added["contributions"] == 4
    digest = sha256(target)
    second = exchange.import_bundle(source, target)
    assert sum(second.added.values()) == 0
    assert sum(second.deleted.values()) == 0
    assert second.present["contributions"] == 4
    assert second.snapshot is None
    assert sha256(target) == digest
    assert export_of(target) == before
    # Into the forum it came from: nothing to add either.
    again = exchange.import_bundle(source, store.path)
    assert not again.changed


def add_room_work(path: Path, room: str) -> None:
    with open_forum(path) as store:
        peer, agora = session_of(store, "elus"), session_of(store, None)
        cards.add_card(store, peer, "constraint", f"Contrainte de la salle {room}")
        cards.add_card(store, peer, "expectation", f"Attente de la salle {room}", target="agents")
        statement = statements.add_statement(store, agora, f"Énoncé de la salle {room}")
        votes.record_position(store, statement.id, "agents", 5, participant=f"{room}-1")
        votes.record_position(store, statement.id, "etat", 2, participant=f"{room}-2")


def test_two_rooms_from_one_shared_bundle_merge(tmp_path: Path) -> None:
    """The facilitator's bundle seeds both laptops; their two bundles merge into the union."""
    with forums.create_forum(tmp_path / "prepare.agora", "Forum", forum_id=FORUM_ID) as base:
        exchange.write_bundle(base, tmp_path / "base.json")
    rooms = []
    for room in ("A", "B"):
        path = tmp_path / f"salle-{room}.agora"
        exchange.import_bundle(tmp_path / "base.json", path)
        add_room_work(path, room)
        with open_forum(path) as store:
            exchange.write_bundle(store, tmp_path / f"salle-{room}.zip")
        rooms.append(export_of(path))
    merged = tmp_path / "synthese.agora"
    exchange.import_bundle(tmp_path / "salle-A.zip", merged)
    report = exchange.import_bundle(tmp_path / "salle-B.zip", merged)
    assert report.added["contributions"] == 2
    assert report.added["positions"] == 2
    assert report.present["sessions"] == 13  # the shared agenda
    document = export_of(merged)
    assert document["forum"]["id"] == FORUM_ID
    for name in ("contributions", "statements", "positions", "sessions"):
        assert ids(document, name) == ids(rooms[0], name) | ids(rooms[1], name), name
    assert len(document["contributions"]) == 4
    # And room B's bundle into room A's own file: the same union.
    exchange.import_bundle(tmp_path / "salle-B.zip", tmp_path / "salle-A.agora")
    assert ids(export_of(tmp_path / "salle-A.agora"), "positions") == ids(document, "positions")


def test_two_forum_files_with_same_forum_id_merge(tmp_path: Path) -> None:
    """Two laptops that each created the forum (same id): cards and positions are united."""
    for room in ("A", "B"):
        path = tmp_path / f"{room}.agora"
        forums.create_forum(path, f"Forum salle {room}", forum_id=FORUM_ID).close()
        add_room_work(path, room)
        with open_forum(path) as store:
            exchange.write_bundle(store, tmp_path / f"{room}.json")
    target = tmp_path / "tout.agora"
    exchange.import_bundle(tmp_path / "A.json", target)
    exchange.import_bundle(tmp_path / "B.json", target)
    document = export_of(target)
    rooms = [export_of(tmp_path / f"{room}.agora") for room in ("A", "B")]
    assert ids(document, "contributions") == ids(rooms[0], "contributions") | ids(rooms[1], "contributions")
    assert ids(document, "positions") == ids(rooms[0], "positions") | ids(rooms[1], "positions")
    assert len(document["positions"]) == 4
    assert [c["id"] for c in document["categories"]] == ["elus", "agents", "etat", "socio"]
    assert document["forum"]["title"] == "Forum salle A"


def test_bundle_of_another_forum_merges_into_target(store: ForumStore, tmp_path: Path) -> None:
    bundle = core_bundle()
    before = forums.forum_info(store)
    store.close()
    report = exchange.import_bundle(write_json(tmp_path / "b.json", bundle), store.path)
    assert report.forum_id == before.id != bundle["forum"]["id"]
    assert report.added["contributions"] == 1
    with open_forum(store.path) as reopened:
        assert forums.forum_info(reopened) == before
        assert len(cards.list_cards(reopened)) == 1


def test_existing_category_is_kept_and_new_one_added(store: ForumStore, tmp_path: Path) -> None:
    bundle = core_bundle()
    bundle["categories"][0]["label"] = "Élus (salle B)"
    bundle["categories"].append({"id": "habitants", "label": "Habitants", "color": "#123456"})
    store.close()
    report = exchange.import_bundle(write_json(tmp_path / "b.json", bundle), store.path)
    assert report.present["categories"] == 3
    assert report.added["categories"] == 1
    with open_forum(store.path) as reopened:
        labels = {c.code: c.label for c in forums.list_categories(reopened)}
    assert labels["elus"] == "Élu·e·s"
    assert labels["habitants"] == "Habitants"


def test_unknown_fields_are_ignored(tmp_path: Path) -> None:
    bundle = core_bundle()
    bundle["generator"] = {"name": "autre outil", "version": "3.2"}
    bundle["contributions"][0]["couleur_du_postit"] = "jaune"
    bundle["forum"]["meteo"] = "pluie"
    bundle["future_list"] = [{"id": "x"}]
    report = exchange.import_bundle(write_json(tmp_path / "b.json", bundle), tmp_path / "f.agora")
    assert report.added["contributions"] == 1


def test_text_is_normalised_on_import(tmp_path: Path) -> None:
    bundle = core_bundle()
    bundle["contributions"][0]["text"] = "  Cafe\u0301\r\nsuite\u202e\x07  "
    exchange.import_bundle(write_json(tmp_path / "b.json", bundle), tmp_path / "f.agora")
    assert export_of(tmp_path / "f.agora")["contributions"][0]["text"] == "Café\nsuite"


def test_snapshot_before_writing_into_existing_file(store: ForumStore, tmp_path: Path) -> None:
    populate(store)
    store.close()
    before = export_of(store.path)
    report = exchange.import_bundle(write_json(tmp_path / "b.json", core_bundle()), store.path)
    assert report.snapshot is not None
    assert report.snapshot.parent.parent == backups_dir()
    assert "avant-import" in report.snapshot.name
    assert export_of(report.snapshot) == before


def session_bundle(store: ForumStore, count: int) -> tuple[dict[str, Any], list[str]]:
    peer = session_of(store, "elus")
    made = [cards.add_card(store, peer, "constraint", f"Carte {n}").id for n in range(count)]
    return exchange.export_bundle(store), made


def mark_deleted(document: dict[str, Any], card_ids: list[str]) -> dict[str, Any]:
    document = copy.deepcopy(document)
    stamp = dt.datetime(2026, 5, 12, 16, 0, tzinfo=dt.UTC).isoformat()
    for card in document["contributions"]:
        if card["id"] in card_ids:
            card["deleted"] = card["updated"] = stamp
    return document


def test_deletion_in_bundle_is_applied(store: ForumStore, tmp_path: Path) -> None:
    document, made = session_bundle(store, 10)
    store.close()
    source = write_json(tmp_path / "b.json", mark_deleted(document, made[:2]))
    report = exchange.import_bundle(source, store.path)
    assert report.deleted["contributions"] == 2
    assert report.added["contributions"] == 0
    with open_forum(store.path) as reopened:
        assert len(cards.list_cards(reopened)) == 8
    assert not exchange.import_bundle(source, store.path).changed


def test_deleting_most_of_a_session_needs_confirmation(store: ForumStore, tmp_path: Path) -> None:
    """T-IM-2: a bundle that would delete most live cards of a session asks first."""
    document, made = session_bundle(store, 10)
    store.close()
    source = write_json(tmp_path / "b.json", mark_deleted(document, made[:6]))
    digest = sha256(store.path)
    with pytest.raises(ShrinkError, match=r"supprimerait 6 des 10 cartes du temps « Temps entre pairs 1"):
        exchange.import_bundle(source, store.path)
    assert sha256(store.path) == digest
    report = exchange.import_bundle(source, store.path, confirm_shrink=False)
    assert report.deleted["contributions"] == 6


def test_import_never_restores_a_deleted_card(store: ForumStore, tmp_path: Path) -> None:
    document, made = session_bundle(store, 3)
    cards.delete_card(store, made[0])
    store.close()
    report = exchange.import_bundle(write_json(tmp_path / "b.json", document), store.path)
    assert not report.changed
    with open_forum(store.path) as reopened:
        assert cards.get_card(reopened, made[0]).deleted_at is not None


def test_ten_thousand_cards(tmp_path: Path) -> None:
    """A 10,000-card bundle imports (the bench times it: bench/bench_bundle.py)."""
    bundle = big_bundle(10_000)
    target = tmp_path / "grand.agora"
    report = exchange.import_bundle(write_json(tmp_path / "grand.json", bundle), target)
    assert report.added["contributions"] == 10_001
    assert report.added["positions"] == 2_501
    with open_forum(target) as store:
        assert len(cards.list_cards(store)) == 10_001
    state = folder_state(tmp_path)
    assert not exchange.import_bundle(tmp_path / "grand.json", target).changed
    assert folder_state(tmp_path) == state


def test_statement_ids_and_sources_survive(tmp_path: Path) -> None:
    bundle = core_bundle()
    card = bundle["contributions"][0]["id"]
    extra = new_id()
    bundle["statements"].append(
        {"id": extra, "session": bundle["sessions"][1]["id"], "text": "Autre", "source": None}
    )
    exchange.import_bundle(write_json(tmp_path / "b.json", bundle), tmp_path / "f.agora")
    document = export_of(tmp_path / "f.agora")
    assert {s["id"]: s["source"] for s in document["statements"]} == {
        bundle["statements"][0]["id"]: card,
        extra: None,
    }
