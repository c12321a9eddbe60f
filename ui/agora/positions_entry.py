"""Individual positions for the selected statement: one button per answer and category, with counts.

Each press records one anonymous answer (a paper ballot read aloud, a raised card): 1 to 5 on
the 5-point scale (or contre / neutre / pour on 3 points), or « Ne se prononce pas ». With the
focus on a category's buttons, the digit keys record answers directly (0 for « ne se prononce
pas »). The counts so far are shown beside each row; undo removes the last answer. A category
whose show of hands is recorded on this statement is closed here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agora.domain.kinds import NO_OPINION_LABEL, SCALE3_LABELS, SCALE5_LABELS
from agora.method import Stance, Tally
from agora.services.reads import CategoryRead
from ui.agora import palette
from ui.agora.actions import AgoraActions
from ui.agora.method_texts import stance_badge
from ui.agora.snapshot import DEFAULT_SCALE, AgoraSnapshot
from ui.translations import error_message, qt_translate
from ui.widgets.plain_label import set_bold

#: Value recorded by the « ne se prononce pas » button.
NO_OPINION = None


class _Row:
    """One category's buttons and counts (plain helper, owned by the entry)."""

    def __init__(
        self, category: CategoryRead, buttons: list[QPushButton], abstain: QPushButton, counts: QLabel
    ) -> None:
        self.category = category
        self.buttons = buttons
        self.abstain = abstain
        self.counts = counts
        self.locked = False


