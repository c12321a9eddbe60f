"""The countdown of the current phase, driven by a hand-moved clock."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui.projector import theme
from ui.projector.countdown import Countdown, CountdownView, Phase, format_seconds


class FakeClock:
    """A monotonic clock that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def countdown(qtbot: QtBot, clock: FakeClock) -> Countdown:
    made = Countdown(clock)
    made.set_duration(5 * 60)
    yield made
    made.pause()


def test_format_is_minutes_and_seconds() -> None:
    assert format_seconds(0) == "00:00"
    assert format_seconds(65) == "01:05"
    assert format_seconds(180 * 60) == "180:00"
    assert format_seconds(-3) == "00:00"


def test_start_runs_pause_freezes_reset_goes_back(countdown: Countdown, clock: FakeClock) -> None:
    """Time counts only while running; reset returns to the full length, stopped."""
    assert countdown.text() == "05:00" and not countdown.running
    clock.advance(30)
    assert countdown.text() == "05:00"  # not started: the clock moving changes nothing
    countdown.start()
    clock.advance(61.5)
    assert countdown.remaining() == 239 and countdown.text() == "03:59"  # rounded up
    countdown.pause()
    clock.advance(100)
    assert countdown.text() == "03:59" and not countdown.running
    countdown.start()
    clock.advance(0.5)
    assert countdown.remaining() == 238
    countdown.reset()
    assert countdown.text() == "05:00" and not countdown.running


def test_amber_in_the_last_two_minutes_then_red_at_zero(
    qtbot: QtBot, countdown: Countdown, clock: FakeClock
) -> None:
    """Normal, then warning from 2:00 left, then elapsed at 0 with a signal; it stops there."""
    countdown.start()
    clock.advance(179)
    countdown.tick()
    assert countdown.phase() is Phase.NORMAL
    clock.advance(1)
    countdown.tick()
    assert countdown.text() == "02:00" and countdown.phase() is Phase.WARNING
    clock.advance(119.5)
    assert countdown.phase() is Phase.WARNING and countdown.text() == "00:01"
    clock.advance(0.5)
    with qtbot.waitSignal(countdown.elapsed, timeout=1000):
        countdown.tick()
    assert countdown.phase() is Phase.ELAPSED and countdown.text() == "00:00"
    assert not countdown.running
    countdown.start()  # nothing left to run
    assert not countdown.running


def test_changed_fires_once_per_displayed_second(
    qtbot: QtBot, countdown: Countdown, clock: FakeClock
) -> None:
    """Ticks within the same second say nothing; a new second, a start or a pause do."""
    seen: list[str] = []
    countdown.changed.connect(lambda: seen.append(countdown.text()))
    countdown.start()
    countdown.tick()
    clock.advance(0.3)
    countdown.tick()
    clock.advance(0.8)
    countdown.tick()
    countdown.pause()
    assert seen == ["05:00", "04:59", "04:59"]


def test_the_qtimer_drives_the_display(qtbot: QtBot) -> None:
    """With the real clock, a running countdown announces the passing seconds by itself."""
    countdown = Countdown()
    countdown.set_duration(3)
    countdown.start()
    qtbot.waitUntil(lambda: countdown.remaining() <= 2, timeout=3000)
    with qtbot.waitSignal(countdown.changed, timeout=2000):
        pass
    countdown.pause()


def test_no_duration_means_no_countdown(qtbot: QtBot, clock: FakeClock) -> None:
    countdown = Countdown(clock)
    view = CountdownView(countdown)
    qtbot.addWidget(view)
    countdown.set_duration(0)
    countdown.start()
    assert not countdown.running and countdown.phase() is Phase.NORMAL
    assert view.isHidden()


def test_view_says_in_words_what_the_colour_says(
    qtbot: QtBot, countdown: Countdown, clock: FakeClock
) -> None:
    """Digits, and a status line for the colour-blind: paused, last minutes, time elapsed."""
    view = CountdownView(countdown)
    qtbot.addWidget(view)
    view.set_scale(1080)
    assert view.digits.text() == "05:00" and view.status_text() == ""
    assert theme.PAPER in view.styleSheet()
    countdown.start()
    clock.advance(60)
    countdown.pause()
    assert view.digits.text() == "04:00" and view.status.text() == "En pause"
    countdown.start()
    clock.advance(150)
    countdown.tick()
    assert view.digits.text() == "01:30" and view.status.text() == "Dernières minutes"
    assert theme.AMBER in view.styleSheet()
    clock.advance(90)
    countdown.tick()
    assert view.digits.text() == "00:00" and view.status.text() == "Temps écoulé"
    assert theme.RED in view.styleSheet() and f"color: {theme.WHITE}" in view.styleSheet()
    countdown.reset()
    assert view.digits.text() == "05:00" and view.status_text() == ""
