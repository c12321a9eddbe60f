"""Starting the desktop app: the QApplication, its log file, its language, its crash dialog.

``run`` is what ``agora`` (without subcommand) calls. It sets things up in the order Vorta
does: folders and logging first, then the application and its translators, the excepthook,
and finally the start window. The interface language is the one saved in the preferences
(``ui.widgets.settings``), read once here: a new choice applies at the next start.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    Qt,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from agora import APP_NAME, __version__
from agora.errors import AgoraError
from agora.paths import data_dir, log_dir, resource
from ui.main_window import MainWindow
from ui.safety.startup import ALREADY_RUNNING_STATUS, take_library
from ui.translations import error_message, install_translators, remove_translators
from ui.widgets.settings import ORGANIZATION, app_settings, interface_language

logger = logging.getLogger(__name__)

#: The log file in ``agora.paths.log_dir()``; it rotates at ``LOG_MAX_BYTES``.
LOG_FILE_NAME = "agora.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
#: Where ``--dev`` keeps the library, the logs and the settings (beside the checkout).
DEV_DATA_DIR = ".dev_data"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class _AgoraLogHandler(RotatingFileHandler):
    """The app's one rotating log file (its own class, so it is never installed twice)."""


def parse_args(args: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options (``--dev``) and the rest, left to Qt (``-platform``, ``-style``…)."""
    parser = argparse.ArgumentParser(prog="agora", add_help=False)
    parser.add_argument("--dev", action="store_true")
    return parser.parse_known_args(args)


def setup_logging(folder: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the log to one rotating file in ``folder``; returns the handler (installed once)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _AgoraLogHandler):
            return handler
    handler = _AgoraLogHandler(
        folder / LOG_FILE_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def _log_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s (%s)", message, context.category)


def unexpected_error_text(exc: BaseException) -> str:
    """What the crash dialog says, in the interface language."""
    if isinstance(exc, AgoraError):
        return error_message(exc)
    return QCoreApplication.translate(
        "app",
        "Agora a rencontré une erreur inattendue.\n\n"
        "Le travail déjà enregistré est conservé : chaque modification est enregistrée dès "
        "qu’elle est faite.\n\nLe détail est noté dans le journal : {log}",
    ).format(log=log_dir() / LOG_FILE_NAME)


_reporting = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log any uncaught exception, then tell the facilitator in a dialog (never twice at once)."""
    global _reporting
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    logger.critical("unexpected error", exc_info=(exc_type, exc, tb))
    if _reporting or QApplication.instance() is None:
        return
    _reporting = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("app", "Erreur inattendue"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(unexpected_error_text(exc))
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()
    except Exception:  # the dialog itself failed: the log already has the error
        logger.exception("the error dialog could not be shown")
    finally:
        _reporting = False


#: Sizes of the shipped PNG icons (resources/icons/agora-<size>.png).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon at every shipped size."""
    icon = QIcon()
    for s in ICON_SIZES:
        icon.addFile(str(resource("icons", f"agora-{s}.png")))
    return icon


def run(args: list[str], *, forum: Path | None = None) -> int:
    """Start the desktop app and return its exit status.

    Args:
        args: our options and Qt's.
        forum: a forum file to open at once (given by the file manager).
    """
    options, qt_args = parse_args(args)
    if options.dev:
        os.environ["AGORA_DATA_DIR"] = str(Path.cwd() / DEV_DATA_DIR)
    handler = setup_logging(log_dir())
    logger.info("Agora %s starting (library: %s)", __version__, data_dir())
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    language = interface_language(app_settings())
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale(language))
    previous_hook = sys.excepthook
    sys.excepthook = excepthook
    previous_handler = qInstallMessageHandler(_log_qt_message)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("agora")
    lock = take_library()  # one Agora per library: kept for the life of the app
    window = MainWindow() if lock is not None else None
    try:
        if window is None:
            return ALREADY_RUNNING_STATUS
        window.show()
        if forum is not None:
            window.open_given_file(forum)
        if smoke_ms := os.environ.get("AGORA_SMOKE_QUIT_MS"):  # packaging/smoke.sh: report the window, then quit
            if sys.stderr:  # None in a windowed Windows build
                QTimer.singleShot(0, lambda: sys.stderr.write(f"agora-smoke: window shown at {time.time():.3f}\n"))
            QTimer.singleShot(int(smoke_ms), app.quit)
        status = app.exec()
        QThreadPool.globalInstance().waitForDone(5000)
        logger.info("Agora stopped (status %s)", status)
        return status
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        if lock is not None:
            lock.release()
        qInstallMessageHandler(previous_handler)
        sys.excepthook = previous_hook
        remove_translators(app, translators)
        logging.getLogger().removeHandler(handler)
        handler.close()
