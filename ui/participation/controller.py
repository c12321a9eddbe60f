"""« Ouvrir la participation… » on a forum window: the dialog, the server, the panel, the projector.

The controller hangs itself on a ``ForumWindow``: it connects the desk's action, owns the
:class:`ServerBridge` and the :class:`ParticipationPanel` (docked on the right), projects the
join link and code when a projector window is open, and follows the Agora's selected statement.
The server stops with « Arrêter », when the facilitator moves to another session, when the
forum closes and when the application quits: no server thread outlives its session.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow

from agora.errors import AgoraError
from agora.server import ServerStats
from ui.forum_context import error_text
from ui.participation import interface_dialog
from ui.participation.participation_panel import ParticipationPanel
from ui.participation.server_bridge import ServerBridge

logger = logging.getLogger(__name__)


class ParticipationController(QObject):
    """The participation of one forum window. Create it once the window is built.

    ``window`` is a ``ForumWindow`` (typed loosely to keep the desk free of an import cycle):
    the controller uses its ``context``, ``actions_``, ``pages``, ``projector``,
    ``open_projector``, ``closed`` and status bar only.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window: QMainWindow = window
        self.context = window.context
        self.bridge = ServerBridge(self.context, self)
        self.panel = ParticipationPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.moderation = False
        #: Whether the facilitator wants the join code on the projector while the room is open.
        self.code_on_projector = True
        self._followed_page: QObject | None = None
        self._connect(window)

    def _connect(self, window: Any) -> None:
        action = getattr(window.actions_, "open_participation", None)
        if action is not None:
            action.triggered.connect(self.open)
        project = getattr(window.actions_, "project", None)
        if project is not None:
            project.triggered.connect(self._sync_projector)  # after the window opened it
        window.closed.connect(self.shutdown)
        window.installEventFilter(self)  # stop before the window releases the forum file
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.context.current_session_changed.connect(self._on_session)
        self.bridge.started.connect(self._on_started)
        self.bridge.stopped.connect(self._on_stopped)
        self.bridge.stats_changed.connect(self._on_stats)
        self.bridge.alert.connect(self.panel.show_alert)
        self.bridge.pending_changed.connect(self._refresh_pending)
        self.panel.lock_requested.connect(self.bridge.lock_room)
        self.panel.stop_requested.connect(self.stop)
        self.panel.projector_toggle_requested.connect(self.toggle_projector_code)
        self.panel.approve_requested.connect(self.approve)
        self.panel.reject_requested.connect(self.bridge.reject)

    # -- opening and closing ------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether phones can take part now."""
        return self.bridge.running

    def open(self) -> bool:
        """« Ouvrir la participation… » for the session on screen; True if the server listens."""
        session_id = self.context.current_session
        if not session_id:
            self._status(self.tr("Choisissez d’abord un temps dans le programme."))
            return False
        if self.context.read_only:
            self._status(self.tr("Forum en lecture seule : la participation ne peut pas s’ouvrir."))
            return False
        choice = interface_dialog.ask_interface(self.window)
        if choice is None:
            return False
        self.moderation = choice.moderation
        try:
            self.bridge.start(session_id, choice.address, choice.port, moderation=choice.moderation)
        except AgoraError as exc:
            logger.warning("participation server did not start: %s", exc)
            self.panel.show()
            self.panel.show_alert(error_text(exc))
            self._status(error_text(exc))
            return False
        return True

    def stop(self) -> None:
        """« Arrêter »: close the phones' page (and the projected code)."""
        self.bridge.stop()

    def shutdown(self, *_args: object) -> None:
        """The forum closes or the application quits: stop the server, never leave a thread."""
        self.bridge.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window is about to close: stop the server first (the window then closes the file)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def _on_session(self, session_id: str) -> None:
        if self.bridge.running and session_id != self.bridge.session_id:
            self.bridge.stop()
            self._status(self.tr("Participation arrêtée : un autre temps commence."))

    def _on_started(self, url: str, code: str) -> None:
        self.panel.show_started(url, code, moderation=self.moderation)
        self.panel.show()
        self.panel.raise_()
        self.code_on_projector = True
        self._sync_projector()
        self._follow_agora()
        self._status(self.tr("Participation ouverte : {url}").format(url=url))

    def _on_stopped(self) -> None:
        self._unfollow_agora()
        projector = getattr(self.window, "projector", None)
        if projector is not None:
            projector.hide_join()
        self.panel.hide()
        self.panel.show_stats(None)
        self.panel.pending_model.set_cards([])

    def _on_stats(self, stats: ServerStats) -> None:
        self.panel.show_stats(stats)
        if stats.pending != self.panel.pending_model.rowCount():
            self._refresh_pending()

    def _refresh_pending(self) -> None:
        self.panel.pending_model.set_cards(self.bridge.pending_cards())

    def approve(self, pending_id: str) -> None:
        """« Accepter »: the card goes to the board (durably), or the panel says why not."""
        try:
            self.bridge.approve(pending_id)
        except AgoraError as exc:
            self.panel.show_alert(error_text(exc))
        self._refresh_pending()

    # -- projector ----------------------------------------------------------------------------

    def toggle_projector_code(self) -> None:
        """« Afficher / masquer le code sur le projecteur » (opens the projector if needed)."""
        if not self.bridge.running:
            return
        projector = getattr(self.window, "projector", None)
        if projector is None or not projector.isVisible():
            self.code_on_projector = True
            self.window.open_projector()  # shows the code through _sync_projector
            self._sync_projector()
            return
        self.code_on_projector = not projector.join_shown()
        self._sync_projector()

    def _sync_projector(self) -> None:
        projector = getattr(self.window, "projector", None)
        if projector is None:
            return
        server = self.bridge.server
        if server is not None and self.bridge.running and self.code_on_projector:
            projector.show_join(server.join_url, server.join_code)
        else:
            projector.hide_join()

    # -- the Agora's current statement --------------------------------------------------------

    def _follow_agora(self) -> None:
        page = getattr(self.window, "pages", {}).get(self.bridge.session_id)
        signal = getattr(page, "statement_changed", None)
        if page is None or signal is None:
            return
        self._followed_page = page
        signal.connect(self.bridge.set_current_statement)
        applied = getattr(page, "snapshot_applied", None)
        if applied is not None:  # the page picks its first statement when its analysis arrives
            applied.connect(self._sync_statement)
        self._sync_statement()

    def _sync_statement(self) -> None:
        page = self._followed_page
        current = str(getattr(page, "current", "") or "")
        stats = self.bridge.stats()
        if current and stats is not None and stats.current_statement != current:
            self.bridge.set_current_statement(current)

    def _unfollow_agora(self) -> None:
        page, self._followed_page = self._followed_page, None
        if page is not None:
            try:
                page.statement_changed.disconnect(self.bridge.set_current_statement)  # type: ignore[attr-defined]
                page.snapshot_applied.disconnect(self._sync_statement)  # type: ignore[attr-defined]
            except (RuntimeError, TypeError):  # the page is gone already
                pass

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)
