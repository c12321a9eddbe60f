"""The main window: the start screen, from which a forum opens in its own desk window.

The window lists the library (read off the GUI thread), runs the start screen's actions, and
opens a forum read-write (``open_for_work``, off the GUI thread too). While a forum is open the
start window hides; it comes back, with the library read again, when the desk closes.

The window must be on screen fast (DESIGN.md §7: ≤ 1 s to the first window). It imports only
what the start screen shows; the desk, the file actions and the database layers beneath them
(SQLAlchemy, Alembic, the method, openpyxl) are imported on a pool thread once the window is
shown, and are ready by the time the facilitator clicks.
"""

from __future__ import annotations

import importlib
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from agora.errors import AgoraError
from agora.paths import library_dir
from agora.services.reads import ForumSummary
from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.start.start_screen import StartScreen
from ui.translations import error_message
from ui.widgets.about import show_about
from ui.widgets.message_box import show_error
from ui.workers import run_in_background

logger = logging.getLogger(__name__)


if TYPE_CHECKING:
    from ui.desk.forum_window import ForumWindow
    from ui.opened_forum import OpenedForum
    from ui.start.library_actions import LibraryActions


def list_library() -> list[ForumSummary]:
    """The library's forums (pool thread: the database layers load here, not on the GUI thread)."""
    from agora.services.library import list_forums  # inline: start-up time, see the module docstring

    return list_forums()


def open_forum_file(path: Path) -> OpenedForum:
    """Open ``path`` for work (pool thread)."""
    from ui.opened_forum import open_for_work  # inline: start-up time, see the module docstring

    return open_for_work(path)


def preload() -> None:
    """Import the desk and the file actions (pool thread), so the first click finds them ready."""
    for name in ("ui.desk.forum_window", "ui.start.library_actions"):
        importlib.import_module(name)  # start-up time: see the module docstring


def is_demo(forum: ForumSummary) -> bool:
    """Whether ``forum`` is the demo forum that ``agora demo`` puts in the library."""
    from agora.services.demo import DEMO_FILE_NAME, DEMO_TITLE  # inline: start-up time (module docstring)

    return not forum.problem and (forum.path.name == DEMO_FILE_NAME or forum.title == DEMO_TITLE)


