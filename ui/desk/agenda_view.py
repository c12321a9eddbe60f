"""The agenda on the left of the desk: the forum's sessions in order, in their category's colour.

Each peer-group time is painted in its category's colour with a text colour chosen for
contrast; the Agora is dark grey. The current session is marked and outlined. Titles are
plain text, elided on two lines (the tooltip has them whole, escaped).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyleOptionViewItem, QWidget

from agora.domain.kinds import SessionKind
from agora.services.reads import SessionRead
from ui.delegates import PlainToolTipDelegate
from ui.sessions_model import RowRole
from ui.widgets.colors import category_color, text_color_for
from ui.widgets.text_lines import wrap_lines

Index = QModelIndex | QPersistentModelIndex

#: The colour of the Agora in the agenda (all categories together).
AGORA_COLOR = QColor("#3C4043")
_PAD = 6


class AgendaDelegate(PlainToolTipDelegate):
    """Paints one session: a coloured block with its number and title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors: dict[str, str] = {}

    def set_colors(self, colors: dict[str, str]) -> None:
        """Category colours, by code."""
        self._colors = dict(colors)

    def background(self, meeting: SessionRead) -> QColor:
        """The block's colour: the category's, or the Agora's grey."""
        if meeting.kind == SessionKind.AGORA or not meeting.category:
            return QColor(AGORA_COLOR)
        return category_color(meeting.category, self._colors)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Two lines of title and the padding (the same for every row)."""
        return QSize(200, int(QFontMetricsF(option.font).lineSpacing() * 2 + 2 * _PAD + 6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The coloured block, the number, the title; the current session outlined."""
        meeting = index.data(RowRole)
        if not isinstance(meeting, SessionRead):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRectF(option.rect).adjusted(3, 3, -3, -3)
        background = self.background(meeting)
        painter.setBrush(background)
        if selected or focused:
            painter.setPen(QPen(option.palette.highlight().color() if not selected else QColor("#111111"), 3))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 5, 5)
        font = QFont(option.font)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(text_color_for(background))
        metrics = QFontMetricsF(font)
        marker = "▶ " if selected else ""
        inner = rect.adjusted(_PAD + 2, _PAD, -_PAD, -_PAD)
        text = f"{marker}{index.row() + 1}. {meeting.title}"
        y = inner.top() + metrics.ascent()
        for line in wrap_lines(text, font, inner.width(), 2):
            painter.drawText(inner.left(), y, line)  # plain string: never interpreted
            y += metrics.lineSpacing()
        painter.restore()


class AgendaView(QListView):
    """The list of sessions; choosing one shows its page in the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = AgendaDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(190)
