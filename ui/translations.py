"""The interface language: Qt's translators, and the core's French messages translated.

French is the source language: with French, only Qt's own catalogue (standard buttons,
dialogs) is installed; with English, ours too. The language is read once at start-up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from agora.errors import AgoraError
from agora.paths import resource

logger = logging.getLogger(__name__)

#: The languages the interface ships in; the first is the source language and the default.
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]


def qt_translate(context: str, text: str) -> str:
    """``translate(context, text)`` for the core (``AgoraError.message``, kind labels)."""
    return QCoreApplication.translate(context, text)


def error_message(exc: BaseException) -> str:
    """What to tell the facilitator about ``exc``, in the interface language."""
    if isinstance(exc, AgoraError):
        return exc.message(qt_translate)
    return str(exc) or type(exc).__name__


def _load(translator: QTranslator, name: str, folder: str) -> bool:
    loaded = translator.load(name, folder)
    if not loaded:
        logger.info("no translation %s in %s", name, folder)
    return loaded


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and Agora's catalogues for ``language``; returns them (keep them alive).

    An unknown language falls back to French. Missing catalogues are logged, not fatal: the
    interface then shows the French source.
    """
    if language not in LANGUAGES:
        logger.warning("unknown interface language %r, using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours_folder = str(resource("i18n"))
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"agora_{language}", ours_folder)):
        if language == DEFAULT_LANGUAGE and name.startswith("agora_"):
            continue  # French is the source text: there is no catalogue to install
        translator = QTranslator(app)
        if _load(translator, name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall what ``install_translators`` installed (back to the French source)."""
    for translator in translators:
        app.removeTranslator(translator)
