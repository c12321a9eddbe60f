"""Reading a bundle file, plain JSON or zipped, into a decoded JSON document.

The kind of file is told by its first bytes (a zip starts with ``PK``), not by its name, so a
renamed file is still read for what it is. Sizes are capped before anything is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agora.bundle import messages as msg
from agora.bundle.decode import decode_json
from agora.bundle.zipped import read_zipped

#: Most bytes a bundle document may hold (uncompressed): far beyond any real forum, well below
#: what a laptop can hold in memory while it is checked.
MAX_BYTES = 200 * 1024 * 1024

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_MB = 1024 * 1024


def read_payload(source: Path) -> bytes:
    """The bundle document's bytes from a ``.json`` file or a zipped bundle.

    Raises:
        BundleError: missing or unreadable file, too big, or a bad zip (``read_zipped``).
    """
    try:
        if not source.is_file():
            raise msg.refuse(msg.NOT_FOUND, path=source.name)
        size = source.stat().st_size
        with source.open("rb") as handle:
            head = handle.read(4)
            if head in _ZIP_MAGIC or source.suffix.lower() == ".zip":
                return read_zipped(source, limit=MAX_BYTES)
            if size > MAX_BYTES:
                raise msg.refuse(msg.TOO_BIG, size=-(-size // _MB), limit=MAX_BYTES // _MB)
            data = head + handle.read(MAX_BYTES + 1 - len(head))
    except OSError as exc:
        raise msg.refuse(
            msg.UNREADABLE, path=source.name, detail=exc.strerror or type(exc).__name__
        ) from None
    if len(data) > MAX_BYTES:  # the file grew while being read
        raise msg.refuse(msg.TOO_BIG, size=-(-len(data) // _MB), limit=MAX_BYTES // _MB)
    return data


def read_document(source: Path) -> Any:
    """The decoded JSON document of the bundle file ``source`` (not yet checked as a bundle).

    Raises:
        BundleError: see ``read_payload`` and ``decode_json``.
    """
    return decode_json(read_payload(source))
