"""French dates whatever the system locale: « 12 mai 2026 », « 1er août 2026 »."""

from __future__ import annotations

import datetime as dt

import pytest

from agora.i18n import identity
from ui.dates import format_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 5, 12), "12 mai 2026"),
        (dt.date(2026, 8, 1), "1er août 2026"),
        (dt.date(2025, 12, 31), "31 décembre 2025"),
        (dt.date(2026, 2, 2), "2 février 2026"),
        (None, ""),
    ],
)
def test_french_dates(value: dt.date | None, expected: str) -> None:
    """Day, French month name, year; the first of the month is « 1er »."""
    assert format_date(value, identity) == expected
    assert format_date(value) == expected  # through Qt, with no translator installed


def test_pattern_comes_from_the_translator() -> None:
    """The translator decides the words and their order."""
    english = {"mai": "May", "{day} {month} {year}": "{month} {day}, {year}"}
    assert format_date(dt.date(2026, 5, 12), lambda _c, text: english.get(text, text)) == "May 12, 2026"
