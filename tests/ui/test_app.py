"""Starting the app: options, the log file, the language setting, the crash dialog, run()."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from agora.errors import NotFoundError
from ui import app as app_module
from ui.app import DEV_DATA_DIR, LOG_FILE_NAME, excepthook, parse_args, setup_logging, unexpected_error_text
from ui.main_window import MainWindow
from ui.widgets.settings import LANGUAGE_KEY, app_settings, interface_language


def test_dev_flag_and_qt_options_are_told_apart() -> None:
    """--dev is ours; anything else is left for Qt."""
    options, rest = parse_args(["--dev", "-style", "fusion"])
    assert options.dev is True
    assert rest == ["-style", "fusion"]
    assert parse_args([])[0].dev is False


def test_a_forum_file_argument_opens_the_app_on_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``agora Forum.agora`` (the file manager's double click) is the app, not a subcommand."""
    from ui import __main__ as entry

    calls: list[tuple[list[str], Path | None]] = []
    monkeypatch.setattr(app_module, "run", lambda args, forum=None: calls.append((args, forum)) or 0)
    assert entry.main(["/media/clé/Forum du Val.AGORA", "-style", "fusion"]) == 0
    assert calls == [(["-style", "fusion"], Path("/media/clé/Forum du Val.AGORA"))]
    assert entry.main(["--dev"]) == 0
    assert calls[-1] == (["--dev"], None)


def test_logging_goes_to_one_rotating_file(tmp_path: Path) -> None:
    """One handler, installed once, writing to agora.log in the given folder."""
    handler = setup_logging(tmp_path)
    try:
        assert setup_logging(tmp_path) is handler
        logging.getLogger("agora.test").warning("un message accentué : é")
        handler.flush()
        assert "un message accentué : é" in (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_settings_live_in_the_data_folder_when_overridden(data_dir: Path) -> None:
    """With AGORA_DATA_DIR (tests, --dev, portable use) the settings file is there."""
    settings = app_settings()
    assert Path(settings.fileName()) == data_dir / "settings.ini"


def test_language_defaults_to_french(data_dir: Path) -> None:
    """No setting, or an unknown one, means French; « en » means English."""
    settings = QSettings(str(data_dir / "langue.ini"), QSettings.Format.IniFormat)
    assert interface_language(settings) == "fr"
    settings.setValue(LANGUAGE_KEY, "en")
    assert interface_language(settings) == "en"
    settings.setValue(LANGUAGE_KEY, "tlh")
    assert interface_language(settings) == "fr"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that would have been shown (none is really shown)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def raise_and_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:
        excepthook(type(caught), caught, caught.__traceback__)


def test_unexpected_error_is_logged_and_shown_in_french(
    dialogs: list[QMessageBox], caplog: pytest.LogCaptureFixture
) -> None:
    """A bug shows a French dialog naming the log; the traceback goes to the log and the details."""
    with caplog.at_level(logging.CRITICAL):
        raise_and_hook(RuntimeError("<b>bogue</b>"))
    assert "unexpected error" in caplog.text
    assert len(dialogs) == 1
    box = dialogs[0]
    assert box.windowTitle() == "Erreur inattendue"
    assert box.text().startswith("Agora a rencontré une erreur inattendue.")
    assert LOG_FILE_NAME in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "RuntimeError: <b>bogue</b>" in box.detailedText()


def test_domain_error_shows_its_own_message(dialogs: list[QMessageBox]) -> None:
    """An AgoraError that escaped shows its French message, not the generic one."""
    error = NotFoundError("« {key} » n’existe pas dans ce forum.", key="x")
    assert unexpected_error_text(error) == "« x » n’existe pas dans ce forum."
    raise_and_hook(error)
    assert dialogs[0].text() == "« x » n’existe pas dans ce forum."


def test_keyboard_interrupt_is_not_a_crash_dialog(dialogs: list[QMessageBox], monkeypatch) -> None:
    """Ctrl+C in the terminal keeps Python's own behaviour."""
    seen: list[type] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_: seen.append(kind))
    raise_and_hook(KeyboardInterrupt())
    assert seen == [KeyboardInterrupt]
    assert dialogs == []


def test_run_sets_up_and_tears_down(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """run(["--dev"]): dev folder, app names, the start window shown; all undone after."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    app = QApplication.instance()
    names = (app.applicationName(), app.organizationName(), app.applicationVersion())
    locale = QLocale()
    made: list[MainWindow] = []

    def make_window(**options: bool) -> MainWindow:
        window = MainWindow(**options)
        qtbot.addWidget(window)
        made.append(window)
        assert options == {}  # the start screen lists the library; nothing opens by itself
        assert sys.excepthook is excepthook
        return window

    monkeypatch.setattr(app_module, "MainWindow", make_window)
    hook = sys.excepthook
    handlers = list(logging.getLogger().handlers)
    try:
        assert app_module.run(["--dev"]) == 0
        assert os.environ["AGORA_DATA_DIR"] == str(tmp_path / DEV_DATA_DIR)
        assert (tmp_path / DEV_DATA_DIR / "logs" / LOG_FILE_NAME).exists()
        assert QCoreApplication.applicationName() == "Agora"
        assert len(made) == 1
        assert sys.excepthook is hook
        assert logging.getLogger().handlers == handlers
    finally:
        app.setApplicationName(names[0])
        app.setOrganizationName(names[1])
        app.setApplicationVersion(names[2])
        QLocale.setDefault(locale)
