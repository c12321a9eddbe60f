"""The zipped form of a bundle: ``bundle.json`` plus ``manifest.json`` with its SHA-256.

Reading follows Python's zipfile "decompression pitfalls": nothing is ever extracted to disk;
names are checked (no ``..``, no absolute or drive paths, no duplicates) even though nothing is
extracted, because a tool that does extract would be hurt; the declared sizes are summed and the
compression ratios checked before reading; the bytes actually read are capped.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import IO

from agora.bundle import FORMAT, VERSION
from agora.bundle import messages as msg
from agora.bundle.decode import decode_json
from agora.bundle.parse import check_header
from agora.errors import BundleError

#: Name of the bundle document inside the zip.
BUNDLE_ENTRY = "bundle.json"

#: Name of the manifest inside the zip: {"format", "version", "sha256"}.
MANIFEST_ENTRY = "manifest.json"

#: Largest manifest read, in bytes.
MAX_MANIFEST_BYTES = 64 * 1024

#: Highest compression ratio accepted for an entry over ``RATIO_FLOOR`` bytes. Deflate tops out
#: near 1,000:1 on repeated bytes; real bundles (random UUIDs, varied text) stay far below 100.
MAX_RATIO = 200

#: Entries smaller than this are never refused for their ratio (a tiny file compresses oddly).
RATIO_FLOOR = 1024 * 1024

_DRIVE = re.compile(r"^[A-Za-z]:")
_MB = 1024 * 1024


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or "\x00" in name
        or bool(_DRIVE.match(name))
        or ".." in parts
    )


def _check_entries(infos: list[zipfile.ZipInfo], limit: int) -> dict[str, zipfile.ZipInfo]:
    for info in infos:
        for name in (info.orig_filename, info.filename):
            if _unsafe(name):
                raise msg.refuse(msg.UNSAFE_NAME, name=name.encode("unicode_escape").decode("ascii")[:80])
    counts = Counter(info.filename for info in infos)
    for name, count in counts.items():
        if count > 1:
            raise msg.refuse(msg.DUPLICATE_ENTRY, name=name[:80])
    total = sum(info.file_size for info in infos)
    if total > limit:
        raise msg.refuse(msg.TOO_BIG, size=-(-total // _MB), limit=limit // _MB)
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise msg.refuse(
                msg.BOMB_RATIO, name=info.filename[:80], ratio=info.file_size // max(info.compress_size, 1)
            )
    return {info.filename: info for info in infos}


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.flag_bits & 0x1:
        raise msg.refuse(msg.ENCRYPTED)
    with archive.open(info) as handle:
        # Capped whatever the central directory claims: never more than limit + 1 bytes in memory.
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise msg.refuse(msg.TOO_BIG, size=-(-len(data) // _MB), limit=limit // _MB)
    return data


def _check_manifest(raw: bytes, payload: bytes) -> None:
    try:
        manifest = decode_json(raw)
    except BundleError as exc:
        raise msg.refuse(msg.BAD_MANIFEST, detail=exc.message().rstrip(".")) from None
    check_header(manifest)
    expected = manifest.get("sha256")
    if not isinstance(expected, str) or not re.fullmatch(r"[0-9A-Fa-f]{64}", expected):
        raise msg.refuse(msg.MANIFEST_SHA)
    if hashlib.sha256(payload).hexdigest() != expected.lower():
        raise msg.refuse(msg.CHECKSUM)


def read_zipped(path: Path, *, limit: int) -> bytes:
    """The bytes of ``bundle.json`` in the zipped bundle at ``path``, checked against its manifest.

    Args:
        path: the zip file.
        limit: most bytes the entries may hold once decompressed, all together.

    Returns:
        The bundle document's bytes (not yet decoded).

    Raises:
        BundleError: truncated or corrupt zip, dangerous or duplicate names, a decompression
            bomb, an encrypted entry, a missing entry, a bad manifest or a checksum mismatch.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            entries = _check_entries(archive.infolist(), limit)
            for name in (BUNDLE_ENTRY, MANIFEST_ENTRY):
                if name not in entries:
                    raise msg.refuse(msg.MISSING_ENTRY, name=name)
            manifest = _read_entry(archive, entries[MANIFEST_ENTRY], MAX_MANIFEST_BYTES)
            payload = _read_entry(archive, entries[BUNDLE_ENTRY], limit)
    except BundleError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError) as exc:
        # BadZipFile: truncated, bad CRC; NotImplementedError: unknown compression method.
        raise msg.refuse(msg.BAD_ZIP, detail=str(exc)[:120] or type(exc).__name__) from None
    _check_manifest(manifest, payload)
    return payload


def _entry(name: str) -> zipfile.ZipInfo:
    # A fixed date makes two exports of the same forum byte-identical.
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_zipped(handle: IO[bytes], payload: bytes) -> None:
    """Write the zipped form of the bundle document ``payload`` (UTF-8 JSON bytes) to ``handle``."""
    manifest = {"format": FORMAT, "version": VERSION, "sha256": hashlib.sha256(payload).hexdigest()}
    with zipfile.ZipFile(handle, "w") as archive:
        archive.writestr(_entry(BUNDLE_ENTRY), payload)
        archive.writestr(_entry(MANIFEST_ENTRY), json.dumps(manifest, indent=2).encode("utf-8") + b"\n")
