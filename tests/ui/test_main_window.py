"""The main window: the library on the left, a forum opened read-only on the right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from agora import __version__
from agora.paths import library_dir
from agora.services.demo import DEMO_FILE_NAME
from tests.ui.conftest import MakeForum
from tests.ui.factories import MARKUP_TEXT
from ui.cards_model import COL_TEXT
from ui.library_model import COL_CARDS, COL_TITLE
from ui.main_window import MainWindow

DISPLAY = Qt.ItemDataRole.DisplayRole


def new_window(qtbot: QtBot, *, auto_open_demo: bool = False) -> MainWindow:
    """A main window whose library has been read."""
    window = MainWindow(auto_open_demo=auto_open_demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.refresh_action.isEnabled())
    return window


def row_rect_center(window: MainWindow, title: str) -> QPoint:
    """Where to click on the library row titled ``title``."""
    view = window.library_view
    for row in range(window.library_proxy.rowCount()):
        index = window.library_proxy.index(row, COL_TITLE)
        if index.data(DISPLAY) == title:
            return view.visualRect(index).center()
    raise LookupError(title)


def open_by_button(qtbot: QtBot, window: MainWindow, title: str) -> None:
    """Click the row, then « Ouvrir »; wait until the forum and its first session's cards show."""
    qtbot.mouseClick(window.library_view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect_center(window, title))
    assert window.open_button.isEnabled()
    with qtbot.waitSignals([window.forum_opened, window.forum_panel.cards_shown], timeout=5000):
        qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)


def test_window_title_and_menus_are_french(qtbot: QtBot) -> None:
    """The title, the menus and their actions speak French; Quitter is Ctrl+Q."""
    window = new_window(qtbot)
    assert window.windowTitle() == "Agora — animation de forums"
    assert [action.text() for action in window.menuBar().actions()] == ["&Fichier", "A&ide"]
    assert [action.text() for action in window.file_menu.actions() if not action.isSeparator()] == [
        "&Ouvrir",
        "&Actualiser",
        "&Quitter",
    ]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [action.text() for action in window.help_menu.actions()] == ["À &propos d’Agora"]


