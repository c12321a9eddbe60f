"""The start window: the library listed, a welcome page when empty, opening a forum in its desk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agora import __version__
from agora.paths import library_dir
from agora.services.demo import DEMO_FILE_NAME, DEMO_TITLE
from tests.ui.conftest import MakeForum
from ui.desk.forum_window import ForumWindow
from ui.library_model import COL_CARDS, COL_TITLE
from ui.main_window import MainWindow

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that would have been shown (none is really shown)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def new_window(qtbot: QtBot, *, auto_open_demo: bool = False) -> MainWindow:
    """A start window whose library has been read."""
    window = MainWindow(auto_open_demo=auto_open_demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.refresh_action.isEnabled())
    return window


def row_center(window: MainWindow, title: str) -> QPoint:
    """Where to click on the library row titled ``title``."""
    proxy = window.start.library_proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, COL_TITLE)
        if index.data(DISPLAY) == title:
            return window.start.library_view.visualRect(index).center()
    raise LookupError(title)


def opened_desk(qtbot: QtBot, window: MainWindow) -> ForumWindow:
    """The desk the start window opened (the start window closes it at teardown)."""
    desk = window.forum_window
    assert desk is not None
    return desk


def test_title_and_menus_are_french(qtbot: QtBot) -> None:
    """The title, the menus and their actions speak French; Quitter is Ctrl+Q."""
    window = new_window(qtbot)
    assert window.windowTitle() == "Agora — animation de forums"
    assert [action.text() for action in window.menuBar().actions()] == ["&Fichier", "É&dition", "A&ide"]
    assert [action.text() for action in window.file_menu.actions() if not action.isSeparator()] == [
        "&Nouveau forum…",
        "&Ouvrir",
        "D&upliquer",
        "&Importer un forum ou un lot…",
        "E&xporter…",
        "&Restaurer une sauvegarde…",
        "&Actualiser",
        "&Quitter",
    ]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_library_lists_forums_most_recent_first(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Forums come newest first, with their French date, venue and counts; the newest is selected."""
    make_forum("ancien", "Rencontre d’automne", date=dt.date(2025, 10, 2), venue="Tiers-lieu")
    make_forum("recent", "Forum du Val", date=dt.date(2026, 5, 12), cards_of_first_session=[("story", "Un récit", None)])
    window = new_window(qtbot)
    proxy = window.start.library_proxy
    assert [proxy.index(row, COL_TITLE).data(DISPLAY) for row in range(2)] == ["Forum du Val", "Rencontre d’automne"]
    assert [proxy.index(0, column).data(DISPLAY) for column in range(5)] == [
        "Forum du Val",
        "12 mai 2026",
        "Salle des fêtes",
        "1",
        "0",
    ]
    assert window.statusBar().currentMessage() == "2 forums dans la bibliothèque."
    assert window.start.selected_forum().title == "Forum du Val"
    assert not window.start.showing_welcome()


def test_unreadable_file_is_listed_and_opening_it_says_why(qtbot: QtBot, make_forum: MakeForum, boxes: list) -> None:
    """A damaged file stays listed, greyed; opening it shows the French reason; nothing opens."""
    make_forum("bon", "Forum du Val")
    (library_dir() / "abime.agora").write_text("pas un forum", encoding="utf-8")
    window = new_window(qtbot)
    proxy = window.start.library_proxy
    rows = {proxy.index(row, COL_TITLE).data(DISPLAY): row for row in range(2)}
    assert proxy.index(rows["abime"], COL_CARDS).data(DISPLAY) == ""
    assert proxy.index(rows["abime"], COL_TITLE).data(Qt.ItemDataRole.ForegroundRole) is not None
    window.start.select_forum(library_dir() / "abime.agora")
    assert not window.start.duplicate_button.isEnabled()
    with qtbot.waitSignal(window.forum_failed, timeout=5000) as failed:
        qtbot.mouseClick(window.start.open_button, Qt.MouseButton.LeftButton)
    assert "n’est pas un forum Agora" in failed.args[0]
    assert boxes[0].text() == failed.args[0]
    assert window.forum_window is None
    assert window.isVisible()


def test_double_click_opens_the_forum_read_write_in_its_desk(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Double-clicking a row opens the desk, read-write; the start window steps aside."""
    path = make_forum("val", "Forum du Val")
    window = new_window(qtbot)
    view = window.start.library_view
    pos = row_center(window, "Forum du Val")
    with qtbot.waitSignal(window.forum_opened, timeout=5000) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert opened.args == [path]
    desk = opened_desk(qtbot, window)
    assert desk.isVisible()
    assert not window.isVisible()
    assert desk.context.read_only is False
    assert not desk.read_only_banner.isVisible()


def test_closing_the_desk_brings_the_start_window_back(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Fermer le forum: the start window shows again, the forum still selected, counts read again."""
    path = make_forum("val", "Forum du Val")
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_opened, timeout=5000):
        qtbot.mouseClick(window.start.open_button, Qt.MouseButton.LeftButton)
    desk = opened_desk(qtbot, window)
    with qtbot.waitSignal(window.library_loaded, timeout=5000):
        desk.actions_.close_forum.trigger()
    assert window.isVisible()
    assert window.forum_window is None
    assert window.start.selected_forum().path == path


