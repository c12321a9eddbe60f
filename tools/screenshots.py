"""The user guide's pictures, made from the application itself: ``make screenshots``.

Builds the demo forum in a temporary library (``AGORA_DATA_DIR``), opens the real windows
offscreen at a fixed size and saves them in ``docs/images/`` under the stable names the guide
(docs/guide/*.md) uses; renders the first page of the printed documents with ``pdftoppm`` when
it is installed (otherwise those pictures are left as they are and a line says so).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/images]

The fonts are the shipped DejaVu Sans, so the pictures look the same on every machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Window size of every screenshot (logical pixels).
SIZE = (1280, 800)
#: The Agora page has three panes side by side: a wider window.
AGORA_SIZE = (1440, 900)
#: Projector size: a 16:9 video projector.
PROJECTOR_SIZE = (1280, 720)
#: Width of the PDF first pages, in pixels.
PDF_WIDTH = 900

#: Every picture this script writes, by name; the guide references only these.
PICTURES = (
    "guide-bienvenue.png",
    "guide-accueil.png",
    "guide-nouveau-forum.png",
    "guide-tableau.png",
    "guide-agora.png",
    "guide-projection.png",
    "guide-pdf-compte-rendu.png",
    "guide-pdf-livret.png",
    "guide-pdf-affiche.png",
)


def wait(app: object, condition: Callable[[], bool] = lambda: False, timeout: float = 1.5) -> None:
    """Process events until ``condition`` holds or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():
            break
        time.sleep(0.02)
    app.processEvents()  # type: ignore[attr-defined]


def save(widget: object, out: Path, name: str) -> None:
    """Grab ``widget`` (already shown and laid out) into ``out/name``."""
    assert name in PICTURES, name
    target = out / name
    if not widget.grab().save(str(target)):  # type: ignore[attr-defined]
        raise SystemExit(f"screenshots: cannot write {target}")
    print(f"Écrit : {target}")


def pdf_first_page(pdf: Path, out: Path, name: str) -> None:
    """The first page of ``pdf`` as ``out/name`` (needs pdftoppm, from poppler-utils)."""
    assert name in PICTURES, name
    stem = out / Path(name).stem
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to-x", str(PDF_WIDTH), "-scale-to-y", "-1",
         str(pdf), str(stem)],
        check=True,
    )
    print(f"Écrit : {stem.with_suffix('.png')}")


def shoot(out: Path) -> None:
    """Make every picture into ``out``."""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("Agora-screenshots")
    QCoreApplication.setApplicationName("Agora-screenshots")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    QLocale.setDefault(QLocale("fr"))

    from agora.paths import library_dir, resource
    from agora.services.demo import DEMO_FILE_NAME, build_demo
    from ui.translations import install_translators

    install_translators(app, "fr")
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", face)))
    app.setFont(QFont("DejaVu Sans", 10))

    from ui.main_window import MainWindow

    # 1. The welcome page: the library is still empty.
    start = MainWindow()
    start.resize(*SIZE)
    start.show()
    wait(app, lambda: start.refresh_action.isEnabled() and start.start.showing_welcome())
    save(start, out, "guide-bienvenue.png")

    # 2. The library with the demo forum.
    demo_path = library_dir() / DEMO_FILE_NAME
    build_demo(demo_path).close()
    start.refresh_library()
    wait(app, lambda: start.refresh_action.isEnabled() and start.start.library_model.rowCount() > 0)
    start.start.focus_list()
    wait(app, timeout=0.3)
    save(start, out, "guide-accueil.png")

    # 3. « Nouveau forum… ».
    from ui.dialogs.new_forum_dialog import NewForumDialog

    dialog = NewForumDialog(start)
    dialog.show()
    wait(app, timeout=0.5)
    save(dialog, out, "guide-nouveau-forum.png")
    dialog.reject()

    # 4. The desk: a peer group's board, then the Agora.
    from agora.domain.kinds import SessionKind
    from ui.desk.forum_window import ForumWindow
    from ui.opened_forum import open_for_work

    desk = ForumWindow(open_for_work(demo_path))
    desk.resize(*SIZE)
    desk.show()
    desk.activateWindow()
    sessions = desk.sessions()
    peer = next(s for s in sessions if s.kind == SessionKind.PEER_GROUP.value)
    agora = next(s for s in reversed(sessions) if s.kind == SessionKind.AGORA.value)
    desk.select_session(peer.id)
    wait(app, lambda: desk.current_board() is not None and desk.current_board().board_cards.loaded, timeout=5)
    board = desk.current_board()
    if board is not None:
        board.capture.focus_input()
    wait(app, timeout=0.5)
    save(desk, out, "guide-tableau.png")

    # 5. The projector, showing the same board (a window of a projector's size).
    desk.open_projector()
    projector = desk.projector
    assert projector is not None
    projector.showNormal()
    projector.resize(*PROJECTOR_SIZE)
    wait(app, timeout=2.0)
    save(projector, out, "guide-projection.png")
    projector.close()

    desk.resize(*AGORA_SIZE)
    desk.select_session(agora.id)
    wait(app, timeout=3.0)
    save(desk, out, "guide-agora.png")
    desk.close()
    wait(app, timeout=0.5)
    start.close()
    wait(app, timeout=0.3)

    # 6. The printed documents' first pages.
    if shutil.which("pdftoppm") is None:
        print("screenshots: pdftoppm absent (poppler-utils) : pages PDF non refaites")
        return
    from agora.reports.documents import build_handouts, build_poster, build_summary
    from agora.services.printing import gather
    from agora.storage.store import open_forum

    with tempfile.TemporaryDirectory(prefix="agora-pdf-") as folder:
        pdfs = Path(folder)
        with open_forum(demo_path, read_only=True) as store:
            peer_data = gather(store, peer.id)
            agora_data = gather(store, agora.id)
        pdf_first_page(build_summary(peer_data, pdfs / "pairs.pdf"), out, "guide-pdf-compte-rendu.png")
        pdf_first_page(build_handouts(agora_data, pdfs / "livrets.pdf"), out, "guide-pdf-livret.png")
        pdf_first_page(build_poster(agora_data, pdfs / "affiche.pdf"), out, "guide-pdf-affiche.png")


def main(argv: list[str] | None = None) -> int:
    """Make the guide's pictures in a throw-away library; status 0 when all are written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="agora-screenshots-") as data:
        os.environ["AGORA_DATA_DIR"] = data
        shoot(args.out.resolve())
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
