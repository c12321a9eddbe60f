"""Édition ▸ Préférences… : the interface language and the projector's screen.

The language is applied at the next start of Agora (every window is built in the language
chosen at start-up; the dialog says so). The projector screen applies the next time
« Projeter » is used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ui.widgets.plain_label import plain_label
from ui.widgets.settings import (
    LANGUAGE_KEY,
    PROJECTOR_SCREEN_KEY,
    app_settings,
    interface_language,
    projector_screen_name,
)

#: The languages offered, each named in its own language (so anyone can find theirs).
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))


class PreferencesDialog(QDialog):
    """Reads the settings when opened; writes them when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        settings = app_settings()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue de l’interface"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(interface_language(settings)))
        self.screen = QComboBox()
        self.screen.setAccessibleName(self.tr("Écran de projection"))
        self.screen.addItem(self.tr("Automatique : le second écran s’il y en a un"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen.addItem(f"{screen.name()} — {size.width()} × {size.height()}", screen.name())
        wanted = projector_screen_name(settings)
        index = self.screen.findData(wanted)
        if index < 0 and wanted:
            self.screen.addItem(self.tr("{name} (non branché)").format(name=wanted), wanted)
            index = self.screen.count() - 1
        self.screen.setCurrentIndex(max(index, 0))
        note = plain_label(self.tr("Remarque sur la langue"))
        note.setText(self.tr("La langue choisie s’applique au prochain démarrage d’Agora."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Langue de l’interface :"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("É&cran de projection :"), self.screen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save the choices."""
        settings = app_settings()
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.setValue(PROJECTOR_SCREEN_KEY, self.screen.currentData())
        settings.sync()
        super().accept()
