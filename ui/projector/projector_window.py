"""The projector window: what the room sees of the current session, large and read-only.

It follows the facilitator through the agenda (``ForumContext.current_session_changed``),
shows a peer group's board or the Agora, and refreshes itself after every durable write that
touches the session on screen: change notices are coalesced for a moment, then the session is
read again on a pool thread, so the desk never waits for the projector.

The desk drives what the projector cannot decide: the countdown (:meth:`start_countdown`,
:meth:`pause_countdown`, :meth:`reset_countdown`), the Agora statement on screen
(:meth:`show_statement`) and the join panel (:meth:`show_join`). The window has no control of
its own: nothing takes focus, nothing edits; Esc only leaves full screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from agora.domain.kinds import SessionKind
from ui.forum_context import Change, ForumContext, error_text
from ui.projector import theme
from ui.projector.agora_slide import AgoraSlide
from ui.projector.board_slide import BoardSlide
from ui.projector.countdown import Countdown
from ui.projector.header import HeaderBar
from ui.projector.join_panel import JoinPanel
from ui.projector.screens import projector_screen, show_on
from ui.projector.snapshot import Snapshot, load_snapshot

logger = logging.getLogger(__name__)

#: How long change notices are gathered before the session is read again.
COALESCE_MS = 120


class ProjectorWindow(QWidget):
    """What the room sees. Follows ``context.current_session_changed``; nothing is editable.

    Callers must not write through this window nor give it editors; the desk keeps every
    control, and reaches the projector only through the public methods below.
    """

    #: The countdown changed: (seconds left, whether it is running).
    countdown_changed = Signal(int, bool)
    #: The countdown has just reached zero.
    countdown_elapsed = Signal()
    #: A session's content is on screen (its id), after a move or a refresh.
    loaded = Signal(str)

    def __init__(
        self,
        context: ForumContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setWindowTitle(self.tr("Agora — projection"))
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#projector {{ background: {theme.PAPER}; }}")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.countdown = Countdown(clock, self)
        self.header = HeaderBar(self.countdown, self)
        self.waiting = QLabel(self)
        self.waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet(f"color: {theme.MUTED};")
        self.board = BoardSlide(self)
        self.agora = AgoraSlide(self)
        self.slides = QStackedWidget(self)
        for slide in (self.waiting, self.board, self.agora):
            self.slides.addWidget(slide)
        self.join_box = QWidget(self)
        self.join_box.setObjectName("joinBox")
        self.join_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.join_box.setStyleSheet(f"#joinBox {{ background: {theme.BOARD}; }}")
        self.join = JoinPanel(self.join_box)
        QVBoxLayout(self.join_box).addWidget(self.join)
        self.join_box.hide()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.slides, 1)
        body.addWidget(self.join_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self._session = ""
        self._snapshot: Snapshot | None = None
        self._reading = False
        self._stale = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(COALESCE_MS)
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._connect_signals()
        self._apply_scale()
        self.follow(context.current_session)

    def _connect_signals(self) -> None:
        self.context.current_session_changed.connect(self.follow)
        self.context.changed.connect(self._on_changed)
        self._reload_timer.timeout.connect(self._reload)
        self.countdown.changed.connect(self._emit_countdown)
        self.countdown.elapsed.connect(self.countdown_elapsed)

    # -- the desk's controls ------------------------------------------------------------------

    def start_countdown(self) -> None:
        """Start (or resume) the countdown of the current phase."""
        self.countdown.start()

    def pause_countdown(self) -> None:
        """Pause the countdown."""
        self.countdown.pause()

    def reset_countdown(self, minutes: int | None = None) -> None:
        """Back to the phase's length, stopped; ``minutes`` gives it another length."""
        if minutes is not None:
            self.countdown.set_duration(max(0, minutes) * 60)
        else:
            self.countdown.reset()

    def show_statement(self, statement_id: str) -> None:
        """Put one Agora statement on screen, with each category's stance and votes."""
        self.agora.show_statement(statement_id)

    def show_overview(self) -> None:
        """Put every Agora statement and its label on screen."""
        self.agora.show_overview()

    def show_join(self, url: str, code: str) -> None:
        """Show the QR code of ``url`` and the fallback ``code`` for phones to join."""
        self.join.set_join(url, code)
        self.join_box.show()
        self._apply_scale()

    def hide_join(self) -> None:
        """Hide the join panel."""
        self.join_box.hide()
        self._apply_scale()

    def join_shown(self) -> bool:
        """Whether the join panel is up."""
        return not self.join_box.isHidden()

    def show_full_screen(self, screen: QScreen | None = None) -> None:
        """Open full screen on ``screen`` (by default the projector's: the non-primary one)."""
        show_on(self, screen or projector_screen())

    # -- following the desk -------------------------------------------------------------------

    @property
    def session_id(self) -> str:
        """The session followed ("" before the desk picks one)."""
        return self._session

    def follow(self, session_id: str) -> None:
        """Show ``session_id`` (called on every move of the facilitator)."""
        self._session = session_id
        self._snapshot = None
        if not session_id:
            self._show_waiting(self.tr("La projection commencera avec le premier temps."))
            self.header.set_session(self.tr("Agora"), "", [])
            self.countdown.set_duration(0)
            return
        self._reload_timer.stop()
        self._reload()

    def _on_changed(self, change: Change) -> None:
        if self._session and change.touches(self._session):
            self._reload_timer.start()

    def _reload(self) -> None:
        if not self._session:
            return
        if self._reading:
            self._stale = True  # read again as soon as the read in flight is back
            return
        self._reading, self._stale = True, False
        session_id = self._session
        self.context.read(
            lambda store: load_snapshot(store, session_id),
            lambda snapshot: self._loaded(session_id, snapshot),
            lambda exc: self._failed(session_id, exc),
            context=self,
        )

    def _read_done(self, session_id: str) -> bool:
        """End a read; True if its result is still wanted."""
        self._reading = False
        wanted = session_id == self._session
        if self._stale or not wanted:
            self._reload()
        return wanted

    def _loaded(self, session_id: str, snapshot: Snapshot) -> None:
        if not self._read_done(session_id):
            return
        first = self._snapshot is None
        previous = self._snapshot.session if self._snapshot else None
        self._snapshot = snapshot
        session = snapshot.session
        if session.kind == SessionKind.AGORA:
            colors = [c.color for c in snapshot.categories if not c.observer]
        else:
            colors = [c.color for c in snapshot.categories if c.code == session.category]
        self.header.set_session(session.title, session.prompt, colors)
        resized = previous is not None and previous.duration_minutes != session.duration_minutes
        if first or (resized and not self.countdown.running):
            # A new phase starts full; an edited agenda only resets a countdown not running.
            self.countdown.set_duration((session.duration_minutes or 0) * 60)
        if snapshot.is_agora:
            self.agora.set_agora(snapshot.categories, snapshot.analysis)
            self.slides.setCurrentWidget(self.agora)
            self.agora.relayout()
        else:
            self.board.set_board(session.id, snapshot.cards, snapshot.categories)
            self.slides.setCurrentWidget(self.board)
            self.board.relayout()
        self.loaded.emit(session_id)

    def _failed(self, session_id: str, exc: Exception) -> None:
        if self._read_done(session_id):
            logger.warning("projector could not read session %s: %s", session_id, exc)
            if self._snapshot is None:
                self._show_waiting(error_text(exc))

    def _show_waiting(self, text: str) -> None:
        self.waiting.setText(text)
        self.slides.setCurrentWidget(self.waiting)

    def _emit_countdown(self) -> None:
        self.countdown_changed.emit(self.countdown.remaining(), self.countdown.running)

    # -- window -------------------------------------------------------------------------------

    def _apply_scale(self) -> None:
        height = max(1, self.height())
        self.header.set_scale(height)
        self.board.set_scale(height)
        self.agora.set_scale(height)
        self.join.set_scale(height)
        self.join_box.setFixedWidth(max(1, int(self.width() * 0.3)))
        margin = theme.scaled(20, height)
        self.join_box.layout().setContentsMargins(0, margin, margin, margin)
        font = self.waiting.font()
        font.setPixelSize(theme.scaled(theme.TITLE_PX, height))
        self.waiting.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type to the new height."""
        super().resizeEvent(event)
        self._apply_scale()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves full screen; F11 goes back to it. Nothing else is handled."""
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
        else:
            super().keyPressEvent(event)
