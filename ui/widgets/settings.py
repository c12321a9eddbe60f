"""The user's interface settings (``QSettings``): where they live and the keys the app uses.

Domain settings live in the forum files; only what belongs to this laptop's interface is here:
the language, the projector screen, window geometry.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from agora import APP_NAME
from agora.paths import data_dir
from ui.translations import DEFAULT_LANGUAGE, LANGUAGES

#: Organisation name under which Qt keeps the settings (as platformdirs in agora.paths).
ORGANIZATION = "Agora"
#: The interface language (« fr » or « en »), applied at the next start.
LANGUAGE_KEY = "language"
#: The screen the projector window goes to (its name; empty: the first non-primary screen).
PROJECTOR_SCREEN_KEY = "projector_screen"


def app_settings() -> QSettings:
    """The user's interface settings: a file in the data folder when it is overridden (tests,
    ``--dev``, portable use), the platform's usual place otherwise."""
    if os.environ.get("AGORA_DATA_DIR"):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APP_NAME)


def interface_language(settings: QSettings) -> str:
    """The language chosen in the settings, French when none or an unknown one is set."""
    language = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE).lower()
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def projector_screen_name(settings: QSettings) -> str:
    """The screen chosen for the projector ("" for automatic)."""
    return str(settings.value(PROJECTOR_SCREEN_KEY, "") or "")
