"""Exporting a forum as a bundle: the schema, the core fields, determinism, atomic files."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import jsonschema
import pytest

from agora.bundle.spec import CORE_LISTS, ENTITIES, FORUM
from agora.errors import BundleError
from agora.paths import resource
from agora.services import exchange
from agora.storage.store import ForumStore
from tests.agora.bundle import populate

SCHEMA = json.loads(resource("schema", "agora-bundle-1.json").read_text(encoding="utf-8"))

#: The core fields of DESIGN.md §5, which every export writes.
CORE = {
    "forum": {"id", "title", "date", "venue"},
    "categories": {"id", "label", "color"},
    "territories": {"id", "name"},
    "sessions": {"id", "kind", "category", "title"},
    "contributions": {"id", "session", "kind", "category", "target", "text", "principle"},
    "statements": {"id", "session", "text", "source"},
    "positions": {"id", "statement", "category", "participant", "scale", "value"},
    "tallies": {"statement", "category", "present", "for", "against", "abstain"},
}


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_and_reader_agree_on_every_field() -> None:
    """The shipped schema and the table that drives the reader describe the same fields."""
    for entity in (FORUM, *ENTITIES):
        definition = SCHEMA["$defs"][entity.name]
        assert set(definition["properties"]) == {f.key for f in entity.fields}, entity.name
        assert set(definition["required"]) == {f.key for f in entity.fields if f.required}, entity.name
    assert set(SCHEMA["required"]) == {"format", "version", "forum"} | CORE_LISTS


def test_export_conforms_to_schema_and_carries_core_fields(store: ForumStore) -> None:
    populate(store)
    document = exchange.export_bundle(store)
    errors = [error.message for error in validator().iter_errors(document)]
    assert errors == []
    assert document["format"] == "agora-bundle"
    assert document["version"] == 1
    assert CORE["forum"] <= set(document["forum"])
    for name, fields in CORE.items():
        if name != "forum":
            assert document[name], name
            assert all(fields <= set(item) for item in document[name]), name


def test_export_keeps_everything(store: ForumStore) -> None:
    ids = populate(store)
    document = exchange.export_bundle(store)
    deleted = next(c for c in document["contributions"] if c["id"] == ids["deleted"])
    assert deleted["deleted"] is not None
    assert deleted["created"].endswith("Z")
    assert len(document["contributions"]) == 4
    assert {p["participant"] for p in document["positions"]} == {"p1", "p2"}
    assert document["label_overrides"][0]["label"] == "MITIGE"
    assert len(document["card_links"]) == 1
    assert document["relations"][0]["territory"] in {t["id"] for t in document["territories"]}
    assert document["territories"][0]["population"] in (1200, None)
    expectation = next(c for c in document["contributions"] if c["id"] == ids["expectation"])
    assert (expectation["target"], expectation["principle"]) == ("etat", 2)


def test_two_exports_are_identical(store: ForumStore, tmp_path: Path) -> None:
    populate(store)
    assert exchange.export_bundle(store) == exchange.export_bundle(store)
    exchange.write_bundle(store, tmp_path / "a.json")
    exchange.write_bundle(store, tmp_path / "b.json")
    exchange.write_bundle(store, tmp_path / "a.zip")
    exchange.write_bundle(store, tmp_path / "b.zip")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_json_file_is_readable_utf8(store: ForumStore, tmp_path: Path) -> None:
    populate(store)
    out = tmp_path / "forum.json"
    exchange.write_bundle(store, out)
    text = out.read_text(encoding="utf-8")
    assert "Que l’État 🇫🇷 simplifie" in text  # not \u-escaped
    assert text.startswith("{\n")
    assert json.loads(text) == exchange.export_bundle(store)


def test_zip_has_bundle_and_manifest(store: ForumStore, tmp_path: Path) -> None:
    populate(store)
    out = tmp_path / "forum.zip"
    exchange.write_bundle(store, out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["bundle.json", "manifest.json"]
        payload = archive.read("bundle.json")
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest == {"format": "agora-bundle", "version": 1, "sha256": hashlib.sha256(payload).hexdigest()}
    assert json.loads(payload) == exchange.export_bundle(store)


def test_other_suffix_is_refused(store: ForumStore, tmp_path: Path) -> None:
    with pytest.raises(BundleError, match=r"\.json ou \.zip"):
        exchange.write_bundle(store, tmp_path / "forum.txt")
    assert not (tmp_path / "forum.txt").exists()


def test_failed_write_leaves_previous_file_and_no_temp(
    store: ForumStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T-EX-1: a failure before the rename never leaves a half file under the final name."""
    out = tmp_path / "forum.json"
    out.write_text("previous", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="Input/output"):
        exchange.write_bundle(store, out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
