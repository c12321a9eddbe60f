"""Tabular exports of a forum for spreadsheets: CSV files for French Excel, one XLSX workbook.

Both are built from one consistent read of the forum (``export_bundle``) and show it as people
read it: French headers, category labels, kinds in words, dates in local time. Deleted cards and
withdrawn statements (with their answers) are left out; the bundle keeps everything.

Participant text is data, never a formula: a CSV cell starting with ``= + - @`` (or a tab or
carriage return) gets a leading apostrophe, and every text cell of the workbook is typed as a
string, so a spreadsheet never evaluates what someone typed on a card (CSV injection, OWASP).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from agora.bundle.write import atomic_output
from agora.domain import reference
from agora.domain.kinds import NO_OPINION_LABEL, SCALE3_LABELS, SCALE5_LABELS
from agora.i18n import QT_TRANSLATE_NOOP
from agora.services.exchange import export_bundle
from agora.storage.store import ForumStore

#: Card kinds as one card is called (the board's column titles are plural).
KIND_NAMES = {
    "constraint": QT_TRANSLATE_NOOP("tabular", "Contrainte / frein"),
    "expectation": QT_TRANSLATE_NOOP("tabular", "Attente"),
    "commitment": QT_TRANSLATE_NOOP("tabular", "Engagement"),
    "learning": QT_TRANSLATE_NOOP("tabular", "Apprentissage"),
    "story": QT_TRANSLATE_NOOP("tabular", "Récit"),
}
SESSION_KINDS = {
    "peer_group": QT_TRANSLATE_NOOP("tabular", "Temps entre pairs"),
    "agora": QT_TRANSLATE_NOOP("tabular", "Agora"),
}
CHANNEL_NAMES = {
    "facilitator": QT_TRANSLATE_NOOP("tabular", "Saisie par l’animation"),
    "phone": QT_TRANSLATE_NOOP("tabular", "Téléphone"),
    "paper": QT_TRANSLATE_NOOP("tabular", "Papier"),
}

_KIND_ORDER = {kind: rank for rank, kind in enumerate(KIND_NAMES)}

#: CSV files written by ``export_csv``, by table.
CSV_FILES = {"Cartes": "cartes.csv", "Positions": "positions.csv", "Décomptes": "decomptes.csv"}

#: First characters that make a spreadsheet read a cell as a formula (or hide its start).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Widest column of the workbook, in characters; long texts wrap in the cell.
_MAX_WIDTH = 60


@dataclass
class Table:
    """One sheet (or CSV file): French headers and rows of plain values."""

    name: str
    headers: tuple[str, ...]
    rows: list[list[Any]] = field(default_factory=list)


def _local(stamp: str | None) -> dt.datetime | None:
    # Stored in UTC; people read the time of the room, and spreadsheets know no time zones.
    if stamp is None:
        return None
    return dt.datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _answer(scale: int, value: int | None) -> str:
    if value is None:
        return NO_OPINION_LABEL
    labels = SCALE5_LABELS if scale == 5 else SCALE3_LABELS
    return labels[value - 1] if 1 <= value <= len(labels) else str(value)


def _principles() -> dict[int, str]:
    return {p.number: p.title for p in reference.principles()}


def _relation_label(typology: str, value: str) -> str:
    kind = reference.typology(typology)
    found = kind.value(value) if kind is not None else None
    return found.label if found is not None else value


def forum_tables(store: ForumStore) -> list[Table]:
    """The forum as tables: Forum, Catégories, Temps, Cartes, Énoncés, Positions, Décomptes, Relations."""
    doc = export_bundle(store)
    labels = {c["id"]: c["label"] for c in doc["categories"]}
    sessions = {s["id"]: s for s in doc["sessions"]}
    title = {key: s["title"] for key, s in sessions.items()}
    live = {s["id"]: s for s in doc["statements"] if s["deleted"] is None}
    principles = _principles()
    forum = doc["forum"]
    tables = [
        Table(
            "Forum",
            ("Champ", "Valeur"),
            [
                ["Titre", forum["title"]],
                ["Date", _day(forum["date"])],
                ["Lieu", forum["venue"]],
                ["Animation", forum["facilitators"]],
                ["Lien", forum["link"]],
                ["Identifiant", forum["id"]],
            ],
        ),
        Table(
            "Catégories",
            ("Code", "Nom", "Couleur", "Ordre", "Observatrice"),
            [
                [c["id"], c["label"], c["color"], c["position"], "oui" if c["observer"] else "non"]
                for c in doc["categories"]
            ],
        ),
        Table(
            "Temps",
            ("Ordre", "Titre", "Type", "Catégorie", "Date", "Durée (min)", "Consigne", "Identifiant"),
            [
                [
                    s["position"],
                    s["title"],
                    SESSION_KINDS.get(s["kind"], s["kind"]),
                    labels.get(s["category"], ""),
                    _day(s["date"]),
                    s["duration_minutes"],
                    s["prompt"],
                    s["id"],
                ]
                for s in doc["sessions"]
            ],
        ),
    ]
    cards = sorted(
        (c for c in doc["contributions"] if c["deleted"] is None),
        key=lambda c: (
            sessions[c["session"]]["position"],
            c["session"],
            _KIND_ORDER.get(c["kind"], 99),
            c["position"],
            c["id"],
        ),
    )
    tables.append(
        Table(
            "Cartes",
            (
                "Temps",
                "Catégorie",
                "Type",
                "Cible",
                "Principe",
                "Intitulé du principe",
                "Thème",
                "Texte",
                "Créée le",
                "Modifiée le",
                "Identifiant",
            ),
            [
                [
                    title[c["session"]],
                    labels[c["category"]],
                    KIND_NAMES.get(c["kind"], c["kind"]),
                    labels.get(c["target"], ""),
                    c["principle"],
                    principles.get(c["principle"], ""),
                    c["theme"],
                    c["text"],
                    _local(c["created"]),
                    _local(c["updated"]),
                    c["id"],
                ]
                for c in cards
            ],
        )
    )
    tables.append(
        Table(
            "Énoncés",
            ("Temps", "Ordre", "Texte", "Créé le", "Identifiant"),
            [
                [title[s["session"]], s["position"], s["text"], _local(s["created"]), s["id"]]
                for s in sorted(live.values(), key=lambda s: (s["session"], s["position"], s["id"]))
            ],
        )
    )
    tables.append(
        Table(
            "Positions",
            (
                "Énoncé",
                "Temps",
                "Catégorie",
                "Participant",
                "Échelle",
                "Réponse",
                "Réponse (en clair)",
                "Canal",
                "Enregistrée le",
                "Identifiant",
            ),
            [
                [
                    live[p["statement"]]["text"],
                    title[live[p["statement"]]["session"]],
                    labels[p["category"]],
                    p["participant"] or "",
                    p["scale"],
                    p["value"],
                    _answer(p["scale"], p["value"]),
                    CHANNEL_NAMES.get(p["channel"], p["channel"]),
                    _local(p["created"]),
                    p["id"],
                ]
                for p in sorted(doc["positions"], key=lambda p: (p["statement"], p["created"], p["id"]))
                if p["statement"] in live
            ],
        )
    )
    tables.append(
        Table(
            "Décomptes",
            ("Énoncé", "Temps", "Catégorie", "Présents", "Pour", "Contre", "Abstention", "Non exprimés"),
            [
                [
                    live[t["statement"]]["text"],
                    title[live[t["statement"]]["session"]],
                    labels[t["category"]],
                    t["present"],
                    t["for"],
                    t["against"],
                    t["abstain"],
                    t["present"] - t["for"] - t["against"] - t["abstain"],
                ]
                for t in doc["tallies"]
                if t["statement"] in live
            ],
        )
    )
    territories = {t["id"]: t["name"] for t in doc["territories"]}
    tables.append(
        Table(
            "Relations",
            ("Territoire", "Date", "Typologie", "Relation", "Commentaire"),
            [
                [
                    territories[r["territory"]],
                    _day(r["date"]),
                    r["typology"],
                    _relation_label(r["typology"], r["value"]),
                    r["note"],
                ]
                for r in sorted(doc["relations"], key=lambda r: (r["territory"], r["date"], r["id"]))
            ],
        )
    )
    return tables


def neutralise(text: str) -> str:
    """A text cell as CSV must hold it: a leading apostrophe before a formula-like start."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")  # French Excel reads a decimal comma
    if isinstance(value, str):
        return neutralise(value)
    return value


