"""Page frame of every document: margins, footer and « page 2 / 5 » numbering.

The total number of pages is known only at the end, so :class:`NumberedCanvas` keeps each
page's state and draws the footers when the document is saved (the classic two-pass canvas).
A document may hold several sections (the handouts: one per category); each is numbered on
its own, so a handout printed alone reads « page 1 / 2 », « page 2 / 2 ».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from agora.i18n import Translate, identity
from agora.reports import fonts, palette
from agora.reports.text import page_label

#: Margins of the A4 documents.
MARGIN = 18 * mm
#: Margins of the A3 poster.
POSTER_MARGIN = 20 * mm
#: Height kept free for the footer under the frame.
FOOTER_SPACE = 8 * mm
#: Height of the A4 frame.
FRAME_HEIGHT = A4[1] - 2 * MARGIN - FOOTER_SPACE * 0.5


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself (document properties) and prints in its footer.

    Attributes:
        title: PDF title, e.g. « Compte rendu — Agora ».
        author: PDF author: the forum's facilitators, or « Agora ».
        subject: PDF subject.
        footer: Left part of the footer (the forum's title and the document's name).
        keywords: PDF keywords.
    """

    title: str
    author: str
    subject: str
    footer: str
    keywords: tuple[str, ...] = ()


class SectionStart(Flowable):
    """Marks where a separately numbered section starts, with its own footer text.

    Zero-sized: place it first on the section's first page (after a page break).
    """

    def __init__(self, footer: str) -> None:
        super().__init__()
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Take no room."""
        return 0, 0

    def draw(self) -> None:
        """Tell the canvas that a new section starts on this page."""
        canv: Any = self.canv
        canv.agora_section = (canv.agora_section[0] + 1, self.footer)


class NumberedCanvas(Canvas):
    """A canvas that draws « page n / total » footers once the page count is known.

    Do not draw on it after :meth:`save`; each page's state is kept until then, so memory grows
    with the page count (a few kilobytes per page).
    """

    def __init__(self, *args: Any, footer: str = "", translate: Translate = identity, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agora_section: tuple[int, str] = (0, footer)
        self._agora_pages: list[dict[str, Any]] = []
        self._agora_translate = translate

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        """Keep the page for :meth:`save` instead of writing it now."""
        self._agora_pages.append(dict(self.__dict__))
        canvas: Any = self  # reportlab's private method, untyped in its stubs
        canvas._startPage()

    def save(self) -> None:
        """Draw every footer, with per-section numbers, then write the document."""
        sections: dict[int, int] = {}
        for state in self._agora_pages:
            number = state["agora_section"][0]
            sections[number] = sections.get(number, 0) + 1
        seen: dict[int, int] = {}
        for state in self._agora_pages:
            self.__dict__.update(state)
            number, footer = self.agora_section
            seen[number] = seen.get(number, 0) + 1
            self._draw_footer(footer, seen[number], sections[number])
            super().showPage()
        super().save()

    def _draw_footer(self, footer: str, page: int, total: int) -> None:
        width, _height = self.__dict__["_pagesize"]
        margin = POSTER_MARGIN if width >= A3[0] - 1 else MARGIN
        self.saveState()
        self.setFont(fonts.BODY, 7.5)
        self.setFillColor(palette.MUTED)
        self.setStrokeColor(palette.RULE)
        self.setLineWidth(0.4)
        y = MARGIN * 0.55
        self.line(margin, y + 9, width - margin, y + 9)
        label = page_label(page, total, self._agora_translate)
        room = width - 2 * margin - self.stringWidth(label, fonts.BODY, 7.5) - 12
        text = fonts.plain(footer)
        while text and self.stringWidth(text, fonts.BODY, 7.5) > room:
            text = text[: int(len(text) * 0.9)].rstrip() + "…"
        self.drawString(margin, y, text)
        self.drawRightString(width - margin, y, label)
        self.restoreState()


def canvas_maker(footer: str, translate: Translate = identity) -> Callable[..., NumberedCanvas]:
    """The canvas factory to give to ``doc.build`` for a document with this footer.

    Args:
        footer: Left part of the footer.
        translate: Translation function for « page n / total ».

    Returns:
        A callable with reportlab's canvas signature.
    """

    def make(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=footer, translate=translate, **kwargs)

    return make


def document(target: str, info: DocumentInfo, *, poster: bool = False) -> BaseDocTemplate:
    """An A4 portrait document (A3 portrait for the poster) with the PDF properties set.

    Args:
        target: File to write.
        info: Title, author, subject, keywords.
        poster: A3 with wider margins.

    Returns:
        The document template, in French (``fr-FR``), with the body font as initial font so
        that no page names Helvetica.
    """
    fonts.register()
    size = A3 if poster else A4
    margin = POSTER_MARGIN if poster else MARGIN
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator="Agora",
        keywords=list(info.keywords),
        lang="fr-FR",
        displayDocTitle=1,
        initialFontName=fonts.BODY,
        initialFontSize=9.5,
    )
    frame = Frame(
        margin,
        margin + FOOTER_SPACE * 0.5,
        size[0] - 2 * margin,
        size[1] - 2 * margin - FOOTER_SPACE * 0.5,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
