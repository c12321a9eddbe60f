"""Paints the cells of the Agora's matrices and lists: colour, hatching, wrapped text, selection.

The model decides everything a cell shows (``BackgroundRole``, ``ForegroundRole``,
``FontRole``, ``TextAlignmentRole``); this delegate only draws it so that it reads on a
projector: the text wraps on as many lines as the cell holds and is elided on the last one, a
hatched brush is drawn over the grey of a cell without enough votes with the text on a plain
backdrop, and a selected cell keeps its colour (the colour carries meaning) with a thick frame.
Tooltips are shown as plain text (participant text never becomes markup).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from ui.agora import palette
from ui.delegates import PlainToolTipDelegate

#: Inner margin of a cell, in pixels.
PADDING = 6


def role_data(index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
    """``index.data(role)``, asked of the Python model directly.

    PySide6 6.12 on Python 3.11 drops a reference to ``None`` each time it converts an invalid
    ``QVariant`` to Python (``QModelIndex.data`` for a role the model does not serve), which
    ends in a fatal "deallocating None" after enough calls. Calling the model's own ``data``
    is a plain Python call: no conversion, no leak. Only for Python models.
    """
    model = index.model()
    return model.data(index, role) if model is not None else None


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels; the last kept line is elided."""
    metrics = QFontMetricsF(font)
    #: (paragraph, start of the line in it, end of the line)
    spans: list[tuple[str, int, int]] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        found = False
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            spans.append((paragraph, line.textStart(), line.textStart() + line.textLength()))
            found = True
        layout.endLayout()
        if not found:
            spans.append((paragraph, 0, 0))
    if len(spans) <= max_lines:
        return [p[a:b].rstrip() for p, a, b in spans]
    kept = [p[a:b].rstrip() for p, a, b in spans[: max_lines - 1]]
    paragraph, start, _end = spans[max_lines - 1]
    rest = paragraph[start:] + " …"
    kept.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return kept


def cell_font(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QFont:
    """The view's font (it follows the page's zoom), bold or italic when the model asks."""
    font = QFont(option.font)
    asked = role_data(index, Qt.ItemDataRole.FontRole)
    if isinstance(asked, QFont):
        font.setBold(asked.bold())
        font.setItalic(asked.italic())
    return font


class CellDelegate(PlainToolTipDelegate):
    """Draws one cell from its model roles. Owned by the view it paints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Room for the longest line of the text and the padding the painter leaves."""
        text = role_data(index, Qt.ItemDataRole.DisplayRole)
        metrics = QFontMetricsF(cell_font(option, index))
        lines = str(text).split("\n") if text else [""]
        width = max(metrics.horizontalAdvance(line) for line in lines)
        return QSize(int(width) + 2 * PADDING + 4, int(metrics.lineSpacing() * len(lines)) + PADDING + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Background (hatched when asked), wrapped text, selection frame, focus frame."""
        painter.save()
        rect = QRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = role_data(index, Qt.ItemDataRole.BackgroundRole)
        hatched = isinstance(background, QBrush) and background.style() == Qt.BrushStyle.BDiagPattern
        if hatched:
            painter.fillRect(rect, palette.INSUFFICIENT)
            painter.fillRect(rect, background)
        elif isinstance(background, QBrush | QColor):
            painter.fillRect(rect, background)
        elif selected:
            painter.fillRect(rect, option.palette.highlight())

        font = cell_font(option, index)
        foreground = role_data(index, Qt.ItemDataRole.ForegroundRole)
        if isinstance(foreground, QBrush):
            foreground = foreground.color()
        if selected and background is None:
            foreground = option.palette.highlightedText().color()
        elif not isinstance(foreground, QColor):
            foreground = option.palette.text().color()
        alignment = role_data(index, Qt.ItemDataRole.TextAlignmentRole)
        align = (
            Qt.AlignmentFlag(alignment)
            if alignment is not None
            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        text = role_data(index, Qt.ItemDataRole.DisplayRole)
        if text:
            self._draw_text(painter, rect, str(text), font, foreground, align, hatched)

        if selected and background is not None:
            pen = QPen(option.palette.highlight().color(), 3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.INK, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
        painter.restore()

    def _draw_text(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        font: QFont,
        color: QColor,
        align: Qt.AlignmentFlag,
        backdrop: bool,
    ) -> None:
        metrics = QFontMetricsF(font)
        inner = QRectF(rect.adjusted(PADDING, PADDING // 2, -PADDING, -(PADDING // 2)))
        max_lines = max(1, int(inner.height() // metrics.lineSpacing()))
        lines = wrapped_lines(text, font, inner.width(), max_lines)
        block_height = metrics.lineSpacing() * len(lines)
        if align & Qt.AlignmentFlag.AlignVCenter:
            top = inner.top() + (inner.height() - block_height) / 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = inner.bottom() - block_height
        else:
            top = inner.top()
        painter.setFont(font)
        if backdrop:
            # The hatching must not run through the digits: a plain patch behind the text.
            width = max(metrics.horizontalAdvance(line) for line in lines) + PADDING
            left = inner.center().x() - width / 2 if align & Qt.AlignmentFlag.AlignHCenter else inner.left()
            painter.fillRect(QRectF(left, top, width, block_height), palette.INSUFFICIENT)
        painter.setPen(color)
        horizontal = align & (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
        )
        for i, line in enumerate(lines):
            line_rect = QRectF(
                inner.left(), top + i * metrics.lineSpacing(), inner.width(), metrics.lineSpacing()
            )
            painter.drawText(line_rect, int(horizontal | Qt.AlignmentFlag.AlignVCenter), line)
