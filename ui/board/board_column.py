"""One column of the board on screen: its title with the count, and the list of its cards.

The list is a ``QListView`` with uniform item sizes (a 10,000-card column scrolls as fast as a
10-card one). Keyboard: arrows move between cards, ← and → between columns, F2 or a double
click edits in place, Échap goes back to the capture bar. Cards can be dragged to another
place, another column or another target group.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from agora.services.reads import CardRead
from ui.board.board_kinds import kind_shortcut
from ui.board.card_delegate import CardDelegate
from ui.board.column_model import CardRole, ColumnModel
from ui.cards_model import kind_label
from ui.widgets.plain_label import plain_label


class CardListView(QListView):
    """The cards of a column. Signals the board when the keyboard wants to leave it."""

    #: Échap: back to the capture bar.
    escape_pressed = Signal()
    #: ← (-1) or → (+1): to the neighbouring column.
    neighbour_requested = Signal(int)
    #: The view got the keyboard focus.
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What an empty column says (how to add its first card).
        self.empty_hint = ""
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setMovement(QListView.Movement.Static)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Échap and ←/→ leave the column; the rest is the list's own navigation."""
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Escape:
                self.escape_pressed.emit()
                return
            if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Right,
            ):
                self.neighbour_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cards; in an empty column, how to add one."""
        super().paintEvent(event)
        model = self.model()
        if self.empty_hint and isinstance(model, ColumnModel) and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#5F6368"))
            area = self.viewport().rect().adjusted(8, 12, -8, -8)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(QRect(area), int(flags), self.empty_hint)
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Make sure a card is current, so the keyboard has something to act on."""
        super().focusInEvent(event)
        self.focused.emit()
        model = self.model()
        if model is not None and not self.currentIndex().isValid():
            self.select_row(self._first_card_row())

    def _first_card_row(self) -> int:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(CardRole) is not None:
                return row
        return -1

    def select_row(self, row: int) -> None:
        """Make ``row`` the current, only selected card, and show it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def selected_cards(self) -> list[CardRead]:
        """The selected cards, in column order (the current card if none is selected)."""
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        cards = [self.model().index(row, 0).data(CardRole) for row in rows]
        return [card for card in cards if isinstance(card, CardRead)]


class BoardColumn(QWidget):
    """A title « Contraintes / freins (12) » above the list of cards of one kind."""

    def __init__(self, model: ColumnModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.kind = model.kind
        self.title = plain_label(self.tr("Titre de la colonne"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        # Two lines for every title, so the lists of all columns start at the same height.
        self.title.setFixedHeight(self.title.fontMetrics().lineSpacing() * 2 + 4)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.view = CardListView()
        self.view.empty_hint = self.tr("Aucune carte.\n{keys} puis tapez la carte.").format(keys=kind_shortcut(self.kind))
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        self.view.setObjectName("cardColumn")
        self.title.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.set_counts(0, 0)

    def set_counts(self, shown: int, total: int) -> None:
        """« Engagements (4) », or « Engagements (2 sur 4) » while a filter hides some."""
        label = kind_label(self.kind)
        if shown == total:
            text = self.tr("{kind} ({count})").format(kind=label, count=total)
        else:
            text = self.tr("{kind} ({shown} sur {total})").format(kind=label, shown=shown, total=total)
        self.title.setText(text)
        self.view.setAccessibleName(text)

    def select_card(self, card: CardRead) -> bool:
        """Make ``card`` the current card of the column (if shown)."""
        row = self.model.row_of(card)
        if row is None:
            return False
        self.view.select_row(row)
        return True

    def current_row(self) -> int:
        """The row of the current card (-1 if none)."""
        index: QModelIndex = self.view.currentIndex()
        return index.row() if index.isValid() else -1
