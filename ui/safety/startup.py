"""At start-up: one Agora per library, and the leftovers of interrupted copies cleaned.

``take_library`` takes the single-instance lock (``agora.storage.instance_lock``); when another
Agora holds it, the facilitator reads why in a dialog and the app stops with status 1. Once the
lock is held, ``clean_stale_copies`` removes the temporary files a killed copy left behind.
The caller keeps the returned lock for the life of the app.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from agora.storage.instance_lock import LibraryLock, LibraryLockedError, acquire_library_lock
from agora.storage.recovery import clean_stale_copies
from ui.translations import error_message

logger = logging.getLogger(__name__)

#: The exit status when another Agora already has the library open.
ALREADY_RUNNING_STATUS = 1


def refuse_second_instance(exc: LibraryLockedError) -> None:
    """Tell the facilitator that Agora is already open on this library."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("app", "Agora est déjà ouvert"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error_message(exc))
    box.exec()


def take_library() -> LibraryLock | None:
    """The library's lock, or None after telling the facilitator another Agora has it."""
    try:
        lock = acquire_library_lock()
    except LibraryLockedError as exc:
        logger.warning("another Agora holds the library lock: refusing to start")
        refuse_second_instance(exc)
        return None
    try:
        removed = clean_stale_copies()
    except Exception:  # a leftover we cannot remove must not stop the app
        logger.exception("cleaning the leftovers of interrupted copies failed")
    else:
        if removed:
            logger.info("removed %d leftover temporary copies", len(removed))
    return lock
