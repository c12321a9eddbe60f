"""The Agora page of one session: statements, votes, labels, the three matrices and the lists.

Left, the statements (type one, or submit cards of the peer groups). Right, above: the
statement × category heatmap, the ranked lists, the category × category matrix and the crossed
expectations; below, for the selected statement, show-of-hands or individual entry and the
« Pourquoi ce libellé ? » panel. Everything is recomputed by the core off the GUI thread
whenever the session's statements or votes change (bursts coalesced), so the page updates
live as tallies and positions arrive and the interface never waits.

Shortcuts (active inside the page): Ctrl+N new statement, Ctrl+Maj+N statements from cards,
F2 reword, Suppr withdraw, Ctrl+M show-of-hands entry, Ctrl+I individual positions,
Alt+↓ / Alt+↑ next / previous statement, Ctrl+1…4 heatmap / lists / categories / expectations,
Ctrl+Maj+L choose the label, Ctrl+Maj+P method parameters, Ctrl++ / Ctrl+- / Ctrl+0 type size.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from agora.services.reads import SessionRead
from ui.agora import card_picker, override_dialog, palette, params_dialog, relation_dialog
from ui.agora.actions import AgoraActions
from ui.agora.category_matrix_view import CategoryMatrixView
from ui.agora.expectations_view import ExpectationsView
from ui.agora.heatmap_view import HeatmapView
from ui.agora.method_texts import params_note
from ui.agora.positions_entry import PositionsEntry
from ui.agora.ranked_lists_view import RankedListsView
from ui.agora.snapshot import AgoraSnapshot, load_snapshot
from ui.agora.statements_panel import StatementsPanel
from ui.agora.tally_entry import TallyEntry
from ui.agora.why_panel import WhyPanel
from ui.forum_context import Change, ForumContext
from ui.translations import error_message

logger = logging.getLogger(__name__)

#: Changes arriving closer together than this are analysed once (milliseconds).
COALESCE_MS = 150

#: Tabs of the upper half, in shortcut order (Ctrl+1…).
TAB_HEATMAP, TAB_LISTS, TAB_CATEGORIES, TAB_EXPECTATIONS = range(4)
#: Tabs of the entry area.
ENTRY_HANDS, ENTRY_POSITIONS = range(2)


class AgoraView(QWidget):
    """One Agora session in the desk. Writes only through ``context.write`` (via ``writer``).

    Callers construct it with the forum's context and the session; it loads itself and follows
    ``context.changed``. It never opens the database nor blocks on it.
    """

    #: A freshly computed analysis is on screen.
    snapshot_applied = Signal()
    #: The selected statement changed (its id, "" for none).
    statement_changed = Signal(str)

    def __init__(self, context: ForumContext, session: SessionRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session
        self.writer = AgoraActions(context, session.id, self)
        self.snapshot: AgoraSnapshot | None = None
        self.current = ""
        self._reading = False
        self._stale = False
        self._closed = False
        self._last_focus: QWidget | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(COALESCE_MS)
        self._build()
        self._zoom = 1.0
        self._apply_fonts()
        self._connect_signals()
        self._add_shortcuts()
        if context.read_only:
            self._make_read_only()
        self.reload()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.session.title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Titre du temps"))
        self.counts = QLabel(self)
        self.params_note = QLabel(self)
        self.params_note.setTextFormat(Qt.TextFormat.PlainText)
        self.params_note.setWordWrap(True)
        self.params_note.setAccessibleName(self.tr("Paramètres modifiés"))
        self.params_note.setAutoFillBackground(True)
        self.params_note.setMargin(6)
        note_colours = self.params_note.palette()
        note_colours.setColor(QPalette.ColorRole.Window, palette.NOTICE)
        note_colours.setColor(QPalette.ColorRole.WindowText, palette.INK)
        self.params_note.setPalette(note_colours)
        self.params_note.hide()
        self.params_button = QPushButton(self.tr("Paramètres de la méthode…"), self)
        self.params_button.setToolTip(self.tr("Seuils et préréglages de cette Agora (Ctrl+Maj+P)"))
        self.relation_button = QPushButton(self.tr("Relation collectivité – ESS…"), self)
        self.relation_button.setToolTip(
            self.tr("Noter le type de relation entre la collectivité et ses acteurs de l’ESS")
        )

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.counts)
        header.addStretch(1)
        header.addWidget(self.params_button)
        header.addWidget(self.relation_button)

        self.statements = StatementsPanel(self.writer, self)
        self.heatmap = HeatmapView(self)
        self.lists = RankedListsView(self)
        self.categories = CategoryMatrixView(self)
        self.expectations = ExpectationsView(self)
        self.views = QTabWidget(self)
        self.views.addTab(self.heatmap, self.tr("Énoncés × catégories"))
        self.views.addTab(self.lists, self.tr("Listes classées"))
        self.views.addTab(self.categories, self.tr("Catégories × catégories"))
        self.views.addTab(self.expectations, self.tr("Attentes croisées"))

        self.tally = TallyEntry(self.writer, self)
        self.positions = PositionsEntry(self.writer, self)
        self.entry = QTabWidget(self)
        self.entry.addTab(self.tally, self.tr("Main levée (Ctrl+M)"))
        self.entry.addTab(self.positions, self.tr("Positions individuelles (Ctrl+I)"))
        self.why = WhyPanel(self)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.statements)
        left.addWidget(self.entry)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.views)
        right.addWidget(self.why)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)
        self.main = QSplitter(Qt.Orientation.Horizontal, self)
        self.main.addWidget(left)
        self.main.addWidget(right)
        self.main.setStretchFactor(0, 2)
        self.main.setStretchFactor(1, 3)
        self.main.setChildrenCollapsible(False)
        # Proportions; Qt scales them to the real width and height.
        left.setSizes([620, 380])
        right.setSizes([640, 360])
        self.main.setSizes([380, 620])

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.params_note)
        layout.addWidget(self.main, 1)
        layout.addWidget(self.message)

    def _connect_signals(self) -> None:
        self.context.changed.connect(self._changed)
        self._refresh.timeout.connect(self.reload)
        self.statements.statement_selected.connect(self.select_statement)
        self.statements.cards_requested.connect(self.pick_cards)
        self.heatmap.statement_selected.connect(self.select_statement)
        self.lists.statement_selected.connect(self.select_statement)
        self.expectations.statement_selected.connect(self.select_statement)
        self.why.override_requested.connect(self.override_label)
        self.why.clear_override_requested.connect(self.clear_override)
        self.params_button.clicked.connect(self.edit_params)
        self.relation_button.clicked.connect(self.record_relation)
        self.writer.refused.connect(self._say)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _add_shortcuts(self) -> None:
        bindings: list[tuple[str | QKeySequence.StandardKey, Callable[[], object]]] = [
            ("Ctrl+N", self.statements.focus_capture),
            ("Ctrl+Shift+N", self.pick_cards),
            ("Ctrl+M", self.focus_tally),
            ("Ctrl+I", self.focus_positions),
            ("Alt+Down", lambda: self.step(1)),
            ("Alt+Up", lambda: self.step(-1)),
            ("Ctrl+Shift+L", self.override_label),
            ("Ctrl+Shift+P", self.edit_params),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1)),
            ("Ctrl+0", lambda: self.zoom(0)),
        ]
        for index in range(self.views.count()):
            bindings.append((f"Ctrl+{index + 1}", partial(self.views.setCurrentIndex, index)))
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def zoom(self, step: int) -> None:
        """Larger (1) or smaller (-1) type on the whole page, or back to normal (0): for projecting."""
        self._zoom = 1.0 if step == 0 else max(0.8, min(2.5, self._zoom * (1.15 if step > 0 else 1 / 1.15)))
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._zoom)
        self.setFont(font)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.3)
        self.title.setFont(title)
        heat = QFont(base)
        heat.setPointSizeF(base.pointSizeF() * 1.1)
        self.heatmap.table.setFont(heat)
        self.heatmap.size_columns()

    def _make_read_only(self) -> None:
        for widget in (
            self.statements.capture,
            self.statements.cards_button,
            self.statements.edit_button,
            self.statements.withdraw_button,
            self.entry,
            self.why.override_button,
            self.why.clear_button,
            self.params_button,
            self.relation_button,
        ):
            widget.setEnabled(False)

    # -- data -------------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        # Cards anywhere feed the crossed expectations; statements and votes of this session the rest.
        if self._closed:
            return
        if change.touches(self.session.id) or change.cards:
            self._refresh.start()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is not self and self.isAncestorOf(new):
            self._last_focus = new

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The desk gives the page the keyboard (after each undo, F6…): hand it back to where the
        facilitator was typing (a tally box, the capture line), never to the page itself."""
        super().focusInEvent(event)
        target = self._last_focus
        if target is None or not Shiboken.isValid(target) or not target.isEnabled() or not target.isVisible():
            target = self.statements.capture
        target.setFocus(event.reason())

    def closeEvent(self, event: QCloseEvent) -> None:
        """A closed page stops following the forum (its store may close next)."""
        self._closed = True
        self._refresh.stop()
        self.tally.flush()
        super().closeEvent(event)

    def reload(self) -> None:
        """Recompute the analysis off the GUI thread and show it when it arrives.

        One recomputation at a time: a request made while one runs is served right after it.
        """
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        session_id = self.session.id
        self.context.read(
            lambda store: load_snapshot(store, session_id), self._loaded, self._snapshot_failed, context=self
        )

    def is_busy(self) -> bool:
        """Whether a recomputation is scheduled or running (the page may still change)."""
        return self._reading or self._refresh.isActive()

    def _loaded(self, snapshot: AgoraSnapshot) -> None:
        self._reading = False
        self._apply(snapshot)
        if self._stale and not self._closed:
            self.reload()

    def _apply(self, snapshot: AgoraSnapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snapshot
        if not self.current and snapshot.statement_ids:
            self.current = snapshot.statement_ids[0]
        count = len(snapshot.statement_ids)
        self.counts.setText(self.tr("%n énoncé(s)", "", count))
        note = params_note(snapshot.analysis.params)
        self.params_note.setText(note)
        self.params_note.setVisible(bool(note))
        self.statements.set_snapshot(snapshot, self.current)
        self.heatmap.set_snapshot(snapshot, self.current)
        self.lists.set_snapshot(snapshot)
        self.categories.set_snapshot(snapshot)
        self.expectations.set_snapshot(snapshot)
        self._show_current(switching=first)
        self.snapshot_applied.emit()

    def _snapshot_failed(self, exc: Exception) -> None:
        self._reading = False
        if self._stale and not self._closed:
            self.reload()
        self._load_failed(exc)

    def _load_failed(self, exc: Exception) -> None:
        self._say(self.tr("Impossible de calculer l’Agora : {reason}").format(reason=error_message(exc)))

    def _show_current(self, *, switching: bool = False) -> None:
        snapshot = self.snapshot
        item = snapshot.statement(self.current) if snapshot is not None and self.current else None
        statement_id = self.current if item is not None else ""
        self.tally.set_snapshot(snapshot, statement_id)
        self.positions.set_snapshot(snapshot, statement_id)
        if snapshot is not None:
            self.why.show_statement(
                item, snapshot.names, snapshot.analysis.params, snapshot.number(statement_id)
            )
        if switching and item is not None and snapshot is not None:
            self._open_matching_entry(snapshot, statement_id)

    def _open_matching_entry(self, snapshot: AgoraSnapshot, statement_id: str) -> None:
        # A statement already voted one way opens on that way's entry.
        hands = any(snapshot.hand_tally(statement_id, c.code) for c in snapshot.considered)
        individual = any(snapshot.has_positions(statement_id, c.code) for c in snapshot.considered)
        if hands and not individual:
            self.entry.setCurrentIndex(ENTRY_HANDS)
        elif individual and not hands:
            self.entry.setCurrentIndex(ENTRY_POSITIONS)

    # -- selection --------------------------------------------------------------------------

    def select_statement(self, statement_id: str) -> None:
        """Make ``statement_id`` the statement the entry and the panel work on."""
        if statement_id == self.current:
            return
        self.current = statement_id
        if self.snapshot is not None:
            self.statements.select_statement(statement_id)
            self.heatmap.select_statement(statement_id)
            self._show_current(switching=True)
        self.statement_changed.emit(statement_id)

    def step(self, delta: int) -> None:
        """Select the next (1) or previous (-1) statement in session order."""
        if self.snapshot is None or not self.snapshot.statement_ids:
            return
        ids = self.snapshot.statement_ids
        index = ids.index(self.current) + delta if self.current in ids else 0
        self.select_statement(ids[max(0, min(len(ids) - 1, index))])

    def focus_tally(self) -> None:
        """Show the show-of-hands entry and put the cursor in its first box."""
        self.entry.setCurrentIndex(ENTRY_HANDS)
        self.tally.focus_first()

    def focus_positions(self) -> None:
        """Show the individual entry and focus its first button."""
        self.entry.setCurrentIndex(ENTRY_POSITIONS)
        self.positions.focus_first()

    # -- commands ---------------------------------------------------------------------------

    def pick_cards(self) -> None:
        """Let the facilitator choose peer-group cards and put them to the vote."""
        if self.context.read_only:
            return
        session_id = self.session.id
        self.context.read(
            lambda store: card_picker.load_pickable(store, session_id),
            self._cards_loaded,
            self._load_failed,
            context=self,
        )

    def _cards_loaded(self, rows: list[card_picker.PickableCard]) -> None:
        names = self.snapshot.names if self.snapshot is not None else {}
        chosen = card_picker.ask_cards(self, rows, names)
        if not chosen:
            return

        def added(new_ids: list[str]) -> None:
            self._say(self.tr("%n carte(s) soumise(s) au vote.", "", len(new_ids)))
            if new_ids:
                self.select_statement(new_ids[0])

        self.writer.add_statements_from_cards(chosen, on_success=added)

    def override_label(self) -> None:
        """Let the facilitator choose the selected statement's label."""
        item = self.snapshot.statement(self.current) if self.snapshot is not None and self.current else None
        if item is None or self.context.read_only:
            return
        choice = override_dialog.ask_override(self, item, self.snapshot.names if self.snapshot else {})
        if choice is not None:
            self.writer.override_label(item.statement.id, choice.label, choice.note, item.override)

    def clear_override(self) -> None:
        """Go back to the computed label of the selected statement."""
        item = self.snapshot.statement(self.current) if self.snapshot is not None and self.current else None
        if item is not None and item.override is not None:
            self.writer.clear_override(item.statement.id, item.override)

    def edit_params(self) -> None:
        """Change the method's parameters of this session (presets or custom values)."""
        if self.snapshot is None or self.context.read_only:
            return
        params = params_dialog.ask_params(self, self.snapshot.analysis.params)
        if params is not None and params != self.snapshot.analysis.params:
            self.writer.set_params(params)

    def record_relation(self) -> None:
        """Record the relation type between the local authority and its ESS actors."""
        if self.context.read_only:
            return
        self.context.read(
            relation_dialog.load_relation_context,
            self._relation_context_loaded,
            self._load_failed,
            context=self,
        )

    def _relation_context_loaded(self, context: relation_dialog.RelationContext) -> None:
        if not context.territories:
            self._say(self.tr("Ce forum n’a pas de territoire : ajoutez-en un dans la préparation du forum."))
            return
        choice = relation_dialog.ask_relation(self, context)
        if choice is None:
            return
        self.writer.record_relation(
            choice.territory_id,
            choice.date,
            choice.typology,
            choice.value,
            choice.note,
            on_success=lambda _r: self._say(self.tr("Relation enregistrée.")),
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
