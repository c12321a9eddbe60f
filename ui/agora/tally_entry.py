"""Show-of-hands entry for the selected statement: présents, pour, contre, abstention per category.

Entirely by keyboard: the facilitator types the four numbers of a category; Tab or Enter moves
to the next box (Enter on the last box of a row goes to the next category). A row is recorded
when it is complete and the facilitator leaves it (or presses Enter on its last box); an
impossible count is refused on the spot, in French, beside the row, and nothing is stored. No
dialog ever opens. Emptying the four boxes of a recorded row removes its tally.

A category that already answered individually on this statement is closed here (the core
never mixes the two for one category and statement).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from agora.errors import AgoraError
from agora.services import votes
from agora.services.reads import CategoryRead
from ui.agora import palette
from ui.agora.actions import AgoraActions
from ui.agora.snapshot import AgoraSnapshot
from ui.translations import error_message
from ui.widgets.plain_label import set_bold

logger = logging.getLogger(__name__)

#: Column of each box in a row.
PRESENT, POUR, CONTRE, ABSTENTION = range(4)

Counts = tuple[int | None, int | None, int | None, int | None]
_EMPTY: Counts = (None, None, None, None)


class _Row:
    """The widgets and state of one category's row (plain helper, owned by the entry)."""

    def __init__(
        self, category: CategoryRead, edits: list[QLineEdit], remaining: QLabel, status: QLabel
    ) -> None:
        self.category = category
        self.edits = edits
        self.remaining = remaining
        self.status = status
        #: What the forum holds for this row (None: no tally).
        self.stored: tuple[int, int, int, int] | None = None
        #: A write on its way: the counts, or "clear".
        self.pending: object = None
        self.locked = False

    def values(self) -> Counts:
        out = [int(e.text()) if e.text().strip() else None for e in self.edits]
        return (out[0], out[1], out[2], out[3])

    def dirty(self) -> bool:
        return self.values() != (self.stored or _EMPTY)

    def set_values(self, values: Counts) -> None:
        for edit, value in zip(self.edits, values, strict=True):
            edit.setText("" if value is None else str(value))


