"""Building Paragraphs: the one place where text becomes reportlab markup.

:func:`para` takes *plain* text (participant text, labels, numbers): it applies French
typography, escapes it and routes glyphs to the fonts that have them. :func:`rich` takes markup
assembled by the builders from pieces that went through :func:`fragment`; nothing else may hand
markup to reportlab.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from agora.reports import fonts, styles
from agora.reports.text import french_typography, shorten


def _face(style: ParagraphStyle) -> str:
    name = style.fontName
    return name if name in (fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC) else fonts.BODY


def fragment(text: str, style: ParagraphStyle | None = None, *, limit: int | None = None) -> str:
    """Safe markup for a piece of plain text, to be combined with the builders' own tags.

    Args:
        text: Plain text (may come from a participant).
        style: The style the text will be set in (its face decides the glyph fallback).
        limit: Maximum number of characters; longer text is shortened with « … ».

    Returns:
        Escaped markup with French typography and font fallback runs.
    """
    if limit is not None:
        text = shorten(text, limit)
    return fonts.markup(french_typography(text), _face(style) if style is not None else fonts.BODY)


def para(
    text: str, style: ParagraphStyle, *, limit: int | None = None, bullet: str | None = None
) -> Paragraph:
    """A Paragraph of plain text.

    Args:
        text: Plain text (may come from a participant).
        style: Its style.
        limit: Maximum number of characters; longer text is shortened with « … ».
        bullet: Bullet character, for list items.

    Returns:
        The Paragraph, shaped right to left when the text is Arabic or Hebrew.
    """
    return Paragraph(fragment(text, style, limit=limit), styles.for_text(style, text), bulletText=bullet)


def rich(markup: str, style: ParagraphStyle, *, plain: str = "", bullet: str | None = None) -> Paragraph:
    """A Paragraph of markup assembled from :func:`fragment` pieces and the builders' own tags.

    Args:
        markup: Safe markup.
        style: Its style.
        plain: The plain text it holds (decides right-to-left shaping); empty for none.
        bullet: Bullet character, for list items.

    Returns:
        The Paragraph.
    """
    return Paragraph(markup, styles.for_text(style, plain) if plain else style, bulletText=bullet)
