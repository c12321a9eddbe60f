"""Item delegates for views of participant text: literal tooltips, wrapped card text.

Qt renders a tooltip as rich text whenever ``Qt::mightBeRichText`` guesses so: a card typed as
``<img src=…>`` would become an image in its own tooltip. Views that show participant text (or
file names, which anyone can choose) use this delegate, which escapes the text first
(RELIABILITY.md §4.6, point 2).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
)


def tooltip_html(text: str) -> str:
    """Rich text that Qt displays as exactly ``text``: escaped, line breaks kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


class PlainToolTipDelegate(QStyledItemDelegate):
    """Paints like the default delegate; shows ``ToolTipRole`` as plain text, never as markup."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Show the item's tooltip escaped; other help events go to the default delegate."""
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.ToolTipRole)
        if not text:
            QToolTip.hideText()
            event.ignore()
            return False
        QToolTip.showText(event.globalPos(), tooltip_html(str(text)), view, view.visualRect(index))
        return True


class WrappingTreeDelegate(PlainToolTipDelegate):
    """Gives each row of a word-wrapping ``QTreeView`` the height its text needs at the current
    column width (the tree does not tell its delegate how wide a column is).

    The view must call ``doItemsLayout()`` when a column is resized; ``attach`` wires that.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    @classmethod
    def attach(cls, view: QTreeView) -> WrappingTreeDelegate:
        """Install a wrapping delegate on ``view`` and re-lay out rows when columns resize."""
        delegate = cls(view)
        view.setItemDelegate(delegate)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.header().sectionResized.connect(lambda *_args: view.doItemsLayout())
        return delegate

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The default size, with the text wrapped to the width of the item's column."""
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(sized, index)
