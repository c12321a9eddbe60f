"""The interface in English with our catalogue installed, in French (the source) without it."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agora.errors import EmptyFileError
from agora.paths import resource
from ui.cards_model import kind_label
from ui.dates import format_date
from ui.main_window import MainWindow
from ui.translations import error_message, install_translators, remove_translators

#: Contexts of the interface that must be fully translated (core contexts may lag behind).
#: Contexts not yet in agora_en.ts (new screens) are checked as soon as lupdate adds them.
UI_CONTEXTS = {
    "AgendaModel",
    "BoardActions",
    "BoardColumn",
    "BoardHeader",
    "BoardView",
    "CaptureBar",
    "CaptureFlow",
    "CardCommand",
    "CardDelegate",
    "CardsModel",
    "DeskActions",
    "FailureBanner",
    "FilterBar",
    "ForumFiles",
    "ForumWindow",
    "LibraryActions",
    "LibraryModel",
    "MainWindow",
    "NewForumDialog",
    "PreferencesDialog",
    "SaveIndicator",
    "SessionsModel",
    "ShortcutsDialog",
    "StartScreen",
    "about",
    "app",
    "board_kinds",
    "dates",
    "file_dialogs",
    "kinds",
    "library_ops",
    "message_box",
}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Our English catalogue (and Qt's) installed for the test, removed afterwards."""
    translators = install_translators(qapp, "en")
    assert len(translators) == 2, "qtbase_en.qm and resources/i18n/agora_en.qm must both load"
    yield
    remove_translators(qapp, translators)


def new_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.refresh_action.isEnabled())
    return window


def test_window_speaks_english_with_the_english_catalogue(qtbot: QtBot, english: None) -> None:
    """Title, menus and buttons come out in English."""
    window = new_window(qtbot)
    assert window.windowTitle() == "Agora — forum facilitation"
    menus = [action.text() for action in window.menuBar().actions()]
    assert (menus[0], menus[-1]) == ("&File", "&Help")
    assert window.quit_action.text() == "&Quit"
    assert window.open_action.text() == "&Open"
    assert window.start.library_model.headerData(2, Qt.Orientation.Horizontal) == "Venue"
    assert window.statusBar().currentMessage() == "No forum in the library."


def test_core_labels_dates_and_errors_in_english(english: None) -> None:
    """Kind labels, month names and the core's error messages are translated too."""
    assert kind_label("constraint") == "Constraints / obstacles"
    assert format_date(dt.date(2026, 5, 1)) == "1 May 2026"
    assert error_message(EmptyFileError(path="vide.agora")) == (
        "The file “vide.agora” is empty (0 bytes): it is not an Agora forum."
    )


def test_window_speaks_french_by_default(qtbot: QtBot, qapp: QApplication) -> None:
    """French is the source language: with only Qt's French catalogue, the source text shows."""
    translators = install_translators(qapp, "fr")
    try:
        window = new_window(qtbot)
        assert window.windowTitle() == "Agora — animation de forums"
        assert [action.text() for action in window.menuBar().actions()] == ["&Fichier", "É&dition", "A&ide"]
        assert kind_label("constraint") == "Contraintes / freins"
    finally:
        remove_translators(qapp, translators)


def test_unknown_language_falls_back_to_french(qapp: QApplication) -> None:
    """An unknown language installs what French installs: Qt's own catalogue only."""
    translators = install_translators(qapp, "tlh")
    try:
        assert len(translators) == 1
    finally:
        remove_translators(qapp, translators)


def test_every_interface_string_has_an_english_translation() -> None:
    """No message of the interface's contexts is left unfinished in agora_en.ts."""
    tree = ET.parse(resource("i18n", "agora_en.ts"))
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        if context.findtext("name") in UI_CONTEXTS
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert missing == []
    assert resource("i18n", "agora_en.qm").stat().st_size > 0
