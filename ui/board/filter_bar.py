"""The board's search and filter bar (Ctrl+F): words, a guiding principle, a target category.

Words match the card's text and theme, without regard to case or accents (« elus » finds
« Élus »). Filtering happens in memory as one types (shortly debounced), over the cards the
board already holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from agora.domain import reference
from agora.services.reads import CategoryRead
from ui.board.board_cards import NO_PRINCIPLE, BoardFilter
from ui.widgets.plain_label import plain_label

#: Delay between the last key typed and the filtering (ms).
DEBOUNCE_MS = 150


class SearchLine(QLineEdit):
    """The search field; Échap closes the bar."""

    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Échap closes the bar; anything else is typing."""
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Hidden until Ctrl+F; emits the filter as the facilitator types or chooses."""

    #: The filter changed (a ``BoardFilter``).
    filter_changed = Signal(object)
    #: The bar was closed (Échap or the button): the filter is cleared.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self.search = SearchLine()
        self.search.setPlaceholderText(self.tr("Rechercher dans les cartes et les thèmes"))
        self.search.setAccessibleName(self.tr("Rechercher dans les cartes"))
        self.search.setClearButtonEnabled(True)
        self.principle = QComboBox()
        self.principle.setAccessibleName(self.tr("Filtrer par principe directeur"))
        self.principle.addItem(self.tr("Tous les principes"), None)
        for principle in reference.principles():
            self.principle.addItem(
                self.tr("Principe {number}").format(number=principle.number), principle.number
            )
            self.principle.setItemData(self.principle.count() - 1, principle.title, Qt.ItemDataRole.ToolTipRole)
        self.principle.addItem(self.tr("Sans principe"), NO_PRINCIPLE)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Filtrer par catégorie visée"))
        self.result = plain_label(self.tr("Résultat de la recherche"))
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.setAccessibleName(self.tr("Fermer la recherche"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.principle, 1)
        layout.addWidget(self.target, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.close_button)
        self.set_targets([])
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self._emit)
        self.principle.currentIndexChanged.connect(self._emit)
        self.target.currentIndexChanged.connect(self._emit)
        self.search.escape_pressed.connect(self.close_bar)
        self.close_button.clicked.connect(self.close_bar)

    def set_targets(self, categories: Sequence[CategoryRead]) -> None:
        """The categories an expectation of this board can target."""
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("Toutes les cibles"), "")
        for category in categories:
            self.target.addItem(self.tr("Attentes envers : {category}").format(category=category.label), category.code)
        self.target.blockSignals(False)

    def current_filter(self) -> BoardFilter:
        """The filter the bar describes (nothing filtered while it is hidden)."""
        if self.isHidden():
            return BoardFilter()
        return BoardFilter(
            text=self.search.text(),
            principle=self.principle.currentData(),
            target=self.target.currentData() or "",
        )

    def open_bar(self) -> None:
        """Show the bar and put the keyboard in the search field."""
        self.show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        self._emit()

    def close_bar(self) -> None:
        """Hide the bar and clear the filter."""
        self._timer.stop()
        self.search.clear()
        self.principle.setCurrentIndex(0)
        self.target.setCurrentIndex(0)
        self.hide()
        self.filter_changed.emit(BoardFilter())
        self.closed.emit()

    def show_result(self, shown: int, total: int) -> None:
        """« 12 cartes sur 340 »."""
        self.result.setText(self.tr("{shown} sur {total}").format(shown=shown, total=total))

    def _emit(self) -> None:
        self._timer.stop()
        self.filter_changed.emit(self.current_filter())
