"""One Agora at a time on a library folder: an operating-system lock, released when the process dies.

Two Agoras writing the same forums, or one thinning snapshots while the other restores one,
is how files get lost. The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows, on a
small file in the data folder: the operating system drops it when the process ends, however it
ends (kill -9, dead battery), so there is never a stale lock to clean up. Qt-free on purpose:
the command line and the tests take the same lock as the desktop app.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import IO

from agora.errors import AgoraError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.paths import data_dir

logger = logging.getLogger(__name__)

#: Name of the lock file in the data folder.
LOCK_NAME = "agora.lock"


class LibraryLockedError(AgoraError):
    """Another Agora (another process) already has this library open."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Agora est déjà ouvert sur cette bibliothèque. "
        "Utilisez la fenêtre déjà ouverte, ou fermez-la avant de relancer Agora.",
    )


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt  # inline: exists only on Windows

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # inline: exists only on POSIX

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError: held by another open file (another process)
        return False
    return True


class LibraryLock:
    """The held lock. Keep it for the life of the app; ``release()`` runs at exit anyway.

    Callers must not open the lock file themselves: a second open and lock from the same
    process is refused like another process's.
    """

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle
        atexit.register(self.release)

    @property
    def held(self) -> bool:
        """True until ``release()``."""
        return self._handle is not None

    def release(self) -> None:
        """Drop the lock (closing the file releases it on every system)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        atexit.unregister(self.release)
        if sys.platform == "win32":
            import msvcrt  # inline: exists only on Windows

            with contextlib.suppress(OSError):
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.close()

    def __enter__(self) -> LibraryLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _write_pid(handle: IO[str]) -> None:
    # Who holds it, for a person looking at the folder; the lock itself is the OS's.
    with contextlib.suppress(OSError):
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()


def acquire_library_lock(folder: Path | None = None) -> LibraryLock:
    """Take the single-instance lock on the library.

    Args:
        folder: the data folder holding the library (``data_dir()`` by default).

    Returns:
        The held lock.

    Raises:
        LibraryLockedError: another process holds it.
    """
    path = (folder or data_dir()) / LOCK_NAME
    handle = path.open("a+", encoding="utf-8")
    if not _try_lock(handle):
        handle.close()
        raise LibraryLockedError()
    if sys.platform != "win32":  # on Windows the write would touch the locked byte
        _write_pid(handle)
    logger.info("library lock taken: %s", path)
    return LibraryLock(path, handle)
