"""Labels that never interpret markup: what people typed is shown exactly as typed.

``QLabel`` guesses rich text by default (``Qt::AutoText``): a card or a title typed as
``<img src=…>`` would be rendered as HTML. Every label that may show participant text (or a
file name, which anyone can choose) is made here (RELIABILITY.md §4.6, point 2).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(accessible_name: str, parent: QWidget | None = None, text: str = "") -> QLabel:
    """A label that shows ``text`` literally, named for screen readers."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible_name)
    if text:
        label.setText(text)
    return label


def set_bold(labels: Iterable[QLabel], font: QFont) -> None:
    """Show ``labels`` in the bold of ``font`` (call it again when the font changes: zoom)."""
    bold = QFont(font)
    bold.setBold(True)
    for label in labels:
        label.setFont(bold)
