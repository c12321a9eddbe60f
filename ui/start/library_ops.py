"""The start screen's work on forum files: create, duplicate, import, export, the demo.

Every function here runs on a pool thread (through ``run_in_background``): it touches files
and the core, never a widget. Each returns what the screen needs to report (the new file, a
French sentence) and raises ``AgoraError`` (or ``OSError``) with a message for the facilitator.

A forum file in the library is never overwritten: a new file takes a free name
(« Forum du Val (2).agora »).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from agora.i18n import Translate
from agora.paths import FORUM_SUFFIX, library_dir
from agora.services import exchange, forums, tabular
from agora.services.demo import DEMO_FILE_NAME, build_demo
from agora.storage.snapshot import copy_database
from agora.storage.store import ForumStore, open_forum

try:  # the verified USB import/export (RELIABILITY.md §1.6), when this build has it
    from agora.services import safety
except ImportError:  # pragma: no cover - older core: plain verified copies instead
    safety = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

#: Characters that cannot be in a file name on one of our three systems.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
#: Longest file-name stem we make from a title.
_MAX_STEM = 80
#: The file name suffixes of a bundle.
BUNDLE_SUFFIXES = (".json", ".zip")


class ExportFormat(StrEnum):
    """What an export writes."""

    BUNDLE_JSON = "json"
    BUNDLE_ZIP = "zip"
    XLSX = "xlsx"
    CSV = "csv"
    FORUM_FILE = "agora"


@dataclass(frozen=True)
class NewForum:
    """What the « Nouveau forum » form asks for."""

    title: str
    date: dt.date | None
    venue: str
    territory: str
    categories: tuple[str, ...]
    agenda: tuple[forums.AgendaItem, ...]


def file_stem(title: str) -> str:
    """A file name (without suffix) made from a forum title, readable and safe everywhere."""
    stem = _UNSAFE.sub(" ", title).strip(" .")
    return re.sub(r"\s+", " ", stem)[:_MAX_STEM].strip() or "forum"


def free_path(stem: str, folder: Path | None = None) -> Path:
    """``<stem>.agora`` in the library, or ``<stem> (2).agora``… if the name is taken."""
    folder = folder or library_dir()
    candidate = folder / f"{stem}{FORUM_SUFFIX}"
    number = 2
    while any(candidate.with_name(candidate.name + extra).exists() for extra in ("", "-wal", "-shm", "-journal")):
        candidate = folder / f"{stem} ({number}){FORUM_SUFFIX}"
        number += 1
    return candidate


def create_forum_file(spec: NewForum) -> Path:
    """Create the forum of the form in the library; returns its file."""
    path = free_path(file_stem(spec.title))
    store = forums.create_forum(
        path,
        spec.title,
        date=spec.date,
        venue=spec.venue,
        territory=spec.territory,
        categories=list(spec.categories),
        agenda=list(spec.agenda),
    )
    store.close()
    logger.info("forum created: %s", path)
    return path


def copy_title(title: str, translate: Translate) -> str:
    """« Forum du Val (copie) »."""
    return translate("library_ops", "{title} (copie)").format(title=title)


def duplicate_forum(source: Path, translate: Translate) -> Path:
    """A verified copy of ``source`` in the library, titled « … (copie) ».

    The copy is made with SQLite's backup API (``copy_database``: integrity-checked, synced,
    renamed into place), then its title is changed. The copy keeps the forum's id and every
    card's id: it is the same forum at another stage, so a bundle exported from one merges into
    the other instead of duplicating its cards. Use it to start a new meeting from a prepared
    agenda or to keep a state aside; two rooms that must be merged later should exchange
    bundles.
    """
    store = open_forum(source, read_only=True)
    try:
        title = forums.forum_info(store).title
    finally:
        store.close()
    target = free_path(file_stem(copy_title(title, translate)))
    copy_database(source, target)
    copy = open_forum(target)
    try:
        forums.update_forum(copy, title=copy_title(title, translate))
    except BaseException:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    copy.close()
    logger.info("forum %s duplicated as %s", source.name, target.name)
    return target


def import_file(source: Path, translate: Translate) -> tuple[Path, str]:
    """Bring a bundle (``.json``/``.zip``) or a forum file (``.agora``) into the library.

    Returns:
        The new library file and a French sentence saying what was imported.
    """
    if source.suffix.lower() in BUNDLE_SUFFIXES:
        target = free_path(file_stem(source.stem))
        report = exchange.import_bundle(source, target)
        return target, report.summary(translate)
    if safety is not None:
        target = safety.import_forum_file(source)
    else:
        target = free_path(file_stem(source.stem))
        copy_database(source, target)
    return target, translate("library_ops", "Forum importé dans la bibliothèque : « {name} ».").format(
        name=target.stem
    )


def export_store(store: ForumStore, fmt: ExportFormat, target: Path, translate: Translate) -> str:
    """Export the open ``store`` to ``target``; a French sentence saying what was written."""
    if fmt in (ExportFormat.BUNDLE_JSON, ExportFormat.BUNDLE_ZIP):
        exchange.write_bundle(store, target)
        return translate("library_ops", "Lot Agora écrit : « {name} ».").format(name=target.name)
    if fmt == ExportFormat.XLSX:
        tabular.export_xlsx(store, target)
        return translate("library_ops", "Classeur écrit : « {name} ».").format(name=target.name)
    if fmt == ExportFormat.CSV:
        written = tabular.export_csv(store, target)
        return translate("library_ops", "Tableaux CSV écrits dans « {folder} » : {files}.").format(
            folder=target, files=", ".join(path.name for path in written)
        )
    if safety is not None:
        return safety.export_forum(store, target).message(translate)
    copy_database(store.path, target)
    return translate("library_ops", "Forum copié et vérifié : « {name} ».").format(name=target.name)


def export_file(source: Path, fmt: ExportFormat, target: Path, translate: Translate) -> str:
    """Export the library file ``source`` (opened read-only for the time of the export)."""
    store = open_forum(source, read_only=True)
    try:
        return export_store(store, fmt, target, translate)
    finally:
        store.close()


def demo_path() -> Path:
    """Where the demo forum lives in the library."""
    return library_dir() / DEMO_FILE_NAME


def ensure_demo() -> Path:
    """The demo forum's file, built first if the library does not have it yet."""
    path = demo_path()
    if not path.exists():
        build_demo(path).close()
        logger.info("demo forum built: %s", path)
    return path
