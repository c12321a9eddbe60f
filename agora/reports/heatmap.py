"""M1, the statement × category heatmap, and its legend.

Each cell is coloured by the category's mean position on a colour-blind-safe diverging scale
and always carries the stance glyph and the counts, so the map reads in black and white too;
cells without enough votes are grey and hatched. Rows come grouped by label, in the order of the
ranked lists (the analysis' ``heatmap`` order).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from agora.i18n import Translate
from agora.method import Analysis, HeatCell, HeatRow
from agora.method import wording as method_wording
from agora.reports import fonts, labels, palette
from agora.reports.inputs import ReportInput
from agora.reports.paragraphs import fragment, para, rich
from agora.reports.positions import label_markup, stance_word
from agora.reports.styles import document_styles
from agora.reports.tables import long_table

#: Longest statement text printed in a heatmap row.
STATEMENT_LIMIT = 320
_STATEMENT_SHARE = 0.42

#: Titles of the row groups, by ranked-list name.
GROUP_TITLES = {
    "consensus": labels.LIST_CONSENSUS,
    "dissensus": labels.LIST_DISSENSUS,
    "divisions": labels.LIST_DIVISIONS,
    "incertitudes": labels.LIST_UNCERTAIN,
    "mitige": labels.LIST_OTHERS,
    "trop_peu": labels.LIST_OTHERS,
}


def hatch(table: Any, canv: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Table background callback: a grey cell with diagonal hatching (not enough votes).

    reportlab calls it with the cell's rectangle (``height`` may be negative).
    """
    canv.saveState()
    canv.setFillColor(palette.INSUFFICIENT)
    canv.rect(x, y, width, height, stroke=0, fill=1)
    path = canv.beginPath()
    path.rect(x, y, width, height)
    canv.clipPath(path, stroke=0, fill=0)
    canv.setStrokeColor(palette.HATCH)
    canv.setLineWidth(0.5)
    low, high = sorted((y, y + height))
    step = 4.0
    start = x - (high - low)
    while start < x + width:
        canv.line(start, low, start + (high - low), high)
        start += step
    canv.restoreState()


def _cell_markup(cell: HeatCell, translate: Translate) -> str:
    color = palette.text_on(cell.s).hexval()[2:]
    extra = f" (+{cell.P})" if cell.P else ""
    word = fragment(stance_word(cell.stance, translate))
    return (
        f'<font color="#{color}"><font size="11"><b>{fragment(cell.glyph)}</b></font>\u00a0{word}<br/>'
        f"{cell.A}/{cell.N}/{cell.D}{extra}<br/>n\u00a0=\u00a0{cell.n}</font>"
    )


def _badge(row: HeatRow, translate: Translate) -> str:
    gic = method_wording.format_decimal(row.gic_geo) if row.gic_geo is not None else "—"
    gap = method_wording.format_decimal(row.max_gap) if row.max_gap is not None else "—"
    return fragment(translate("reports", labels.ROW_BADGE).format(gic=gic, gap=gap))


