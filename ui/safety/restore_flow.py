"""Restoring a snapshot, from the desk (the open forum) or from the start screen (a closed one).

Both ask with ``RestoreDialog``, then confirm (a modal question is fine here: it is not
capture). From the desk: the automatic snapshots stop, the forum closes (``context.close()``:
queued writes are saved first), ``restore_snapshot`` replaces the file (after a snapshot of the
current state), and the forum opens again in the same window. From the start screen the forum is
closed already: only the file is replaced. The file work runs on a pool thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from agora.storage.backup import Snapshot
from agora.storage.recovery import french_datetime
from ui.safety import busy
from ui.safety.restore_dialog import RestoreDialog
from ui.translations import error_message
from ui.widgets import message_box
from ui.workers import run_in_background

if TYPE_CHECKING:
    from ui.desk.forum_window import ForumWindow
    from ui.opened_forum import OpenedForum

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("restore", text)


def ask_snapshot(parent: QWidget | None, forum_path: Path, title: str) -> Snapshot | None:
    """The snapshot the facilitator chose and confirmed, or None."""
    dialog = RestoreDialog(forum_path, title, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        snap = dialog.chosen()
    finally:
        dialog.deleteLater()
    if snap is None:
        return None
    question = QCoreApplication.translate(
        "restore",
        "Remplacer le forum « {title} » par la sauvegarde du {time} ({cards} cartes) ?\n\n"
        "L’état actuel du forum est d’abord sauvegardé : vous pourrez y revenir par cette même commande.",
    ).format(
        title=title, time=french_datetime(snap.taken_at), cards=snap.cards if snap.cards is not None else "?"
    )
    if not message_box.confirm(
        parent,
        QCoreApplication.translate("restore", "Restaurer une sauvegarde"),
        question,
        QCoreApplication.translate("restore", "Restaurer"),
    ):
        return None
    return snap


def _restore(forum_path: Path, snap: Snapshot) -> Path:
    from agora.services.safety import restore_snapshot  # inline: the desk loads it on first use

    return restore_snapshot(forum_path, snap)


@dataclass(frozen=True)
class _Reopened:
    opened: OpenedForum
    error: Exception | None


def _restore_and_reopen(forum_path: Path, snap: Snapshot) -> _Reopened:
    """Replace the file, then open it again, whatever happened to the replacement (pool thread)."""
    from ui.opened_forum import open_for_work  # inline: avoids an import cycle with the desk

    error: Exception | None = None
    try:
        _restore(forum_path, snap)
    except Exception as exc:  # the forum is as it was: reopen it and say why
        logger.warning("restore of %s failed: %s", forum_path.name, exc)
        error = exc
    return _Reopened(open_for_work(forum_path), error)


class DeskRestore(QObject):
    """« Fichier ▸ Restaurer une sauvegarde… » of the desk."""

    #: The restore ended: True when the snapshot is in place and the forum open again.
    finished = Signal(bool)

    def __init__(self, window: ForumWindow) -> None:
        super().__init__(window)
        self.window = window
        self._busy: QProgressDialog | None = None

    def start(self) -> None:
        """Ask for a snapshot, confirm, then restore it."""
        window = self.window
        if window.context.read_only:
            message_box.show_error(
                window,
                QCoreApplication.translate("restore", "Restauration impossible"),
                QCoreApplication.translate("restore", "Ce forum est ouvert en lecture seule."),
            )
            return
        snap = ask_snapshot(window, window.context.store.path, window.opened.forum.title)
        if snap is not None:
            self.restore(snap)

    def restore(self, snap: Snapshot) -> None:
        """Close the forum, put ``snap`` in place (current state saved first), reopen it."""
        window = self.window
        path = window.context.store.path
        self._busy = busy.busy_dialog(
            window,
            QCoreApplication.translate("restore", "Restaurer une sauvegarde"),
            QCoreApplication.translate("restore", "Restauration en cours…"),
        )
        window.centralWidget().setEnabled(False)
        participation = getattr(window, "participation", None)
        if participation is not None:
            participation.shutdown()  # the phones' server holds the file too: stop it first
        window.context.close()  # queued writes are saved first
        backups = getattr(window, "backups", None)
        if backups is not None:
            backups.suspend()
        window.context.undo_stack.clear()  # its commands speak of the state being replaced
        run_in_background(
            partial(_restore_and_reopen, path, snap), self._reopened, self._reopen_failed, context=self
        )

    def _reopened(self, result: _Reopened) -> None:
        busy.done(self._busy)
        self._busy = None
        window = self.window
        window.reload_forum(result.opened)
        window.centralWidget().setEnabled(True)
        if result.error is not None:
            message_box.show_error(
                window,
                QCoreApplication.translate("restore", "Restauration impossible"),
                error_message(result.error),
            )
            self.finished.emit(False)
            return
        window.statusBar().showMessage(QCoreApplication.translate("restore", "Sauvegarde restaurée."), 8000)
        self.finished.emit(True)

    def _reopen_failed(self, exc: Exception) -> None:
        busy.done(self._busy)
        self._busy = None
        logger.error("reopening after a restore failed", exc_info=exc)
        message_box.show_error(
            self.window,
            QCoreApplication.translate("restore", "Restauration impossible"),
            QCoreApplication.translate("restore", "Le forum n’a pas pu être rouvert : {reason}").format(
                reason=error_message(exc)
            ),
        )
        self.finished.emit(False)
        self.window.close()


def restore_closed_forum(
    parent: QWidget, forum_path: Path, title: str, on_done: Callable[[bool, str], None]
) -> None:
    """From the start screen: restore a snapshot of a forum that is not open; ``on_done(ok, text)``."""
    snap = ask_snapshot(parent, forum_path, title)
    if snap is None:
        return
    dialog = busy.busy_dialog(
        parent,
        QCoreApplication.translate("restore", "Restaurer une sauvegarde"),
        QCoreApplication.translate("restore", "Restauration en cours…"),
    )

    def restored(_path: Path) -> None:
        busy.done(dialog)
        text = QCoreApplication.translate(
            "restore", "La sauvegarde du {time} de « {title} » a été restaurée."
        ).format(time=french_datetime(snap.taken_at), title=title)
        on_done(True, text)

    def failed(exc: Exception) -> None:
        busy.done(dialog)
        text = error_message(exc)
        message_box.show_error(parent, QCoreApplication.translate("restore", "Restauration impossible"), text)
        on_done(False, text)

    run_in_background(partial(_restore, forum_path, snap), restored, failed, context=parent)