class PositionsEntry(QWidget):
    """Buttons per category for individual answers on one statement. Writes through ``writer``."""

    #: An answer was recorded: (statement id, category code).
    position_saved = Signal(str, str)

    def __init__(self, writer: AgoraActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.statement_id = ""
        self.scale = DEFAULT_SCALE
        self._rows: list[_Row] = []
        self._category_key: tuple[tuple[str, str], ...] = ()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_box = QComboBox(self)
        self.scale_box.addItem(self.tr("Échelle à 5 points"), 5)
        self.scale_box.addItem(self.tr("Échelle à 3 points"), 3)
        self.scale_box.setAccessibleName(self.tr("Échelle des positions"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Chaque appui ajoute une réponse. Touches 1 à 5 sur les boutons d’une ligne, 0 : ne se prononce pas."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.scale_box)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.scale_box.currentIndexChanged.connect(self._scale_chosen)

    # -- building ---------------------------------------------------------------------------

    def _rebuild(self, categories: tuple[CategoryRead, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        self._bold_labels: list[QLabel] = []
        for r, category in enumerate(categories):
            name = QLabel(category.label, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self._bold_labels.append(name)
            counts = QLabel(self)
            counts.setTextFormat(Qt.TextFormat.PlainText)
            counts.setAccessibleName(self.tr("Réponses — {category}").format(category=category.label))
            self.grid.addWidget(name, 2 * r, 0, 1, 3)
            self.grid.addWidget(counts, 2 * r, 3, 1, 5, Qt.AlignmentFlag.AlignRight)
            buttons = []
            for value in range(1, 6):
                button = QPushButton(str(value), self)
                button.setAutoDefault(False)
                button.installEventFilter(self)
                button.clicked.connect(lambda _checked=False, c=category.code, v=value: self.record(c, v))
                self.grid.addWidget(button, 2 * r + 1, value - 1)
                buttons.append(button)
            abstain = QPushButton(qt_translate("kinds", NO_OPINION_LABEL), self)
            abstain.setAutoDefault(False)
            abstain.installEventFilter(self)
            abstain.setAccessibleName(
                self.tr("Ne se prononce pas — {category}").format(category=category.label)
            )
            abstain.clicked.connect(lambda _checked=False, c=category.code: self.record(c, NO_OPINION))
            self.grid.addWidget(abstain, 2 * r + 1, 5, 1, 3)
            self._rows.append(_Row(category, buttons, abstain, counts))
        self._label_buttons()
        self._apply_fonts()

    def _label_buttons(self) -> None:
        labels = SCALE5_LABELS if self.scale == 5 else SCALE3_LABELS
        for row in self._rows:
            for value, button in enumerate(row.buttons, start=1):
                visible = value <= self.scale
                button.setVisible(visible)
                if not visible:
                    continue
                wording = qt_translate("kinds", labels[value - 1])
                button.setText(str(value) if self.scale == 5 else wording)
                button.setToolTip(f"{value} — {wording}")
                button.setAccessibleName(
                    self.tr("{value} {wording} — {category}").format(
                        value=value, wording=wording, category=row.category.label
                    )
                )

    def _apply_fonts(self) -> None:
        set_bold(self._bold_labels, self.font())

    def changeEvent(self, event: QEvent) -> None:
        """Bold titles follow the page's type size (zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_rows"):
            self._apply_fonts()

    # -- feeding ----------------------------------------------------------------------------

    def set_snapshot(self, snapshot: AgoraSnapshot | None, statement_id: str) -> None:
        """Show the answers given so far on ``statement_id``."""
        categories = snapshot.considered if snapshot is not None else ()
        key = tuple((c.code, c.label) for c in categories)
        if key != self._category_key:
            self._category_key = key
            self._rebuild(categories)
        if statement_id != self.statement_id:
            self.status.clear()
        self.statement_id = statement_id
        item = snapshot.statement(statement_id) if snapshot is not None and statement_id else None
        if item is None or snapshot is None:
            self.title.setText(self.tr("Positions individuelles — choisissez un énoncé"))
            self.scale_box.setEnabled(False)
            for row in self._rows:
                row.locked = True
                self._enable(row, False)
                row.counts.clear()
            return
        self.title.setText(
            self.tr("Positions individuelles — énoncé n° {number}").format(
                number=snapshot.number(statement_id)
            )
        )
        fixed = snapshot.scale(statement_id)
        self.scale_box.setEnabled(fixed is None)
        self._set_scale(fixed or self.scale)
        for row in self._rows:
            code = row.category.code
            tally = item.tallies.get(code)
            row.locked = snapshot.hand_tally(statement_id, code) is not None
            self._enable(row, not row.locked)
            if row.locked:
                row.counts.setText(self.tr("décompte à main levée saisi"))
            else:
                row.counts.setText(self._counts(tally, item.metrics[code].stance))

    def _counts(self, tally: Tally | None, stance: Stance) -> str:
        if tally is None:
            return self.tr("aucune réponse")
        if tally.hist is not None:
            spread = "  ".join(f"{value}:{count}" for value, count in enumerate(tally.hist, start=1))
        else:
            spread = self.tr("contre {d}  neutre {n}  pour {a}").format(d=tally.D, n=tally.N, a=tally.A)
        text = self.tr("{spread}  NSP:{p} — {stance}, n = {n}").format(
            spread=spread, p=tally.P, stance=stance_badge(stance), n=tally.n
        )
        return text

    def _set_scale(self, scale: int) -> None:
        self.scale = scale
        index = self.scale_box.findData(scale)
        if index != self.scale_box.currentIndex():
            self.scale_box.blockSignals(True)
            self.scale_box.setCurrentIndex(index)
            self.scale_box.blockSignals(False)
        self._label_buttons()

    def _scale_chosen(self, index: int) -> None:
        self.scale = int(self.scale_box.itemData(index))
        self._label_buttons()

    @staticmethod
    def _enable(row: _Row, enabled: bool) -> None:
        for button in [*row.buttons, row.abstain]:
            button.setEnabled(enabled)

    # -- recording --------------------------------------------------------------------------

    def button(self, category: str, value: int | None) -> QPushButton:
        """The button of ``value`` (None: « ne se prononce pas ») in the row of ``category``."""
        row = next(r for r in self._rows if r.category.code == category)
        return row.abstain if value is None else row.buttons[value - 1]

    def focus_first(self) -> None:
        """Put the focus on the first open row's first button."""
        for row in self._rows:
            if not row.locked:
                row.buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def record(self, category: str, value: int | None) -> None:
        """Record one answer of ``category`` on the statement shown."""
        row = next((r for r in self._rows if r.category.code == category), None)
        if row is None or row.locked or not self.statement_id:
            return
        statement_id, scale = self.statement_id, self.scale
        answer = value if value is not None else qt_translate("kinds", NO_OPINION_LABEL)

        def saved(_result: object) -> None:
            self._say(self.tr("✓ {category} : {answer}").format(category=row.category.label, answer=answer))
            self.position_saved.emit(statement_id, category)

        def failed(exc: Exception) -> None:
            self._say("⚠ " + error_message(exc), refusal=True)

        self.writer.record_position(statement_id, category, value, scale, on_success=saved, on_error=failed)

    def _say(self, text: str, *, refusal: bool = False) -> None:
        self.status.setText(text)
        colours = self.status.palette()
        colours.setColor(
            QPalette.ColorRole.WindowText, palette.REFUSAL if refusal else self.palette().windowText().color()
        )
        self.status.setPalette(colours)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digit keys on a row's buttons record answers (0: « ne se prononce pas »)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = next((r for r in self._rows if watched in (*r.buttons, r.abstain)), None)
            key = event.key()
            if row is not None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                digit = key - Qt.Key.Key_0
                if digit == 0:
                    self.record(row.category.code, NO_OPINION)
                    return True
                if digit <= self.scale:
                    self.record(row.category.code, digit)
                    return True
        return super().eventFilter(watched, event)
