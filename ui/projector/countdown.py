"""The countdown of the current agenda phase: its clock (``Countdown``) and its display.

The desk starts, pauses and resets it; the projector only shows it. The time left is computed
from a monotonic clock, never by counting timer ticks, so a busy GUI thread can delay the
display by a fraction of a second but never makes the phase longer. The clock can be injected
(tests move it by hand and call :meth:`Countdown.tick`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.projector import theme

#: The last minutes, shown in amber.
WARNING_SECONDS = 120
#: How often the display is refreshed while running.
TICK_MS = 200


class Phase(StrEnum):
    """How the countdown looks: normal, amber (last two minutes), red (elapsed)."""

    NORMAL = "normal"
    WARNING = "warning"
    ELAPSED = "elapsed"


def format_seconds(seconds: int) -> str:
    """``mm:ss`` (minutes are not capped: a three-hour phase starts at ``180:00``)."""
    seconds = max(0, seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class Countdown(QObject):
    """Time left in a phase. Owned by the projector window; the desk drives it through it.

    Callers must not assume a tick per second: read :meth:`remaining` when :attr:`changed` fires.
    """

    #: The displayed time, the running state or the phase changed.
    changed = Signal()
    #: The time has just run out.
    elapsed = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = 0.0
        self._left = 0.0  # seconds left when last paused or reset
        self._started_at: float | None = None
        self._shown: tuple[int, bool] = (0, False)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def duration(self) -> int:
        """Length of the phase in seconds (0: no countdown for this phase)."""
        return round(self._duration)

    @property
    def running(self) -> bool:
        """Whether the time is running."""
        return self._started_at is not None

    def set_duration(self, seconds: int) -> None:
        """Give the phase a new length and reset to it (stopped)."""
        self._duration = float(max(0, seconds))
        self.reset()

    def remaining(self) -> int:
        """Whole seconds left, rounded up (shows ``00:01`` until the very end)."""
        left = self._left
        if self._started_at is not None:
            left -= self._clock() - self._started_at
        return max(0, math.ceil(left - 1e-9))

    def phase(self) -> Phase:
        """Normal, warning in the last two minutes, elapsed at zero."""
        left = self.remaining()
        if self._duration > 0 and left == 0:
            return Phase.ELAPSED
        if 0 < left <= WARNING_SECONDS:
            return Phase.WARNING
        return Phase.NORMAL

    def text(self) -> str:
        """The time left as ``mm:ss``."""
        return format_seconds(self.remaining())

    def start(self) -> None:
        """Start or resume (nothing happens once elapsed, or without a duration)."""
        if self.running or self.remaining() == 0:
            return
        self._started_at = self._clock()
        self._timer.start()
        self._emit()

    def pause(self) -> None:
        """Stop the time where it is."""
        if self._started_at is None:
            return
        self._left = max(0.0, self._left - (self._clock() - self._started_at))
        self._started_at = None
        self._timer.stop()
        self._emit()

    def reset(self) -> None:
        """Back to the full length, stopped."""
        self._timer.stop()
        self._started_at = None
        self._left = self._duration
        self._emit(force=True)

    def tick(self) -> None:
        """Refresh: announce a new second, and stop at zero."""
        if self._started_at is not None and self.remaining() == 0:
            self._left, self._started_at = 0.0, None
            self._timer.stop()
            self._emit()
            self.elapsed.emit()
            return
        self._emit()

    def _emit(self, *, force: bool = False) -> None:
        shown = (self.remaining(), self.running)
        if force or shown != self._shown:
            self._shown = shown
            self.changed.emit()


class CountdownView(QFrame):
    """Shows a :class:`Countdown`: ``mm:ss`` and a status line, in three looks.

    Colour is never the only cue: the last minutes also say « Dernières minutes » with a thick
    outline, the end says « Temps écoulé » on a filled red box.
    """

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        self.setObjectName("countdown")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.digits = QLabel(self)
        self.status = QLabel(self)
        for label in (self.digits, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleName(self.tr("Temps restant"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(0)
        layout.addWidget(self.digits)
        layout.addWidget(self.status)
        self._height = theme.REFERENCE_LINES
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.countdown.changed.connect(self.refresh)

    def set_scale(self, height: int) -> None:
        """Size the digits for a window ``height`` pixels high."""
        self._height = height
        digits = QFont(self.font())
        digits.setPixelSize(theme.scaled(theme.COUNTDOWN_PX, height))
        digits.setBold(True)
        digits.setStyleHint(QFont.StyleHint.Monospace)
        digits.setFamilies(["DejaVu Sans Mono", "monospace"])
        self.digits.setFont(digits)
        status = QFont(self.font())
        status.setPixelSize(theme.scaled(theme.COUNTDOWN_STATUS_PX, height))
        status.setBold(True)
        self.status.setFont(status)
        self.refresh()

    def status_text(self) -> str:
        """The words under the digits (they say what the colour says)."""
        phase = self.countdown.phase()
        if phase is Phase.ELAPSED:
            return self.tr("Temps écoulé")
        if phase is Phase.WARNING:
            return self.tr("Dernières minutes")
        if not self.countdown.running and self.countdown.remaining() < self.countdown.duration:
            return self.tr("En pause")
        return ""

    def refresh(self) -> None:
        """Show the countdown's current time, words and colours."""
        self.setVisible(self.countdown.duration > 0)
        self.digits.setText(self.countdown.text())
        status = self.status_text()
        self.status.setText(status)
        self.status.setVisible(bool(status))
        phase = self.countdown.phase()
        border = max(2, theme.scaled(6, self._height))
        if phase is Phase.ELAPSED:
            back, ink, edge = theme.RED, theme.WHITE, theme.INK
        elif phase is Phase.WARNING:
            back, ink, edge = theme.AMBER, theme.BLACK, theme.INK
        else:
            back, ink, edge, border = theme.PAPER, theme.INK, theme.RULE, max(1, border // 3)
        self.setStyleSheet(
            f"#countdown {{ background: {back}; border: {border}px solid {edge}; border-radius: 8px; }}"
            f"#countdown QLabel {{ color: {ink}; background: transparent; border: none; }}"
        )
