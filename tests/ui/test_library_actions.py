"""The start screen's actions: create from the form, duplicate, import, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from agora.paths import library_dir
from agora.services import cards, exchange, forums
from agora.storage.store import open_forum
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import type_text
from ui.dialogs.new_forum_dialog import NewForumDialog
from ui.main_window import MainWindow
from ui.start.library_ops import create_forum_file


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that would have been shown (none is really shown)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def new_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.refresh_action.isEnabled())
    return window


def forum_content(path: Path) -> tuple[str, list[str], list[tuple[str, str | None, str]], list[str]]:
    """(title, category codes, agenda (kind, category, title), card texts) of a forum file."""
    store = open_forum(path, read_only=True)
    try:
        return (
            forums.forum_info(store).title,
            [c.code for c in forums.list_categories(store)],
            [(s.kind, s.category, s.title) for s in forums.list_sessions(store)],
            sorted(c.text for c in cards.list_cards(store)),
        )
    finally:
        store.close()


def fill_form(qtbot: QtBot, dialog: NewForumDialog) -> None:
    """Title, date, venue, territory typed; the État unticked; two peer times; a line renamed, one removed."""
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.title, "Forum du Val d’Aubrelle")
    assert dialog.ok_button.isEnabled()
    dialog.date.setDate(QDate(2026, 6, 18))
    type_text(dialog.venue, "Tiers-lieu de la Gare")
    type_text(dialog.territory, "Communauté de communes du Val")
    dialog.category_checks["etat"].click()
    dialog.peer_times.setValue(2)
    model = dialog.agenda_model
    assert model.rowCount() == 2 * 3 + 1
    assert model.index(0).data() == "Temps entre pairs 1 — Élu·e·s"
    view = dialog.agenda_view
    view.setCurrentIndex(model.index(model.rowCount() - 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    editor.selectAll()
    type_text(editor, "Agora du Val")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view.setCurrentIndex(model.index(1))
    dialog.remove_line.click()


def test_new_forum_form_creates_the_file_with_its_categories_and_agenda(qtbot: QtBot) -> None:
    """The form's choices end up in the forum file."""
    dialog = NewForumDialog()
    qtbot.addWidget(dialog)
    fill_form(qtbot, dialog)
    spec = dialog.spec()
    assert spec.date == dt.date(2026, 6, 18)
    path = create_forum_file(spec)
    assert path == library_dir() / "Forum du Val d’Aubrelle.agora"
    title, categories, agenda, _cards = forum_content(path)
    assert title == "Forum du Val d’Aubrelle"
    assert categories == ["elus", "agents", "socio"]
    assert agenda == [
        ("peer_group", "elus", "Temps entre pairs 1 — Élu·e·s"),
        ("peer_group", "socio", "Temps entre pairs 1 — Acteurs socio-économiques"),
        ("peer_group", "elus", "Temps entre pairs 2 — Élu·e·s"),
        ("peer_group", "agents", "Temps entre pairs 2 — Agents territoriaux"),
        ("peer_group", "socio", "Temps entre pairs 2 — Acteurs socio-économiques"),
        ("agora", None, "Agora du Val"),
    ]
    store = open_forum(path, read_only=True)
    try:
        assert [t.name for t in forums.list_territories(store)] == ["Communauté de communes du Val"]
        assert forums.forum_info(store).venue == "Tiers-lieu de la Gare"
    finally:
        store.close()


def test_form_lines_can_be_added_and_moved(qtbot: QtBot) -> None:
    """« Ajouter une Agora », « Monter », the categories' menu: the agenda follows."""
    dialog = NewForumDialog()
    qtbot.addWidget(dialog)
    dialog.peer_times.setValue(1)
    dialog.with_agora.setChecked(False)
    model = dialog.agenda_model
    assert [model.index(r).data() for r in range(model.rowCount())][-1] == "Temps entre pairs 1 — Acteurs socio-économiques"
    dialog.agenda_view.setCurrentIndex(model.index(0))
    dialog.add_agora.click()
    assert model.index(1).data() == "Agora"
    dialog.up.click()
    assert model.index(0).data() == "Agora"
    dialog.add_peer_menu.actions()[2].trigger()  # État
    assert model.index(1).data() == "Temps entre pairs — État"
    for check in dialog.category_checks.values():
        check.setChecked(False)
    assert not dialog.ok_button.isEnabled()


