"""Breaking participant text into a few lines for painting, the last one elided.

Views with uniform row heights (board columns, agenda) show a fixed number of lines; the whole
text is in the tooltip and the detail line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

_LINE_SEPARATOR = "\u2028"


def wrap_lines(text: str, font: QFont, width: float, max_lines: int = 3) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``, the last one elided."""
    text = text.replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        start = line.textStart()
        if len(lines) == max_lines - 1:
            rest = text[start:].replace(_LINE_SEPARATOR, " ").strip()
            lines.append(QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + line.textLength()].replace(_LINE_SEPARATOR, "").rstrip())
    layout.endLayout()
    return lines
