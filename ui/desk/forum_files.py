"""The desk's file actions on the open forum: export it, merge another room's bundle into it.

Both are explicit menu actions, outside capture: they may ask and report with dialogs. The
export reads a consistent snapshot off the GUI thread while the desk keeps writing; a merged
bundle is announced as a change of the whole forum, so every screen reads it again.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from agora.bundle.merge import ShrinkError
from agora.services import exchange
from ui.dialogs.file_dialogs import choose_bundle, choose_export_target
from ui.forum_context import Change, ForumContext
from ui.start.library_ops import ExportFormat, export_store, file_stem
from ui.translations import error_message, qt_translate
from ui.widgets.message_box import confirm, show_error, show_info
from ui.workers import run_in_background

logger = logging.getLogger(__name__)


class ForumFiles(QObject):
    """Export and bundle merge for the forum window (its parent, used for the dialogs)."""

    #: Something to say in the status bar.
    message = Signal(str)

    def __init__(self, context: ForumContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window

    def export(self) -> None:
        """Fichier ▸ Exporter le forum…"""
        choice = choose_export_target(self.window, file_stem(self.context.store.path.stem))
        if choice is None:
            return
        fmt, target = choice
        self.message.emit(self.tr("Export en cours…"))
        self.context.read(
            partial(_export, fmt=fmt, target=target),
            self._exported,
            partial(self._failed, self.tr("L’export a échoué")),
            context=self,
        )

    def _exported(self, text: str) -> None:
        self.message.emit(text)
        show_info(self.window, self.tr("Export terminé"), text)

    def merge_bundle(self, source: Path | None = None, *, confirm_shrink: bool = True) -> None:
        """Fichier ▸ Fusionner un lot d’une autre salle…"""
        source = source or choose_bundle(self.window)
        if source is None:
            return
        if self.context.read_only:
            show_error(self.window, self.tr("Fusion impossible"), self.tr("Ce forum est ouvert en lecture seule."))
            return
        target = self.context.store.path
        self.message.emit(self.tr("Fusion du lot en cours…"))
        run_in_background(
            partial(exchange.import_bundle, source, target, confirm_shrink=confirm_shrink),
            self._merged,
            partial(self._merge_failed, source),
            context=self,
        )

    def _merged(self, report: exchange.ImportReport) -> None:
        text = report.summary(qt_translate)
        self.context.changed.emit(Change(forum=True))  # every screen reads the forum again
        self.message.emit(text)
        show_info(self.window, self.tr("Lot fusionné"), text)

    def _merge_failed(self, source: Path, exc: Exception) -> None:
        if isinstance(exc, ShrinkError):
            question = self.tr("{reason}\n\nFusionner quand même ?").format(reason=error_message(exc))
            if confirm(self.window, self.tr("Fusionner le lot"), question, self.tr("Fusionner")):
                self.merge_bundle(source, confirm_shrink=False)
            return
        self._failed(self.tr("La fusion du lot a échoué"), exc)

    def _failed(self, title: str, exc: Exception) -> None:
        logger.warning("%s: %s", title, exc)
        self.message.emit(title)
        show_error(self.window, title, error_message(exc))


def _export(store: object, *, fmt: ExportFormat, target: Path) -> str:
    return export_store(store, fmt, target, qt_translate)  # type: ignore[arg-type]
