"""« Nouveau forum » : one short form — title, date, venue, territory, categories, agenda.

The agenda starts from the core's template (three peer-group times, one board per category
present, then an Agora). Changing the number of times or the categories rebuilds it; then each
line can be renamed (F2 or double click), moved, removed, and lines added.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agora.domain import reference
from agora.domain.kinds import SessionKind
from agora.services.forums import DEFAULT_PEER_TIMES, AgendaItem, default_agenda
from agora.services.reads import CategoryRead
from ui.delegates import PlainToolTipDelegate
from ui.dialogs.agenda_model import AgendaModel
from ui.start.library_ops import NewForum
from ui.widgets.plain_label import plain_label

#: The most peer-group times the template offers.
MAX_PEER_TIMES = 6


def default_category_reads() -> list[CategoryRead]:
    """The four default categories, as the core's template wants them."""
    return [CategoryRead(c.code, c.label, c.color, n, False) for n, c in enumerate(reference.default_categories())]


class NewForumDialog(QDialog):
    """Asks for a new forum; ``spec()`` gives what to create once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau forum"))
        self._categories = default_category_reads()
        self.agenda_model = AgendaModel(self)
        self.agenda_model.set_categories(
            {c.code: c.color for c in self._categories}, {c.code: c.label for c in self._categories}
        )
        self._build()
        self._connect_signals()
        self._rebuild_agenda()
        self._update_ok()
        self.resize(720, 640)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titre du forum"))
        self.title.setPlaceholderText(self.tr("Rencontre des territoires pilotes"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Date du forum"))
        self.venue = QLineEdit()
        self.venue.setAccessibleName(self.tr("Lieu du forum"))
        self.territory = QLineEdit()
        self.territory.setAccessibleName(self.tr("Territoire"))
        self.territory.setPlaceholderText(self.tr("Communauté de communes…"))
        form = QFormLayout()
        form.addRow(self.tr("&Titre :"), self.title)
        form.addRow(self.tr("&Date :"), self.date)
        form.addRow(self.tr("&Lieu :"), self.venue)
        form.addRow(self.tr("Te&rritoire :"), self.territory)

        categories_box = QGroupBox(self.tr("Catégories d’acteurs présentes"))
        grid = QGridLayout(categories_box)
        self.category_checks: dict[str, QCheckBox] = {}
        for number, category in enumerate(self._categories):
            check = QCheckBox(category.label)
            check.setChecked(True)
            swatch = QPixmap(14, 14)
            swatch.fill(category.color)
            check.setIcon(swatch)
            check.setAccessibleName(self.tr("Catégorie présente : {category}").format(category=category.label))
            self.category_checks[category.code] = check
            grid.addWidget(check, number // 2, number % 2)

        agenda_box = QGroupBox(self.tr("Programme"))
        self.peer_times = QSpinBox()
        self.peer_times.setRange(0, MAX_PEER_TIMES)
        self.peer_times.setValue(DEFAULT_PEER_TIMES)
        self.peer_times.setAccessibleName(self.tr("Nombre de temps entre pairs"))
        self.with_agora = QCheckBox(self.tr("puis une &Agora"))
        self.with_agora.setChecked(True)
        template = QHBoxLayout()
        peer_label = plain_label(self.tr("Nombre de temps entre pairs"), text=self.tr("Temps entre &pairs :"))
        peer_label.setTextFormat(Qt.TextFormat.PlainText)
        peer_label.setBuddy(self.peer_times)
        template.addWidget(peer_label)
        template.addWidget(self.peer_times)
        template.addWidget(self.with_agora)
        template.addStretch(1)
        self.agenda_view = QListView()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setItemDelegate(PlainToolTipDelegate(self.agenda_view))
        self.agenda_view.setAccessibleName(self.tr("Lignes du programme (F2 pour renommer)"))
        self.agenda_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.agenda_view.setUniformItemSizes(True)
        self.add_peer = QPushButton(self.tr("Ajouter un temps entre pairs"))
        self.add_peer_menu = QMenu(self.add_peer)
        for category in self._categories:
            action = self.add_peer_menu.addAction(category.label)
            action.setData(category.code)
        self.add_peer.setMenu(self.add_peer_menu)
        self.add_agora = QPushButton(self.tr("Ajouter une Agora"))
        self.remove_line = QPushButton(self.tr("Retirer la ligne"))
        self.up = QPushButton(self.tr("Monter"))
        self.down = QPushButton(self.tr("Descendre"))
        line_buttons = QVBoxLayout()
        for button in (self.add_peer, self.add_agora, self.remove_line, self.up, self.down):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)
        lines = QHBoxLayout()
        lines.addWidget(self.agenda_view, 1)
        lines.addLayout(line_buttons)
        hint = plain_label(self.tr("Aide sur le programme"))
        hint.setText(self.tr("Renommez une ligne avec F2 ou un double clic."))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addLayout(template)
        agenda_layout.addLayout(lines, 1)
        agenda_layout.addWidget(hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Créer le forum"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(categories_box)
        layout.addWidget(agenda_box, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.title.textChanged.connect(self._update_ok)
        self.peer_times.valueChanged.connect(self._rebuild_agenda)
        self.with_agora.toggled.connect(self._rebuild_agenda)
        for check in self.category_checks.values():
            check.toggled.connect(self._rebuild_agenda)
        self.add_peer_menu.triggered.connect(lambda action: self._add_peer(str(action.data())))
        self.add_agora.clicked.connect(self._add_agora)
        self.remove_line.clicked.connect(self._remove_line)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.agenda_model.rowsInserted.connect(self._update_ok)
        self.agenda_model.rowsRemoved.connect(self._update_ok)
        self.agenda_model.modelReset.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- the agenda -----------------------------------------------------------------------

    def chosen_categories(self) -> list[CategoryRead]:
        """The categories ticked, in their usual order."""
        return [c for c in self._categories if self.category_checks[c.code].isChecked()]

    def _rebuild_agenda(self) -> None:
        items = default_agenda(self.chosen_categories(), self.peer_times.value())
        if not self.with_agora.isChecked():
            items = [item for item in items if item.kind != SessionKind.AGORA]
        self.agenda_model.set_items(items)
        self._update_ok()

    def _insert_row(self) -> int:
        current = self.agenda_view.currentIndex()
        return current.row() + 1 if current.isValid() else self.agenda_model.rowCount()

    def _add_peer(self, code: str) -> None:
        label = next(c.label for c in self._categories if c.code == code)
        row = self._insert_row()
        self.agenda_model.insert(row, AgendaItem(SessionKind.PEER_GROUP, self.tr("Temps entre pairs — {category}").format(category=label), code))
        self.category_checks[code].blockSignals(True)
        self.category_checks[code].setChecked(True)
        self.category_checks[code].blockSignals(False)
        self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

    def _add_agora(self) -> None:
        row = self._insert_row()
        self.agenda_model.insert(row, AgendaItem(SessionKind.AGORA, self.tr("Agora")))
        self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

    def _remove_line(self) -> None:
        current = self.agenda_view.currentIndex()
        if current.isValid():
            self.agenda_model.remove(current.row())

    def _move(self, step: int) -> None:
        current = self.agenda_view.currentIndex()
        if current.isValid():
            row = self.agenda_model.move(current.row(), step)
            self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

    # -- result ---------------------------------------------------------------------------

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            bool(self.title.text().strip()) and bool(self.chosen_categories()) and self.agenda_model.rowCount() > 0
        )

    def spec(self) -> NewForum:
        """The forum to create, as the form describes it."""
        day = self.date.date()
        chosen = {c.code for c in self.chosen_categories()}
        agenda = tuple(
            item for item in self.agenda_model.items() if item.category is None or item.category in chosen
        )
        return NewForum(
            title=self.title.text().strip(),
            date=dt.date(day.year(), day.month(), day.day()),
            venue=self.venue.text().strip(),
            territory=self.territory.text().strip(),
            categories=tuple(c.code for c in self._categories if c.code in chosen),
            agenda=agenda,
        )
