"""How a card looks on the board, and how it is edited in place.

Every card has the same height (the columns use uniform item sizes, which keeps a 10,000-card
column fast): up to three lines of text, the last one elided, and a line for its theme and
principle. The text is painted with ``drawText`` on plain strings, never as markup; the tooltip
shows the whole card, escaped (RELIABILITY.md §4.6). Expectation groups get a header painted
in the target category's colour, with a text colour chosen for contrast.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QPlainTextEdit,
    QStyle,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from agora.domain import reference
from agora.services.reads import CardRead
from ui.board.column_model import CardRole, CountRole, HeaderRole, PendingRole
from ui.delegates import PlainToolTipDelegate, tooltip_html
from ui.widgets.colors import category_color, text_color_for
from ui.widgets.text_lines import wrap_lines

Index = QModelIndex | QPersistentModelIndex

#: Lines of card text shown before eliding.
TEXT_LINES = 3
_PAD = 6
_GAP = 4
_CARD_FILL = QColor("#FFF7D6")
_CARD_BORDER = QColor("#D9C98F")
_PENDING = QColor("#B3261E")
_META = QColor("#4A4A4A")
_TEXT = QColor("#111111")


class CardEditor(QPlainTextEdit):
    """Edits a card's text in place: Entrée keeps it, Maj+Entrée starts a new line, Échap cancels."""

    #: Entrée was pressed: the edit is finished.
    commit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("CardDelegate", "Modifier la carte"))
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Entrée commits; Maj+Entrée is a line break."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit_requested.emit()
            return
        super().keyPressEvent(event)


