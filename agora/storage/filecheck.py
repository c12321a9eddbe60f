"""Telling a forum file from anything else before SQLite touches it.

A 0-byte file opens in SQLite as a valid empty database, and a foreign file would be "migrated"
into a forum: both must be refused, never silently replaced by an empty forum.
"""

from __future__ import annotations

from pathlib import Path

from agora.errors import EmptyFileError, NotAForumError, NotFoundError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.storage.engine import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"

#: Offset of ``PRAGMA application_id`` in the 100-byte database header (big-endian u32).
_APPLICATION_ID_OFFSET = 68


def check_forum_header(path: Path) -> None:
    """Raise unless ``path`` looks like an Agora forum file.

    Raises:
        NotFoundError: no such file.
        EmptyFileError: the file is empty.
        NotAForumError: not an SQLite file, or an SQLite file of another application.
    """
    if not path.is_file():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » est introuvable."), path=path.name
        )
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        raise EmptyFileError(path=path.name)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAForumError(
            QT_TRANSLATE_NOOP(
                "errors", "Le fichier « {path} » n’est pas un forum Agora (ce n’est pas une base SQLite)."
            ),
            path=path.name,
        )
    app_id = int.from_bytes(header[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big")
    if app_id != APPLICATION_ID:
        raise NotAForumError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier « {path} » est une base SQLite d’une autre application : "
                "ce n’est pas un forum Agora.",
            ),
            path=path.name,
        )
