"""Overriding a statement's label: the facilitator picks a label and says why.

The override is stored with its time and always shown as an override, beside the computed
label (METHOD.md: with 3–6 people a single vote moves a share a lot, so the room may know
better). :func:`ask_override` runs the dialog (tests replace it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agora.method import Label, StatementAnalysis
from ui.agora.method_texts import label_wording


@dataclass(frozen=True)
class OverrideChoice:
    """The label chosen (its code) and the facilitator's note."""

    label: str
    note: str


class OverrideDialog(QDialog):
    """Choose a label for one statement; the computed one is shown for reference."""

    def __init__(self, item: StatementAnalysis, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choisir le libellé"))
        statement = QLabel(item.statement.text, self)
        statement.setTextFormat(Qt.TextFormat.PlainText)
        statement.setWordWrap(True)
        computed = QLabel(
            self.tr("Libellé calculé : {label}").format(
                label=label_wording(item, names, item.computed_label)
            ),
            self,
        )
        computed.setTextFormat(Qt.TextFormat.PlainText)
        self.label_box = QComboBox(self)
        self.label_box.setAccessibleName(self.tr("Libellé"))
        for label in Label:
            self.label_box.addItem(label_wording(item, names, label), label.value)
        self.label_box.setCurrentIndex(self.label_box.findData(item.label.value))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Pourquoi ce libellé ? (gardé avec la date et l’heure)"))
        if item.override is not None:
            self.note.setPlainText(item.override.note)
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("Libellé"), self.label_box)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addWidget(computed)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(560, 320)

    def choice(self) -> OverrideChoice:
        """What is selected and typed."""
        return OverrideChoice(str(self.label_box.currentData()), self.note.toPlainText().strip())


def ask_override(parent: QWidget, item: StatementAnalysis, names: dict[str, str]) -> OverrideChoice | None:
    """Run the dialog; the choice, or None if the facilitator cancels."""
    dialog = OverrideDialog(item, names, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
