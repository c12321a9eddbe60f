"""The statements of the Agora: a capture line to type one, the list, edit and withdraw.

Typing a statement and pressing Enter puts it to the vote; F2 loads the selected statement in
the same line to reword it (Enter saves, Échap cancels); Suppr withdraws it (undo brings it
back). A refused statement (empty, too long) keeps its draft and says why under the line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.agora import palette
from ui.agora.actions import AgoraActions
from ui.agora.cell_delegate import role_data
from ui.agora.snapshot import AgoraSnapshot
from ui.agora.statements_model import (
    COL_LABEL,
    COL_NUMBER,
    COL_TEXT,
    COL_VOTES,
    StatementIdRole,
    StatementsModel,
)
from ui.delegates import PlainToolTipDelegate
from ui.translations import error_message


class StatementsPanel(QWidget):
    """Lists and edits the statements of one session through ``writer``."""

    #: The facilitator selected a statement (its id).
    statement_selected = Signal(str)
    #: The facilitator asked to pick cards of the peer groups.
    cards_requested = Signal()

    def __init__(self, writer: AgoraActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.model = StatementsModel(self)
        self._editing = ""
        self._following = False
        self._snapshot: AgoraSnapshot | None = None
        self._build()
        self._connect_signals()
        self._leave_edit_mode()

    def _build(self) -> None:
        self.mode = QLabel(self)
        self.mode.setTextFormat(Qt.TextFormat.PlainText)
        self.capture = QLineEdit(self)
        self.capture.setAccessibleName(self.tr("Texte de l’énoncé"))
        self.capture.setClearButtonEnabled(True)
        self.capture.installEventFilter(self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        colours = self.message.palette()
        colours.setColor(QPalette.ColorRole.WindowText, palette.REFUSAL)
        self.message.setPalette(colours)
        self.message.hide()
        self.cards_button = QPushButton(self.tr("Depuis les cartes…"), self)
        self.cards_button.setToolTip(self.tr("Soumettre des cartes des temps entre pairs (Ctrl+Maj+N)"))
        self.edit_button = QPushButton(self.tr("Modifier"), self)
        self.edit_button.setToolTip(self.tr("Reformuler l’énoncé choisi (F2)"))
        self.withdraw_button = QPushButton(self.tr("Retirer"), self)
        self.withdraw_button.setToolTip(self.tr("Retirer l’énoncé du vote ; Annuler le remet (Suppr)"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(PlainToolTipDelegate(self.table))
        self.table.setAccessibleName(self.tr("Énoncés soumis à l’Agora"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._size_rows()
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_VOTES, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cards_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.capture)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _size_rows(self) -> None:
        # Two lines of text per statement, in the current (zoomable) font.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.table.setColumnWidth(COL_LABEL, self.fontMetrics().horizontalAdvance("0") * 22)

    def changeEvent(self, event: QEvent) -> None:
        """Rows keep two whole lines when the type size changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._size_rows()

    def _connect_signals(self) -> None:
        self.capture.returnPressed.connect(self.submit)
        self.cards_button.clicked.connect(self.cards_requested)
        self.edit_button.clicked.connect(self.start_edit)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- feeding ----------------------------------------------------------------------------

    def set_snapshot(self, snapshot: AgoraSnapshot, selected: str) -> None:
        """Show the statements of ``snapshot`` and keep ``selected`` selected."""
        self._snapshot = snapshot
        self._following = True
        try:
            self.model.set_snapshot(snapshot)
        finally:
            self._following = False
        self.select_statement(selected)
        if self._editing and snapshot.statement(self._editing) is None:
            self._leave_edit_mode()

    def select_statement(self, statement_id: str) -> None:
        """Select a statement without announcing it (following the page)."""
        row = self.model.row_of(statement_id) if statement_id else -1
        self._following = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
            else:
                index = self.model.index(row, COL_TEXT)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._following = False
        has = row >= 0
        self.edit_button.setEnabled(has)
        self.withdraw_button.setEnabled(has)

    def selected_id(self) -> str:
        """The statement selected in the list ("" if none)."""
        index = self.table.selectionModel().currentIndex()
        return role_data(index, StatementIdRole) or "" if index.isValid() else ""

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        has = current.isValid()
        self.edit_button.setEnabled(has)
        self.withdraw_button.setEnabled(has)
        if not self._following and has:
            self.statement_selected.emit(role_data(current, StatementIdRole))

    # -- capture ----------------------------------------------------------------------------

    def focus_capture(self) -> None:
        """Put the cursor in the capture line."""
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def submit(self) -> None:
        """Add the typed statement, or save the rewording."""
        text = self.capture.text()
        if not text.strip():
            return
        self._say("")
        if self._editing:
            statement_id = self._editing
            self.writer.edit_statement(
                statement_id, text, on_success=lambda _r: self._leave_edit_mode(), on_error=self._refused
            )
            return

        def added(_result: object, new_id: str = "") -> None:
            if self.capture.text() == text:
                self.capture.clear()
            self.statement_selected.emit(new_id)

        new_id = self.writer.add_statement(
            text, on_success=lambda r: added(r, new_id), on_error=self._refused
        )

    def start_edit(self) -> None:
        """Load the selected statement in the capture line to reword it."""
        statement_id = self.selected_id()
        item = self._snapshot.statement(statement_id) if self._snapshot and statement_id else None
        if item is None:
            return
        self._editing = statement_id
        self.mode.setText(
            self.tr("Reformuler l’énoncé n° {number} — Entrée enregistre, Échap annule").format(
                number=self._snapshot.number(statement_id) if self._snapshot else 0
            )
        )
        self.capture.setText(item.statement.text)
        self.capture.setPlaceholderText("")
        self.focus_capture()
        self.capture.selectAll()

    def _leave_edit_mode(self) -> None:
        if self._editing:
            self.capture.clear()
        self._editing = ""
        self.mode.setText(self.tr("Nouvel énoncé — Entrée pour le soumettre au vote (Ctrl+N)"))
        self.capture.setPlaceholderText(self.tr("Tapez un énoncé…"))

    def withdraw(self) -> None:
        """Withdraw the selected statement (undo brings it back)."""
        statement_id = self.selected_id()
        if statement_id:
            self.writer.withdraw_statement(statement_id)

    def _refused(self, exc: Exception) -> None:
        self._say(error_message(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Échap leaves rewording; F2 and Suppr on the list edit and withdraw."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.capture and event.key() == Qt.Key.Key_Escape and self._editing:
                self._leave_edit_mode()
                return True
            if watched is self.table and event.key() == Qt.Key.Key_F2:
                self.start_edit()
                return True
            if watched is self.table and event.key() == Qt.Key.Key_Delete:
                self.withdraw()
                return True
        return super().eventFilter(watched, event)