class CardDelegate(PlainToolTipDelegate):
    """Paints cards and target headers; creates the in-place editor.

    Callers give it the colours of the categories (``set_colors``) and the labels used in the
    target headers (``set_labels``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._lines: OrderedDict[tuple[str, int, str], list[str]] = OrderedDict()
        self._principles = {p.number: p.title for p in reference.principles()}

    def set_categories(self, colors: dict[str, str], labels: dict[str, str]) -> None:
        """Colours and names of the categories, by code."""
        self._colors, self._labels = dict(colors), dict(labels)

    # -- size -------------------------------------------------------------------------------

    @staticmethod
    def row_height(font: QFont) -> int:
        """The height of every row: three lines of text, a meta line, the padding."""
        metrics = QFontMetricsF(font)
        small = QFontMetricsF(_small(font))
        return int(metrics.lineSpacing() * TEXT_LINES + small.lineSpacing() + 2 * _PAD + _GAP + 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The same size for every row (the view uses uniform item sizes)."""
        return QSize(max(option.rect.width(), 120), self.row_height(option.font))

    # -- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A header band for a target group; a card otherwise."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if index.data(HeaderRole):
                self._paint_header(painter, option, index)
            else:
                self._paint_card(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A band in the target's colour: « → État », and how many cards follow."""
        code = str(index.data(Qt.ItemDataRole.DisplayRole))
        background = category_color(code, self._colors)
        metrics = QFontMetricsF(option.font)
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        rect.setTop(rect.bottom() - metrics.lineSpacing() * 2.4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        inner = rect.adjusted(_PAD, 2, -_PAD, -2)
        font = QFont(option.font)
        font.setBold(True)
        bold = QFontMetricsF(font)
        painter.setPen(text_color_for(background))
        painter.setFont(font)
        title = QCoreApplication.translate("CardDelegate", "→ {category}").format(category=self._labels.get(code, code))
        y = inner.top() + (inner.height() - bold.lineSpacing() - metrics.lineSpacing()) / 2 + bold.ascent()
        painter.drawText(inner.left(), y, bold.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()))
        painter.setFont(option.font)
        count = int(index.data(CountRole) or 0)
        if count == 0:
            line = QCoreApplication.translate("CardDelegate", "aucune attente pour l’instant")
        elif count == 1:
            line = QCoreApplication.translate("CardDelegate", "1 attente")
        else:
            line = QCoreApplication.translate("CardDelegate", "{count} attentes").format(count=count)
        painter.drawText(inner.left(), y + bold.descent() + metrics.ascent() + 1, metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()))

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CardRole)
        if not isinstance(card, CardRead):
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        pending = bool(index.data(PendingRole))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        highlight = option.palette.highlight().color()
        fill = QColor(_CARD_FILL)
        if selected:
            fill = QColor.fromRgbF(
                _CARD_FILL.redF() * 0.7 + highlight.redF() * 0.3,
                _CARD_FILL.greenF() * 0.7 + highlight.greenF() * 0.3,
                _CARD_FILL.blueF() * 0.7 + highlight.blueF() * 0.3,
            )
        border = _PENDING if pending else (highlight if selected or focused else _CARD_BORDER)
        pen = QPen(border, 3 if (selected or focused or pending) else 1)
        if pending:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)

        painter.setPen(_TEXT)
        painter.setFont(option.font)
        metrics = QFontMetricsF(option.font)
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        y = inner.top() + metrics.ascent()
        for line in self._cached_lines(card.id, text, option.font, inner.width()):
            painter.drawText(inner.left(), y, line)  # a plain string: never interpreted
            y += metrics.lineSpacing()
        self._paint_meta(painter, option, inner, card, pending)

    def _paint_meta(
        self, painter: QPainter, option: QStyleOptionViewItem, inner: QRectF, card: CardRead, pending: bool
    ) -> None:
        small = _small(option.font)
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        baseline = inner.bottom() - metrics.descent()
        right = inner.right()
        if card.principle:
            badge = QCoreApplication.translate("CardDelegate", "P{number}").format(number=card.principle)
            width = metrics.horizontalAdvance(badge) + 8
            box = QRectF(right - width, baseline - metrics.ascent() - 1, width, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#3C4043"))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            right -= width + 4
        left_text = ""
        if pending:
            painter.setPen(_PENDING)
            left_text = QCoreApplication.translate("CardDelegate", "non enregistré")
        elif card.theme:
            painter.setPen(_META)
            left_text = "# " + card.theme
        if left_text:
            shown = metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, right - inner.left())
            painter.drawText(inner.left(), baseline, shown)

    def _cached_lines(self, card_id: str, text: str, font: QFont, width: float) -> list[str]:
        key = (text, int(width), font.key())
        lines = self._lines.get(key)
        if lines is None:
            lines = wrap_lines(text, font, width)
            self._lines[key] = lines
            if len(self._lines) > 2000:
                self._lines.popitem(last=False)
        else:
            self._lines.move_to_end(key)
        return lines

    # -- tooltip ----------------------------------------------------------------------------

    def meta_text(self, card: CardRead) -> str:
        """« Thème : … · Principe 2 : … » (empty when the card has neither)."""
        parts = []
        if card.theme:
            parts.append(QCoreApplication.translate("CardDelegate", "Thème : {theme}").format(theme=card.theme))
        if card.principle:
            parts.append(
                QCoreApplication.translate("CardDelegate", "Principe {number} : {title}").format(
                    number=card.principle, title=self._principles.get(card.principle, "")
                )
            )
        return " · ".join(parts)

    def tooltip_text(self, card: CardRead, text: str) -> str:
        """The whole card: its text, then its theme and principle (plain text; escaped when shown)."""
        meta = self.meta_text(card)
        return f"{text}\n{meta}" if meta else text

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """A card's tooltip: the whole card, escaped (never interpreted as markup)."""
        card = index.data(CardRole) if index.isValid() else None
        if event is not None and event.type() == QEvent.Type.ToolTip and isinstance(card, CardRead):
            text = self.tooltip_text(card, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            QToolTip.showText(event.globalPos(), tooltip_html(text), view, view.visualRect(index))
            return True
        return super().helpEvent(event, view, option, index)

    # -- editing ----------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A plain-text editor over the card (Entrée commits, Échap cancels)."""
        editor = CardEditor(parent)
        editor.commit_requested.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: CardEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """The card's text, cursor at the end."""
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        """Hand the edited text to the model (which asks the board to save it)."""
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """Over the card, taller when the text needs it (up to eight lines)."""
        metrics = QFontMetricsF(option.font)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        lines = len(wrap_lines(text, option.font, option.rect.width() - 16, 8))
        height = max(option.rect.height(), int(metrics.lineSpacing() * (lines + 1) + 12))
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), rect.width(), height)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    return small

