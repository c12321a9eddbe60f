"""Paragraph styles of the A4 documents and of the A3 poster.

Every style uses the shipped TrueType family (:mod:`agora.reports.fonts`), never Helvetica.
:func:`for_text` gives the right-to-left variant of a style for Arabic or Hebrew text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from agora.reports import fonts, palette


def _style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    fonts.register()
    options: dict[str, object] = {
        "fontName": fonts.BODY,
        "bulletFontName": fonts.BODY,
        "textColor": palette.INK,
    }
    options.update(kw)
    return ParagraphStyle(name, fontSize=size, leading=leading, **options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Styles:
    """The styles of one document; build them with :func:`document_styles`."""

    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_item: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    note: ParagraphStyle


@cache
def document_styles() -> Styles:
    """The styles of the A4 documents (summaries, handouts).

    Returns:
        The shared, read-only styles.
    """
    return Styles(
        body=_style("body", 9.5, 12.5, spaceAfter=3),
        small=_style("small", 8, 10, textColor=palette.MUTED),
        tiny=_style("tiny", 7, 8.5, textColor=palette.MUTED),
        title=_style("title", 18, 22, fontName=fonts.BOLD, textColor=palette.ACCENT, spaceAfter=4),
        subtitle=_style("subtitle", 11, 14, textColor=palette.MUTED, spaceAfter=8),
        h1=_style(
            "h1",
            13.5,
            17,
            fontName=fonts.BOLD,
            textColor=palette.ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=_style(
            "h2",
            10.5,
            13.5,
            fontName=fonts.BOLD,
            textColor=palette.ACCENT,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=_style("cell", 8.5, 10.5),
        cell_small=_style("cell_small", 7.5, 9),
        cell_item=_style("cell_item", 7.5, 9, leftIndent=7, bulletIndent=0, spaceAfter=2.5),
        cell_head=_style("cell_head", 8, 10, fontName=fonts.BOLD, textColor=palette.ACCENT),
        cell_center=_style("cell_center", 7.5, 9, alignment=TA_CENTER),
        quote=_style(
            "quote", 9.5, 13, fontName=fonts.ITALIC, leftIndent=14, rightIndent=8, spaceBefore=3, spaceAfter=6
        ),
        bullet=_style("bullet", 9.5, 12.5, leftIndent=11, bulletIndent=2, spaceAfter=2),
        note=_style("note", 8, 10.5, textColor=palette.MUTED, spaceAfter=3),
    )


@cache
def poster_style(name: str, size: float, *, bold: bool = False, center: bool = False) -> ParagraphStyle:
    """A style of the A3 poster at a given size.

    Args:
        name: Style name.
        size: Font size in points.
        bold: Bold face.
        center: Centred text.

    Returns:
        The style (leading 1.2 × size).
    """
    return _style(
        f"poster-{name}-{size}",
        size,
        size * 1.2,
        fontName=fonts.BOLD if bold else fonts.BODY,
        alignment=TA_CENTER if center else TA_LEFT,
        spaceAfter=size * 0.35,
    )


@cache
def poster_item_style(size: float, bullet_color: str) -> ParagraphStyle:
    """A point of the poster: bulleted, at ``size`` points.

    Args:
        size: Font size in points.
        bullet_color: Colour of the bullet (``0xRRGGBB`` or ``#RRGGBB``).

    Returns:
        The style.
    """
    return _style(
        f"poster-item-{size}-{bullet_color}",
        size,
        size * 1.18,
        leftIndent=size * 1.1,
        bulletIndent=0,
        bulletFontSize=size * 0.8,
        bulletColor=bullet_color.replace("0x", "#"),
        spaceBefore=size * 0.3,
        spaceAfter=size * 0.06,
    )


@cache
def poster_detail_style(size: float) -> ParagraphStyle:
    """The line under a point of the poster (who stands where), smaller and grey.

    Args:
        size: Font size of the point it follows.

    Returns:
        The style.
    """
    small = round(size * 0.66, 1)
    return _style(
        f"poster-detail-{size}",
        small,
        small * 1.2,
        leftIndent=size * 1.1,
        textColor=palette.MUTED,
        spaceAfter=size * 0.25,
    )


@cache
def _variant(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    # Glyph shaping (uharfbuzz) joins Arabic letters and lays each right-to-left run out in
    # visual order, line breaks included. reportlab's wordWrap="RTL" is not used: without the
    # rlbidi package (not on PyPI) it drops the spaces between font runs and loses the glyphs
    # of runs set in another font.
    options: dict[str, object] = {"shaping": 1}
    if rtl:
        options["alignment"] = TA_RIGHT
    name = f"{style.name}-{'rtl' if rtl else 'shaped'}"
    return ParagraphStyle(name, parent=style, **options)  # type: ignore[arg-type]


def for_text(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """The style to set ``text`` in: shaped (joined Arabic) when it holds right-to-left script.

    A text that starts in a right-to-left script is also aligned right. Without ``uharfbuzz``
    the style is returned unchanged: the text still prints, in isolated letter forms and in
    logical (reversed) order, but never as boxes and never with a crash.

    Args:
        style: The style chosen for the text.
        text: The plain text.

    Returns:
        ``style`` or its shaped variant.
    """
    if not fonts.has_rtl(text) or not fonts.shaping_available():
        return style
    return _variant(style, fonts.is_rtl(text))
