"""The forum window (the desk): the agenda on the left, the current session's page in the middle.

A peer-group session shows its board (``BoardView``), the Agora its own screen
(``ui.agora.agora_view.AgoraView``). The status bar carries the quiet save indicator; a red
banner appears above the page when something could not be saved. « Projeter » (F5) opens the
projector window. Closing the window waits for the queued writes, then releases the file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from agora.domain.kinds import SessionKind
from agora.services.reads import SessionRead
from ui.agora.agora_view import AgoraView
from ui.board.board_view import BoardView
from ui.desk.agenda_view import AgendaView
from ui.desk.desk_actions import DeskActions
from ui.desk.forum_files import ForumFiles
from ui.desk.projection import place_projector
from ui.desk.save_banner import FailureBanner, SaveIndicator
from ui.desk.save_tracker import SaveTracker
from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.dialogs.shortcuts_dialog import ShortcutsDialog
from ui.forum_context import Change, ForumContext
from ui.help.help_window import show_guide
from ui.opened_forum import OpenedForum, read_frame
from ui.participation.controller import ParticipationController
from ui.printing.print_actions import PrintActions
from ui.projector.projector_window import ProjectorWindow
from ui.safety.backups_timer import DeskBackups
from ui.safety.recovery_banner import RecoveryBanner
from ui.safety.restore_flow import DeskRestore
from ui.safety.usb_export import UsbExport
from ui.sessions_model import SessionsModel
from ui.widgets.about import show_about
from ui.widgets.memory import release_long_lived
from ui.widgets.plain_label import plain_label

logger = logging.getLogger(__name__)


class ForumWindow(QMainWindow):
    """The desk of one open forum. Owns its ``ForumContext`` (and so the store) until closed.

    Callers create it with a freshly opened forum and must not close the store themselves.
    """

    #: The window closed and the forum file is released (its path).
    closed = Signal(object)
    #: The page of a session is on screen (its id).
    page_shown = Signal(str)

    def __init__(self, opened: OpenedForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.context = ForumContext(opened.store, self)
        self.tracker = SaveTracker(self.context, self)
        self.pages: dict[str, QWidget] = {}
        self.projector: ProjectorWindow | None = None
        self._closed = False
        self.sessions_model = SessionsModel(self)
        self.actions_ = DeskActions(self, self.context.undo_stack)
        self.board_menu = self.actions_.build_menus()
        self.files = ForumFiles(self.context, self)
        self.backups = DeskBackups(self.context, self)  # snapshot on open, every 15 min, at close
        self.restore = DeskRestore(self)
        self.usb = UsbExport(lambda: self.context.store.path, self)
        self.printing = PrintActions(self, self.actions_.pdf_menu, self.actions_.print_menu)
        self._build()
        self._connect_signals()
        self._show_frame(opened)
        self.recovery_banner.show_report(opened.recovery)
        self.participation = ParticipationController(self)
        self.resize(1360, 820)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.agenda = AgendaView()
        self.agenda.setModel(self.sessions_model)
        self.agenda.setAccessibleName(self.tr("Programme du forum"))
        agenda_title = plain_label(self.tr("Programme"), text=self.tr("Programme"))
        agenda_title.setBuddy(self.agenda)
        font = agenda_title.font()
        font.setBold(True)
        agenda_title.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(agenda_title)
        left_layout.addWidget(self.agenda, 1)

        self.read_only_banner = plain_label(self.tr("Forum en lecture seule"))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background-color: #FFF4CE; color: #3D2E00; padding: 6px; border: 1px solid #C9A227; border-radius: 4px;"
        )
        self.read_only_banner.hide()
        self.failure_banner = FailureBanner(self.tracker)
        self.recovery_banner = RecoveryBanner()
        self.page_stack = QStackedWidget()
        self.placeholder = plain_label(self.tr("Choisissez un temps dans le programme."))
        self.placeholder.setText(self.tr("Choisissez un temps dans le programme."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_stack.addWidget(self.placeholder)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 0)
        right_layout.addWidget(self.read_only_banner)
        right_layout.addWidget(self.failure_banner)
        right_layout.addWidget(self.recovery_banner)
        right_layout.addWidget(self.page_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 1100])
        self.setCentralWidget(self.splitter)
        self.save_indicator = SaveIndicator(self.tracker)
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.tracker.refused.connect(
            lambda reason: self._show_status(self.tr("Modification refusée : {reason}").format(reason=reason))
        )

    def _connect_signals(self) -> None:
        acts = self.actions_
        acts.previous_session.triggered.connect(lambda: self.step_session(-1))
        acts.next_session.triggered.connect(lambda: self.step_session(1))
        acts.focus_capture.triggered.connect(self.focus_page)
        acts.project.triggered.connect(self.open_projector)
        acts.close_forum.triggered.connect(self.close)
        acts.quit.triggered.connect(self._quit)
        acts.preferences.triggered.connect(self.show_preferences)
        acts.shortcuts.triggered.connect(self.show_shortcuts)
        acts.about.triggered.connect(lambda: show_about(self))
        acts.guide.triggered.connect(lambda: show_guide())
        acts.export.triggered.connect(self.files.export)
        acts.merge_bundle.triggered.connect(lambda: self.backups.before_import(self.files.merge_bundle))
        acts.usb_export.triggered.connect(lambda: self.usb.start())
        acts.restore_backup.triggered.connect(self.restore.start)
        for source in (self.backups, self.usb, self.printing):
            source.message.connect(self._show_status)
        self.files.message.connect(self._show_status)
        self.context.undo_stack.indexChanged.connect(lambda _index: self.focus_page())
        self.context.current_session_changed.connect(self._on_current_session)
        self.context.changed.connect(self._on_changed)
        self.agenda.selectionModel().selectionChanged.connect(self._on_agenda_selection)

    # -- the forum's frame ----------------------------------------------------------------

    def _show_frame(self, opened: OpenedForum) -> None:
        self.opened = opened
        forum = opened.forum
        self.setWindowTitle(self.tr("{title} — Agora").format(title=forum.title))
        self.sessions_model.set_sessions(opened.sessions, opened.categories)
        self.agenda.delegate.set_colors({c.code: c.color for c in opened.categories})
        if opened.read_only:
            reason = QCoreApplication.translate("errors", opened.store.read_only_reason)
            self.read_only_banner.setText(self.tr("Lecture seule : {reason}").format(reason=reason))
            self.read_only_banner.show()
        current = self.context.current_session
        row = next((r for r, s in enumerate(opened.sessions) if s.id == current), 0)
        if opened.sessions:
            self.agenda.setCurrentIndex(self.sessions_model.index(row))

    def _on_changed(self, change: Change) -> None:
        if getattr(change, "forum", False):
            self.context.read(read_frame, self._on_frame_read, context=self)

    def _on_frame_read(self, frame: OpenedForum) -> None:
        """The forum's frame changed (a merged bundle…): agenda again; boards again if categories changed."""
        if frame.categories != self.opened.categories:
            for page in self.pages.values():
                self.page_stack.removeWidget(page)
                page.deleteLater()
            self.pages.clear()
        self._show_frame(frame)
        if self.context.current_session:
            self._on_current_session(self.context.current_session)

    # -- sessions -------------------------------------------------------------------------

    def sessions(self) -> list[SessionRead]:
        """The agenda, in order."""
        return [self.sessions_model.session(row) for row in range(self.sessions_model.rowCount())]

    def select_session(self, session_id: str) -> None:
        """Show the page of ``session_id`` (and select it in the agenda)."""
        for row, meeting in enumerate(self.sessions()):
            if meeting.id == session_id:
                self.agenda.setCurrentIndex(self.sessions_model.index(row))
                return

    def step_session(self, step: int) -> None:
        """The previous (-1) or next (+1) session of the agenda."""
        rows = self.sessions_model.rowCount()
        if rows:
            current = self.agenda.currentIndex().row()
            self.agenda.setCurrentIndex(self.sessions_model.index(max(0, min(rows - 1, current + step))))
            self.focus_page()

    @Slot(QItemSelection, QItemSelection)
    def _on_agenda_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.context.set_current_session(self.sessions_model.session(indexes[0].row()).id)

    def _on_current_session(self, session_id: str) -> None:
        meeting = next((s for s in self.sessions() if s.id == session_id), None)
        if meeting is None:
            return
        shown = self.agenda.currentIndex()
        if not shown.isValid() or self.sessions_model.session(shown.row()).id != session_id:
            self.select_session(session_id)
        page = self.pages.get(session_id) or self._make_page(meeting)
        self.page_stack.setCurrentWidget(page)
        self._fill_board_menu(page)
        self.page_shown.emit(session_id)

    def _make_page(self, meeting: SessionRead) -> QWidget:
        page: QWidget
        if meeting.kind == SessionKind.AGORA:
            page = AgoraView(self.context, meeting)
        else:
            board = BoardView(self.context, meeting, self.opened.categories, self.tracker)
            board.status_message.connect(self._show_status)
            board.session_requested.connect(self.select_session)
            self.backups.guard_deletions(board.editing)  # a snapshot before deleting several cards
            if board.draft_restored:
                self._show_status(self.tr("Le texte en cours de saisie a été retrouvé dans la barre de saisie."))
            page = board
        self.pages[meeting.id] = page
        self.page_stack.addWidget(page)
        return page

    def _fill_board_menu(self, page: QWidget) -> None:
        self.board_menu.clear()
        if isinstance(page, BoardView):
            page.fill_menu(self.board_menu)
        self.board_menu.setEnabled(isinstance(page, BoardView))

    def current_page(self) -> QWidget | None:
        """The page on screen (a board, the Agora), if any."""
        page = self.page_stack.currentWidget()
        return None if page is self.placeholder else page

    def current_board(self) -> BoardView | None:
        """The board on screen, if the current session is a peer group."""
        page = self.current_page()
        return page if isinstance(page, BoardView) else None

    @Slot()
    def focus_page(self) -> None:
        """Give the keyboard to the page (a board's capture bar)."""
        page = self.current_page()
        if isinstance(page, BoardView):
            page.capture.focus_input()
        elif page is not None:
            page.setFocus()

    # -- projector, preferences, help -----------------------------------------------------

    @Slot()
    def open_projector(self) -> None:
        """« Projeter »: the projector window, full screen on the second screen if there is one."""
        if self.projector is None:
            self.projector = ProjectorWindow(self.context)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        full_screen = place_projector(self.projector, self)
        self._show_status(
            self.tr("Projection en plein écran sur le second écran.")
            if full_screen
            else self.tr("Un seul écran : la projection s’ouvre dans une fenêtre.")
        )
        self.activateWindow()
        self.focus_page()

    @Slot()
    def show_preferences(self) -> None:
        """Édition ▸ Préférences…"""
        PreferencesDialog(self).exec()
        self.focus_page()

    @Slot()
    def show_shortcuts(self) -> None:
        """Aide ▸ Raccourcis clavier (a window that stays open beside the desk)."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def reload_forum(self, opened: OpenedForum) -> None:
        """The forum file was replaced (a restored snapshot): show ``opened`` in this window."""
        self.context.store = opened.store
        self.context.undo_stack.clear()
        for page in self.pages.values():
            self.page_stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.read_only_banner.hide()
        self._show_frame(opened)
        self.recovery_banner.show_report(opened.recovery)
        if self.context.current_session:
            self._on_current_session(self.context.current_session)
        self.backups.restart()
        self.printing.update_actions()

    # -- closing --------------------------------------------------------------------------

    def _quit(self) -> None:
        self.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the projector, wait for the queued writes, release the file."""
        if not self._closed:
            self._closed = True
            for page in self.pages.values():
                if isinstance(page, BoardView):
                    page.keep_draft()
            if self.projector is not None:
                self.projector.close()
                self.projector.deleteLater()
                self.projector = None
            self.context.close()
            self.backups.at_close()
            release_long_lived()
            logger.info("forum closed: %s", self.opened.store.path)
            self.closed.emit(self.opened.store.path)
        super().closeEvent(event)
