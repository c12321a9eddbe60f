"""The capture bar: where the facilitator types cards while people speak.

It always says, in plain words, what Enter will add: the kind (« Contrainte / frein »…) and,
for an expectation, the category it targets (on that category's colour). Typing never opens a
dialog. The text leaves the bar only when the board takes it; if the core then refuses it,
the board puts it back (``restore_text``).

The same bar names a theme for the selected cards (« Thème : … », Enter applies, Échap
cancels), so grouping needs no dialog either.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from agora.services.reads import CategoryRead
from ui.board.board_kinds import BOARD_KINDS, EXPECTATION, singular_label
from ui.widgets.colors import category_color, text_color_for
from ui.widgets.plain_label import plain_label


class CaptureMode(Enum):
    """What Enter does with the text."""

    CARD = "card"
    THEME = "theme"


class CaptureLine(QLineEdit):
    """The bar's text field. Up leaves for the board; Ctrl+Z undoes typing, or the last board
    change when there is nothing to undo here."""

    #: Up was pressed: the facilitator wants to reach the cards.
    up_pressed = Signal()
    #: Échap was pressed.
    escape_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        """Let the window's undo/redo through when the field has nothing of its own to undo."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
                event.ignore()
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Échap belong to the board; everything else is typing."""
        if event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.up_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class CaptureBar(QWidget):
    """Says what is being typed and hands the text to the board on Enter.

    The board owns what happens next; the bar never writes anything itself.
    """

    #: Enter on a card: (kind, target code or "", text).
    card_submitted = Signal(str, str, str)
    #: Enter in theme mode: the theme (possibly empty: ungroup).
    theme_submitted = Signal(str)
    #: Up in the bar: go to the cards of the current kind.
    board_requested = Signal()
    #: The kind or the target changed: (kind, target code or "").
    kind_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = BOARD_KINDS[0]
        self.target = ""
        self.mode = CaptureMode.CARD
        self._targets: list[CategoryRead] = []
        self._colors: dict[str, str] = {}
        self._saved_card_text = ""
        self._build()
        self._connect_signals()
        self._show_kind()

    def _build(self) -> None:
        self.kind_label = plain_label(self.tr("Type de carte en cours"))
        self.kind_label.setObjectName("captureKind")
        self.target_label = plain_label(self.tr("Catégorie visée"))
        self.target_label.setObjectName("captureTarget")
        self.line = CaptureLine()
        self.line.setObjectName("captureLine")
        self.line.setAccessibleName(self.tr("Saisie d’une carte"))
        self.line.setClearButtonEnabled(False)
        self.line.setMinimumHeight(self.line.sizeHint().height() * 3 // 2)
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.line.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.target_label)
        layout.addWidget(self.line, 1)
        for label in (self.kind_label, self.target_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMargin(6)

    def _connect_signals(self) -> None:
        self.line.returnPressed.connect(self._on_return)
        self.line.up_pressed.connect(self.board_requested)
        self.line.escape_pressed.connect(self.cancel_theme)

    # -- what the board calls -------------------------------------------------------------

    def set_targets(self, categories: Sequence[CategoryRead]) -> None:
        """The categories an expectation of this board can target, in order."""
        self._targets = list(categories)
        self._colors = {category.code: category.color for category in categories}
        if self.target not in self._colors:
            self.target = self._targets[0].code if self._targets else ""
        self._show_kind()

    def target_codes(self) -> list[str]:
        """The codes of the categories an expectation can target here."""
        return [category.code for category in self._targets]

    def set_kind(self, kind: str, target: str | None = None) -> None:
        """Type cards of ``kind`` from now on (and, for expectations, toward ``target``)."""
        self.kind = kind
        if target is not None and target in self._colors:
            self.target = target
        self._show_kind()
        self.kind_changed.emit(self.kind, self.current_target())

    def cycle_target(self, step: int) -> None:
        """Target the next (or previous) category; switches to expectations."""
        codes = self.target_codes()
        if not codes:
            return
        index = codes.index(self.target) if self.target in codes else -step
        self.set_kind(EXPECTATION, codes[(index + step) % len(codes)])

    def current_target(self) -> str:
        """The target of the card being typed ("" unless it is an expectation)."""
        return self.target if self.kind == EXPECTATION else ""

    def text(self) -> str:
        """What is typed."""
        return self.line.text()

    def take_text(self) -> str:
        """The typed text, leaving the field empty for the next card."""
        text = self.line.text()
        self.line.setText("")  # setText, not clear(): Ctrl+Z must then reach the board's undo
        return text

    def restore_text(self, text: str) -> bool:
        """Put back a text the core refused; False if the field already holds something else."""
        if self.line.text() and self.line.text() != text:
            return False
        self.line.setText(text)
        self.line.end(False)
        return True

    def focus_input(self) -> None:
        """Give the keyboard back to the field (after any action on the board)."""
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, reason: str) -> None:
        """Refuse typing (the forum is open read-only) and say why in the field."""
        self.line.setReadOnly(True)
        self.line.setPlaceholderText(reason)

    # -- theme mode -----------------------------------------------------------------------

    def start_theme(self, count: int, current: str) -> None:
        """Ask for the theme of ``count`` selected cards; the card being typed waits aside."""
        if self.mode == CaptureMode.CARD:
            self._saved_card_text = self.line.text()
        self.mode = CaptureMode.THEME
        self.line.setText(current)
        self.line.selectAll()
        if count == 1:
            self.kind_label.setText(self.tr("Thème de la carte"))
        else:
            self.kind_label.setText(self.tr("Thème des {count} cartes").format(count=count))
        self._paint(self.kind_label, QColor("#5F6368"))
        self.target_label.hide()
        self.line.setPlaceholderText(self.tr("Thème (vide : retirer le thème) — Entrée pour appliquer, Échap pour annuler"))
        self.focus_input()

    def cancel_theme(self) -> None:
        """Leave theme mode; the card that was being typed comes back."""
        if self.mode != CaptureMode.THEME:
            return
        self.mode = CaptureMode.CARD
        self.line.setText(self._saved_card_text)
        self._saved_card_text = ""
        self._show_kind()

    # -- internals ------------------------------------------------------------------------

    def _on_return(self) -> None:
        if self.mode == CaptureMode.THEME:
            theme = self.line.text().strip()
            self.cancel_theme()
            self.theme_submitted.emit(theme)
            return
        if not self.line.text().strip() or self.line.isReadOnly():
            return
        self.card_submitted.emit(self.kind, self.current_target(), self.line.text())

    def _show_kind(self) -> None:
        self.kind_label.setText(singular_label(self.kind))
        self._paint(self.kind_label, QColor("#3C4043"))
        expectation = self.kind == EXPECTATION
        self.target_label.setVisible(expectation and bool(self._targets))
        if expectation:
            label = next((c.label for c in self._targets if c.code == self.target), self.target)
            self.target_label.setText(label)
            self._paint(self.target_label, category_color(self.target, self._colors))
        if not self.line.isReadOnly():
            self.line.setPlaceholderText(
                self.tr("Tapez la carte puis Entrée — Alt+1…5 : type, Alt+E/A/T/S : attente envers…")
            )
        self.line.setAccessibleDescription(self.kind_label.text())

    @staticmethod
    def _paint(label: QLabel, background: QColor) -> None:
        text = text_color_for(background)
        label.setStyleSheet(
            f"background-color: {background.name()}; color: {text.name()}; border-radius: 4px; font-weight: bold;"
        )
