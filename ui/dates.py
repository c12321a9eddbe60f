"""Dates as the facilitator reads them (« 12 mai 2026 »), whatever the system locale says.

The laptop in the village hall may be set to English or to a bare C locale: the month names
come from here, in French, and go through Qt's translator like every other visible string.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agora.i18n import Translate

#: Month names, January first, in French (the source language).
MONTHS = (
    QT_TRANSLATE_NOOP("dates", "janvier"),
    QT_TRANSLATE_NOOP("dates", "février"),
    QT_TRANSLATE_NOOP("dates", "mars"),
    QT_TRANSLATE_NOOP("dates", "avril"),
    QT_TRANSLATE_NOOP("dates", "mai"),
    QT_TRANSLATE_NOOP("dates", "juin"),
    QT_TRANSLATE_NOOP("dates", "juillet"),
    QT_TRANSLATE_NOOP("dates", "août"),
    QT_TRANSLATE_NOOP("dates", "septembre"),
    QT_TRANSLATE_NOOP("dates", "octobre"),
    QT_TRANSLATE_NOOP("dates", "novembre"),
    QT_TRANSLATE_NOOP("dates", "décembre"),
)

#: How a date is written: the order of day, month and year is the translator's choice.
DATE_PATTERN = QT_TRANSLATE_NOOP("dates", "{day} {month} {year}")

#: The first day of a month is written as an ordinal in French (« 1er mai »).
FIRST_DAY = QT_TRANSLATE_NOOP("dates", "1er")


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def format_date(value: dt.date | None, translate: Translate = _qt_translate) -> str:
    """« 12 mai 2026 », « 1er juin 2026 »; an empty string for no date."""
    if value is None:
        return ""
    day = translate("dates", FIRST_DAY) if value.day == 1 else str(value.day)
    month = translate("dates", MONTHS[value.month - 1])
    return translate("dates", DATE_PATTERN).format(day=day, month=month, year=value.year)
