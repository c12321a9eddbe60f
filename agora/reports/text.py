"""Plain-text helpers of the printed documents: French typography, dates, shortening.

Everything here works on plain text, before any reportlab markup: escaping and font fallback
happen later, in :mod:`agora.reports.fonts`, on the text these functions return.
"""

from __future__ import annotations

import datetime as dt
import re

from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity

#: The no-break space of French typography. reportlab breaks lines at U+202F (narrow no-break
#: space) as if it were an ordinary space, so the ordinary no-break space is used everywhere.
NBSP = "\u00a0"

#: Ellipsis closing a shortened text.
ELLIPSIS = "…"

_MONTHS = (
    QT_TRANSLATE_NOOP("reports", "janvier"),
    QT_TRANSLATE_NOOP("reports", "février"),
    QT_TRANSLATE_NOOP("reports", "mars"),
    QT_TRANSLATE_NOOP("reports", "avril"),
    QT_TRANSLATE_NOOP("reports", "mai"),
    QT_TRANSLATE_NOOP("reports", "juin"),
    QT_TRANSLATE_NOOP("reports", "juillet"),
    QT_TRANSLATE_NOOP("reports", "août"),
    QT_TRANSLATE_NOOP("reports", "septembre"),
    QT_TRANSLATE_NOOP("reports", "octobre"),
    QT_TRANSLATE_NOOP("reports", "novembre"),
    QT_TRANSLATE_NOOP("reports", "décembre"),
)

# A space (or none) before a high punctuation mark; a space (or none) inside guillemets.
_BEFORE_HIGH = re.compile(r"[ \u202f\u2009]+([:;!?»])")
_GLUED_CLOSE = re.compile(r"(?<=\w)»")
_AFTER_OPEN = re.compile(r"«[ \u202f\u2009]*")
# Controls other than tab and newline, which reportlab would print as boxes or choke on.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def french_typography(text: str) -> str:
    """Apply French typography: a no-break space before ``: ; ! ? »`` and after ``«``.

    Only spaces already typed before ``: ; ! ?`` become no-break spaces (a missing one is not
    added, so that ``12:30`` and ``https://`` stay intact); guillemets always get theirs.

    Args:
        text: Plain text.

    Returns:
        The same text with no-break spaces where French typography puts them.
    """
    if not any(mark in text for mark in ":;!?«»"):
        return text
    text = _BEFORE_HIGH.sub(NBSP + r"\1", text)
    text = _GLUED_CLOSE.sub(NBSP + "»", text)
    return _AFTER_OPEN.sub("«" + NBSP, text)


def clean(text: str) -> str:
    """Drop control characters and unify line ends; tabs become spaces.

    Args:
        text: Text as stored.

    Returns:
        Text that reportlab can lay out.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, at a word boundary when one is near.

    Args:
        text: Plain text.
        limit: Maximum number of characters, ellipsis included.

    Returns:
        ``text`` itself when short enough, else its beginning followed by « … ».
    """
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space > limit * 0.7:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-—") + ELLIPSIS


def shorten_bytes(text: str, limit: int) -> str:
    """Cut ``text`` so that its UTF-8 encoding takes at most ``limit`` bytes.

    Args:
        text: Plain text.
        limit: Maximum number of bytes, ellipsis included.

    Returns:
        ``text`` itself when small enough, else its beginning followed by « … ».
    """
    if len(text.encode("utf-8")) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode("utf-8"))
    cut = text.encode("utf-8")[: max(0, room)].decode("utf-8", errors="ignore")
    return cut.rstrip() + ELLIPSIS


def french_date(day: dt.date | None, translate: Translate = identity) -> str:
    """Write a date the French way: « 12 mai 2026 », « 1er juin 2026 ».

    Args:
        day: The date, or None.
        translate: Translation function for the month names.

    Returns:
        The date in words, or an empty string for None.
    """
    if day is None:
        return ""
    first = translate("reports", "1er")
    number = first if day.day == 1 else str(day.day)
    return f"{number} {translate('reports', _MONTHS[day.month - 1])} {day.year}"


#: Marked for translation: the ordinal of the first day of a month.
FIRST_OF_MONTH = QT_TRANSLATE_NOOP("reports", "1er")


def page_label(page: int, total: int, translate: Translate = identity) -> str:
    """The page number of a footer: « page 2 / 5 ».

    Args:
        page: Page number, from 1.
        total: Number of pages.
        translate: Translation function.

    Returns:
        The label.
    """
    return translate("reports", PAGE_TEMPLATE).format(page=page, total=total)


#: Footer page number; the spaces around the slash are no-break spaces.
PAGE_TEMPLATE = QT_TRANSLATE_NOOP("reports", "page {page}\u00a0/\u00a0{total}")
