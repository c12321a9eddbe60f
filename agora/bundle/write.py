"""Writing a bundle document to disk: never a half-written file under the final name.

The document goes to a temporary file in the destination folder (same file system), is synced,
then renamed over the final name, and the folder is synced so the rename survives a power cut
(RELIABILITY.md §1.6). The same helper writes the CSV and XLSX exports.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from agora.bundle import messages as msg
from agora.bundle.zipped import write_zipped
from agora.storage.snapshot import fsync_dir


def dump_document(document: dict[str, Any]) -> bytes:
    """The UTF-8 JSON bytes of a bundle document: readable (indented, not ASCII-escaped), stable."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8") + b"\n"


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[IO[bytes]]:
    """A binary handle whose content replaces ``out`` only if the block ends without error.

    Raises:
        OSError: the folder cannot be written; ``out`` is then untouched.
    """
    # Not mkstemp: its 0600 mode would stick to the export; os.open lets the umask decide, as
    # for any file the user saves. The random name keeps concurrent exports apart.
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_document(document: dict[str, Any], out: Path) -> None:
    """Write a bundle document as ``.json`` (UTF-8 JSON) or ``.zip`` (bundle.json + manifest.json).

    Raises:
        BundleError: ``out`` has another suffix.
        OSError: the file cannot be written; any previous ``out`` is left as it was.
    """
    suffix = out.suffix.lower()
    writers: dict[str, Callable[[IO[bytes], bytes], Any]] = {
        ".json": lambda handle, payload: handle.write(payload),
        ".zip": write_zipped,
    }
    if suffix not in writers:
        raise msg.refuse(msg.BAD_OUTPUT, name=out.name)
    payload = dump_document(document)
    with atomic_output(out) as handle:
        writers[suffix](handle, payload)
