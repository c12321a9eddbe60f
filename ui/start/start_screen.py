"""The start screen: the forums of the library, and what to do with them.

Forums are listed most recent first, with their date, venue and counts; unreadable files stay
listed, greyed, with their problem. Buttons: open, new forum, duplicate, import, export,
refresh. An empty library shows a welcome page instead: open the demo forum or create one.
The screen only shows and asks; the main window does the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agora.services.reads import ForumSummary
from ui.delegates import PlainToolTipDelegate
from ui.library_model import COL_DATE, COL_TITLE, COL_VENUE, LibraryModel, RowRole, SortRole
from ui.widgets.plain_label import plain_label

_LIBRARY_PAGE, _WELCOME_PAGE = range(2)


class StartScreen(QWidget):
    """Lists the library and emits what the facilitator asks for; owns no file."""

    #: Open this forum file.
    open_requested = Signal(object)
    #: « Nouveau forum… ».
    create_requested = Signal()
    #: Duplicate this forum.
    duplicate_requested = Signal(object)
    #: « Importer… ».
    import_requested = Signal()
    #: Export this forum.
    export_requested = Signal(object)
    #: « Ouvrir le forum de démonstration ».
    demo_requested = Signal()
    #: « Actualiser ».
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library_model = LibraryModel(self)
        self.library_proxy = QSortFilterProxyModel(self)
        self.library_proxy.setSourceModel(self.library_model)
        self.library_proxy.setSortRole(SortRole)
        self._build()
        self._connect_signals()
        self._on_selection()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.library_view = QTableView()
        self.library_view.setAccessibleName(self.tr("Forums de la bibliothèque"))
        self.library_view.setModel(self.library_proxy)
        self.library_view.setItemDelegate(PlainToolTipDelegate(self.library_view))
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.setSortingEnabled(True)
        self.library_view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.library_view.setWordWrap(False)
        self.library_view.setAlternatingRowColors(True)
        self.library_view.setTabKeyNavigation(False)
        vertical = self.library_view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 2))
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_DATE, 150)
        header.resizeSection(COL_VENUE, 260)
        heading = plain_label(self.tr("Forums de la bibliothèque"), text=self.tr("Forums de la bibliothèque"))
        heading.setBuddy(self.library_view)
        heading.setFont(_scaled(heading.font(), 1.4, bold=True))

        self.open_button = self._button(self.tr("&Ouvrir"), self.tr("Ouvrir le forum choisi"))
        self.open_button.setDefault(True)
        self.create_button = self._button(self.tr("&Nouveau forum…"), self.tr("Créer un nouveau forum"))
        self.duplicate_button = self._button(self.tr("D&upliquer"), self.tr("Dupliquer le forum choisi"))
        self.import_button = self._button(self.tr("&Importer…"), self.tr("Importer un forum ou un lot"))
        self.export_button = self._button(self.tr("E&xporter…"), self.tr("Exporter le forum choisi"))
        self.refresh_button = self._button(self.tr("Actualiser"), self.tr("Actualiser la liste des forums"))
        self.create_button.setMinimumHeight(self.create_button.sizeHint().height() * 3 // 2)
        self.import_button.setMinimumHeight(self.create_button.minimumHeight())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.create_button)
        top.addWidget(self.import_button)
        self.folder_label = plain_label(self.tr("Dossier de la bibliothèque"))
        self.folder_label.setStyleSheet("color: #4A4A4A;")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        library = QWidget()
        library_layout = QVBoxLayout(library)
        library_layout.setContentsMargins(0, 0, 0, 0)
        library_layout.addLayout(top)
        library_layout.addWidget(self.folder_label)
        library_layout.addWidget(self.library_view, 1)
        library_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(library)
        self.pages.addWidget(self._build_welcome())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.pages)

    def _build_welcome(self) -> QWidget:
        title = plain_label(self.tr("Bienvenue"), text=self.tr("Bienvenue dans Agora"))
        title.setFont(_scaled(title.font(), 2.0, bold=True))
        text = plain_label(self.tr("Présentation d’Agora"))
        text.setText(
            self.tr(
                "Agora accompagne l’animation des forums de transition territoriale : temps entre pairs "
                "des élu·e·s, des agents territoriaux, de l’État et des acteurs socio-économiques, puis "
                "une Agora qui croise leurs regards. Tout reste sur cet ordinateur, sans connexion.\n\n"
                "Votre bibliothèque de forums est vide. Pour découvrir Agora, ouvrez le forum de "
                "démonstration ; pour préparer votre rencontre, créez un forum."
            )
        )
        text.setWordWrap(True)
        self.demo_button = self._button(self.tr("Ouvrir le forum de &démonstration"), self.tr("Ouvrir le forum de démonstration"))
        self.welcome_create_button = self._button(self.tr("&Créer un forum"), self.tr("Créer un forum"))
        self.welcome_import_button = self._button(self.tr("&Importer un forum ou un lot…"), self.tr("Importer un forum ou un lot"))
        for button in (self.demo_button, self.welcome_create_button, self.welcome_import_button):
            button.setMinimumHeight(button.sizeHint().height() * 2)
            button.setFont(_scaled(button.font(), 1.15))
        self.demo_button.setDefault(True)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(16)
        column.addWidget(self.demo_button)
        column.addWidget(self.welcome_create_button)
        column.addWidget(self.welcome_import_button)
        column.addStretch(2)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        return page

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        return button

    def _connect_signals(self) -> None:
        self.library_view.activated.connect(self._on_activated)
        self.library_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.library_proxy.modelReset.connect(self._on_selection)
        self.open_button.clicked.connect(self._emit_with_selection(self.open_requested, path=True))
        self.duplicate_button.clicked.connect(self._emit_with_selection(self.duplicate_requested, path=True))
        self.export_button.clicked.connect(self._emit_with_selection(self.export_requested, path=False))
        self.create_button.clicked.connect(self.create_requested)
        self.welcome_create_button.clicked.connect(self.create_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.welcome_import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)

    def _emit_with_selection(self, signal: Signal, *, path: bool) -> Callable[[], None]:
        def emit() -> None:
            forum = self.selected_forum()
            if forum is not None:
                signal.emit(forum.path if path else forum)

        return emit

    # -- the list -------------------------------------------------------------------------

    def set_forums(self, forums: list[ForumSummary]) -> None:
        """Show the library (the welcome page when it is empty); the selection is kept."""
        kept = self.selected_forum()
        self.library_model.set_forums(forums)
        self.pages.setCurrentIndex(_WELCOME_PAGE if not forums else _LIBRARY_PAGE)
        if kept is not None:
            self.select_forum(kept.path)
        elif forums:
            self.library_view.selectRow(0)
        self._on_selection()

    def set_folder(self, folder: str) -> None:
        """Say where the library's files are (to find them, or to back them up)."""
        self.folder_label.setText(self.tr("Bibliothèque : {folder}").format(folder=folder))

    def showing_welcome(self) -> bool:
        """Whether the welcome page (empty library) is shown."""
        return self.pages.currentIndex() == _WELCOME_PAGE

    def selected_forum(self) -> ForumSummary | None:
        """The forum selected in the list, if any."""
        rows = self.library_view.selectionModel().selectedRows()
        forum = rows[0].data(RowRole) if rows else None
        return forum if isinstance(forum, ForumSummary) else None

    def select_forum(self, path: object) -> bool:
        """Select the forum whose file is ``path``."""
        row = self.library_model.find_row(lambda forum: forum.path == path)
        if row is None:
            return False
        index = self.library_proxy.mapFromSource(self.library_model.index(row, COL_TITLE))
        self.library_view.selectRow(index.row())
        self.library_view.scrollTo(index)
        return True

    @Slot()
    def _on_selection(self) -> None:
        forum = self.selected_forum()
        readable = forum is not None and not forum.problem
        self.open_button.setEnabled(forum is not None)  # an unreadable file opens to say why
        for button in (self.duplicate_button, self.export_button):
            button.setEnabled(readable)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        forum = index.data(RowRole)
        if isinstance(forum, ForumSummary):
            self.open_requested.emit(forum.path)

    def focus_list(self) -> None:
        """Give the keyboard to the list (or to the demo button on the welcome page)."""
        if self.showing_welcome():
            self.demo_button.setFocus()
        else:
            self.library_view.setFocus()


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * factor)
    scaled.setBold(bold)
    return scaled
