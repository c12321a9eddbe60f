"""Opening the projector window where the room can see it.

With a second screen (a projector plugged in), the window goes full screen on it: the one
chosen in the preferences, or else the first screen that is not the primary one. With a single
screen it opens as a normal window beside the desk, so the facilitator keeps the desk.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ui.widgets.settings import app_settings, projector_screen_name


def choose_screen(wanted: str = "") -> QScreen | None:
    """The projector's screen: ``wanted`` if connected, else the first non-primary one; None if
    there is only one screen."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if len(screens) < 2:
        return None
    for screen in screens:
        if wanted and screen.name() == wanted:
            return screen
    return next((screen for screen in screens if screen is not primary), None)


def place_projector(window: QWidget, desk: QWidget | None = None) -> bool:
    """Show ``window`` full screen on the projector's screen; True if it went full screen."""
    screen = choose_screen(projector_screen_name(app_settings()))
    if screen is None:
        if desk is not None and not window.isVisible():
            window.resize(max(800, desk.width() * 2 // 3), max(500, desk.height() * 2 // 3))
        window.showNormal()
        window.raise_()
        return False
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    handle = window.windowHandle()
    if handle is not None and handle.screen() is not screen:
        handle.setScreen(screen)
    return True
