"""CSV and XLSX exports: French headers, one row per item, formulas never evaluated."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from agora.services import cards, statements, tabular, votes
from agora.storage.store import ForumStore
from tests.agora.bundle import populate
from tests.conftest import session_of

HOSTILE = ['=HYPERLINK("http://x";"clic")', "+33 6 12 34 56 78", "-2 % de budget", "@SOMME(A1:A3)"]


@pytest.fixture
def filled(store: ForumStore) -> dict[str, str]:
    ids = populate(store)
    for text in HOSTILE:
        cards.add_card(store, session_of(store, "agents"), "constraint", text)
    withdrawn = statements.add_statement(store, ids["agora"], "Énoncé retiré")
    votes.record_position(store, withdrawn.id, "socio", 1)
    statements.delete_statement(store, withdrawn.id)
    return ids


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM French Excel needs
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_files_and_headers(store: ForumStore, filled: dict[str, str], tmp_path: Path) -> None:
    written = tabular.export_csv(store, tmp_path / "export")
    assert [p.name for p in written] == ["cartes.csv", "positions.csv", "decomptes.csv"]
    rows = read_csv(tmp_path / "export" / "cartes.csv")
    assert rows[0] == [
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
    ]
    assert len(rows) == 1 + 3 + len(HOSTILE)  # live cards only
    expectation = next(row for row in rows if row[-1] == filled["expectation"])
    assert expectation[:5] == ["Temps entre pairs 1 — Élu·e·s", "Élu·e·s", "Attente", "État", "2"]
    assert expectation[7] == "Que l’État 🇫🇷 simplifie"
    assert expectation[8].count("/") == 2  # 22/11/2026 14:05
    positions = read_csv(tmp_path / "export" / "positions.csv")
    assert positions[0][:7] == [
        "Énoncé",
        "Temps",
        "Catégorie",
        "Participant",
        "Échelle",
        "Réponse",
        "Réponse (en clair)",
    ]
    assert len(positions) == 1 + 2  # the withdrawn statement's answer is left out
    answers = {row[3]: row[5:8] for row in positions[1:]}
    assert answers["p1"] == ["4", "Plutôt d’accord", "Saisie par l’animation"]
    assert answers["p2"] == ["", "Ne se prononce pas", "Téléphone"]
    tallies = read_csv(tmp_path / "export" / "decomptes.csv")
    assert tallies == [
        ["Énoncé", "Temps", "Catégorie", "Présents", "Pour", "Contre", "Abstention", "Non exprimés"],
        ["Que l’État 🇫🇷 simplifie", "Agora", "État", "6", "4", "1", "1", "0"],
    ]


def test_csv_neutralises_formulas(store: ForumStore, filled: dict[str, str], tmp_path: Path) -> None:
    tabular.export_csv(store, tmp_path)
    texts = {row[7] for row in read_csv(tmp_path / "cartes.csv")[1:]}
    for text in HOSTILE:
        assert f"'{text}" in texts
    assert "Manque de temps" in texts  # ordinary text untouched


def test_xlsx_sheets_headers_and_rows(store: ForumStore, filled: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "forum.xlsx"
    tabular.export_xlsx(store, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Forum",
        "Catégories",
        "Temps",
        "Cartes",
        "Énoncés",
        "Positions",
        "Décomptes",
        "Relations",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= 8
    cartes = book["Cartes"]
    assert [c.value for c in cartes[1]][:4] == ["Temps", "Catégorie", "Type", "Cible"]
    assert cartes.max_row == 1 + 3 + len(HOSTILE)
    assert book["Décomptes"]["D2"].value == 6
    assert book["Temps"].max_row == 1 + 13
    assert book["Relations"]["D2"].value  # the relation's French label
    assert book["Énoncés"].max_row == 1 + 2
    stamp = next(row for row in cartes.iter_rows(min_row=2) if row[-1].value == filled["expectation"])[8]
    assert stamp.is_date


def test_xlsx_never_holds_formulas(store: ForumStore, filled: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "forum.xlsx"
    tabular.export_xlsx(store, out)
    cells = {c.value: c for row in openpyxl.load_workbook(out)["Cartes"].iter_rows(min_row=2) for c in row}
    for text in HOSTILE:
        assert cells[text].data_type == "s"  # the text itself, typed as a string
    assert all(cell.data_type != "f" for cell in cells.values())


def test_xlsx_is_replaced_atomically(store: ForumStore, tmp_path: Path) -> None:
    out = tmp_path / "forum.xlsx"
    out.write_bytes(b"ancien")
    tabular.export_xlsx(store, out)
    assert openpyxl.load_workbook(out).sheetnames[0] == "Forum"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
