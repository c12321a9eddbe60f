"""The right-hand side of the main window: the open forum, its sessions, a session's cards.

For now it only shows (the forum is open read-only); the facilitator's desk will grow from
here. Everything typed by people (titles, venues, cards) is shown as plain text.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agora.errors import AgoraError
from agora.services import cards
from agora.services.reads import CardRead
from ui.cards_model import COL_CATEGORY, COL_TARGET, COL_TEXT, CardsModel
from ui.dates import format_date
from ui.delegates import PlainToolTipDelegate, WrappingTreeDelegate
from ui.opened_forum import OpenedForum
from ui.sessions_model import SessionsModel
from ui.translations import error_message
from ui.workers import run_in_background

logger = logging.getLogger(__name__)

_PLACEHOLDER_PAGE, _FORUM_PAGE = range(2)


def plain_label(accessible_name: str, parent: QWidget | None = None) -> QLabel:
    """A label that never interprets markup: what people typed is shown as typed."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible_name)
    return label


class ForumPanel(QWidget):
    """Shows one open forum: title, date and venue, the sessions, the selected session's cards.

    It does not own the forum: the main window opens and closes it and calls ``show_forum``
    or ``show_message``. Cards are read off the GUI thread each time a session is selected.
    """

    #: A session was selected (its id).
    session_selected = Signal(str)
    #: The cards of the selected session are shown (their number).
    cards_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened: OpenedForum | None = None
        self._generation = 0
        self.sessions_model = SessionsModel(self)
        self.cards_model = CardsModel(self)
        self._build()
        self._connect_signals()
        self.show_message(self.tr("Choisissez un forum dans la liste, puis « Ouvrir »."))

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.placeholder = plain_label(self.tr("Message"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.title_label = plain_label(self.tr("Titre du forum"))
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.details_label = plain_label(self.tr("Date et lieu du forum"))

        self.sessions_view = QListView()
        self.sessions_view.setAccessibleName(self.tr("Temps du forum"))
        self.sessions_view.setModel(self.sessions_model)
        self.sessions_view.setItemDelegate(PlainToolTipDelegate(self.sessions_view))
        self.sessions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions_view.setUniformItemSizes(True)
        self.sessions_view.setIconSize(QSize(12, 12))

        self.cards_view = QTreeView()
        self.cards_view.setAccessibleName(self.tr("Cartes du temps choisi"))
        self.cards_view.setModel(self.cards_model)
        # Cards wrap so a facilitator reads them whole (rows differ in height).
        WrappingTreeDelegate.attach(self.cards_view)
        self.cards_view.setAlternatingRowColors(True)
        self.cards_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards_view.setIconSize(QSize(12, 12))
        header = self.cards_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_CATEGORY, COL_TARGET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 170)
        self.cards_status = plain_label(self.tr("État des cartes"))
        self.cards_status.setWordWrap(True)

        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_heading = plain_label(self.tr("Temps du forum"))
        sessions_heading.setText(self.tr("Temps du forum"))
        sessions_heading.setBuddy(self.sessions_view)
        sessions_layout.addWidget(sessions_heading)
        sessions_layout.addWidget(self.sessions_view)

        cards_box = QWidget()
        cards_layout = QVBoxLayout(cards_box)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_heading = plain_label(self.tr("Cartes"))
        self.cards_heading.setText(self.tr("Cartes"))
        cards_layout.addWidget(self.cards_heading)
        cards_layout.addWidget(self.cards_view)
        cards_layout.addWidget(self.cards_status)

        # The agenda above, the cards below: cards get the whole width, where they wrap least.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(sessions_box)
        splitter.addWidget(cards_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([150, 600])
        splitter.setChildrenCollapsible(False)

        forum_page = QWidget()
        forum_layout = QVBoxLayout(forum_page)
        forum_layout.setContentsMargins(0, 0, 0, 0)
        forum_layout.addWidget(self.title_label)
        forum_layout.addWidget(self.details_label)
        forum_layout.addWidget(splitter, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(forum_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _connect_signals(self) -> None:
        self.sessions_view.selectionModel().selectionChanged.connect(self._on_session_selection)

    # -- what the window calls --------------------------------------------------------------

    def show_forum(self, opened: OpenedForum) -> None:
        """Show ``opened`` and select its first session (the window keeps ownership)."""
        self._opened = opened
        self._generation += 1  # cards still loading belong to the forum shown before
        forum = opened.forum
        self.title_label.setText(forum.title)
        details = [part for part in (format_date(forum.date), forum.venue) if part]
        self.details_label.setText(" · ".join(details))
        self.details_label.setVisible(bool(details))
        self.sessions_model.set_sessions(opened.sessions, opened.categories)
        self.cards_model.clear()
        self.pages.setCurrentIndex(_FORUM_PAGE)
        if opened.sessions:
            self.sessions_view.setCurrentIndex(self.sessions_model.index(0, 0))
        else:
            self.cards_status.setText(self.tr("Ce forum n’a encore aucun temps à son programme."))

    def show_message(self, text: str) -> None:
        """Show only ``text`` (nothing open, or why a forum could not be opened)."""
        self._opened = None
        self._generation += 1  # any cards still loading belong to a forum no longer shown
        self.sessions_model.set_sessions([], [])
        self.cards_model.clear()
        self.placeholder.setText(text)
        self.pages.setCurrentIndex(_PLACEHOLDER_PAGE)

    def message(self) -> str:
        """The message shown when no forum is (the placeholder's text)."""
        return self.placeholder.text() if self.pages.currentIndex() == _PLACEHOLDER_PAGE else ""

    def select_session(self, row: int) -> None:
        """Select the session on ``row`` of the agenda (its cards load in the background)."""
        self.sessions_view.setCurrentIndex(self.sessions_model.index(row, 0))

    # -- cards ----------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_session_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._opened is None:
            return
        meeting = self.sessions_model.session(indexes[0].row())
        self.cards_heading.setText(self.tr("Cartes de « {session} »").format(session=meeting.title))
        self.session_selected.emit(meeting.id)
        self._load_cards(meeting.id)

    def _load_cards(self, session_id: str) -> None:
        assert self._opened is not None
        self._generation += 1
        store = self._opened.store
        self.cards_status.setText(self.tr("Chargement des cartes…"))
        self.cards_status.setVisible(True)
        run_in_background(
            partial(cards.list_cards, store, session_id),
            partial(self._on_cards_loaded, self._generation),
            partial(self._on_cards_failed, self._generation),
            context=self,
        )

    def _on_cards_loaded(self, generation: int, loaded: list[CardRead]) -> None:
        if generation != self._generation or self._opened is None:
            return  # another session (or forum) was chosen meanwhile
        self.cards_model.set_cards(loaded, self._opened.categories)
        self._fit_cards_view()
        if loaded:
            self.cards_status.clear()
            self.cards_status.setVisible(False)
        else:
            self.cards_status.setText(self.tr("Aucune carte dans ce temps pour l’instant."))
        self.cards_shown.emit(len(loaded))

    def _fit_cards_view(self) -> None:
        root = QModelIndex()
        for row in range(self.cards_model.rowCount()):
            self.cards_view.setFirstColumnSpanned(row, root, True)  # « Contraintes / freins (3) »
        self.cards_view.expandAll()
        # In a peer-group time every card has the same author: the column would only repeat it.
        self.cards_view.setColumnHidden(COL_CATEGORY, len(self.cards_model.categories_shown()) <= 1)
        self.cards_view.setColumnHidden(COL_TARGET, not self.cards_model.has_targets())
        if self._opened is not None and self._opened.categories:
            # Wide enough for the longest category name and its swatch: those never wrap.
            metrics = self.cards_view.fontMetrics()
            widest = max(metrics.horizontalAdvance(c.label) for c in self._opened.categories)
            extra = self.cards_view.iconSize().width() + 4 * metrics.averageCharWidth()
            for column in (COL_CATEGORY, COL_TARGET):
                self.cards_view.header().resizeSection(column, widest + extra)

    def _on_cards_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, AgoraError):
            logger.error("reading cards failed", exc_info=exc)
        self.cards_model.clear()
        self.cards_status.setText(
            self.tr("Les cartes n’ont pas pu être lues : {reason}").format(reason=error_message(exc))
        )
        self.cards_status.setVisible(True)
