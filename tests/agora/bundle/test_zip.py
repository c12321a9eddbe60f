"""The zipped bundle: round trip, and the refusals of T-IM-1 (never extracted, never trusted)."""

from __future__ import annotations

import hashlib
import json
import os
import warnings
import zipfile
from pathlib import Path

import pytest

from agora.bundle import read
from agora.errors import BundleError
from agora.services import exchange
from agora.storage.store import ForumStore, open_forum
from tests.agora.bundle import core_bundle, folder_state, populate

PAYLOAD = json.dumps(core_bundle(), ensure_ascii=False).encode("utf-8")


def manifest(payload: bytes = PAYLOAD, **changes: object) -> bytes:
    content = {
        "format": "agora-bundle",
        "version": 1,
        "sha256": hashlib.sha256(payload).hexdigest(),
        **changes,
    }
    return json.dumps(content).encode("utf-8")


def make_zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=(2026, 5, 12, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
    return path


def good_entries() -> list[tuple[str, bytes]]:
    return [("bundle.json", PAYLOAD), ("manifest.json", manifest())]


def refused(source: Path, tmp_path: Path, match: str) -> None:
    before = folder_state(tmp_path)
    with pytest.raises(BundleError, match=match):
        exchange.import_bundle(source, tmp_path / "nouveau.agora")
    assert folder_state(tmp_path) == before


def test_zip_round_trip(store: ForumStore, tmp_path: Path) -> None:
    populate(store)
    exchange.write_bundle(store, tmp_path / "forum.zip")
    original = exchange.export_bundle(store)
    exchange.import_bundle(tmp_path / "forum.zip", tmp_path / "copie.agora")
    with open_forum(tmp_path / "copie.agora") as copy:
        assert exchange.export_bundle(copy) == original


def test_handmade_zip_with_extra_entry_imports(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.zip", [*good_entries(), ("README.txt", b"notes")])
    assert exchange.import_bundle(source, tmp_path / "f.agora").added["contributions"] == 1


def test_zip_named_json_is_read_as_zip(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.json", good_entries())
    assert exchange.import_bundle(source, tmp_path / "f.agora").created


def test_checksum_mismatch(store: ForumStore, tmp_path: Path) -> None:
    """T-EX-2: one flipped byte of the exported bundle and the import refuses."""
    exchange.write_bundle(store, tmp_path / "forum.zip")
    with zipfile.ZipFile(tmp_path / "forum.zip") as archive:
        payload, meta = archive.read("bundle.json"), archive.read("manifest.json")
    flipped = payload.replace(b'"Agora"', b'"Agorb"', 1)
    assert flipped != payload
    source = make_zip(tmp_path / "abime.zip", [("bundle.json", flipped), ("manifest.json", meta)])
    refused(source, tmp_path, "L’empreinte SHA-256 de bundle.json ne correspond pas au manifeste")


@pytest.mark.parametrize("name", ["../x", "/x", "C:\\x", "a/../../x", "..\\x", "c:x"])
def test_path_traversal_names(tmp_path: Path, name: str) -> None:
    source = make_zip(tmp_path / "b.zip", [*good_entries(), (name, b"x")])
    refused(source, tmp_path, "nom de fichier dangereux")


def test_duplicate_entries(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.zip", [*good_entries(), ("bundle.json", PAYLOAD)])
    refused(source, tmp_path, "contient deux fois « bundle.json »")


def test_missing_bundle(tmp_path: Path) -> None:
    refused(
        make_zip(tmp_path / "b.zip", [("manifest.json", manifest())]),
        tmp_path,
        "ne contient pas « bundle.json »",
    )


def test_missing_manifest(tmp_path: Path) -> None:
    refused(
        make_zip(tmp_path / "b.zip", [("bundle.json", PAYLOAD)]),
        tmp_path,
        "ne contient pas « manifest.json »",
    )


def test_manifest_of_newer_version(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.zip", [("bundle.json", PAYLOAD), ("manifest.json", manifest(version=3))])
    refused(source, tmp_path, r"plus récente d’Agora \(format 3\)")


def test_manifest_not_json(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.zip", [("bundle.json", PAYLOAD), ("manifest.json", b"sha256=...")])
    refused(source, tmp_path, "Le manifeste du paquet compressé est invalide")


def test_manifest_without_checksum(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "b.zip", [("bundle.json", PAYLOAD), ("manifest.json", manifest(sha256=None))]
    )
    refused(source, tmp_path, "n’indique pas l’empreinte SHA-256")


def test_decompression_bomb_by_ratio(tmp_path: Path) -> None:
    """50 MB of zeros squeezed into ~50 KB: refused before a byte is decompressed."""
    source = make_zip(tmp_path / "b.zip", [*good_entries(), ("zeros.bin", bytes(50 * 1024 * 1024))])
    assert source.stat().st_size < 200_000
    refused(source, tmp_path, "anormalement comprimé")


def test_declared_size_over_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The declared sizes are summed before reading (limit lowered to keep the test small)."""
    monkeypatch.setattr(read, "MAX_BYTES", 1024 * 1024)
    source = make_zip(tmp_path / "b.zip", [*good_entries(), ("bruit.bin", os.urandom(1536 * 1024))])
    refused(source, tmp_path, "dépasse 2 Mo une fois décompressé : la limite est de 1 Mo")


def test_lying_size_is_caught(tmp_path: Path) -> None:
    """A central directory that understates an entry's size: the capped read and the CRC refuse it."""
    source = make_zip(tmp_path / "b.zip", good_entries())
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("bundle.json")
    # Patch the uncompressed size in the central directory entry of bundle.json.
    central = data.index(b"PK\x01\x02")
    assert data[central + 46 : central + 46 + 11] == b"bundle.json"
    data[central + 24 : central + 28] = (info.file_size // 2).to_bytes(4, "little")
    source.write_bytes(bytes(data))
    refused(source, tmp_path, "illisible ou tronqué")


def test_truncated_zip(store: ForumStore, tmp_path: Path) -> None:
    exchange.write_bundle(store, tmp_path / "forum.zip")
    data = (tmp_path / "forum.zip").read_bytes()
    for size in (len(data) // 2, len(data) - 10, 30):
        (tmp_path / "tronque.zip").write_bytes(data[:size])
        refused(tmp_path / "tronque.zip", tmp_path, "Le paquet compressé est illisible ou tronqué")


def test_corrupt_deflate_stream(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.zip", good_entries())
    data = bytearray(source.read_bytes())
    start = data.index(b"bundle.json") + len("bundle.json")  # the data follows the local header's name
    for offset in range(start + 5, start + 25):
        data[offset] ^= 0xFF
    source.write_bytes(bytes(data))
    refused(source, tmp_path, "illisible ou tronqué|empreinte SHA-256")


def test_encrypted_entry(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "b.zip", good_entries())
    data = bytearray(source.read_bytes())
    # zipfile cannot write encrypted entries: set the "encrypted" flag bit in both headers.
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 6] |= 0x1
    data[central + 8] |= 0x1
    source.write_bytes(bytes(data))
    refused(source, tmp_path, "est chiffré")


def test_not_a_zip_with_zip_suffix(tmp_path: Path) -> None:
    (tmp_path / "b.zip").write_bytes(PAYLOAD)
    refused(tmp_path / "b.zip", tmp_path, "illisible ou tronqué")
