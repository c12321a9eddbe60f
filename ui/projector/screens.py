"""Which screen the projector window goes to, and putting it there.

A laptop with a projector plugged in has two screens: the facilitator keeps the primary one
(the laptop's own) and the room gets the other. With one screen the projection opens on it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def projector_screen() -> QScreen:
    """The first screen that is not the primary one; the primary one when it is alone."""
    primary = QGuiApplication.primaryScreen()
    for screen in QGuiApplication.screens():
        if screen is not primary and screen != primary:
            return screen
    return primary


def show_on(window: QWidget, screen: QScreen, full_screen: bool = True) -> None:
    """Show ``window`` on ``screen``, full screen unless told otherwise."""
    window.setScreen(screen)
    area = screen.availableGeometry()
    if full_screen:
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
        window.move(area.topLeft())
        window.showNormal()
    handle = window.windowHandle()
    if handle is not None and handle.screen() is not screen:
        handle.setScreen(screen)  # some platforms pick the screen from the native window only
