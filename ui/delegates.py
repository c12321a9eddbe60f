"""The item delegate for views of participant text: tooltips shown literally.

Qt renders a tooltip as rich text whenever ``Qt::mightBeRichText`` guesses so: a card typed as
``<img src=…>`` would become an image in its own tooltip. Views that show participant text (or
file names, which anyone can choose) use this delegate, which escapes the text first
(RELIABILITY.md §4.6, point 2).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
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
