"""Benchmark of the Agora session summary PDF (`agora.reports.build_summary`).

Case: an Agora of 50 statements (shows of hands in four categories) in a forum of 300 cards:
the summary prints the cross table of the cards, the ranked lists with every stance and its
votes, the 50 × 4 heatmap and the two category matrices. Budget: ≤ 2 s, and ≤ 1.5× a floor
measured in the same run: bare reportlab (SimpleDocTemplate, default canvas) building the same
paragraphs (same markup, font and size) and the same tables (same cells, column widths and cell
colours), taken once, untimed, from the summary's own story. What the floor leaves out is what
Agora adds: reading the analysis, escaping and French typography, glyph fallback, « page n / N »
footers, keep-together groups, hatching, and the choice between whole-row and in-row splits.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, TableStyle

from agora.domain import reference
from agora.i18n import identity
from agora.method import AgoraInput, CategoryInfo, HandTally, StatementInput, analyse
from agora.reports import ReportInput, build_summary, fonts, palette
from agora.reports.agora_summary import agora_summary_story
from agora.reports.documents import A4_WIDTH
from agora.services.reads import CardRead, CategoryRead, ForumRead, SessionRead, TerritoryRead
from bench.timing import median_seconds, report

CARDS = 300
STATEMENTS = 50
BUDGET_S = 2.0
BUDGET_RATIO = 1.5
RUNS = 7

_KINDS = ("constraint", "expectation", "commitment")
_WORDS = [
    "coopération",
    "territoire",
    "transition",
    "élus",
    "agents",
    "acteurs",
    "confiance",
    "temps",
    "évaluation",
    "projet",
    "financement",
    "dialogue",
    "cohérence",
    "marchés",
    "publics",
    "engagement",
    "réseau",
    "habitants",
    "tiers-lieu",
]
_MOMENT = dt.datetime(2026, 5, 12, 9, 0, tzinfo=dt.UTC)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high))).capitalize()


def synthetic_input(seed: int = 2026) -> ReportInput:
    """A forum of 300 cards and an Agora of 50 statements voted by show of hands.

    Args:
        seed: Random seed.

    Returns:
        The report input of the Agora session.
    """
    rng = random.Random(seed)
    cats = tuple(
        CategoryRead(c.code, c.label, c.color, i, False) for i, c in enumerate(reference.default_categories())
    )
    codes = [c.code for c in cats]
    agora = SessionRead(
        "agora", "agora", None, "Agora — croiser les regards", dt.date(2026, 5, 12), 4, "", 120
    )
    cards = []
    for i in range(CARDS):
        kind = _KINDS[i % 3]
        category = codes[i % 4]
        target = rng.choice([c for c in codes if c != category]) if kind == "expectation" else None
        cards.append(
            CardRead(
                f"c{i}", f"peer-{category}", kind, category, target, _sentence(rng, 6, 30), 1 + i % 4,
                "thème", float(i), None, None, _MOMENT, _MOMENT, None,
            )
        )  # fmt: skip
    statements = [StatementInput(f"s{i}", _sentence(rng, 8, 20)) for i in range(STATEMENTS)]
    hands = []
    for statement in statements:
        lean = rng.random()
        for code in codes:
            present = rng.randint(4, 9)
            pour = min(present, int(present * max(0.0, min(1.0, lean + rng.uniform(-0.4, 0.4)))))
            contre = rng.randint(0, present - pour)
            hands.append(
                HandTally(statement.id, code, present, pour, contre, rng.randint(0, present - pour - contre))
            )
    analysis = analyse(
        AgoraInput(
            categories=[CategoryInfo(c.code, c.label) for c in cats], statements=statements, tallies=hands
        )
    )
    return ReportInput(
        forum=ForumRead("f", "Rencontre des territoires pilotes", dt.date(2026, 5, 12), "Salle des fêtes",
                        "Équipe d’animation", ""),
        categories=cats,
        territories=(TerritoryRead("t", "Communauté de communes", None, "", "rural", "", "", ""),),
        session=agora,
        cards=tuple(cards),
        agora=agora,
        analysis=analysis,
    )  # fmt: skip


@dataclass(frozen=True)
class _Para:
    text: str
    size: float
    leading: float
    font: str
    bullet: str | None


@dataclass(frozen=True)
class _Grid:
    rows: list[list[list[_Para]]]
    widths: list[float]
    colours: list[tuple[Any, ...]]


def _paras(flowable: Any) -> list[_Para]:
    if isinstance(flowable, Paragraph):
        st = flowable.style
        return [_Para(flowable.text, st.fontSize, st.leading, st.fontName, flowable.bulletText)]
    if isinstance(flowable, list | tuple):
        return [p for item in flowable for p in _paras(item)]
    return []


def floor_spec(data: ReportInput) -> list[_Para | _Grid]:
    """The paragraphs and tables of the summary, as plain text and sizes (built untimed).

    Args:
        data: The report input.

    Returns:
        What the floor builds: every paragraph's markup and size, every table's cells, column
        widths and cell colours (colours only; no hatching).
    """
    spec: list[_Para | _Grid] = []

    def walk(flowable: Any) -> None:
        if isinstance(flowable, KeepTogether):
            for item in flowable._content:
                walk(item)
        elif isinstance(flowable, LongTable):
            colours = [cmd for cmd in flowable._bkgrndcmds if not callable(cmd[3])]
            rows = [[_paras(cell) for cell in row] for row in flowable._cellvalues]
            spec.append(_Grid(rows, list(flowable._argW), colours))
        elif isinstance(flowable, Paragraph):
            spec.extend(_paras(flowable))

    for flowable in agora_summary_story(data, identity, A4_WIDTH, False):
        walk(flowable)
    return spec


@cache
def _bare_style(size: float, leading: float, font: str) -> ParagraphStyle:
    return ParagraphStyle(f"bare-{size}-{leading}-{font}", fontName=font, fontSize=size, leading=leading)


def _bare(para: _Para) -> Paragraph:
    return Paragraph(para.text, _bare_style(para.size, para.leading, para.font), bulletText=para.bullet)


def bare_build(spec: list[_Para | _Grid], target: Path) -> None:
    """The floor: bare reportlab builds the same paragraphs and tables (default canvas, no page
    numbers, tables split by rows then in rows as reportlab does by itself)."""
    story: list[Any] = []
    for item in spec:
        if isinstance(item, _Para):
            story.append(_bare(item))
            continue
        cells = [[[_bare(p) for p in cell] for cell in row] for row in item.rows]
        table = LongTable(cells, colWidths=item.widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.35, palette.RULE), *item.colours]))
        story.append(table)
    doc = SimpleDocTemplate(str(target), pagesize=A4, initialFontName=fonts.BODY, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm)  # fmt: skip
    doc.build(story)


def main() -> None:
    """Print the median time of the summary PDF beside its bare-reportlab floor."""
    data = synthetic_input()
    fonts.register()
    with tempfile.TemporaryDirectory(prefix="agora-bench-report-") as folder:
        ours_path, bare_path = Path(folder) / "summary.pdf", Path(folder) / "bare.pdf"
        spec = floor_spec(data)
        build_summary(data, ours_path)  # warm-up: font subsets, caches
        bare_build(spec, bare_path)
        # Interleaved rounds, so that a busy neighbour on the machine slows both sides alike.
        floors, ours_times = [], []
        for _round in range(RUNS):
            floors.append(median_seconds(lambda: bare_build(spec, bare_path), 1))
            ours_times.append(median_seconds(lambda: build_summary(data, ours_path), 1))
    floor, ours = statistics.median(floors), statistics.median(ours_times)
    ok_ratio = report(
        f"compte rendu d’Agora, {CARDS} cartes + {STATEMENTS} énoncés", ours, floor, BUDGET_RATIO
    )
    ok_time = ours <= BUDGET_S
    print(f"budget ≤ {BUDGET_S} s : {'OK' if ok_time else 'DÉPASSÉ'}", flush=True)
    print("PASS" if ok_ratio and ok_time else "FAIL", flush=True)


if __name__ == "__main__":
    main()