class TallyEntry(QWidget):
    """The show-of-hands grid of one statement. Writes go through :class:`AgoraActions`."""

    #: A row was recorded: (statement id, category code).
    tally_saved = Signal(str, str)
    #: A row was refused: (category code, French message).
    tally_refused = Signal(str, str)

    def __init__(self, writer: AgoraActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.statement_id = ""
        self._rows: list[_Row] = []
        self._category_key: tuple[tuple[str, str, str], ...] = ()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(
            self.tr(
                "Tapez les nombres : Tab ou Entrée passe à la case suivante. Une ligne complète est "
                "enregistrée quand vous la quittez."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Refus"))
        colours = self.message.palette()
        colours.setColor(QPalette.ColorRole.WindowText, palette.REFUSAL)
        self.message.setPalette(colours)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- building ---------------------------------------------------------------------------

    def _rebuild(self, categories: tuple[CategoryRead, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        self._bold_labels: list[QLabel] = []
        headers = (
            self.tr("Catégorie"),
            self.tr("Présents"),
            self.tr("Pour"),
            self.tr("Contre"),
            self.tr("Abstention"),
            self.tr("Sans réponse"),
        )
        for column, text in enumerate(headers):
            label = QLabel(text, self)
            self._bold_labels.append(label)
            self.grid.addWidget(label, 0, column)
        width = self._box_width()
        field_names = headers[1:5]
        previous: QWidget | None = None
        for r, category in enumerate(categories, start=1):
            name = QLabel(category.label, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            self.grid.addWidget(name, r, 0)
            edits = []
            for column, field in enumerate(field_names):
                edit = QLineEdit(self)
                edit.setValidator(QIntValidator(0, 9999, edit))
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setFixedWidth(width)
                edit.setPlaceholderText("—")
                edit.setAccessibleName(
                    self.tr("{field} — {category}").format(field=field, category=category.label)
                )
                edit.installEventFilter(self)
                self.grid.addWidget(edit, r, column + 1)
                if previous is not None:
                    QWidget.setTabOrder(previous, edit)
                previous = edit
                edits.append(edit)
            remaining = QLabel(self)
            remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            remaining.setAccessibleName(self.tr("Sans réponse — {category}").format(category=category.label))
            self.grid.addWidget(remaining, r, 5)
            status = QLabel(self)
            status.setTextFormat(Qt.TextFormat.PlainText)
            status.setWordWrap(True)
            status.setAccessibleName(self.tr("État de la ligne — {category}").format(category=category.label))
            self.grid.addWidget(status, r, 6)
            row = _Row(category, edits, remaining, status)
            for edit in edits:
                edit.textEdited.connect(lambda _text, row=row: self._edited(row))
            self._rows.append(row)
        self.grid.setColumnStretch(6, 1)
        self._apply_fonts()

    def _box_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("0000") + 24

    def _apply_fonts(self) -> None:
        set_bold(self._bold_labels, self.font())
        width = self._box_width()
        for row in self._rows:
            for edit in row.edits:
                edit.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        """Bold titles and box widths follow the page's type size (zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_rows"):
            self._apply_fonts()

    # -- feeding ----------------------------------------------------------------------------

    def set_snapshot(self, snapshot: AgoraSnapshot | None, statement_id: str) -> None:
        """Show the tallies of ``statement_id`` (keeping rows being typed when it is unchanged)."""
        categories = snapshot.considered if snapshot is not None else ()
        key = tuple((c.code, c.label, c.color) for c in categories)
        switching = statement_id != self.statement_id
        if switching:
            self.message.clear()
            self.flush()
        if key != self._category_key:
            self._category_key = key
            self._rebuild(categories)
            switching = True
        self.statement_id = statement_id
        item = snapshot.statement(statement_id) if snapshot is not None and statement_id else None
        self.title.setText(
            self.tr("Main levée — énoncé n° {number}").format(number=snapshot.number(statement_id))
            if item is not None and snapshot is not None
            else self.tr("Main levée — choisissez un énoncé")
        )
        for row in self._rows:
            if item is None or snapshot is None:
                row.stored, row.pending, row.locked = None, None, True
                row.set_values(_EMPTY)
                self._set_enabled(row, False)
                row.status.clear()
                self._update_remaining(row)
                continue
            self._load_row(row, snapshot, statement_id, switching)

    def _load_row(self, row: _Row, snapshot: AgoraSnapshot, statement_id: str, switching: bool) -> None:
        code = row.category.code
        if snapshot.has_positions(statement_id, code):
            row.locked, row.stored, row.pending = True, None, None
            row.set_values(_EMPTY)
            self._set_enabled(row, False)
            item = snapshot.statement(statement_id)
            n = item.tallies[code].n if item is not None else 0
            self._status(row, self.tr("positions individuelles (n = {n})").format(n=n))
            self._update_remaining(row)
            return
        row.locked = False
        self._set_enabled(row, True)
        tally = snapshot.hand_tally(statement_id, code)
        stored = (tally.present, tally.pour, tally.contre, tally.abstention) if tally is not None else None
        # A draft (typed, refused or not yet recorded) stays until the facilitator changes it.
        keep_draft = not switching and row.dirty()
        row.stored = stored
        if switching:
            row.pending = None
            row.status.clear()
        if not keep_draft:
            row.set_values(stored or _EMPTY)
        self._update_remaining(row)

    def focus_first(self) -> None:
        """Put the cursor in the first open box."""
        for row in self._rows:
            if not row.locked:
                row.edits[PRESENT].setFocus(Qt.FocusReason.ShortcutFocusReason)
                row.edits[PRESENT].selectAll()
                return

    def edit(self, category: str, column: int) -> QLineEdit:
        """The box of ``category`` in ``column`` (PRESENT, POUR, CONTRE, ABSTENTION)."""
        return next(r for r in self._rows if r.category.code == category).edits[column]

    def status_text(self, category: str) -> str:
        """What the row of ``category`` says beside its boxes."""
        return next(r for r in self._rows if r.category.code == category).status.text()

    def message_text(self) -> str:
        """The refusal shown under the grid ("" if none)."""
        return self.message.text()

    # -- typing -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter moves on like Tab, and records a row completed on its last box."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            place = self._where(watched)
            if place is not None:
                self._enter(*place)
                return True
        return super().eventFilter(watched, event)

    def _where(self, widget: QObject) -> tuple[int, int] | None:
        for r, row in enumerate(self._rows):
            for c, edit in enumerate(row.edits):
                if edit is widget:
                    return r, c
        return None

    def _enter(self, r: int, c: int) -> None:
        row = self._rows[r]
        if c < ABSTENTION:
            target = row.edits[c + 1]
        else:
            self._commit(row)
            following = next((x for x in self._rows[r + 1 :] if not x.locked), None)
            target = following.edits[PRESENT] if following is not None else row.edits[c]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.selectAll()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.isAncestorOf(self):
            return  # the page took the keyboard for a moment and hands it back: not leaving the row
        for row in self._rows:
            if old in row.edits and new not in row.edits:
                self._commit(row)

    def _edited(self, row: _Row) -> None:
        if row.status.property("refusal"):
            row.status.clear()
            row.status.setProperty("refusal", False)
            if self.message.property("category") == row.category.code:
                self.message.clear()
        self._update_remaining(row)

    def flush(self) -> None:
        """Record every complete row that was typed and not yet recorded."""
        for row in self._rows:
            if row.dirty():
                self._commit(row)

    def _commit(self, row: _Row) -> None:
        if row.locked or not self.statement_id:
            return
        values = row.values()
        statement_id, code = self.statement_id, row.category.code
        if values == _EMPTY:
            if row.stored is not None and row.pending != "clear":
                row.pending = "clear"
                self.writer.clear_tally(
                    statement_id,
                    code,
                    on_success=lambda _r: self._saved(row, statement_id, None),
                    on_error=lambda exc: self._failed(row, statement_id, exc),
                )
            return
        if None in values:
            self._status(row, self.tr("incomplète"), refusal=True)
            self.message.setText(
                self.tr(
                    "{category} : ligne incomplète, rien n’est enregistré tant que les quatre nombres "
                    "ne sont pas saisis."
                ).format(category=row.category.label)
            )
            self.message.setProperty("category", row.category.code)
            return
        counts = (int(values[0] or 0), int(values[1] or 0), int(values[2] or 0), int(values[3] or 0))
        if counts == row.stored or counts == row.pending:
            return
        try:
            votes.check_tally_counts(*counts)
        except AgoraError as exc:
            self._refuse(row, error_message(exc))
            return
        row.pending = counts
        self._status(row, self.tr("…"))
        self.writer.record_tally(
            statement_id,
            code,
            counts,
            on_success=lambda _r: self._saved(row, statement_id, counts),
            on_error=lambda exc: self._failed(row, statement_id, exc),
        )

    def _saved(self, row: _Row, statement_id: str, counts: tuple[int, int, int, int] | None) -> None:
        if row not in self._rows or statement_id != self.statement_id:
            return
        row.pending = None
        row.stored = counts
        self._status(row, self.tr("✓ enregistré") if counts is not None else self.tr("✓ effacé"))
        if self.message.property("category") == row.category.code:
            self.message.clear()
        self.tally_saved.emit(statement_id, row.category.code)

    def _failed(self, row: _Row, statement_id: str, exc: Exception) -> None:
        if row not in self._rows or statement_id != self.statement_id:
            return
        row.pending = None
        self._refuse(row, error_message(exc))

    def _refuse(self, row: _Row, message: str) -> None:
        self._status(row, self.tr("⚠ refusé"), refusal=True)
        self.message.setText(
            self.tr("⚠ {category} : {message}").format(category=row.category.label, message=message)
        )
        self.message.setProperty("category", row.category.code)
        self.tally_refused.emit(row.category.code, message)

    # -- appearance -------------------------------------------------------------------------

    def _status(self, row: _Row, text: str, *, refusal: bool = False) -> None:
        row.status.setText(text)
        row.status.setProperty("refusal", refusal)
        colours = row.status.palette()
        colours.setColor(
            QPalette.ColorRole.WindowText, palette.REFUSAL if refusal else self.palette().windowText().color()
        )
        row.status.setPalette(colours)

    def _update_remaining(self, row: _Row) -> None:
        present, pour, contre, abstention = row.values()
        if present is None:
            row.remaining.setText("")
            return
        left = present - (pour or 0) - (contre or 0) - (abstention or 0)
        row.remaining.setText(str(left) if left >= 0 else "—")

    @staticmethod
    def _set_enabled(row: _Row, enabled: bool) -> None:
        for edit in row.edits:
            edit.setEnabled(enabled)
