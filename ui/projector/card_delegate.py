"""Paints a projected card: a white card with its author's colour as a band, the targeted
category as a coloured chip, the text in large plain type, and a highlight when it is new.

Text on a category colour is black or white, whichever contrasts more (``theme.text_on``).
The card text is drawn line by line as plain strings, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from ui.projector import theme
from ui.projector.card_list_model import ColorRole, FreshRole, TargetColorRole, TargetLabelRole
from ui.projector.fit_text import draw_lines, sized_font, wrap_lines

Index = QModelIndex | QPersistentModelIndex


#: A chip wider than this share of the card goes on a line of its own.
CHIP_INLINE_SHARE = 0.5


@dataclass(frozen=True)
class CardLayout:
    """Where the parts of one card go, for a given width and text size.

    The chip (« → État ») sits at the start of the first line of text when it is narrow
    enough, else on a line of its own above the text.
    """

    chip: str
    chip_font: QFont
    chip_width: int
    chip_own_line: bool
    lines: list[str]
    font: QFont
    pad: int
    band: int
    height: int


class CardDelegate(QStyledItemDelegate):
    """Paints the cards of one :class:`~ui.projector.paged_list.PagedListView`.

    The view must call :meth:`set_metrics` when its text size or its page height change; no
    card is ever taller than a page (its text is cut with an ellipsis instead).
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._px = theme.CARD_PX
        self._max_height = 10_000
        self._cache: dict[tuple[str, str, int], CardLayout] = {}

    @property
    def text_px(self) -> int:
        """Pixel size of the card text."""
        return self._px

    def set_metrics(self, text_px: int, max_height: int) -> None:
        """Use ``text_px`` for the text, and never make a card taller than ``max_height``."""
        if (text_px, max_height) != (self._px, self._max_height):
            self._px, self._max_height = text_px, max(1, max_height)
            self._cache.clear()

    def card_layout(self, text: str, target: str, width: int) -> CardLayout:
        """Lay out a card of ``text`` (targeting ``target``, or "") in ``width`` pixels."""
        key = (text, target, width)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        base = self._view.font()
        font = sized_font(base, self._px)
        metrics = QFontMetrics(font)
        pad, band = max(4, round(self._px * 0.4)), max(4, round(self._px * 0.35))
        inner = max(1, width - band - 2 * pad)
        chip_font = sized_font(base, max(1, round(self._px * 0.88)), bold=True)
        chip_metrics = QFontMetrics(chip_font)
        chip = (
            chip_metrics.elidedText("→ " + target, Qt.TextElideMode.ElideRight, inner - pad) if target else ""
        )
        chip_width = chip_metrics.horizontalAdvance(chip) + pad if chip else 0
        own_line = chip_width > inner * CHIP_INLINE_SHARE
        fixed = 2 * pad + (metrics.height() + pad // 2 if own_line else 0)
        room = max(1, 1 + (self._max_height - fixed - metrics.height()) // max(1, metrics.lineSpacing()))
        first = inner if own_line or not chip else inner - chip_width - pad // 2
        lines = wrap_lines(text, font, inner, room, first_width=first)
        height = fixed + metrics.height() + metrics.lineSpacing() * (len(lines) - 1)
        layout = CardLayout(chip, chip_font, chip_width, own_line, lines, font, pad, band, height)
        self._cache[key] = layout
        return layout

    def _width(self) -> int:
        return max(1, self._view.viewport().width() - 2 * self._view.spacing())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The card's height at the view's width."""
        layout = self.card_layout(
            str(index.data() or ""), str(index.data(TargetLabelRole) or ""), self._width()
        )
        return QSize(self._width(), layout.height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the card: background, band, chip, lines, highlight."""
        rect: QRect = option.rect
        target = str(index.data(TargetLabelRole) or "")
        layout = self.card_layout(str(index.data() or ""), target, rect.width())
        fresh = bool(index.data(FreshRole))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(rect).adjusted(1, 1, -1, -1)
        painter.setPen(
            QPen(QColor(theme.INK if fresh else theme.RULE), max(1, layout.band // 2 if fresh else 1))
        )
        painter.setBrush(QColor(theme.FRESH if fresh else theme.PAPER))
        painter.drawRoundedRect(body, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(str(index.data(ColorRole) or theme.RULE)))
        painter.drawRect(QRectF(body.left(), body.top(), layout.band, body.height()))
        x = body.left() + layout.band + layout.pad
        y = body.top() + layout.pad
        width = body.right() - layout.pad - x
        line_height = QFontMetrics(layout.font).height()
        indent = 0.0
        if layout.chip:
            color = str(index.data(TargetColorRole) or theme.RULE)
            chip_rect = QRectF(x, y, layout.chip_width, line_height)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(chip_rect, 4, 4)
            painter.setPen(QColor(theme.text_on(color)))
            painter.setFont(layout.chip_font)
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, layout.chip)
            if layout.chip_own_line:
                y += line_height + layout.pad // 2
            else:
                indent = layout.chip_width + layout.pad // 2
        painter.setPen(QColor(theme.INK))
        box = QRectF(x, y, width, body.bottom() - y)
        draw_lines(painter, layout.lines, layout.font, box, Qt.AlignmentFlag.AlignLeft, indent)
        painter.restore()
