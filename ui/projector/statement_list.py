"""The overview of the Agora on the projector: every statement with its label.

Statement texts come from participants' cards: the model hands them over literally and the
delegate paints them as plain strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from agora.method import StatementAnalysis
from ui.projector import theme
from ui.projector.fit_text import draw_lines, sized_font, wrap_lines
from ui.projector.labels import LABEL_TINTS, label_line

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: The ``StatementRow`` of a row.
RowRole = Qt.ItemDataRole.UserRole
#: Share of a row's width given to the label.
LABEL_SHARE = 0.34


@dataclass(frozen=True)
class StatementRow:
    """One line of the overview."""

    id: str
    number: int
    text: str
    label: str
    label_line: str


def statement_rows(items: Sequence[StatementAnalysis], names: Mapping[str, str]) -> list[StatementRow]:
    """The overview's rows, numbered in the session's order."""
    return [
        StatementRow(
            item.statement.id, number, item.statement.text, item.label.value, label_line(item, names)
        )
        for number, item in enumerate(items, start=1)
    ]


class StatementListModel(QAbstractListModel):
    """The statements of an Agora and their labels, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StatementRow] = []

    def set_rows(self, rows: Sequence[StatementRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[StatementRow]:
        """The rows shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The number of statements."""
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Shown only."""
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The literal statement text, or the row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == RowRole:
            return row
        return None


class StatementDelegate(QStyledItemDelegate):
    """Paints « 3.  text … » with the label in a tinted box on the right."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._px = theme.COUNTS_PX
        self._max_height = 10_000

    def set_metrics(self, text_px: int, max_height: int) -> None:
        """Text size, and the height no row may exceed."""
        self._px, self._max_height = text_px, max(1, max_height)

    def _parts(self, row: StatementRow, width: int) -> tuple[QFont, QFont, int, list[str], list[str], int]:
        font = sized_font(self._view.font(), self._px)
        bold = sized_font(self._view.font(), self._px, bold=True)
        pad = max(3, self._px // 5)
        number_w = QFontMetrics(bold).horizontalAdvance("000.") + pad
        label_w = int(width * LABEL_SHARE)
        text_w = max(1, width - number_w - label_w - 3 * pad)
        metrics = QFontMetrics(font)
        room = max(1, 1 + (self._max_height - 2 * pad - metrics.height()) // max(1, metrics.lineSpacing()))
        return (
            font,
            bold,
            number_w,
            wrap_lines(row.text, font, text_w, room),
            wrap_lines(row.label_line, bold, label_w - 2 * pad, room),
            pad,
        )

    def _height(self, row: StatementRow, width: int) -> int:
        font, _bold, _nw, lines, label_lines, pad = self._parts(row, width)
        metrics = QFontMetrics(font)
        count = max(len(lines), len(label_lines))
        return 2 * pad + metrics.height() + metrics.lineSpacing() * (count - 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The row's height at the view's width."""
        row = index.data(RowRole)
        width = max(1, self._view.viewport().width() - 2 * self._view.spacing())
        return QSize(width, self._height(row, width) if row else 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Number, text, label box."""
        row: StatementRow | None = index.data(RowRole)
        if row is None:
            return
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        font, bold, number_w, lines, label_lines, pad = self._parts(row, option.rect.width())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.RULE), 1))
        painter.setBrush(QColor(theme.PAPER))
        painter.drawRoundedRect(rect, 6, 6)
        label_w = int(option.rect.width() * LABEL_SHARE)
        box = QRectF(rect.right() - label_w, rect.top(), label_w, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LABEL_TINTS.get(row.label, theme.PAPER)))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(theme.INK))
        inner = rect.adjusted(pad, pad, -pad, -pad)
        draw_lines(
            painter,
            [f"{row.number}."],
            bold,
            QRectF(inner.left(), inner.top(), number_w, inner.height()),
            Qt.AlignmentFlag.AlignLeft,
        )
        text_rect = QRectF(
            inner.left() + number_w, inner.top(), box.left() - inner.left() - number_w - pad, inner.height()
        )
        draw_lines(painter, lines, font, text_rect, Qt.AlignmentFlag.AlignLeft)
        draw_lines(painter, label_lines, bold, box.adjusted(pad, pad, -pad, -pad), Qt.AlignmentFlag.AlignLeft)
        painter.restore()
