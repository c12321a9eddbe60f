"""Choosing the projector's screen and opening the window there."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.projector.screens import projector_screen, show_on


def test_with_one_screen_the_projector_uses_the_primary(qtbot: QtBot) -> None:
    """Offscreen has a single screen: the projection opens on it."""
    assert len(QGuiApplication.screens()) == 1
    assert projector_screen() is QGuiApplication.primaryScreen()


def test_show_on_full_screen_and_windowed(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen = projector_screen()
    show_on(window, screen)
    qtbot.waitExposed(window)
    assert window.isFullScreen() and window.screen() is screen
    show_on(window, screen, full_screen=False)
    assert not window.isFullScreen() and window.isVisible()
    assert screen.availableGeometry().contains(window.geometry().topLeft())
