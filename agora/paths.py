"""Where Agora keeps its files: the forum library, logs, and the shipped resources.

All paths come from here. ``AGORA_DATA_DIR`` overrides the library folder (tests, portable
use); resources are found the same way from a source checkout, an installed package and a
frozen (PyInstaller) build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

#: File extension of a forum file in the library.
FORUM_SUFFIX = ".agora"

_DIRS = platformdirs.PlatformDirs("Agora", "Agora", roaming=False)


def data_dir() -> Path:
    """The folder holding the forum library (created if needed)."""
    override = os.environ.get("AGORA_DATA_DIR")
    path = Path(override) if override else Path(_DIRS.user_data_path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_dir() -> Path:
    """The folder of forum files: one SQLite file per forum."""
    path = data_dir() / "forums"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """The folder of automatic snapshots, one sub-folder per forum."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The folder of the rotating log file."""
    path = data_dir() / "logs" if os.environ.get("AGORA_DATA_DIR") else Path(_DIRS.user_log_path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, from source or frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource("reference", "principles.json")``."""
    return resources_dir().joinpath(*parts)


def resolve_forum_path(name: str | os.PathLike[str]) -> Path:
    """A forum given by path, or by bare name in the library (``.agora`` added if missing)."""
    path = Path(name)
    if path.exists() or path.parent != Path("."):
        return path
    if path.suffix != FORUM_SUFFIX:
        path = path.with_name(path.name + FORUM_SUFFIX)
    return library_dir() / path