def test_library_lists_forums_most_recent_first(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Forums come newest first, with their French date, venue and counts."""
    make_forum("ancien", "Rencontre d’automne", date=dt.date(2025, 10, 2), venue="Tiers-lieu")
    make_forum("recent", "Forum du Val", date=dt.date(2026, 5, 12), cards_of_first_session=[("story", "Un récit", None)])
    window = new_window(qtbot)
    proxy = window.library_proxy
    assert proxy.rowCount() == 2
    assert [proxy.index(row, COL_TITLE).data(DISPLAY) for row in range(2)] == ["Forum du Val", "Rencontre d’automne"]
    assert [proxy.index(0, column).data(DISPLAY) for column in range(5)] == [
        "Forum du Val",
        "12 mai 2026",
        "Salle des fêtes",
        "1",
        "0",
    ]
    assert window.statusBar().currentMessage() == "2 forums dans la bibliothèque."


def test_unreadable_file_is_listed_greyed_with_its_problem(qtbot: QtBot, make_forum: MakeForum) -> None:
    """A 0-byte file stays in the list, greyed, its problem in the tooltip."""
    make_forum("bon", "Forum du Val")
    (library_dir() / "vide.agora").write_bytes(b"")
    window = new_window(qtbot)
    proxy = window.library_proxy
    assert proxy.rowCount() == 2
    rows = {proxy.index(row, COL_TITLE).data(DISPLAY): row for row in range(2)}
    broken = proxy.index(rows["vide"], COL_TITLE)
    assert "vide" in broken.data(Qt.ItemDataRole.ToolTipRole)
    assert broken.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert proxy.index(rows["vide"], COL_CARDS).data(DISPLAY) == ""


def test_open_is_disabled_until_a_forum_is_selected(qtbot: QtBot, make_forum: MakeForum) -> None:
    """« Ouvrir » needs a selected forum; clicking a row enables it."""
    make_forum()
    window = new_window(qtbot)
    assert not window.open_action.isEnabled()
    assert not window.open_button.isEnabled()
    qtbot.mouseClick(
        window.library_view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect_center(window, "Forum de test")
    )
    assert window.open_action.isEnabled()
    assert window.open_button.isEnabled()


def test_open_button_opens_the_forum_read_only(qtbot: QtBot, make_forum: MakeForum) -> None:
    """The forum opens read-only: the store says so and the status bar shows it with the reason."""
    make_forum("val", "Forum du Val", venue="Salle des fêtes de Vallières")
    window = new_window(qtbot)
    open_by_button(qtbot, window, "Forum du Val")
    opened = window.opened_forum()
    assert opened is not None
    assert opened.store.read_only is True
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Lecture seule : ouvert pour consultation."
    panel = window.forum_panel
    assert panel.title_label.text() == "Forum du Val"
    assert panel.details_label.text() == "12 mai 2026 · Salle des fêtes de Vallières"


def test_double_click_opens_the_forum(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Double-clicking a library row opens that forum."""
    make_forum("un", "Premier forum", date=dt.date(2026, 1, 5))
    make_forum("deux", "Second forum", date=dt.date(2026, 2, 5))
    window = new_window(qtbot)
    view = window.library_view
    pos = row_rect_center(window, "Premier forum")
    with qtbot.waitSignal(window.forum_opened, timeout=5000) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert opened.args == [library_dir() / "un.agora"]
    assert window.forum_panel.title_label.text() == "Premier forum"


def test_sessions_are_listed_and_the_first_one_shows_its_cards(qtbot: QtBot, make_forum: MakeForum) -> None:
    """The agenda is listed; the first session is selected and its cards are grouped by kind."""
    make_forum(
        cards_of_first_session=[
            ("expectation", "Un interlocuteur unique", "etat"),
            ("constraint", "Peur de l’échec", None),
        ]
    )
    window = new_window(qtbot)
    open_by_button(qtbot, window, "Forum de test")
    panel = window.forum_panel
    sessions = panel.sessions_model
    assert sessions.rowCount() == 13  # 3 peer-group times x 4 categories, then the Agora
    assert sessions.data(sessions.index(sessions.rowCount() - 1), DISPLAY) == "Agora"
    assert panel.sessions_view.currentIndex().row() == 0
    model = panel.cards_model
    groups = [model.index(row, COL_TEXT).data(DISPLAY) for row in range(model.rowCount())]
    assert groups == ["Contraintes / freins (1)", "Attentes vis-à-vis des autres (1)"]
    assert panel.cards_heading.text() == "Cartes de « Temps entre pairs 1 — Élu·e·s »"


def test_clicking_another_session_loads_its_cards(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Clicking an empty session shows no card and says so."""
    make_forum(cards_of_first_session=[("constraint", "Peur de l’échec", None)])
    window = new_window(qtbot)
    open_by_button(qtbot, window, "Forum de test")
    panel = window.forum_panel
    view = panel.sessions_view
    second = panel.sessions_model.index(1)
    with qtbot.waitSignal(panel.cards_shown, timeout=5000) as shown:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center())
    assert shown.args == [0]
    assert panel.cards_model.rowCount() == 0
    assert panel.cards_status.text() == "Aucune carte dans ce temps pour l’instant."


def test_participant_text_is_shown_literally(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Markup in a card, a title or a venue comes out as typed; every label is plain text."""
    make_forum(
        "balises",
        MARKUP_TEXT,
        venue="<i>Salle</i>",
        cards_of_first_session=[("constraint", MARKUP_TEXT, None)],
    )
    window = new_window(qtbot)
    open_by_button(qtbot, window, MARKUP_TEXT)
    panel = window.forum_panel
    card = panel.cards_model.index(0, COL_TEXT, panel.cards_model.index(0, COL_TEXT))
    assert card.data(DISPLAY) == MARKUP_TEXT
    assert panel.title_label.text() == MARKUP_TEXT
    assert panel.details_label.text() == "12 mai 2026 · <i>Salle</i>"
    labels = [*panel.findChildren(QLabel), window.read_only_label]
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.accessibleName()


def test_unreadable_forum_shows_why_it_cannot_open(qtbot: QtBot) -> None:
    """Opening a damaged file shows the French reason in the panel, and nothing stays open."""
    (library_dir() / "abime.agora").write_text("pas un forum", encoding="utf-8")
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_failed, timeout=5000) as failed:
        window.open_forum(library_dir() / "abime.agora")
    assert "n’est pas un forum Agora" in failed.args[0]
    assert window.forum_panel.message() == failed.args[0]
    assert window.opened_forum() is None
    assert not window.read_only_label.isVisible()


def test_opening_another_forum_closes_the_first(qtbot: QtBot, make_forum: MakeForum, monkeypatch) -> None:
    """Only one forum is open at a time: the previous store is closed."""
    make_forum("un", "Premier forum", date=dt.date(2026, 1, 5))
    make_forum("deux", "Second forum", date=dt.date(2026, 2, 5))
    window = new_window(qtbot)
    open_by_button(qtbot, window, "Premier forum")
    first = window.opened_forum()
    assert first is not None
    closed: list[Path] = []
    monkeypatch.setattr(type(first.store), "close", lambda store: closed.append(store.path))
    open_by_button(qtbot, window, "Second forum")
    assert closed == [library_dir() / "un.agora"]
    assert window.forum_panel.title_label.text() == "Second forum"


def test_refresh_lists_new_files_and_keeps_the_selection(qtbot: QtBot, make_forum: MakeForum) -> None:
    """« Actualiser » reads the library again; the selected forum stays selected."""
    make_forum("un", "Premier forum", date=dt.date(2026, 1, 5))
    window = new_window(qtbot)
    window.library_view.selectionModel().select(
        window.library_proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    make_forum("deux", "Second forum", date=dt.date(2026, 2, 5))
    with qtbot.waitSignal(window.library_loaded, timeout=5000) as loaded:
        qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [2]
    selected = window.selected_forum()
    assert selected is not None
    assert selected.title == "Premier forum"


def test_empty_library_explains_how_to_get_the_demo(qtbot: QtBot) -> None:
    """With no forum at all, the panel says how to create the demo forum."""
    window = new_window(qtbot)
    assert "agora demo" in window.forum_panel.message()
    assert window.statusBar().currentMessage() == "Aucun forum dans la bibliothèque."


def test_demo_forum_is_selected_and_opened_at_start(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Started from the command line, the window opens the demo forum by itself."""
    make_forum("autre", "Un autre forum", date=dt.date(2027, 1, 1))
    make_forum(Path(DEMO_FILE_NAME).stem, "Forum de démonstration", date=dt.date(2026, 5, 12))
    window = MainWindow(auto_open_demo=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.forum_opened, timeout=5000) as opened:
        pass
    assert opened.args == [library_dir() / DEMO_FILE_NAME]
    selected = window.selected_forum()
    assert selected is not None
    assert selected.path.name == DEMO_FILE_NAME
    assert window.opened_forum().store.read_only


def test_demo_is_not_opened_without_being_asked(qtbot: QtBot, make_forum: MakeForum) -> None:
    """A window made for a test (or later, for another use) opens nothing by itself."""
    make_forum(Path(DEMO_FILE_NAME).stem, "Forum de démonstration")
    window = new_window(qtbot)
    assert window.opened_forum() is None
    assert window.selected_forum() is None


def test_closing_the_window_releases_the_forum(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Quitter closes the window and the open forum with it."""
    make_forum()
    window = new_window(qtbot)
    open_by_button(qtbot, window, "Forum de test")
    window.quit_action.trigger()
    assert not window.isVisible()
    assert window.opened_forum() is None


def test_about_names_the_version(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """« À propos d’Agora » shows the version, as plain text."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window = new_window(qtbot)
    window.about_action.trigger()
    assert len(shown) == 1
    assert shown[0].text().startswith(f"Agora {__version__}")
    assert shown[0].textFormat() == Qt.TextFormat.PlainText


def test_main_controls_have_accessible_names(qtbot: QtBot) -> None:
    """Screen readers can name the library, the buttons, the sessions and the cards."""
    window = new_window(qtbot)
    panel = window.forum_panel
    for widget in (
        window.library_view,
        window.open_button,
        window.refresh_button,
        panel,
        panel.sessions_view,
        panel.cards_view,
    ):
        assert widget.accessibleName(), widget


def test_refresh_without_the_selected_file_disables_open(qtbot: QtBot, make_forum: MakeForum) -> None:
    """When the selected file is gone after « Actualiser », nothing is selected and « Ouvrir » is off."""
    path = make_forum("un", "Premier forum")
    window = new_window(qtbot)
    assert window.select_forum(lambda forum: forum.title == "Premier forum")
    assert window.open_button.isEnabled()
    path.unlink()
    with qtbot.waitSignal(window.library_loaded, timeout=5000):
        window.refresh_action.trigger()
    assert window.selected_forum() is None
    assert not window.open_button.isEnabled()
