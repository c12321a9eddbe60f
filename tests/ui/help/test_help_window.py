"""Aide ▸ Guide d’utilisation : the guide offline, links between pages, pictures, search; F1 and Maj+F1."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from agora import __version__
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import open_desk
from ui.dialogs.shortcuts_dialog import ShortcutsDialog, shortcuts_text
from ui.help import help_window
from ui.help.help_window import HelpWindow, docs_dir, guide_dir, guide_pages, show_guide
from ui.main_window import MainWindow
from ui.widgets.about import about_box, about_text


@pytest.fixture
def guide(qtbot: QtBot) -> HelpWindow:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_opens_on_the_index(guide: HelpWindow) -> None:
    assert guide.current_page() == guide_dir() / "index.md"
    assert guide.page_title() == "Guide d’utilisation d’Agora"
    assert "Sommaire" in guide.browser.toPlainText()


def test_follows_a_link_to_another_page_and_back(guide: HelpWindow) -> None:
    guide.follow(QUrl("temps-entre-pairs.md"))
    assert guide.current_page() == guide_dir() / "temps-entre-pairs.md"
    assert guide.page_title() == "Animer un temps entre pairs"
    assert guide.back_button.isEnabled()
    guide.follow(QUrl("index.md"))
    assert guide.current_page().name == "index.md"
    guide.follow(QUrl("../methode.md"))  # the method, shipped beside the guide
    assert guide.current_page() == docs_dir() / "methode.md"
    guide.home_button.click()
    assert guide.current_page().name == "index.md"


def test_every_page_shows_its_pictures(guide: HelpWindow) -> None:
    seen = 0
    for page in guide_pages():
        guide.show_page(page)
        for name in guide.image_sources():
            assert (page.parent / name).resolve().is_file(), name
            image = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
            assert image is not None and not image.isNull(), name
            seen += 1
    assert seen >= 5


def test_search_finds_text_on_another_page(guide: HelpWindow) -> None:
    assert guide.search("Fusionner un lot d’une autre salle")
    assert guide.current_page().name == "fusionner-des-salles.md"
    assert not guide.search("zzz-introuvable")
    assert "n’est pas dans le guide" in guide.status.text()


def test_the_guide_is_found_in_a_frozen_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert help_window.guide_dir() == tmp_path / "docs" / "guide"


def test_one_guide_window_that_does_not_keep_the_app_alive(qtbot: QtBot) -> None:
    first = show_guide()
    qtbot.addWidget(first)
    assert show_guide("agora.md") is first
    assert first.current_page().name == "agora.md"
    assert first.isVisible()
    assert not first.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)


def test_start_window_f1_is_the_shortcuts_and_shift_f1_the_guide(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.refresh_action.isEnabled())
    assert window.shortcuts_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.guide_action.shortcut() == QKeySequence("Shift+F1")
    assert window.guide_action in window.help_menu.actions()
    assert window.shortcuts_action in window.help_menu.actions()
    window.shortcuts_action.trigger()
    (sheet,) = window.findChildren(ShortcutsDialog)
    assert "Ctrl+N" in sheet.findChild(QPlainTextEdit).toPlainText()
    sheet.close()
    window.guide_action.trigger()
    guide = help_window._window
    assert guide is not None and guide.isVisible()
    qtbot.addWidget(guide)


def test_desk_f1_is_the_shortcuts_and_shift_f1_the_guide(qtbot: QtBot, make_forum: MakeForum) -> None:
    window = open_desk(qtbot, make_forum())
    actions = window.actions_
    assert actions.shortcuts.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert actions.guide.shortcut() == QKeySequence("Shift+F1")
    actions.guide.trigger()
    guide = help_window._window
    assert guide is not None and guide.isVisible()
    assert guide.current_page().name == "index.md"
    qtbot.addWidget(guide)


def test_the_shortcuts_sheet_lists_the_board_capture_keys_and_opens_the_guide(qtbot: QtBot) -> None:
    text = shortcuts_text()
    for keys in ("Entrée", "Alt+1 … Alt+5", "Alt+E / A / T / S", "Alt+→ / Alt+←", "↑ / Échap", "F2", "Suppr",
                 "Ctrl+M", "Ctrl+Maj+1 … 4", "Ctrl+T", "Ctrl+F", "F5", "F6", "F1", "Maj+F1", "Ctrl+Maj+L", "F11"):
        assert keys in text, keys
    for title in ("Tableau d’un temps entre pairs", "Page de l’Agora", "Fenêtre de départ (la bibliothèque)"):
        assert title in text
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    sheet.guide_button.click()
    assert help_window._window is not None
    qtbot.addWidget(help_window._window)


def test_about_lists_version_fonts_and_sources() -> None:
    text = about_text()
    assert text.startswith(f"Agora {__version__}")
    assert "Agora — animation de forums" in text
    for needed in ("DejaVu", "Bitstream Vera", "Symbola", "Impulser des dynamiques collectives dans les territoires",
                   "9 avril 2021", "Coopérer entre collectivités et acteurs de l’ESS",
                   "J. Perdrigeat et C. Coubard", "Icônes"):
        assert needed in text, needed
    box = about_box(None)
    assert box.detailedText().count("=====") == 4  # both licence files, in full
    assert "Bitstream" in box.detailedText() and "Symbola" in box.detailedText()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.deleteLater()