def test_create_from_the_start_window_opens_the_new_forum(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« Nouveau forum… »: the form accepted, the file is created, listed and opened in its desk."""

    def accept(dialog: NewForumDialog) -> int:
        fill_form(qtbot, dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewForumDialog, "exec", accept)
    window = new_window(qtbot)
    with qtbot.waitSignal(window.forum_opened, timeout=5000) as opened:
        window.start.welcome_create_button.click()
    assert opened.args == [library_dir() / "Forum du Val d’Aubrelle.agora"]
    assert window.forum_window is not None
    assert len(window.forum_window.sessions()) == 6


def test_duplicate_makes_a_verified_copy_titled_copie(qtbot: QtBot, make_forum: MakeForum) -> None:
    """« Dupliquer »: a new library file « … (copie) », same cards, same forum id, listed and selected."""
    source = make_forum("val", "Forum du Val", cards_of_first_session=[("constraint", "Une carte", None)])
    window = new_window(qtbot)
    with qtbot.waitSignal(window.library_actions.finished, timeout=5000):
        window.start.duplicate_button.click()
    copy = library_dir() / "Forum du Val (copie).agora"
    assert copy.exists()
    title, _categories, _agenda, texts = forum_content(copy)
    assert (title, texts) == ("Forum du Val (copie)", ["Une carte"])
    original, duplicate = open_forum(source, read_only=True), open_forum(copy, read_only=True)
    try:
        assert forums.forum_info(original).id == forums.forum_info(duplicate).id
    finally:
        original.close()
        duplicate.close()
    qtbot.waitUntil(lambda: window.start.library_model.rowCount() == 2)
    assert window.start.selected_forum().path == copy


def test_import_a_bundle_into_a_new_library_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list
) -> None:
    """« Importer… » a bundle from a stick: a new forum in the library with its cards."""
    store = forums.create_forum(tmp_path / "ailleurs.agora", "Forum d’une autre salle")
    try:
        cards.add_card(store, forums.list_sessions(store)[0].id, "constraint", "Venue d’ailleurs")
        bundle = tmp_path / "cle" / "salle-2.zip"
        bundle.parent.mkdir()
        exchange.write_bundle(store, bundle)
    finally:
        store.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    window = new_window(qtbot)
    with qtbot.waitSignal(window.library_actions.finished, timeout=5000):
        window.start.welcome_import_button.click()
    imported = library_dir() / "salle-2.agora"
    assert forum_content(imported)[0] == "Forum d’une autre salle"
    assert forum_content(imported)[3] == ["Venue d’ailleurs"]
    assert boxes[0].windowTitle() == "Import terminé"
    assert "nouveau forum créé" in boxes[0].text()
    qtbot.waitUntil(lambda: window.start.library_model.rowCount() == 1)


def test_import_a_forum_file_never_replaces_one(
    qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list
) -> None:
    """An .agora file with a name already in the library comes in as « … (2) »."""
    make_forum("val", "Forum du Val")
    stick = tmp_path / "cle" / "val.agora"
    stick.parent.mkdir()
    forums.create_forum(stick, "Forum du Val, version de la clé").close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stick), ""))
    window = new_window(qtbot)
    with qtbot.waitSignal(window.library_actions.finished, timeout=5000):
        window.import_action.trigger()
    assert forum_content(library_dir() / "val (2).agora")[0] == "Forum du Val, version de la clé"
    assert forum_content(library_dir() / "val.agora")[0] == "Forum du Val"


def test_import_errors_are_french_messages(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list
) -> None:
    """A broken bundle is refused with the core's French reason; the library is unchanged."""
    broken = tmp_path / "casse.json"
    broken.write_text("{pas du json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    window = new_window(qtbot)
    with qtbot.waitSignal(window.library_actions.finished, timeout=5000):
        window.start.welcome_import_button.click()
    assert boxes[0].windowTitle() == "L’import a échoué"
    assert boxes[0].text()
    assert list(library_dir().glob("*.agora")) == []


@pytest.mark.parametrize(
    ("chosen_filter", "name", "written"),
    [
        ("Lot Agora (*.json)", "forum.json", ["forum.json"]),
        ("Lot Agora compressé (*.zip)", "forum", ["forum.zip"]),
        ("Classeur Excel (*.xlsx)", "forum.xlsx", ["forum.xlsx"]),
        ("Tableaux CSV pour Excel (*.csv)", "forum.csv", ["forum"]),
        ("Copie vérifiée du forum, pour une clé USB (*.agora)", "forum.agora", ["forum.agora", "forum.agora.sha256"]),
    ],
)
def test_export_in_every_format(
    qtbot: QtBot,
    make_forum: MakeForum,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list,
    chosen_filter: str,
    name: str,
    written: list[str],
) -> None:
    """« Exporter… »: the format chosen in the dialog is the format written."""
    make_forum("val", "Forum du Val", cards_of_first_session=[("constraint", "À exporter", None)])
    out = tmp_path / "cle"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / name), chosen_filter))
    window = new_window(qtbot)
    with qtbot.waitSignal(window.library_actions.finished, timeout=10000):
        window.start.export_button.click()
    assert sorted(p.name for p in out.iterdir()) == written
    assert boxes[0].windowTitle() == "Export terminé", boxes[0].text()
    if name == "forum.csv":
        assert "À exporter" in (out / "forum" / "cartes.csv").read_text("utf-8-sig")