def test_given_library_file_opens_as_it_is(qtbot: QtBot, make_forum: MakeForum) -> None:
    """``agora FILE`` on a file of the library: that very file opens in the desk."""
    path = make_forum("val", "Forum du Val")
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_opened, timeout=5000) as opened:
        window.open_given_file(path)
    assert opened.args == [path.resolve()]
    assert sorted(p.name for p in library_dir().glob("*.agora")) == ["val.agora"]


def test_given_outside_file_is_copied_into_the_library_then_opened(
    qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, boxes: list
) -> None:
    """A forum file from a USB stick: a verified copy joins the library and opens; the stick's file is untouched."""
    made = make_forum("salle-b", "Forum de la salle B", cards_of_first_session=[("constraint", "Une carte", None)])
    stick = tmp_path / "clé USB"
    stick.mkdir()
    source = stick / "Forum salle B.agora"
    made.rename(source)
    before = source.read_bytes()
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_opened, timeout=10000) as opened:
        window.open_given_file(source)
    copy = opened.args[0]
    assert copy.parent == library_dir()
    assert source.read_bytes() == before
    desk = opened_desk(qtbot, window)
    assert desk.opened.forum.title == "Forum de la salle B"
    assert boxes == []  # no « Import terminé » box in the way: the desk says it


def test_given_file_missing_or_not_a_forum_says_why(qtbot: QtBot, tmp_path: Path, boxes: list) -> None:
    """Nothing is copied into the library: the French reason is shown."""
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_failed, timeout=5000) as failed:
        window.open_given_file(tmp_path / "parti.agora")
    assert "introuvable" in failed.args[0]
    assert boxes[0].text() == failed.args[0]
    (tmp_path / "faux.agora").write_text("pas un forum", encoding="utf-8")
    with qtbot.waitSignal(window.forum_failed, timeout=5000) as failed:
        window.open_given_file(tmp_path / "faux.agora")
    assert "n’est pas un forum Agora" in failed.args[0]
    assert window.forum_window is None
    assert list(library_dir().glob("*.agora")) == []


def test_empty_library_welcomes_with_the_demo(qtbot: QtBot) -> None:
    """No forum: a welcome page offers the demo forum and creating one."""
    window = new_window(qtbot)
    assert window.start.showing_welcome()
    assert window.start.demo_button.text() == "Ouvrir le forum de &démonstration"
    assert window.start.welcome_create_button.text() == "&Créer un forum"
    assert window.statusBar().currentMessage() == "Aucun forum dans la bibliothèque."


def test_demo_button_builds_and_opens_the_demo(qtbot: QtBot) -> None:
    """« Ouvrir le forum de démonstration » creates it in the library and opens its desk."""
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_opened, timeout=20000) as opened:
        qtbot.mouseClick(window.start.demo_button, Qt.MouseButton.LeftButton)
    assert opened.args == [library_dir() / DEMO_FILE_NAME]
    desk = opened_desk(qtbot, window)
    assert desk.opened.forum.title == DEMO_TITLE
    board = desk.current_board()
    assert board is not None
    qtbot.waitUntil(lambda: board.board_cards.loaded, timeout=5000)
    assert board.board_cards.total("constraint") > 0


def test_demo_is_opened_at_start_only_when_asked(qtbot: QtBot, make_forum: MakeForum) -> None:
    """auto_open_demo opens the demo forum by itself; a plain start window opens nothing."""
    make_forum(Path(DEMO_FILE_NAME).stem, DEMO_TITLE)
    plain = new_window(qtbot)
    assert plain.forum_window is None
    window = MainWindow(auto_open_demo=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.forum_opened, timeout=5000) as opened:
        pass
    assert opened.args == [library_dir() / DEMO_FILE_NAME]
    opened_desk(qtbot, window)


def test_about_names_the_version(qtbot: QtBot, boxes: list) -> None:
    """« À propos d’Agora » shows the version, as plain text."""
    window = new_window(qtbot)
    window.about_action.trigger()
    assert boxes[0].text().startswith(f"Agora {__version__}")
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText


def test_controls_have_accessible_names(qtbot: QtBot) -> None:
    """Screen readers can name the list and every button of both pages."""
    window = new_window(qtbot)
    start = window.start
    for widget in (
        start.library_view,
        start.open_button,
        start.create_button,
        start.duplicate_button,
        start.import_button,
        start.export_button,
        start.refresh_button,
        start.demo_button,
        start.welcome_create_button,
        start.welcome_import_button,
    ):
        assert widget.accessibleName(), widget
