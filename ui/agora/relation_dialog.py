"""Recording the relation between a territory's local authority and its ESS actors, at the forum's date.

The values and their descriptions come from the reference typologies (« Relations entre la
collectivité et les acteurs de l’ESS »: distante, donneur d’ordre, quasi-délégation,
partenariat de confiance; and the types of relation at stake in the dialogue). Earlier
assessments of the territory are listed so the facilitator sees how it evolves.
:func:`ask_relation` runs the dialog (tests replace it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agora.domain import reference
from agora.services import forums
from agora.services.reads import RelationRead, TerritoryRead
from agora.storage.store import ForumStore
from ui.dates import format_date


@dataclass(frozen=True)
class RelationContext:
    """What the dialog needs: the territories, their earlier assessments, the forum's date."""

    territories: tuple[TerritoryRead, ...]
    relations: tuple[RelationRead, ...]
    date: dt.date | None


@dataclass(frozen=True)
class RelationChoice:
    """One assessment to record."""

    territory_id: str
    date: dt.date
    typology: str
    value: str
    note: str


def load_relation_context(store: ForumStore) -> RelationContext:
    """Territories, assessments and the forum's date (runs on a pool thread)."""
    return RelationContext(
        tuple(forums.list_territories(store)),
        tuple(forums.list_relations(store)),
        forums.forum_info(store).date,
    )


class RelationDialog(QDialog):
    """Pick a territory, a date, a typology and one of its values, and add a note."""

    def __init__(self, context: RelationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relation entre la collectivité et les acteurs de l’ESS"))
        self._context = context
        self.territory = QComboBox(self)
        self.territory.setAccessibleName(self.tr("Territoire"))
        for territory in context.territories:
            self.territory.addItem(territory.name, territory.id)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        day = context.date or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.typology = QComboBox(self)
        self.typology.setAccessibleName(self.tr("Typologie"))
        for typology in reference.typologies():
            self.typology.addItem(typology.title, typology.code)
        self.values_box = QWidget(self)
        self.values_layout = QVBoxLayout(self.values_box)
        self.values_layout.setContentsMargins(0, 0, 0, 0)
        self.values = QButtonGroup(self)
        self.history = QLabel(self)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Commentaire"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Ce qui fonde cette appréciation (facultatif)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        form = QFormLayout()
        form.addRow(self.tr("Territoire"), self.territory)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Typologie"), self.typology)
        form.addRow(self.tr("Relation"), self.values_box)
        form.addRow(self.tr("Commentaire"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.typology.currentIndexChanged.connect(self._show_values)
        self.territory.currentIndexChanged.connect(self._show_history)
        self.values.buttonToggled.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_values()
        self._show_history()
        self.resize(640, 560)

    def _show_values(self, *_args: object) -> None:
        for button in self.values.buttons():
            self.values.removeButton(button)
        while self.values_layout.count():
            item = self.values_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        typology = reference.typology(self.typology.currentData() or "")
        for value in typology.values if typology else ():
            radio = QRadioButton(value.label, self.values_box)
            radio.setProperty("code", value.code)
            description = QLabel(value.description, self.values_box)
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setWordWrap(True)
            description.setIndent(24)
            self.values.addButton(radio)
            self.values_layout.addWidget(radio)
            self.values_layout.addWidget(description)
        self._update_ok()

    def _show_history(self, *_args: object) -> None:
        territory_id = self.territory.currentData()
        lines = []
        for relation in self._context.relations:
            if relation.territory_id != territory_id:
                continue
            typology = reference.typology(relation.typology)
            value = typology.value(relation.value) if typology else None
            lines.append(f"{format_date(relation.date)} — {value.label if value else relation.value}")
        self.history.setText(
            self.tr("Déjà noté : {lines}").format(lines=" ; ".join(lines))
            if lines
            else self.tr("Aucune appréciation notée pour ce territoire.")
        )

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.territory.count() > 0 and self.values.checkedButton() is not None)

    def choose(self, typology: str, value: str) -> None:
        """Select a typology and one of its values (as the facilitator would)."""
        self.typology.setCurrentIndex(self.typology.findData(typology))
        for button in self.values.buttons():
            if button.property("code") == value:
                button.setChecked(True)

    def choice(self) -> RelationChoice | None:
        """What is selected, or None while incomplete."""
        checked = self.values.checkedButton()
        if checked is None or self.territory.count() == 0:
            return None
        qdate = self.date.date()
        return RelationChoice(
            territory_id=str(self.territory.currentData()),
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            typology=str(self.typology.currentData()),
            value=str(checked.property("code")),
            note=self.note.toPlainText().strip(),
        )


def ask_relation(parent: QWidget, context: RelationContext) -> RelationChoice | None:
    """Run the dialog; the assessment to record, or None if the facilitator cancels."""
    dialog = RelationDialog(context, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
