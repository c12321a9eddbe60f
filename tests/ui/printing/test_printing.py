"""« Exporter en PDF… » and « Imprimer… » from the desk: the PDFs are built off the GUI thread,
opened in the (injected) viewer, and sent to the (injected) printing command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from agora.paths import library_dir
from agora.services.printing import Document
from tests.agora.server import make_demo
from tests.ui.conftest import MakeForum
from tests.ui.desk_helpers import open_desk
from ui.desk.forum_window import ForumWindow
from ui.printing import print_actions
from ui.printing.print_job import print_command, send_to_printer

CARDS = (("constraint", "Le budget est serré", None), ("story", "« On a ouvert la salle »", None))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo forum, built once for the module (copied into each test's library)."""
    folder = tmp_path_factory.mktemp("demo")
    return Path(make_demo(folder).path)


def viewer(window: ForumWindow) -> list[Path]:
    opened: list[Path] = []
    window.printing.open_file = opened.append
    return opened


def export(qtbot: QtBot, window: ForumWindow, document: Document, target: Path) -> Path:
    with qtbot.waitSignal(window.printing.pdf_ready, timeout=30_000) as ready:
        window.printing.export_pdf(document, target)
    path = Path(ready.args[0])
    assert path == target
    assert path.read_bytes()[:5] == b"%PDF-"
    return path


def demo_desk(qtbot: QtBot, demo_copy: Path) -> tuple[ForumWindow, str]:
    path = library_dir() / "demo.agora"
    path.write_bytes(demo_copy.read_bytes())
    window = open_desk(qtbot, path)
    agora = next(s.id for s in window.sessions() if s.kind == "agora")
    return window, agora


def test_peer_group_summary_pdf_opens_in_the_viewer(
    qtbot: QtBot, make_forum: MakeForum, tmp_path: Path, boxes: list[QMessageBox]
) -> None:
    window = open_desk(qtbot, make_forum(cards_of_first_session=CARDS))
    opened = viewer(window)
    chosen: list[Path] = []

    def choose(_parent: Any, _title: str, proposed: Path) -> Path:
        chosen.append(proposed)
        return tmp_path / "synthese.pdf"

    window.printing.choose_target = choose
    with qtbot.waitSignal(window.printing.pdf_ready, timeout=30_000):
        window.printing.pdf_actions[Document.SUMMARY].trigger()
    assert opened == [tmp_path / "synthese.pdf"]
    assert opened[0].read_bytes()[:5] == b"%PDF-"
    assert chosen[0].name.startswith("Forum de test - synthese - ")
    assert boxes == []
    window.close()


def test_agora_summary_handouts_and_poster(
    qtbot: QtBot, demo_copy: Path, tmp_path: Path, boxes: list[QMessageBox]
) -> None:
    window, agora = demo_desk(qtbot, demo_copy)
    opened = viewer(window)
    assert window.printing.pdf_actions[Document.POSTER].isEnabled()
    window.select_session(agora)
    export(qtbot, window, Document.SUMMARY, tmp_path / "agora.pdf")
    export(qtbot, window, Document.HANDOUTS, tmp_path / "livrets.pdf")
    poster = export(qtbot, window, Document.POSTER, tmp_path / "affiche.pdf")
    assert opened == [tmp_path / "agora.pdf", tmp_path / "livrets.pdf", poster]
    assert boxes == []
    window.close()


def test_print_sends_the_pdf_to_the_chosen_printer(
    qtbot: QtBot, make_forum: MakeForum, boxes: list[QMessageBox]
) -> None:
    window = open_desk(qtbot, make_forum(cards_of_first_session=CARDS))
    commands: list[list[str]] = []
    window.printing.printers = lambda: ["Salle_du_conseil"]
    window.printing.ask_printer = lambda _parent: ("Salle_du_conseil", 3)
    window.printing.runner = lambda command, **_kw: commands.append(command) or _Done()
    with qtbot.waitSignal(window.printing.printed, timeout=30_000) as printed:
        window.printing.print_actions[Document.SUMMARY].trigger()
    path, printer, copies = printed.args
    assert (printer, copies) == ("Salle_du_conseil", 3)
    assert commands == [["lp", "-d", "Salle_du_conseil", "-n", "3", str(path)]]
    assert Path(path).read_bytes()[:5] == b"%PDF-"
    assert boxes == []
    window.close()


def test_print_without_any_printer_says_so(
    qtbot: QtBot, make_forum: MakeForum, boxes: list[QMessageBox]
) -> None:
    window = open_desk(qtbot, make_forum())
    window.printing.printers = list
    window.printing.ask_printer = lambda _parent: pytest.fail("no dialog without a printer")
    window.printing.print_actions[Document.SUMMARY].trigger()
    assert boxes[0].text().startswith("Aucune imprimante n’est installée sur cet ordinateur.")
    window.close()


def test_print_dialog_gives_the_printer_and_copies(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's QPrintDialog (QtPrintSupport) is what asks; cancelling asks nothing more."""
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    name, copies = print_actions.ask_printer(None)  # type: ignore[arg-type]
    assert isinstance(name, str) and copies == 1
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    assert print_actions.ask_printer(None) is None  # type: ignore[arg-type]


class _Done:
    returncode = 0
    stderr = ""


class _Failed:
    returncode = 1
    stderr = "lp: The printer or class does not exist."


def test_print_job_commands_and_errors(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    assert print_command("P", 0, pdf) == ["lp", "-d", "P", "-n", "1", str(pdf)]
    from ui.printing.print_job import PrintError

    with pytest.raises(PrintError, match="does not exist"):
        send_to_printer(pdf, "P", 1, runner=lambda *_a, **_k: _Failed())

    def missing(*_a: object, **_k: object) -> None:
        raise FileNotFoundError("lp")

    with pytest.raises(PrintError, match="« lp » est introuvable"):
        send_to_printer(pdf, "P", 1, runner=missing)
    started: list[tuple[str, str]] = []
    send_to_printer(pdf, "P", 2, platform="win32", start_file=lambda p, verb: started.append((p, verb)))
    assert started == [(str(pdf), "print")] * 2
