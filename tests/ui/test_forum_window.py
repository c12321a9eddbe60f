"""The desk: agenda, pages (board or Agora), projector, preferences, export, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from agora.services import cards, exchange, forums
from agora.storage.store import open_forum
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import capture, current_board, open_desk, wait_saved
from ui.agora.agora_view import AgoraView
from ui.board.board_view import BoardView
from ui.desk.agenda_view import AGORA_COLOR
from ui.desk.forum_window import ForumWindow
from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.dialogs.shortcuts_dialog import ShortcutsDialog
from ui.opened_forum import open_read_only
from ui.projector.projector_window import ProjectorWindow
from ui.widgets.settings import LANGUAGE_KEY, PROJECTOR_SCREEN_KEY, app_settings, interface_language

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that would have been shown (none is really shown)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def test_agenda_lists_the_sessions_in_category_colours(qtbot: QtBot, make_forum: MakeForum) -> None:
    """13 sessions (3 × 4 peer groups, then the Agora); colours of the categories; the first shown."""
    window = open_desk(qtbot, make_forum())
    sessions = window.sessions()
    assert len(sessions) == 13
    assert window.agenda.currentIndex().row() == 0
    delegate = window.agenda.delegate
    assert delegate.background(sessions[0]).name().upper() == "#1F5FA8"
    assert delegate.background(sessions[-1]) == AGORA_COLOR
    assert isinstance(window.current_page(), BoardView)
    assert window.windowTitle() == "Forum de test — Agora"
    assert window.agenda.accessibleName() == "Programme du forum"


def test_ctrl_page_moves_through_the_agenda_to_the_agora(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Ctrl+Page suiv./préc. change the session; the Agora shows the Agora screen."""
    window = open_desk(qtbot, make_forum())
    line = current_board(window).capture.line
    qtbot.keyClick(line, Qt.Key.Key_PageDown, CTRL)
    assert window.context.current_session == window.sessions()[1].id
    qtbot.keyClick(current_board(window).capture.line, Qt.Key.Key_PageUp, CTRL)
    assert window.context.current_session == window.sessions()[0].id
    window.select_session(window.sessions()[-1].id)
    assert isinstance(window.current_page(), AgoraView)
    assert not window.board_menu.isEnabled()
    window.select_session(window.sessions()[0].id)
    assert window.board_menu.isEnabled()
    assert any(a.text() == "Rechercher et filtrer" for a in window.board_menu.actions())


def test_projeter_opens_the_projector_window(qtbot: QtBot, make_forum: MakeForum) -> None:
    """F5 opens ProjectorWindow(context); with one screen it is a normal window; F5 again reuses it."""
    window = open_desk(qtbot, make_forum())
    qtbot.keyClick(current_board(window).capture.line, Qt.Key.Key_F5)
    projector = window.projector
    assert isinstance(projector, ProjectorWindow)
    assert projector.context is window.context
    assert projector.isVisible()
    assert not projector.isFullScreen()
    assert "Un seul écran" in window.statusBar().currentMessage()
    window.actions_.project.trigger()
    assert window.projector is projector
    window.close()
    assert window.projector is None


def test_closing_waits_for_writes_and_releases_the_file(qtbot: QtBot, make_forum: MakeForum) -> None:
    """A card typed just before closing is in the file; the window says it closed."""
    path = make_forum()
    window = open_desk(qtbot, path)
    capture(qtbot, window, "Dernière carte")
    with qtbot.waitSignal(window.closed) as closed:
        window.actions_.close_forum.trigger()
    assert closed.args == [path]
    store = open_forum(path, read_only=True)
    try:
        assert [c.text for c in cards.list_cards(store)] == ["Dernière carte"]
    finally:
        store.close()


def test_read_only_opening_shows_the_reason(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Whatever the core's reason for read-only, the desk shows it and capture is refused."""
    window = ForumWindow(open_read_only(make_forum()))
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.text() == "Lecture seule : ouvert pour consultation."
    board = current_board(window)
    assert board.capture.line.isReadOnly()
    assert board.capture.line.placeholderText() == "Lecture seule : aucune carte ne peut être ajoutée."
    assert not board.actions_.merge.isEnabled()


def test_preferences_save_language_and_projector_screen(qtbot: QtBot) -> None:
    """The dialog offers Français/English and the screens; OK saves them; the language applies at next start."""
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["Français", "English"]
    assert dialog.language.currentData() == "fr"
    dialog.language.setCurrentIndex(1)
    dialog.screen.setCurrentIndex(dialog.screen.count() - 1)
    dialog.accept()
    settings = app_settings()
    assert settings.value(LANGUAGE_KEY) == "en"
    assert interface_language(settings) == "en"
    assert settings.value(PROJECTOR_SCREEN_KEY) == dialog.screen.currentData()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "La langue choisie s’applique au prochain démarrage d’Agora." in notes


def test_export_from_the_desk(qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list) -> None:
    """Fichier ▸ Exporter: a bundle of the open forum, written while the desk stays usable."""
    window = open_desk(qtbot, make_forum(cards_of_first_session=[("constraint", "À exporter", None)]))
    out = tmp_path / "export" / "forum.json"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Lot Agora (*.json)"))
    window.actions_.export.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes[0].text() == "Lot Agora écrit : « forum.json »."
    assert "À exporter" in out.read_text("utf-8")


def test_merging_another_rooms_bundle(qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list) -> None:
    """Fichier ▸ Fusionner un lot: the other room's cards appear on the board."""
    path = make_forum()
    other = tmp_path / "salle-2.agora"
    store = forums.create_forum(other, "Forum de test")
    try:
        session = forums.list_sessions(store)[0].id
        cards.add_card(store, session, "constraint", "Carte de la salle 2")
        bundle = tmp_path / "salle-2.json"
        exchange.write_bundle(store, bundle)
    finally:
        store.close()
    window = open_desk(qtbot, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    window.actions_.merge_bundle.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes[0].windowTitle() == "Lot fusionné"
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: len(window.sessions()) == 26, timeout=5000)  # the agenda was read again
    texts = {c.text for c in cards.list_cards(window.context.store)}
    assert "Carte de la salle 2" in texts


def test_shortcuts_help_lists_the_keys(qtbot: QtBot, make_forum: MakeForum) -> None:
    """F1 opens a window listing the keys; it does not block the desk."""
    window = open_desk(qtbot, make_forum())
    window.actions_.shortcuts.trigger()
    (dialog,) = window.findChildren(ShortcutsDialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    assert "Ctrl+M" in text
    assert "fusionner les cartes choisies" in text
    dialog.close()
