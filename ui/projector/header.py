"""The top of the projected screen: the session's colours, its title, its prompt, the countdown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.projector import theme
from ui.projector.countdown import Countdown, CountdownView
from ui.projector.fit_text import FitLabel, sized_font

#: Lines of prompt the header keeps room for.
PROMPT_LINES = 3


class ColorStrip(QWidget):
    """A thin band of the colours of the categories in the room (one for a peer group)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_colors(self, colors: Sequence[str]) -> None:
        """Show these ``#RRGGBB`` colours side by side."""
        self.colors = [theme.safe_color(color) for color in colors]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Equal segments, one per colour."""
        painter = QPainter(self)
        colors = self.colors or [theme.RULE]
        width = self.width() / len(colors)
        for number, color in enumerate(colors):
            painter.fillRect(QRectF(number * width, 0, width + 1, self.height()), QColor(color))
        painter.end()


class HeaderBar(QWidget):
    """Title (one line, shrunk or cut), prompt (fitted to a few lines) and the countdown."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#header {{ background: {theme.PAPER}; }} QLabel {{ color: {theme.INK}; }}")
        self.strip = ColorStrip(self)
        self.title = FitLabel(self, bold=True)
        self.prompt = FitLabel(self)
        self.countdown = CountdownView(countdown, self)
        grid = QGridLayout()
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.prompt, 1, 0)
        grid.addWidget(self.countdown, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        self._grid = grid
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.strip)
        layout.addLayout(grid)

    def set_session(self, title: str, prompt: str, colors: Sequence[str]) -> None:
        """Show a session's title, prompt and category colours."""
        self.title.setText(title)
        self.prompt.setText(prompt)
        self.prompt.setVisible(bool(prompt.strip()))
        self.strip.set_colors(colors)

    def set_scale(self, height: int) -> None:
        """Size everything for a window ``height`` pixels high."""
        margin = theme.scaled(20, height)
        self._grid.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._grid.setHorizontalSpacing(margin)
        self._grid.setVerticalSpacing(margin // 4)
        self.strip.setFixedHeight(theme.scaled(14, height))
        title_px = theme.scaled(theme.TITLE_PX, height)
        self.title.set_sizes(title_px, title_px * 3 // 4)
        self.title.setFixedHeight(QFontMetrics(sized_font(self.font(), title_px, bold=True)).height())
        self.prompt.set_sizes(
            theme.scaled(theme.PROMPT_PX, height), theme.scaled(theme.PROMPT_MIN_PX, height)
        )
        metrics = QFontMetrics(sized_font(self.font(), theme.scaled(theme.PROMPT_PX, height)))
        self.prompt.setFixedHeight(metrics.height() + metrics.lineSpacing() * (PROMPT_LINES - 1))
        self.countdown.set_scale(height)