def _write_csv(table: Table, out: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows([_csv_cell(value) for value in row] for row in table.rows)
    # utf-8-sig: the byte-order mark is how Excel knows the file is UTF-8.
    with atomic_output(out) as handle:
        handle.write(buffer.getvalue().encode("utf-8-sig"))


def export_csv(store: ForumStore, folder: Path) -> list[Path]:
    """Write ``cartes.csv``, ``positions.csv`` and ``decomptes.csv`` into ``folder`` (created if needed).

    UTF-8 with a byte-order mark, ``;`` between fields, French headers: what French Excel opens
    with a double click. Each file is written under a temporary name, then renamed.

    Returns:
        The files written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in forum_tables(store):
        if table.name in CSV_FILES:
            out = folder / CSV_FILES[table.name]
            _write_csv(table, out)
            written.append(out)
    return written


def _width(values: Sequence[Any]) -> float:
    longest = max((len(str(v).split("\n", 1)[0]) for v in values if v is not None), default=0)
    return min(max(longest, 6) + 2, _MAX_WIDTH)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value)[:32_767])
        cell.data_type = "s"  # a string, even when it starts with "=": never a formula
        return cell
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "dd/mm/yyyy hh:mm"
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "dd/mm/yyyy"
        return cell
    return value


def export_xlsx(store: ForumStore, out: Path) -> None:
    """Write the forum as one workbook, a sheet per table, header bold and frozen.

    Written under a temporary name beside ``out``, synced, then renamed.
    """
    out = Path(out)
    workbook = Workbook(write_only=True)  # streams rows: a 10,000-card forum stays light
    bold = Font(bold=True)
    for table in forum_tables(store):
        sheet = workbook.create_sheet(table.name)
        sheet.freeze_panes = "A2"
        for index, header in enumerate(table.headers):
            column = [header, *(row[index] for row in table.rows)]
            sheet.column_dimensions[get_column_letter(index + 1)].width = _width(column)
        headers = []
        for header in table.headers:
            cell = WriteOnlyCell(sheet, value=header)
            cell.font = bold
            headers.append(cell)
        sheet.append(headers)
        for row in table.rows:
            sheet.append([_xlsx_cell(sheet, value) for value in row])
    with atomic_output(out) as handle:
        workbook.save(handle)
