"""What the start screen's buttons do: ask (form, file dialog), then work in the background.

Creating, duplicating, importing and building the demo add a file to the library; the window
then lists it, selects it, and (for a new forum and the demo) opens it. Errors are French
messages from the core, shown in a dialog: these are explicit actions, never capture.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from agora.services.reads import ForumSummary
from ui.dialogs.file_dialogs import choose_export_target, choose_import_file
from ui.dialogs.new_forum_dialog import NewForumDialog
from ui.start.library_ops import (
    create_forum_file,
    duplicate_forum,
    ensure_demo,
    export_file,
    file_stem,
    import_file,
)
from ui.translations import error_message, qt_translate
from ui.widgets.message_box import show_error, show_info
from ui.workers import run_in_background

logger = logging.getLogger(__name__)


class LibraryActions(QObject):
    """Runs the start screen's actions for ``window`` (the parent of its dialogs)."""

    #: A file was added to the library: (its path, whether to open it now).
    file_added = Signal(object, bool)
    #: Something to say in the status bar.
    message = Signal(str)
    #: An action ended (successfully or not): its name, for tests and the busy state.
    finished = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def create(self) -> None:
        """« Nouveau forum… »: the form, then the file."""
        dialog = NewForumDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        spec = dialog.spec()
        self.message.emit(self.tr("Création du forum « {title} »…").format(title=spec.title))
        self._run("create", partial(create_forum_file, spec), lambda path: self._added(path, True),
                  self.tr("Le forum n’a pas pu être créé"))

    def duplicate(self, source: Path) -> None:
        """« Dupliquer »: a verified copy titled « … (copie) »."""
        self.message.emit(self.tr("Copie de « {name} »…").format(name=source.stem))
        self._run("duplicate", partial(duplicate_forum, source, qt_translate), lambda path: self._added(path, False),
                  self.tr("Le forum n’a pas pu être dupliqué"))

    def import_(self) -> None:
        """« Importer… »: a bundle or a forum file, into a new library file."""
        source = choose_import_file(self.window)
        if source is not None:
            self._import(source, open_it=False)

    def import_and_open(self, source: Path) -> None:
        """A forum file from outside the library: brought in as a verified copy, then opened."""
        self._import(source, open_it=True)

    def _import(self, source: Path, *, open_it: bool) -> None:
        self.message.emit(self.tr("Import de « {name} »…").format(name=source.name))
        self._run("import", partial(import_file, source, qt_translate), partial(self._imported, open_it),
                  self.tr("L’import a échoué"))

    def export(self, forum: ForumSummary) -> None:
        """« Exporter… »: a bundle, a workbook, CSV tables or a verified copy of the file."""
        choice = choose_export_target(self.window, file_stem(forum.title))
        if choice is None:
            return
        fmt, target = choice
        self.message.emit(self.tr("Export de « {title} »…").format(title=forum.title))
        self._run("export", partial(export_file, forum.path, fmt, target, qt_translate), self._exported,
                  self.tr("L’export a échoué"))

    def open_demo(self) -> None:
        """« Ouvrir le forum de démonstration »: built first if needed, then opened."""
        self.message.emit(self.tr("Préparation du forum de démonstration…"))
        self._run("demo", ensure_demo, lambda path: self._added(path, True),
                  self.tr("Le forum de démonstration n’a pas pu être créé"))

    # -- outcomes -------------------------------------------------------------------------

    def _run(self, name: str, work: Callable[[], Any], done: Callable[[Any], None], failure: str) -> None:
        def succeeded(result: Any) -> None:
            done(result)
            self.finished.emit(name)

        def failed(exc: Exception) -> None:
            logger.warning("%s failed: %s", name, exc)
            self.message.emit(failure)
            show_error(self.window, failure, error_message(exc))
            self.finished.emit(name)

        run_in_background(work, succeeded, failed, context=self)

    def _added(self, path: Path, open_it: bool) -> None:
        self.message.emit(self.tr("Forum ajouté à la bibliothèque : « {name} ».").format(name=path.stem))
        self.file_added.emit(path, open_it)

    def _imported(self, open_it: bool, result: tuple[Path, str]) -> None:
        path, summary = result
        self.file_added.emit(path, open_it)
        self.message.emit(summary)
        if not open_it:  # else the desk opening says enough
            show_info(self.window, self.tr("Import terminé"), summary)

    def _exported(self, text: str) -> None:
        self.message.emit(text)
        show_info(self.window, self.tr("Export terminé"), text)
