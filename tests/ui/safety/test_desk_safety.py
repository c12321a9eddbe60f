"""The desk's data safety: recovery banner, automatic snapshots, restore, export to a USB stick."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from agora.services import cards, forums
from agora.storage import backup
from agora.storage.backup import list_snapshots
from agora.storage.store import open_forum
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import capture, current_board, open_desk, stored, wait_saved
from ui.desk.forum_window import ForumWindow
from ui.safety import restore_flow
from ui.safety.restore_dialog import COL_CARDS, COL_REASON, COL_STATEMENTS, COL_VERIFIED, RestoreDialog

CARDS = (("constraint", "Le budget est serré", None), ("commitment", "Ouvrir la salle le samedi", None))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes shown (none really is)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def reasons(path: Path) -> list[str]:
    return [snap.reason for snap in list_snapshots(path)]


def settle(qtbot: QtBot, window: ForumWindow) -> None:
    wait_saved(qtbot, window)
    assert window.backups.wait()
    wait_saved(qtbot, window)


def test_damaged_forum_opens_from_its_snapshot_with_a_banner(qtbot: QtBot, make_forum: MakeForum) -> None:
    """A damaged file is restored from its snapshot; a banner (not a dialog) names the missing span."""
    path = make_forum()
    with open_forum(path) as live:
        first = forums.list_sessions(live)[0].id
        for n in range(40):
            cards.add_card(live, first, "constraint", f"Carte {n} " + "texte long " * 40)
    backup.snapshot(path, backup.REASON_OPEN)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    window = open_desk(qtbot, path)
    banner = window.recovery_banner
    assert banner.isVisible()
    assert "endommagé" in banner.message.text()
    assert "peuvent manquer" in banner.message.text()
    assert len(stored(window)) == 40
    banner.close_button.click()
    assert not banner.isVisible()
    window.close()


def test_snapshots_on_open_every_fifteen_minutes_and_at_close(qtbot: QtBot, make_forum: MakeForum) -> None:
    """on_open after opening; tick only once 15 minutes passed and something changed; at close."""
    path = make_forum(cards_of_first_session=CARDS)
    window = open_desk(qtbot, path)
    settle(qtbot, window)
    assert reasons(path) == [backup.REASON_OPEN]
    assert window.backups.timer.isActive() and window.backups.timer.interval() == 60_000
    capture(qtbot, window, "Une carte de plus")
    settle(qtbot, window)
    window.backups.tick()  # not 15 minutes yet
    settle(qtbot, window)
    assert reasons(path) == [backup.REASON_OPEN]
    later = dt.datetime.now() + dt.timedelta(minutes=16)
    window.backups.forum_backups.clock = lambda: later
    window.backups.tick()
    settle(qtbot, window)
    assert sorted(reasons(path)) == sorted([backup.REASON_OPEN, backup.REASON_TIMER])
    capture(qtbot, window, "Encore une")
    settle(qtbot, window)
    window.close()
    assert backup.REASON_CLOSE in reasons(path)


def test_bulk_deletion_is_preceded_by_a_snapshot(qtbot: QtBot, make_forum: MakeForum) -> None:
    """Deleting several cards at once snapshots the state with them first; one card does not."""
    path = make_forum(cards_of_first_session=(*CARDS, ("learning", "La transparence aide", None)))
    window = open_desk(qtbot, path)
    settle(qtbot, window)
    board = current_board(window)
    board.editing.delete(stored(window)[:1])
    settle(qtbot, window)
    assert backup.REASON_DELETION not in reasons(path)
    board.editing.delete(stored(window))
    settle(qtbot, window)
    assert stored(window) == []
    before = next(s for s in list_snapshots(path) if s.reason == backup.REASON_DELETION)
    assert before.cards == 2
    window.close()


def test_restore_lists_snapshots_and_brings_back_the_old_cards(
    qtbot: QtBot, make_forum: MakeForum, monkeypatch: pytest.MonkeyPatch, boxes: list[QMessageBox]
) -> None:
    """The dialog lists time, reason and counts; restoring replaces the forum and reopens it."""
    path = make_forum(cards_of_first_session=CARDS)
    window = open_desk(qtbot, path)
    settle(qtbot, window)
    capture(qtbot, window, "Ajoutée après la sauvegarde")
    settle(qtbot, window)
    assert len(stored(window)) == 3
    rows: list[list[str]] = []

    def choose_opening(dialog: RestoreDialog) -> int:
        qtbot.waitUntil(lambda: bool(dialog.snapshots), timeout=5000)
        for row in range(dialog.table.rowCount()):
            rows.append([dialog.table.item(row, col).text() for col in range(5)])
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_opening)
    asked: list[str] = []
    monkeypatch.setattr(
        restore_flow.message_box, "confirm", lambda _p, _t, text, _a: asked.append(text) or True
    )
    with qtbot.waitSignal(window.restore.finished, timeout=10_000) as finished:
        window.actions_.restore_backup.trigger()
    assert finished.args == [True]
    assert rows[0][COL_REASON] == "à l’ouverture"
    assert rows[0][COL_CARDS] == "2"
    assert rows[0][COL_STATEMENTS] == "0"
    assert rows[0][COL_VERIFIED].startswith("✓")
    assert " h " in rows[0][0]  # « 12 mai 2026 à 10 h 14 »
    assert "(2 cartes)" in asked[0]
    qtbot.waitUntil(lambda: window.current_board() is not None, timeout=5000)
    qtbot.waitUntil(lambda: current_board(window).board_cards.loaded, timeout=5000)
    assert sorted(c.text for c in stored(window)) == sorted(text for _k, text, _t in CARDS)
    assert backup.REASON_RESTORE in reasons(path)  # the state before the restore is kept
    capture(qtbot, window, "Après la restauration")  # the desk works on the restored file
    assert len(stored(window)) == 3
    window.close()


def test_usb_export_writes_a_verified_copy_and_says_the_key_can_go(
    qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, boxes: list[QMessageBox]
) -> None:
    """« Exporter sur une clé USB… »: the copy and its checksum are there; the message says so."""
    path = make_forum(cards_of_first_session=CARDS)
    window = open_desk(qtbot, path)
    key = tmp_path / "cle"
    key.mkdir()
    window.usb.choose = lambda _parent, _title: key
    with qtbot.waitSignal(window.usb.finished, timeout=10_000) as finished:
        window.actions_.usb_export.trigger()
    ok, text = finished.args
    assert ok is True
    assert text.endswith("Vous pouvez retirer la clé.")
    assert (key / path.name).read_bytes()[:16] == b"SQLite format 3\x00"
    assert (key / (path.name + ".sha256")).exists()
    assert boxes[-1].text() == text
    window.close()


def test_usb_export_failure_says_not_to_remove_the_key(
    qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, boxes: list[QMessageBox]
) -> None:
    """A folder that does not exist: the error message, « Ne retirez pas la clé. »."""
    path = make_forum()
    window = open_desk(qtbot, path)
    with qtbot.waitSignal(window.usb.finished, timeout=10_000) as finished:
        window.usb.start(tmp_path / "absente" / "dossier")
    ok, text = finished.args
    assert ok is False
    assert "Ne retirez pas la clé." in text
    window.close()


def test_merge_is_preceded_by_an_import_snapshot(qtbot: QtBot, make_forum: MakeForum) -> None:
    """« Fusionner un lot… »: a snapshot « avant-import » is taken before the bundle is chosen."""
    path = make_forum(cards_of_first_session=CARDS)
    window = open_desk(qtbot, path)
    settle(qtbot, window)
    capture(qtbot, window, "Avant la fusion")
    called: list[bool] = []
    window.backups.before_import(lambda: called.append(True))
    qtbot.waitUntil(lambda: called == [True], timeout=5000)
    assert backup.REASON_IMPORT in reasons(path)
    window.close()


def test_restore_from_the_start_screen(
    qtbot: QtBot, make_forum: MakeForum, monkeypatch: pytest.MonkeyPatch, boxes: list[QMessageBox]
) -> None:
    """Fichier ▸ Restaurer une sauvegarde… of the start screen, for the selected (closed) forum."""
    from ui.main_window import MainWindow

    path = make_forum(cards_of_first_session=CARDS)
    backup.snapshot(path, backup.REASON_MANUAL)
    with open_forum(path) as live:
        cards.add_card(live, forums.list_sessions(live)[0].id, "constraint", "Ajoutée ensuite")
    main = MainWindow()
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.library_loaded, timeout=5000):
        pass
    assert main.start.select_forum(path)

    def choose(dialog: RestoreDialog) -> int:
        qtbot.waitUntil(lambda: bool(dialog.snapshots), timeout=5000)
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    monkeypatch.setattr(restore_flow.message_box, "confirm", lambda *_a: True)
    with qtbot.waitSignal(main.library_loaded, timeout=10_000):
        main.restore_action.trigger()
    with open_forum(path) as live:
        assert len(cards.list_cards(live)) == 2
    assert backup.REASON_RESTORE in reasons(path)