def heatmap_table(
    analysis: Analysis, data: ReportInput, translate: Translate, width: float
) -> list[Flowable]:
    """The heatmap as a long table: header of categories, one row per statement, group rows.

    Args:
        analysis: The Agora's analysis.
        data: The report's input (category names and colours).
        translate: Translation function.
        width: Frame width.

    Returns:
        The table (nothing when no statement was put to the vote).
    """
    if not analysis.heatmap:
        return []
    st = document_styles()
    tr = translate
    cats = analysis.considered
    first = width * _STATEMENT_SHARE
    other = (width - first) / max(1, len(cats))
    header: list[Flowable] = [para(tr("reports", labels.COLUMN_STATEMENT), st.cell_head)]
    header += [para(data.name(c), st.cell_head) for c in cats]
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = []
    group = None
    for heat in analysis.heatmap:
        if heat.group != group:
            group = heat.group
            title = tr("reports", GROUP_TITLES.get(group, labels.LIST_OTHERS))
            rows.append([para(title, st.cell_head)] + [""] * len(cats))
            r = len(rows) - 1
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), palette.PALE)]
        item = analysis.statement(heat.statement)
        text = item.statement.text
        body = (
            f"{fragment(text, st.cell_small, limit=STATEMENT_LIMIT)}<br/>"
            f'<font size="7">{label_markup(item, data, tr)}<br/>'
            f'<font color="#5A5A5A">{_badge(heat, tr)}</font></font>'
        )
        row: list[Any] = [rich(body, st.cell_small, plain=text)]
        r = len(rows)
        for col, cell in enumerate(heat.cells, start=1):
            row.append(rich(_cell_markup(cell, tr), st.cell_center))
            if cell.hatched:
                commands.append(("BACKGROUND", (col, r), (col, r), hatch))
            else:
                commands.append(("BACKGROUND", (col, r), (col, r), palette.diverging(cell.s)))
        rows.append(row)
    commands.append(("VALIGN", (1, 1), (-1, -1), "MIDDLE"))
    return [long_table(rows, [first] + [other] * len(cats), extra=commands)]


def heatmap_paragraphs(analysis: Analysis, data: ReportInput, translate: Translate) -> list[Flowable]:
    """Simple layout of the heatmap: one paragraph per statement with each cell's text.

    Args:
        analysis: The Agora's analysis.
        data: The report's input.
        translate: Translation function.

    Returns:
        Paragraphs.
    """
    st = document_styles()
    out: list[Flowable] = []
    for heat in analysis.heatmap:
        item = analysis.statement(heat.statement)
        cells = " · ".join(f"{fragment(data.name(c.category))}\u00a0: {fragment(c.text)}" for c in heat.cells)
        out.append(
            rich(
                f"{fragment(item.statement.text, limit=STATEMENT_LIMIT)} — {label_markup(item, data, translate)}"
                f"<br/>{cells}",
                st.note,
                plain=item.statement.text,
            )
        )
    return out


class ScaleLegend(Flowable):
    """The colour scale from −1 (against) to +1 (for), and the hatched « not enough votes » box."""

    def __init__(self, translate: Translate, width: float = 120 * mm) -> None:
        super().__init__()
        self._tr = translate
        self.width = width
        self.height = 9 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the scale, its three ticks and the hatched box."""
        canv: Canvas = self.canv
        tr = self._tr
        bar_width = self.width * 0.62
        steps = 24
        step_width = bar_width / steps
        bar_y, bar_h = 4 * mm, 4 * mm
        for i in range(steps):
            value = -1 + 2 * (i + 0.5) / steps
            canv.setFillColor(palette.diverging(value))
            canv.rect(i * step_width, bar_y, step_width + 0.3, bar_h, stroke=0, fill=1)
        canv.setStrokeColor(palette.RULE)
        canv.setLineWidth(0.4)
        canv.rect(0, bar_y, bar_width, bar_h, stroke=1, fill=0)
        canv.setFillColor(palette.INK)
        canv.setFont(fonts.BODY, 7)
        canv.drawString(0, 0.8 * mm, fonts.plain(tr("reports", labels.SCALE_AGAINST)))
        canv.drawCentredString(bar_width / 2, 0.8 * mm, fonts.plain(tr("reports", labels.SCALE_NEUTRAL)))
        canv.drawRightString(bar_width, 0.8 * mm, fonts.plain(tr("reports", labels.SCALE_FOR)))
        box_x = bar_width + 8 * mm
        hatch(None, canv, box_x, bar_y, 8 * mm, bar_h)
        canv.setStrokeColor(palette.RULE)
        canv.rect(box_x, bar_y, 8 * mm, bar_h, stroke=1, fill=0)
        canv.setFillColor(palette.INK)
        canv.drawString(
            box_x + 10 * mm, bar_y + 1.2 * mm, fonts.plain(tr("reports", labels.SCALE_INSUFFICIENT))
        )
