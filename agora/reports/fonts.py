"""The fonts of the printed documents, and the only way participant text enters reportlab markup.

reportlab has no glyph fallback for TrueType fonts: a character that the font lacks prints as a
black box. :func:`markup` therefore escapes the text (so ``<img src=…>`` typed on a card prints
literally and opens nothing), then splits it into runs: DejaVu Sans for what it covers, Symbola
(monochrome emoji and symbols) for what it lacks, and « □ » for what neither has.

Fonts are registered once per process, from ``resources/fonts/``; Symbola (3 MB) is read only
when a text needs it.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib.util import find_spec
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agora.paths import resource
from agora.reports.text import NBSP, clean

logger = logging.getLogger(__name__)

#: Family name of the body font; ``<b>`` and ``<i>`` pick its bold and oblique faces.
BODY = "AgoraSans"
#: Bold face of the body font.
BOLD = "AgoraSans-Bold"
#: Oblique face of the body font.
ITALIC = "AgoraSans-Oblique"
#: Bold oblique face of the body font.
BOLD_ITALIC = "AgoraSans-BoldOblique"
#: The regular face under a name outside the family, for glyphs the other faces lack (the
#: oblique faces have no Arabic): ``<i>`` around it keeps it upright instead of failing.
UPRIGHT = "AgoraSans-Upright"
#: Fallback font for emoji and symbols the body font lacks.
FALLBACK = "AgoraSymbols"
#: Printed in place of a character no shipped font has.
REPLACEMENT = "□"

_FACES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_FALLBACK_FILE = "Symbola.ttf"

_lock = threading.Lock()
_fallback_loaded = False
_shaping_off: ContextVar[bool] = ContextVar("agora_reports_shaping_off", default=False)

# (bold, italic) flags of the four faces of a family, as reportlab's addMapping takes them.
_COMBINATIONS: tuple[tuple[Literal[0, 1], Literal[0, 1]], ...] = ((0, 0), (0, 1), (1, 0), (1, 1))

# Strong right-to-left bidirectional classes (Hebrew, Arabic, Syriac, Thaana…).
_RTL_CLASSES = frozenset({"R", "AL"})


@cache
def register() -> dict[str, frozenset[int]]:
    """Register the body font family (four faces) with reportlab, once.

    Returns:
        Face name → the code points it covers.
    """
    covers: dict[str, frozenset[int]] = {}
    for name, filename in _FACES.items():
        font = TTFont(name, str(resource("fonts", filename)))
        pdfmetrics.registerFont(font)
        covers[name] = frozenset(font.face.charToGlyph)
    for (bold, italic), name in zip(_COMBINATIONS, (BODY, ITALIC, BOLD, BOLD_ITALIC), strict=True):
        addMapping(BODY, bold, italic, name)
    pdfmetrics.registerFont(TTFont(UPRIGHT, str(resource("fonts", _FACES[BODY]))))
    for bold, italic in _COMBINATIONS:
        addMapping(UPRIGHT, bold, italic, UPRIGHT)
    return covers


@cache
def _fallback_cover() -> frozenset[int]:
    global _fallback_loaded
    with _lock:
        font = TTFont(FALLBACK, str(resource("fonts", _FALLBACK_FILE)))
        pdfmetrics.registerFont(font)
        # Symbola has one face: bold and italic text keep its glyphs rather than failing.
        for bold, italic in _COMBINATIONS:
            addMapping(FALLBACK, bold, italic, FALLBACK)
        _fallback_loaded = True
        return frozenset(font.face.charToGlyph)


def fallback_registered() -> bool:
    """Whether the fallback font has been needed (and registered) in this process."""
    return _fallback_loaded


def _dropped(char: str) -> bool:
    # Invisible format characters (joiners, variation selectors) the fonts lack are left out
    # rather than printed as a replacement box.
    return unicodedata.category(char) in ("Cf", "Mn", "Me", "Cc", "Cs", "Co", "Cn")


def plain(text: str) -> str:
    """Text for strings drawn straight on the canvas (footers): no markup, no fallback font.

    Args:
        text: Any text.

    Returns:
        The text with characters the body font lacks replaced by « □ ».
    """
    covered = register()[BODY]
    text = clean(text).replace("\n", " ")
    if covered.issuperset(map(ord, text)):
        return text
    return "".join(c if ord(c) in covered else ("" if _dropped(c) else REPLACEMENT) for c in text)


def markup(text: str, face: str = BODY) -> str:
    """Escape ``text`` for a reportlab Paragraph and route each glyph to a font that has it.

    Args:
        text: Plain text, typically typed by a participant. Line breaks are kept.
        face: The face the text is set in (``ITALIC`` for quotations…): a glyph that face lacks
            comes from the regular face, then from the fallback font.

    Returns:
        Paragraph markup: escaped text, ``<font>`` runs for the fallback font, ``<br/>`` for
        line breaks. Never contains a tag that the input could have chosen.
    """
    covers = register()
    covered = covers[face]
    text = clean(text)
    if covered.issuperset(map(ord, text)):
        return escape(text).replace("\n", "<br/>")
    regular = covers[BODY]
    fallback = _fallback_cover()
    parts: list[str] = []
    run: list[str] = []
    run_font = face

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace("\n", "<br/>")
        parts.append(chunk if run_font == face else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    def separate() -> None:
        # reportlab shapes a whole word with the font of its first run (and fails when that
        # font lacks a glyph), so no word may mix fonts: a glued font change becomes a word
        # break, and a no-break space at the change an ordinary space.
        if not run:
            return
        if run[-1] == NBSP:
            run[-1] = " "
        elif not run[-1].isspace():
            run.append(" ")

    for char in text:
        point = ord(char)
        if point in covered or char == "\n":
            font = face
        elif point in regular:
            font = UPRIGHT
        elif point in fallback:
            font = FALLBACK
        elif _dropped(char):
            continue
        else:
            char, font = REPLACEMENT, face
        if font != run_font:
            if char == NBSP:
                char = " "
            elif not char.isspace():
                separate()
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(parts)


def is_rtl(text: str) -> bool:
    """Whether the first strong directional character of ``text`` is right-to-left.

    Args:
        text: Plain text.

    Returns:
        True for text that starts in Arabic, Hebrew or another right-to-left script.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left character (it then needs glyph shaping).

    Args:
        text: Plain text.

    Returns:
        True if a character of ``text`` is strongly right-to-left.
    """
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


@cache
def _harfbuzz() -> bool:
    # reportlab imports uharfbuzz itself when it is installed; only its presence matters here.
    if find_spec("uharfbuzz") is None:
        logger.warning("uharfbuzz absent : l’arabe et l’hébreu seront imprimés sans mise en forme")
        return False
    return True


def shaping_available() -> bool:
    """Whether reportlab can shape glyphs (joined Arabic, right-to-left order): needs uharfbuzz.

    Returns:
        True when ``uharfbuzz`` imports and shaping is not switched off (:func:`no_shaping`).
    """
    return not _shaping_off.get() and _harfbuzz()


@contextmanager
def no_shaping() -> Iterator[None]:
    """Build without glyph shaping inside this block (the last resort of a failed build)."""
    token = _shaping_off.set(True)
    try:
        yield
    finally:
        _shaping_off.reset(token)
