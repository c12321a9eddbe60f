"""The board of one peer-group session: five columns of cards and the capture bar beneath.

Keyboard-first: the capture bar has the focus after every action; Entrée adds a card of the
kind shown; ↑ reaches the cards, Échap comes back. Every change is an undoable command run on
the forum's write thread (``CommandRunner``); the board shows what the core returns. A refused
card goes back into the capture bar, the red banner says why and « Réessayer » sends it again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QMenu, QSplitter, QVBoxLayout, QWidget

from agora.domain import reference
from agora.services import cards
from agora.services.reads import CardRead, CategoryRead, SessionRead
from ui.board.board_actions import BoardActions
from ui.board.board_cards import BoardCards
from ui.board.board_column import BoardColumn
from ui.board.board_editing import BoardEditing
from ui.board.board_header import BoardHeader
from ui.board.board_kinds import BOARD_KINDS, EXPECTATION
from ui.board.capture_bar import CaptureBar
from ui.board.capture_drafts import DraftKeeper, load_draft
from ui.board.capture_flow import CaptureFlow
from ui.board.card_commands import AddCard, CardCommand, EditText, MoveCards
from ui.board.card_delegate import CardDelegate
from ui.board.column_model import CardRole
from ui.board.command_runner import CommandRunner
from ui.board.filter_bar import FilterBar
from ui.desk.save_tracker import SaveTracker
from ui.forum_context import ForumContext, error_text, is_refusal
from ui.widgets.memory import settle_long_lived
from ui.widgets.plain_label import plain_label

logger = logging.getLogger(__name__)


class BoardView(QWidget):
    """One peer-group board. Writes only through ``context.write`` (via its command runner).

    The desk creates it with the forum's categories and the shared save tracker; it must not
    be shown for an Agora session.
    """

    #: The session's cards are shown (how many).
    cards_loaded = Signal(int)
    #: A card typed in the capture bar is durable (the card).
    card_captured = Signal(object)
    #: Something to say in the status bar (French).
    status_message = Signal(str)
    #: An undo or redo changed this board: the desk should show it (the session id).
    session_requested = Signal(str)

    def __init__(
        self,
        context: ForumContext,
        session: SessionRead,
        categories: Sequence[CategoryRead],
        tracker: SaveTracker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session
        self.categories = list(categories)
        self.targets = [c for c in categories if c.code != session.category]
        self.board_cards = BoardCards(session.id, [c.code for c in self.targets], self)
        self.runner = CommandRunner(context, self.board_cards, tracker, self)
        self.editing = BoardEditing(self.runner, self)
        self.actions_ = BoardActions(self)
        self.actions_.set_targets(self.targets)
        self._active_kind = BOARD_KINDS[0]
        self._theme_ids: list[str] = []
        self._generation = 0
        self._build()
        self.flow = CaptureFlow(self.capture, self.editing, DraftKeeper(context.store.path, session.id, self), self)
        self._connect_signals()
        self.capture.set_targets(self.targets)
        self.filter_bar.set_targets(self.targets)
        self.actions_.kinds[self.capture.kind].setChecked(True)
        #: Whether the bar opened with text typed (and not sent) in an earlier session.
        self.draft_restored = False
        if context.read_only:
            self._set_read_only()
        else:
            self.draft_restored = self.flow.restore_draft(load_draft(context.store.path, session.id))
        self.load()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        colors = {c.code: c.color for c in self.categories}
        labels = {c.code: c.label for c in self.categories}
        self.delegate = CardDelegate(self)
        self.delegate.set_categories(colors, labels)

        self.header = BoardHeader(self.session, colors, self.actions_)
        self.principle_button = self.header.principle_button

        self.filter_bar = FilterBar()
        self.filter_bar.hide()

        self.columns: dict[str, BoardColumn] = {}
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for kind in BOARD_KINDS:
            column = BoardColumn(self.board_cards.columns[kind], self.delegate)
            self.columns[kind] = column
            self.splitter.addWidget(column)

        self.detail = plain_label(self.tr("Carte choisie"))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A fixed height: choosing another card never shifts the board (the tooltip has it all).
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * 3 + 4)
        self.capture = CaptureBar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.capture)
        self.setFocusProxy(self.capture.line)
        # Where the keyboard is must be seen from the back of the room's table, not guessed.
        self.setStyleSheet(
            "QListView#cardColumn:focus { border: 2px solid palette(highlight); }"
            " QLineEdit#captureLine:focus { border: 2px solid palette(highlight); border-radius: 3px; padding: 2px; }"
        )

    def _connect_signals(self) -> None:
        acts = self.actions_
        self.flow.status_message.connect(self.status_message)
        self.capture.theme_submitted.connect(self._on_theme_submitted)
        self.capture.board_requested.connect(lambda: self.focus_column(self.capture.kind))
        self.capture.kind_changed.connect(self._on_kind_changed)
        for kind, action in acts.kinds.items():
            action.triggered.connect(partial(self._choose_kind, kind))
        for code, action in acts.targets.items():
            action.triggered.connect(partial(self._choose_kind, EXPECTATION, code))
        acts.next_target.triggered.connect(lambda: self._cycle_target(1))
        acts.previous_target.triggered.connect(lambda: self._cycle_target(-1))
        acts.edit.triggered.connect(self.edit_current)
        acts.delete.triggered.connect(self.delete_chosen)
        acts.merge.triggered.connect(self.merge_chosen)
        acts.move_up.triggered.connect(lambda: self.move_current(-1))
        acts.move_down.triggered.connect(lambda: self.move_current(1))
        acts.move_left.triggered.connect(lambda: self.move_to_column(-1))
        acts.move_right.triggered.connect(lambda: self.move_to_column(1))
        for number, action in acts.principles.items():
            action.triggered.connect(partial(self.tag_chosen, number))
        acts.no_principle.triggered.connect(lambda: self.tag_chosen(None))
        acts.theme.triggered.connect(self.start_theme)
        acts.search.triggered.connect(self.filter_bar.open_bar)
        self.filter_bar.filter_changed.connect(self._on_filter)
        self.filter_bar.closed.connect(self.capture.focus_input)
        self.board_cards.counts_changed.connect(self._show_counts)
        self.runner.performed.connect(self._on_performed)
        self.runner.perform_failed.connect(self._on_perform_failed)
        self.runner.replayed.connect(self.session_requested)
        self.delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self.capture.focus_input))
        for kind, column in self.columns.items():
            view = column.view
            column.model.text_edited.connect(self.editing.edit_text)
            column.model.cards_dropped.connect(self._on_cards_dropped)
            view.escape_pressed.connect(self.capture.focus_input)
            view.neighbour_requested.connect(partial(self._neighbour, kind))
            view.focused.connect(partial(self._set_active, kind))
            view.selectionModel().currentChanged.connect(self._show_detail)
        self.context.changed.connect(self._on_changed)

    # -- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Read the session's cards off the GUI thread and show them."""
        self._generation += 1
        session_id = self.session.id
        self.context.read(
            lambda store: cards.list_cards(store, session_id),
            partial(self._on_loaded, self._generation),
            partial(self._on_load_failed, self._generation),
            context=self,
        )

    def _on_loaded(self, generation: int, loaded: list[CardRead]) -> None:
        if generation != self._generation:
            return
        self.board_cards.set_cards(loaded)
        settle_long_lived()
        self.cards_loaded.emit(len(loaded))

    def _on_load_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status_message.emit(self.tr("Les cartes n’ont pas pu être lues : {reason}").format(reason=error_text(exc)))

    def _on_changed(self, change: object) -> None:
        if self.runner.is_own(change):
            return  # the board already shows what its own write returned
        touches = getattr(change, "touches", None)
        if touches is not None and touches(self.session.id):
            self.load()

    # -- capture --------------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Write the capture bar's unsent text now (the forum is closing)."""
        self.flow.drafts.flush()

    def _on_performed(self, command: CardCommand) -> None:
        if isinstance(command, AddCard):
            card = self.board_cards.card(command.card_id)
            if card is not None:
                self._select(card)
                self.card_captured.emit(card)
        elif isinstance(command, MoveCards) and command.moves:
            card = self.board_cards.card(command.moves[0][0])
            if card is not None:
                self._select(card)

    def _on_perform_failed(self, command: CardCommand, exc: Exception) -> None:
        """A refused edit shows the stored text again (a failed save keeps it, to retry)."""
        if isinstance(command, EditText) and is_refusal(exc):
            for column in self.columns.values():
                column.model.set_pending(command.card_id, None)

    def _select(self, card: CardRead) -> None:
        column = self.columns.get(card.kind)
        if column is not None and column.select_card(card):
            self._set_active(card.kind)

    # -- kinds and targets ----------------------------------------------------------------

    def _choose_kind(self, kind: str, target: str | None = None) -> None:
        self.capture.cancel_theme()
        self.capture.set_kind(kind, target)
        self.capture.focus_input()

    def _cycle_target(self, step: int) -> None:
        self.capture.cancel_theme()
        self.capture.cycle_target(step)
        self.capture.focus_input()

    def _on_kind_changed(self, kind: str, _target: str) -> None:
        self.actions_.kinds[kind].setChecked(True)

    # -- the cards chosen -----------------------------------------------------------------

    def _set_active(self, kind: str) -> None:
        """The card actions now apply to ``kind``'s column; other columns drop their selection."""
        self._active_kind = kind
        for other, column in self.columns.items():
            if other != kind:
                column.view.selectionModel().clearSelection()

    def active_column(self) -> BoardColumn:
        """The column the card actions apply to (the last one used)."""
        return self.columns[self._active_kind]

    def chosen_cards(self) -> list[CardRead]:
        """The selected cards of the active column (or its current card)."""
        return self.active_column().view.selected_cards()

    def focus_column(self, kind: str) -> None:
        """Give the keyboard to a column, on its current card (or its last one)."""
        column = self.columns[kind]
        self._set_active(kind)
        if not column.view.currentIndex().isValid():
            column.view.select_row(column.model.rowCount() - 1)
        column.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _neighbour(self, kind: str, step: int) -> None:
        index = BOARD_KINDS.index(kind) + step
        if 0 <= index < len(BOARD_KINDS):
            self.focus_column(BOARD_KINDS[index])

    def _need_cards(self, minimum: int = 1) -> list[CardRead] | None:
        chosen = self.chosen_cards()
        if len(chosen) < minimum:
            if minimum == 1:
                self.status_message.emit(self.tr("Choisissez d’abord une carte (↑ depuis la saisie)."))
            else:
                self.status_message.emit(self.tr("Choisissez au moins deux cartes (Maj+↑/↓ ou Ctrl+clic)."))
            return None
        return chosen

    # -- actions on cards -----------------------------------------------------------------

    def edit_current(self) -> None:
        """Edit the current card of the active column in place (F2)."""
        view = self.active_column().view
        index = view.currentIndex()
        if index.isValid() and index.data(CardRole) is not None and not self.context.read_only:
            view.setFocus()
            view.edit(index)

    def delete_chosen(self) -> None:
        """Delete the chosen cards (Suppr); « Annuler » brings them back."""
        chosen = self._need_cards()
        if chosen:
            self.editing.delete(chosen)
        self.capture.focus_input()

    def merge_chosen(self) -> None:
        """Merge the chosen cards into the first one (Ctrl+M)."""
        chosen = self._need_cards(2)
        if chosen:
            self.editing.merge(chosen)
        self.capture.focus_input()

    def move_current(self, step: int) -> None:
        """Move the current card up (-1) or down (+1) in its column."""
        column = self.active_column()
        row = column.current_row()
        card = column.model.card_at(row)
        if card is not None:
            self.editing.move_within(card, column.model.group_of(row), step)

    def move_to_column(self, step: int) -> None:
        """Move the chosen cards to the neighbouring column (Ctrl+Maj+←/→)."""
        chosen = self._need_cards()
        if chosen:
            kind = self.editing.move_to_column(chosen, step, self.capture.target)
            if kind is not None:
                self._active_kind = kind

    def tag_chosen(self, principle: int | None) -> None:
        """Tag the chosen cards with a guiding principle (Ctrl+Maj+1…4; 0 removes it)."""
        chosen = self._need_cards()
        if chosen:
            self.editing.tag(chosen, principle)
            if principle is not None:
                title = next(p.title for p in reference.principles() if p.number == principle)
                self.status_message.emit(self.tr("Principe {number} : {title}").format(number=principle, title=title))
        self.capture.focus_input()

    def start_theme(self) -> None:
        """Ask, in the capture bar, for the theme of the chosen cards (Ctrl+T)."""
        chosen = self._need_cards()
        if not chosen or self.context.read_only:
            return
        self._theme_ids = [card.id for card in chosen]
        themes = {card.theme for card in chosen}
        self.capture.start_theme(len(chosen), themes.pop() if len(themes) == 1 else "")

    def _on_theme_submitted(self, theme: str) -> None:
        chosen = [card for card_id in self._theme_ids if (card := self.board_cards.card(card_id)) is not None]
        self._theme_ids = []
        self.editing.theme(chosen, theme)
        self.capture.focus_input()

    def _on_cards_dropped(self, ids: list, kind: str, target: str, before: str) -> None:
        if not self.context.read_only:
            self.editing.drop(ids, kind, target or (self.capture.target if kind == EXPECTATION else ""), before)

    # -- filter, counts, detail -----------------------------------------------------------

    def _on_filter(self, board_filter: object) -> None:
        self.board_cards.set_filter(board_filter)  # type: ignore[arg-type]

    def _show_counts(self) -> None:
        shown_total = total_total = 0
        for kind, column in self.columns.items():
            shown, total = self.board_cards.shown(kind), self.board_cards.total(kind)
            column.set_counts(shown, total)
            shown_total += shown
            total_total += total
        self.filter_bar.show_result(shown_total, total_total)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = current.data(CardRole) if current.isValid() else None
        if not isinstance(card, CardRead):
            self.detail.clear()
            return
        text = str(current.data(Qt.ItemDataRole.DisplayRole))
        meta = self.delegate.meta_text(card)
        self.detail.setText(f"{meta}\n{text}" if meta else text)  # the meta line first: never clipped

    # -- the desk -------------------------------------------------------------------------

    def fill_menu(self, menu: QMenu) -> None:
        """Put this board's actions in the window's « Tableau » menu."""
        self.actions_.fill_menu(menu)

    def _set_read_only(self) -> None:
        reason = self.tr("Lecture seule : aucune carte ne peut être ajoutée.")
        self.capture.set_read_only(reason)
        for action in self.actions_.card_actions():
            action.setEnabled(False)
        for column in self.columns.values():
            column.view.setDragEnabled(False)
            column.view.setAcceptDrops(False)
            column.view.setEditTriggers(column.view.EditTrigger.NoEditTriggers)