class MainWindow(QMainWindow):
    """The start window. Owns the forum window it opens (one at a time).

    It never opens a database on the GUI thread: listing and opening run in the background.
    """

    #: The library was read (number of forum files listed).
    library_loaded = Signal(int)
    #: A forum is open in its desk (its file).
    forum_opened = Signal(Path)
    #: A forum could not be opened (the message shown).
    forum_failed = Signal(str)

    def __init__(self, *, auto_open_demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auto_open_demo = auto_open_demo
        self._library_generation = 0
        self._opening: Path | None = None
        self._select_after_refresh: Path | None = None
        self.forum_window: ForumWindow | None = None
        self._library_actions: LibraryActions | None = None
        self.setWindowTitle(self.tr("Agora — animation de forums"))
        self.start = StartScreen()
        self.start.set_folder(str(library_dir()))
        self.setCentralWidget(self.start)
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self.resize(1180, 720)
        self.refresh_library()
        run_in_background(preload, lambda _none: None, self._on_preload_failed, context=self)

    @property
    def library_actions(self) -> LibraryActions:
        """The start screen's actions (created on first use)."""
        if self._library_actions is None:
            from ui.start.library_actions import LibraryActions  # inline: start-up time (module docstring)

            self._library_actions = LibraryActions(self)
            self._library_actions.file_added.connect(self._on_file_added)
            self._library_actions.message.connect(self.show_status)
        return self._library_actions

    def _on_preload_failed(self, exc: Exception) -> None:
        logger.error("loading the desk failed", exc_info=exc)

    # -- construction ---------------------------------------------------------------------

    def _action(self, text: str, keys: str | QKeySequence = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&Nouveau forum…"), QKeySequence(QKeySequence.StandardKey.New))
        self.open_action = self._action(self.tr("&Ouvrir"), QKeySequence(QKeySequence.StandardKey.Open))
        self.duplicate_action = self._action(self.tr("D&upliquer"), "Ctrl+D")
        self.import_action = self._action(self.tr("&Importer un forum ou un lot…"), "Ctrl+I")
        self.export_action = self._action(self.tr("E&xporter…"), "Ctrl+E")
        self.restore_action = self._action(self.tr("&Restaurer une sauvegarde…"))
        self.refresh_action = self._action(self.tr("&Actualiser"), QKeySequence(QKeySequence.StandardKey.Refresh))
        self.quit_action = self._action(self.tr("&Quitter"), "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.preferences_action = self._action(self.tr("Préférences…"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.guide_action = self._action(self.tr("&Guide d’utilisation"), "Shift+F1")
        self.shortcuts_action = self._action(
            self.tr("&Raccourcis clavier"), QKeySequence(QKeySequence.StandardKey.HelpContents)
        )
        self.about_action = self._action(self.tr("À &propos d’Agora"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        for action in (self.new_action, self.open_action, self.duplicate_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        self.edit_menu.addAction(self.preferences_action)
        self.help_menu = self.menuBar().addMenu(self.tr("A&ide"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        start = self.start
        self.new_action.triggered.connect(lambda: self.library_actions.create())
        self.open_action.triggered.connect(start.open_button.click)
        self.duplicate_action.triggered.connect(start.duplicate_button.click)
        self.import_action.triggered.connect(lambda: self.library_actions.import_())
        self.export_action.triggered.connect(start.export_button.click)
        self.restore_action.triggered.connect(self.restore_selected)
        self.refresh_action.triggered.connect(self.refresh_library)
        self.quit_action.triggered.connect(self.close)
        self.preferences_action.triggered.connect(lambda: PreferencesDialog(self).exec())
        self.about_action.triggered.connect(lambda: show_about(self))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        start.open_requested.connect(self.open_forum)
        start.create_requested.connect(lambda: self.library_actions.create())
        start.duplicate_requested.connect(lambda path: self.library_actions.duplicate(path))
        start.import_requested.connect(lambda: self.library_actions.import_())
        start.export_requested.connect(lambda forum: self.library_actions.export(forum))
        start.demo_requested.connect(lambda: self.library_actions.open_demo())
        start.refresh_requested.connect(self.refresh_library)

    def show_guide(self) -> None:
        """Aide ▸ Guide d’utilisation (Maj+F1): the user guide, offline, in its own window."""
        from ui.help.help_window import show_guide  # inline: start-up time (module docstring)

        show_guide()

    def show_shortcuts(self) -> None:
        """Aide ▸ Raccourcis clavier (F1): the keys of every screen, in a window that stays open."""
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog  # inline: start-up time

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    @Slot()
    def restore_selected(self) -> None:
        """Fichier ▸ Restaurer une sauvegarde… of the forum selected in the list (not open)."""
        from ui.safety.restore_flow import restore_closed_forum  # inline: start-up time (module docstring)

        forum = self.start.selected_forum()
        if forum is None or self.forum_window is not None:
            self.show_status(self.tr("Choisissez d’abord un forum dans la liste."))
            return
        self._select_after_refresh = forum.path
        restore_closed_forum(self, forum.path, forum.title, self._on_restored)

    def _on_restored(self, _ok: bool, text: str) -> None:
        self.show_status(text)
        self.refresh_library()

    def show_status(self, text: str) -> None:
        """A message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    # -- the library ----------------------------------------------------------------------

    @Slot()
    def refresh_library(self) -> None:
        """Read the library again, in the background; the selection is kept if still listed."""
        self._library_generation += 1
        self.refresh_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Lecture de la bibliothèque…"))
        run_in_background(
            list_library,
            partial(self._on_library_loaded, self._library_generation),
            partial(self._on_library_failed, self._library_generation),
            context=self,
        )

    def _on_library_loaded(self, generation: int, forums: list[ForumSummary]) -> None:
        if generation != self._library_generation:
            return
        first = self.start.library_model.rowCount() == 0 and not self.start.showing_welcome()
        self.start.set_forums(forums)
        if first and self.isActiveWindow():
            self.start.focus_list()  # the keyboard starts on the list (or on the demo button)
        if self._select_after_refresh is not None:
            self.start.select_forum(self._select_after_refresh)
            self._select_after_refresh = None
        self.refresh_action.setEnabled(True)
        count = len(forums)
        if count == 0:
            self.statusBar().showMessage(self.tr("Aucun forum dans la bibliothèque."))
        elif count == 1:
            self.statusBar().showMessage(self.tr("Un forum dans la bibliothèque."))
        else:
            self.statusBar().showMessage(self.tr("{count} forums dans la bibliothèque.").format(count=count))
        if self._auto_open_demo:
            self._auto_open_demo = False  # only at start-up, never on a later refresh
            demo = next((forum for forum in forums if is_demo(forum)), None)
            if demo is not None and self.forum_window is None:
                self.start.select_forum(demo.path)
                self.open_forum(demo.path)
        self.library_loaded.emit(count)

    def _on_library_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._library_generation:
            return
        logger.error("reading the library failed", exc_info=exc)
        self.refresh_action.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("La bibliothèque n’a pas pu être lue : {reason}").format(reason=error_message(exc))
        )

    def _on_file_added(self, path: Path, open_it: bool) -> None:
        self._select_after_refresh = path
        self.refresh_library()
        if open_it:
            self.open_forum(path)

    # -- opening a forum ------------------------------------------------------------------

    def open_given_file(self, path: Path) -> None:
        """A forum file given to ``agora FILE`` (double-clicked in the file manager).

        A file of the library opens as it is. Any other (on a USB stick, received by e-mail) is
        first brought into the library as a verified copy, then opened: the original is never
        written to.
        """
        from agora.storage.filecheck import check_forum_header  # inline: start-up time

        try:  # missing, empty, not a forum: said before anything is copied
            check_forum_header(path)
        except AgoraError as exc:
            self._on_open_failed(path, exc)
            return
        if path.resolve().parent == library_dir().resolve():
            self.open_forum(path.resolve())
        else:
            self.library_actions.import_and_open(path)

    @Slot(object)
    def open_forum(self, path: Path) -> None:
        """Open the forum file ``path`` read-write in the background, then show its desk."""
        if self._opening is not None or self.forum_window is not None:
            return
        self._opening = path
        self.statusBar().showMessage(self.tr("Ouverture de « {name} »…").format(name=path.stem))
        run_in_background(
            partial(open_forum_file, path),
            self._on_forum_opened,
            partial(self._on_open_failed, path),
            context=self,
        )

    def _on_forum_opened(self, opened: OpenedForum) -> None:
        from ui.desk.forum_window import ForumWindow  # inline: start-up time (module docstring)

        self._opening = None
        window = ForumWindow(opened)
        window.closed.connect(self._on_forum_closed)
        self.forum_window = window
        window.show()
        window.focus_page()
        self.hide()
        path = opened.store.path
        if opened.read_only:
            reason = QCoreApplication.translate("errors", opened.store.read_only_reason)
            window.statusBar().showMessage(self.tr("Ouvert en lecture seule : {reason}").format(reason=reason))
        logger.info("forum opened: %s (read-only: %s)", path, opened.read_only)
        self.forum_opened.emit(path)

    def _on_open_failed(self, path: Path, exc: Exception) -> None:
        self._opening = None
        if not isinstance(exc, AgoraError):
            logger.error("opening %s failed", path, exc_info=exc)
        message = self.tr("Le forum « {name} » n’a pas pu être ouvert.\n{reason}").format(
            name=path.stem, reason=error_message(exc)
        )
        self.statusBar().showMessage(self.tr("Ouverture impossible."), 5000)
        self.forum_failed.emit(message)
        show_error(self, self.tr("Ouverture impossible"), message)

    def _on_forum_closed(self, path: Path) -> None:
        window = self.forum_window
        self.forum_window = None
        if window is not None:
            window.deleteLater()
        self._select_after_refresh = Path(path)
        self.show()
        self.refresh_library()
        self.start.focus_list()

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the open forum first (its writes are waited for)."""
        if self.forum_window is not None:
            self.forum_window.close()
        super().closeEvent(event)
