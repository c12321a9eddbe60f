"""Choosing cards of the peer groups to put to the Agora's vote.

:func:`load_pickable` reads the peer-group cards off the GUI thread; :class:`CardPickerDialog`
lists them by session and kind, with a search box, for multiple selection; :func:`ask_cards`
runs it and returns the chosen card ids in board order (tests replace it). Card text is
participant text, shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agora.domain.kinds import SessionKind
from agora.services import cards, forums, statements
from agora.services.reads import CardRead
from agora.storage.store import ForumStore
from ui.cards_model import kind_label
from ui.delegates import PlainToolTipDelegate
from ui.widgets.read_only_table import Index, ReadOnlyTableModel

COL_SESSION, COL_KIND, COL_CATEGORY, COL_TARGET, COL_TEXT, COL_SUBMITTED = range(6)

#: The card id of a row.
CardIdRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PickableCard:
    """A peer-group card, its session's title, and whether it is already a statement."""

    card: CardRead
    session_title: str
    submitted: bool


def load_pickable(store: ForumStore, agora_session_id: str) -> list[PickableCard]:
    """The cards of every peer-group session, in agenda then board order (runs on a pool thread)."""
    submitted = {s.source_id for s in statements.list_statements(store, agora_session_id) if s.source_id}
    out = []
    for meeting in forums.list_sessions(store):
        if meeting.kind != SessionKind.PEER_GROUP:
            continue
        for card in cards.list_cards(store, meeting.id):
            out.append(PickableCard(card, meeting.title, card.id in submitted))
    return out


class CardPickerModel(ReadOnlyTableModel):
    """Holds the pickable cards, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PickableCard] = []
        self._names: dict[str, str] = {}

    def set_cards(self, rows: list[PickableCard], names: dict[str, str]) -> None:
        """Show ``rows``; ``names`` maps category codes to their names."""
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        self.endResetModel()

    def column_titles(self) -> tuple[str, ...]:
        """Temps, Type, Catégorie, Vers, Carte, Soumise."""
        return (
            self.tr("Temps"),
            self.tr("Type"),
            self.tr("Catégorie"),
            self.tr("Vers"),
            self.tr("Carte"),
            self.tr("Déjà soumise"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Session, kind, categories, the literal card text, whether it is already a statement."""
        row = self.row_at(index)
        if row is None:
            return None
        card = row.card
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SESSION:
                return row.session_title
            if column == COL_KIND:
                return kind_label(card.kind)
            if column == COL_CATEGORY:
                return self._names.get(card.category, card.category)
            if column == COL_TARGET:
                return self._names.get(card.target, card.target) if card.target else ""
            if column == COL_TEXT:
                return card.text
            if column == COL_SUBMITTED:
                return self.tr("oui") if row.submitted else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return card.text
        if role == CardIdRole:
            return card.id
        return None


class CardPickerDialog(QDialog):
    """Lists the peer-group cards; the facilitator selects several and submits them."""

    def __init__(
        self, rows: list[PickableCard], names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Soumettre des cartes à l’Agora"))
        self.model = CardPickerModel(self)
        self.model.set_cards(rows, names)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Chercher dans les cartes…"))
        self.search.setAccessibleName(self.tr("Chercher dans les cartes"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(PlainToolTipDelegate(self.table))
        self.table.setAccessibleName(self.tr("Cartes des temps entre pairs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.submit_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit_button.setText(self.tr("Soumettre au vote"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self._selection_changed()

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows of the (unfiltered) list."""
        selection = self.table.selectionModel()
        for row in rows:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.select(
                index,
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )

    def selected_card_ids(self) -> list[str]:
        """The selected cards, in list order."""
        rows = sorted(self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows())
        return [self.model.data(self.model.index(r, 0), CardIdRole) for r in rows]

    def _selection_changed(self, *_args: object) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.count.setText(self.tr("%n carte(s) choisie(s)", "", n))
        self.submit_button.setEnabled(n > 0)


def ask_cards(parent: QWidget, rows: list[PickableCard], names: dict[str, str]) -> list[str]:
    """Run the picker; the chosen card ids, or [] if the facilitator cancels."""
    dialog = CardPickerDialog(rows, names, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selected_card_ids()
        return []
    finally:
        dialog.deleteLater()
