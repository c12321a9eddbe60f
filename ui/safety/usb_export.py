"""« Exporter sur une clé USB… »: a verified copy of the open forum on a stick or a shared folder.

The facilitator picks a folder; ``agora.services.safety.export_forum`` runs on a pool thread
(temporary file, backup API, integrity check, SHA-256, fsync, atomic rename, re-read) while a
busy indicator shows; then the report says « Vous pouvez retirer la clé. », or the error says
« Ne retirez pas la clé. ». The forum stays open and in use meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ui.safety import busy
from ui.translations import error_message, qt_translate
from ui.widgets import message_box
from ui.workers import run_in_background

logger = logging.getLogger(__name__)

#: Asks for the destination folder (tests replace it): (parent, title) -> folder or None.
ChooseFolder = Callable[[QWidget, str], Path | None]


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """The system's folder dialog, starting in the removable media's usual place."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


def _export(source: Path, folder: Path) -> str:
    from agora.services.safety import export_forum  # inline: loaded on first use

    return export_forum(source, folder).message(qt_translate)


class UsbExport(QObject):
    """The desk's « Exporter sur une clé USB… »."""

    #: The export ended: (success, the French message shown).
    finished = Signal(bool, str)
    #: Something to say in the status bar.
    message = Signal(str)

    def __init__(
        self, forum_path: Callable[[], Path], window: QWidget, choose: ChooseFolder | None = None
    ) -> None:
        super().__init__(window)
        self.forum_path = forum_path
        self.window = window
        self.choose = choose or choose_folder
        self._busy: QProgressDialog | None = None

    def start(self, folder: Path | None = None) -> None:
        """Ask for the folder (unless given), then export in the background."""
        folder = folder or self.choose(self.window, self.tr("Choisir la clé USB ou le dossier d’export"))
        if folder is None:
            return
        self.message.emit(self.tr("Export vers la clé en cours… Ne retirez pas la clé."))
        self._busy = busy.busy_dialog(
            self.window, self.tr("Exporter sur une clé USB"), self.tr("Copie et vérification en cours…")
        )
        run_in_background(partial(_export, self.forum_path(), folder), self._done, self._failed, context=self)

    def _done(self, text: str) -> None:
        busy.done(self._busy)
        self._busy = None
        self.message.emit(text)
        self.finished.emit(True, text)
        message_box.show_info(self.window, self.tr("Export terminé"), text)

    def _failed(self, exc: Exception) -> None:
        busy.done(self._busy)
        self._busy = None
        logger.warning("USB export failed: %s", exc)
        text = error_message(exc)
        self.message.emit(self.tr("L’export a échoué."))
        self.finished.emit(False, text)
        message_box.show_error(self.window, self.tr("L’export a échoué"), text)
