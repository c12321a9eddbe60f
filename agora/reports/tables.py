"""Tables of the documents: long tables that repeat their header and split tall rows.

Every table gets explicit column widths and Paragraph cells (so text wraps), repeats its
header row on each page, and may split a row across pages (``splitInRow``): a card of 20,000
characters in one cell still lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import LongTable, TableStyle

from agora.reports import fonts, palette

#: Style shared by the data tables: thin grid, tinted header, text at the top of cells.
BASE_STYLE: tuple[tuple[Any, ...], ...] = (
    ("GRID", (0, 0), (-1, -1), 0.35, palette.RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), palette.PALE),
    ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    # Plain-string cells (even empty ones) would otherwise be set in Helvetica.
    ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
)

#: Style of borderless layout tables (facts of the title block, handout header).
PLAIN_STYLE: tuple[tuple[Any, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 1),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
)


#: A row split at a row boundary leaves at most this share of the frame empty; beyond it the
#: row at the bottom is split instead (a tall cell of cards should fill the page it starts on).
MAX_EMPTY_SHARE = 0.3


class SplittingTable(LongTable):
    """A LongTable that splits inside a tall row rather than leave much of a page empty.

    reportlab tries whole rows first; when the next row is tall, the rest of the table then
    lands on the same page with its header repeated a second time. Trying the in-row split
    whenever a whole-row split would waste a third of the frame avoids both.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 (reportlab's names)
        """Split at a row boundary, or inside the row that would leave the page mostly empty."""
        table: Any = self  # reportlab's private helpers, untyped in its stubs
        table._calc(availWidth, availHeight)
        # Where a whole-row split would fall, and how much of the frame it would fill, computed
        # from the row heights rather than by building and measuring both splits.
        rows = table._getFirstPossibleSplitRowPosition(availHeight)
        used = sum(table._rowHeights[:rows])
        wasteful = rows < len(table._rowHeights) and availHeight - used > availHeight * MAX_EMPTY_SHARE
        first = table._splitRows(availHeight, doInRowSplit=wasteful)
        if first:
            return list(first)
        return list(table._splitRows(availHeight, doInRowSplit=not wasteful))


def long_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    header: bool = True,
    plain: bool = False,
) -> LongTable:
    """A table that repeats its header row on each page and splits tall rows.

    Args:
        rows: Rows of cells (Paragraphs or lists of flowables), the header first.
        widths: Column widths in points; they should add up to the frame width.
        extra: More TableStyle commands (backgrounds, spans…).
        header: Whether the first row is a header to repeat.
        plain: No grid nor header tint (layout tables).

    Returns:
        The table.
    """
    table = SplittingTable(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    fonts.register()
    table.setStyle(TableStyle(list(PLAIN_STYLE if plain else BASE_STYLE) + list(extra)))
    return table
