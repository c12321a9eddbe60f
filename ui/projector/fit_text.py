"""Plain text that fits its box: word-wrapped lines, elided at the end, shrunk when needed.

Everything here draws strings with ``QPainter.drawText(x, y, str)``, which never interprets
markup: a card typed as ``<b>x</b>`` shows the angle brackets (RELIABILITY.md §4.6).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.projector import theme

#: Marks text cut short to fit.
ELLIPSIS = "…"


def wrap_lines(
    text: str, font: QFont, width: int, max_lines: int | None = None, first_width: int | None = None
) -> list[str]:
    """``text`` broken into lines at most ``width`` pixels wide in ``font``.

    Line breaks of the text are kept. ``first_width`` narrows the first line (something is
    drawn before it). With ``max_lines``, the lines beyond are dropped and the last line kept
    ends with an ellipsis.
    """
    width = max(1, width)
    first = width if first_width is None else max(1, min(first_width, width))
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(first if not lines else width)
            start = line.textStart()
            lines.append(paragraph[start : start + line.textLength()].rstrip())
        layout.endLayout()
    while len(lines) > 1 and not lines[-1]:
        lines.pop()  # trailing blank lines take room and say nothing
    if max_lines is not None and len(lines) > max_lines:
        keep = lines[: max(1, max_lines)]
        metrics = QFontMetrics(font)
        last = keep[-1] + " " + lines[len(keep)]
        room = first if len(keep) == 1 else width
        elided = metrics.elidedText(last, Qt.TextElideMode.ElideRight, room)
        keep[-1] = elided if elided.endswith(ELLIPSIS) else elided.rstrip() + ELLIPSIS
        return keep
    return lines


def sized_font(base: QFont, px: int, *, bold: bool = False) -> QFont:
    """A copy of ``base`` at ``px`` pixels."""
    font = QFont(base)
    font.setPixelSize(max(1, px))
    font.setBold(bold)
    return font


def draw_lines(
    painter: QPainter,
    lines: list[str],
    font: QFont,
    rect: QRectF,
    align: Qt.AlignmentFlag,
    first_indent: float = 0,
) -> None:
    """Draw ``lines`` from the top of ``rect``, each aligned left or centred, as plain strings.

    The first line starts ``first_indent`` pixels further right (left-aligned text only).
    """
    metrics = QFontMetrics(font)
    painter.setFont(font)
    y = rect.top() + metrics.ascent()
    for number, line in enumerate(lines):
        if y - metrics.ascent() >= rect.bottom():
            break  # the lines were fitted to the box by their owner: this is only a guard
        x = rect.left() + (first_indent if number == 0 else 0)
        if align & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - metrics.horizontalAdvance(line)) / 2
        painter.drawText(int(x), int(y), line)
        y += metrics.lineSpacing()


class FitLabel(QWidget):
    """Shows plain text as large as its box allows, between a preferred and a smallest size.

    At the smallest size the text is cut with an ellipsis rather than overflowing. Owners set
    the sizes with :meth:`set_sizes` (pixels) and give the widget its box through a layout.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bold: bool = False,
        centered: bool = False,
        middle: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._text = ""
        self._bold = bold
        self._align = Qt.AlignmentFlag.AlignHCenter if centered else Qt.AlignmentFlag.AlignLeft
        self._middle = middle
        self._max_px, self._min_px = 32, 24
        self._color = QColor(theme.INK)
        self._background: QColor | None = None
        self._pad = 0
        self._fitted: tuple[tuple[int, int, str], QFont, list[str]] | None = None

    def text(self) -> str:
        """The full text (before any cut)."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``, literally."""
        if text != self._text:
            self._text = text
            self._fitted = None
            self.setAccessibleName(text)
            self.update()

    def set_sizes(self, max_px: int, min_px: int) -> None:
        """Preferred and smallest pixel sizes of the text."""
        self._max_px, self._min_px = max_px, min(min_px, max_px)
        self._fitted = None
        self.update()

    def set_color(self, color: str, background: str | None = None, padding: int = 0) -> None:
        """The ink of the text, and the box's background and inner margin (none by default)."""
        self._color = QColor(color)
        self._background = QColor(background) if background else None
        self._pad = padding
        self._fitted = None
        self.update()

    def fitted(self) -> tuple[QFont, list[str]]:
        """The font and the lines the text is drawn with in the current box."""
        key = (self.width(), self.height(), self._text + f"\0{self._max_px}\0{self._min_px}\0{self._pad}")
        if self._fitted is None or self._fitted[0] != key:
            self._fitted = (key, *self._fit())
        return self._fitted[1], self._fitted[2]

    def _fit(self) -> tuple[QFont, list[str]]:
        width, height = self.width() - 2 * self._pad, self.height() - 2 * self._pad
        px = self._max_px
        while True:
            font = sized_font(self.font(), px, bold=self._bold)
            metrics = QFontMetrics(font)
            lines = wrap_lines(self._text, font, width)
            needed = metrics.height() + metrics.lineSpacing() * (len(lines) - 1)
            if needed <= height or px <= self._min_px:
                break
            px = max(self._min_px, px - max(1, px // 12))
        fitting = max(1, 1 + (height - metrics.height()) // max(1, metrics.lineSpacing()))
        if len(lines) > fitting:
            lines = wrap_lines(self._text, font, width, fitting)
        return font, lines

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the fitted lines."""
        font, lines = self.fitted()
        painter = QPainter(self)
        if self._background is not None:
            painter.fillRect(self.rect(), self._background)
        painter.setPen(self._color)
        box = QRectF(self.rect()).adjusted(self._pad, self._pad, -self._pad, -self._pad)
        if self._middle:
            metrics = QFontMetrics(font)
            used = metrics.height() + metrics.lineSpacing() * (len(lines) - 1)
            box.setTop(box.top() + max(0.0, (box.height() - used) / 2))
        draw_lines(painter, lines, font, box, self._align)
        painter.end()
