"""The main window: the forum library on the left, the forum opened for consultation on the right.

This is the foundation the facilitator's desk grows from: for now a forum opens read-only, so
nothing here can change a file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agora import __version__
from agora.errors import AgoraError
from agora.services.demo import DEMO_FILE_NAME, DEMO_TITLE
from agora.services.library import list_forums
from agora.services.reads import ForumSummary
from ui.delegates import PlainToolTipDelegate
from ui.forum_panel import ForumPanel, plain_label
from ui.library_model import COL_DATE, COL_TITLE, COL_VENUE, LibraryModel, RowRole, SortRole
from ui.opened_forum import OpenedForum, open_read_only
from ui.translations import error_message
from ui.workers import run_in_background

logger = logging.getLogger(__name__)


def is_demo(forum: ForumSummary) -> bool:
    """Whether ``forum`` is the demo forum that ``agora demo`` puts in the library."""
    return not forum.problem and (forum.path.name == DEMO_FILE_NAME or forum.title == DEMO_TITLE)


class MainWindow(QMainWindow):
    """Lists the library's forums and shows the one the facilitator opens, read-only.

    The window owns the open forum (it closes it when another opens and when it closes).
    It never opens a database on the GUI thread: listing and opening run in the background.
    """

    #: The library was read (number of forum files listed).
    library_loaded = Signal(int)
    #: A forum is open and shown (its file).
    forum_opened = Signal(Path)
    #: A forum could not be opened (the message shown).
    forum_failed = Signal(str)

    def __init__(self, *, auto_open_demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auto_open_demo = auto_open_demo
        self._opened: OpenedForum | None = None
        self._library_generation = 0
        self._open_generation = 0
        self.library_model = LibraryModel(self)
        self.library_proxy = QSortFilterProxyModel(self)
        self.library_proxy.setSourceModel(self.library_model)
        self.library_proxy.setSortRole(SortRole)
        self.setWindowTitle(self.tr("Agora — animation de forums"))
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self._connect_signals()
        self.resize(1280, 760)
        self.refresh_library()

    # -- construction ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("&Ouvrir"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.setStatusTip(self.tr("Ouvrir le forum choisi, en lecture seule"))
        self.open_action.setEnabled(False)
        self.refresh_action = QAction(self.tr("&Actualiser"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setStatusTip(self.tr("Relire la liste des forums de la bibliothèque"))
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = QAction(self.tr("À &propos d’Agora"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu(self.tr("A&ide"))
        self.help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        heading = QLabel(self.tr("Forums de la &bibliothèque"))
        self.library_view = QTableView()
        heading.setBuddy(self.library_view)
        self.library_view.setAccessibleName(self.tr("Forums de la bibliothèque"))
        self.library_view.setModel(self.library_proxy)
        self.library_view.setItemDelegate(PlainToolTipDelegate(self.library_view))
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.setSortingEnabled(True)
        self.library_view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.library_view.setWordWrap(False)
        self.library_view.verticalHeader().hide()
        self.library_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VENUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_VENUE, 130)

        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.setAccessibleName(self.tr("Ouvrir le forum choisi"))
        self.open_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Actualiser"))
        self.refresh_button.setAccessibleName(self.tr("Actualiser la liste des forums"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)

        library_box = QWidget()
        library_layout = QVBoxLayout(library_box)
        library_layout.setContentsMargins(0, 0, 0, 0)
        library_layout.addWidget(heading)
        library_layout.addWidget(self.library_view, 1)
        library_layout.addLayout(buttons)

        self.forum_panel = ForumPanel()
        self.forum_panel.setAccessibleName(self.tr("Forum ouvert"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(library_box)
        self.splitter.addWidget(self.forum_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([580, 700])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.read_only_label = plain_label(self.tr("Mode d’ouverture du forum"))
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)

    def _connect_signals(self) -> None:
        self.open_action.triggered.connect(self.open_selected)
        self.refresh_action.triggered.connect(self.refresh_library)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.open_button.clicked.connect(self.open_action.trigger)
        self.refresh_button.clicked.connect(self.refresh_action.trigger)
        self.open_action.enabledChanged.connect(self.open_button.setEnabled)
        self.library_view.activated.connect(self._on_library_activated)
        self.library_view.selectionModel().selectionChanged.connect(self._on_library_selection)

    # -- the library ----------------------------------------------------------------------

    @Slot()
    def refresh_library(self) -> None:
        """Read the library again, in the background; the selection is kept if still listed."""
        self._library_generation += 1
        self.refresh_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Lecture de la bibliothèque…"))
        run_in_background(
            list_forums,
            partial(self._on_library_loaded, self._library_generation),
            partial(self._on_library_failed, self._library_generation),
            context=self,
        )

    def _on_library_loaded(self, generation: int, forums: list[ForumSummary]) -> None:
        if generation != self._library_generation:
            return
        kept = self.selected_forum()
        self.library_model.set_forums(forums)
        self.refresh_action.setEnabled(True)
        if kept is not None:
            self.select_forum(lambda forum: forum.path == kept.path)
        self._on_library_selection()  # a reset clears the selection without telling
        count = len(forums)
        if count == 0:
            self.statusBar().showMessage(self.tr("Aucun forum dans la bibliothèque."))
        elif count == 1:
            self.statusBar().showMessage(self.tr("Un forum dans la bibliothèque."))
        else:
            self.statusBar().showMessage(self.tr("{count} forums dans la bibliothèque.").format(count=count))
        if self._opened is None and count == 0:
            self.forum_panel.show_message(
                self.tr(
                    "La bibliothèque ne contient encore aucun forum.\n"
                    "Pour essayer Agora, créez le forum de démonstration avec la commande « agora demo »."
                )
            )
        if self._auto_open_demo:
            self._auto_open_demo = False  # only at start-up, never on a later refresh
            if self._opened is None and self.select_forum(is_demo):
                self.open_selected()
        self.library_loaded.emit(count)

    def _on_library_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._library_generation:
            return
        logger.error("reading the library failed", exc_info=exc)
        self.refresh_action.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("La bibliothèque n’a pas pu être lue : {reason}").format(reason=error_message(exc))
        )

    def selected_forum(self) -> ForumSummary | None:
        """The forum selected in the library, if any."""
        rows = self.library_view.selectionModel().selectedRows()
        if not rows:
            return None
        forum = rows[0].data(RowRole)
        return forum if isinstance(forum, ForumSummary) else None

    def select_forum(self, wanted: Callable[[ForumSummary], bool]) -> bool:
        """Select the first listed forum for which ``wanted(summary)`` is true."""
        row = self.library_model.find_row(wanted)
        if row is None:
            return False
        index = self.library_proxy.mapFromSource(self.library_model.index(row, COL_TITLE))
        self.library_view.setCurrentIndex(index)
        self.library_view.scrollTo(index)
        return True

    @Slot()
    def _on_library_selection(self) -> None:
        self.open_action.setEnabled(self.selected_forum() is not None)

    @Slot(QModelIndex)
    def _on_library_activated(self, index: QModelIndex) -> None:
        forum = index.data(RowRole)
        if isinstance(forum, ForumSummary):
            self.open_forum(forum.path)

    # -- the open forum -------------------------------------------------------------------

    @Slot()
    def open_selected(self) -> None:
        """Open the forum selected in the library, read-only."""
        forum = self.selected_forum()
        if forum is not None:
            self.open_forum(forum.path)

    def open_forum(self, path: Path) -> None:
        """Open the forum file ``path`` read-only, in the background, and show it."""
        self._open_generation += 1
        self.statusBar().showMessage(self.tr("Ouverture de « {name} »…").format(name=path.stem))
        run_in_background(
            partial(open_read_only, path),
            partial(self._on_forum_opened, self._open_generation),
            partial(self._on_open_failed, self._open_generation, path),
            context=self,
        )

    def opened_forum(self) -> OpenedForum | None:
        """The forum shown on the right, if any."""
        return self._opened

    def _on_forum_opened(self, generation: int, opened: OpenedForum) -> None:
        if generation != self._open_generation:
            opened.close()  # another forum was asked for meanwhile (or the window closed)
            return
        self._close_forum()
        self._opened = opened
        self.forum_panel.show_forum(opened)
        store = opened.store
        if store.read_only:
            reason = QCoreApplication.translate("errors", store.read_only_reason)
            self.read_only_label.setText(self.tr("Lecture seule : {reason}").format(reason=reason))
            self.read_only_label.show()
        self.statusBar().showMessage(self.tr("Forum ouvert : {title}").format(title=opened.forum.title), 5000)
        logger.info("forum opened read-only: %s", store.path)
        self.forum_opened.emit(store.path)

    def _on_open_failed(self, generation: int, path: Path, exc: Exception) -> None:
        if generation != self._open_generation:
            return
        if not isinstance(exc, AgoraError):
            logger.error("opening %s failed", path, exc_info=exc)
        message = self.tr("Le forum « {name} » n’a pas pu être ouvert.\n{reason}").format(
            name=path.stem, reason=error_message(exc)
        )
        self._close_forum()
        self.forum_panel.show_message(message)
        self.statusBar().showMessage(self.tr("Ouverture impossible."), 5000)
        self.forum_failed.emit(message)

    def _close_forum(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None
        self.read_only_label.hide()
        self.read_only_label.clear()

    # -- help and closing -----------------------------------------------------------------

    def about_text(self) -> str:
        """What « À propos d’Agora » says."""
        return self.tr(
            "Agora {version}\n\n"
            "Animation de forums de transition territoriale, hors ligne : temps entre pairs, "
            "Agora, consensus et dissensus entre catégories d’acteurs.\n\n"
            "Logiciel libre sous licence AGPL-3.0 ou ultérieure."
        ).format(version=__version__)

    @Slot()
    def show_about(self) -> None:
        """Show the version and what Agora is for."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("À propos d’Agora"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Release the open forum; a forum still being opened is closed when it arrives."""
        self._open_generation += 1
        self._close_forum()
        super().closeEvent(event)
