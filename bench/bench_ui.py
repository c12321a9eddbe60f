"""The desktop app's budgets (DESIGN.md §7), each beside a floor measured in the same run.

1. Start: from launching the process to the main (start) window painted, with a 2,000-card
   forum in the library, against a bare PySide6 window launched the same way (both processes
   import only what they show). Budget ≤ 1 s and ≤ 3× the bare window. Also: until the library
   list (with the forum's counts) is read.
2. The desk of the 2,000-card forum: from « Ouvrir » (opening the file) to its board painted
   with every card. Budget ≤ 1 s.
3. Capture into a 10,000-card board: 100 cards typed in the capture bar (real key events) while
   a 5 ms timer ticks; the longest gap between ticks is the longest stall of the GUI thread.
   Budget ≤ 50 ms. Also: scrolling the 10,000-card column, the slowest frame.
4. Memory: resident set size with the 10,000-card forum open. Budget ≤ 300 MB.

Forums are built through the core (a bundle imported in one transaction), in a private
library folder.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from agora.services import exchange, forums

ROOT = Path(__file__).resolve().parents[1]
START_RUNS = 3
CAPTURES = 100
TICK_MS = 5
_KINDS = ("constraint", "expectation", "commitment", "learning", "story")
_TARGETS = ("agents", "etat", "socio")


def build_forum(path: Path, count: int) -> None:
    """A forum whose first board (élu·e·s) holds ``count`` cards of every kind, via a bundle."""
    scratch = Path(tempfile.mkdtemp(prefix="agora-bench-ui-"))
    store = forums.create_forum(scratch / "base.agora", f"Banc d’essai — {count} cartes")
    try:
        document = exchange.export_bundle(store)
        session = forums.list_sessions(store)[0].id
    finally:
        store.close()
    stamp = "2026-05-12T10:00:00.000000Z"
    for number in range(count):
        kind = _KINDS[number % len(_KINDS)]
        document["contributions"].append(
            {
                "id": str(uuid.uuid4()),
                "session": session,
                "kind": kind,
                "category": "elus",
                "target": _TARGETS[number % 3] if kind == "expectation" else None,
                "text": f"Carte numéro {number} : une contrainte ou une attente de longueur ordinaire, "
                "comme on en note pendant un temps entre pairs.",
                "principle": (number % 4) + 1 if number % 3 else None,
                "theme": "thème" if number % 7 == 0 else "",
                "position": float(number + 1),
                "participant": None,
                "merged_into": None,
                "created": stamp,
                "updated": stamp,
                "deleted": None,
            }
        )
    bundle = scratch / "bundle.json"
    bundle.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    exchange.import_bundle(bundle, path)


# -- child processes (cold starts) ---------------------------------------------------------


#: What a fresh process runs: a bare window, or Agora's start window; it prints when painted.
#: Self-contained (it imports nothing of the benchmark), so both sides pay only for their own imports.
CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([sys.argv[0]])
if MODE == "bare":
    window = QMainWindow()
    window.setCentralWidget(QLabel("Agora"))
else:
    from ui.main_window import MainWindow
    window = MainWindow()
window.resize(1180, 720)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    app.processEvents()
window.repaint()
print("shown", flush=True)
if MODE != "bare":
    while not window.refresh_action.isEnabled():
        app.processEvents()
        time.sleep(0.001)
    window.repaint()
    print("listed", window.start.library_model.rowCount(), flush=True)
window.close()
"""


def _cold_start(mode: str, env: dict[str, str]) -> tuple[float, float | None]:
    code = f"MODE = {mode!r}\n{CHILD}"
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    shown = listed = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            shown = time.perf_counter() - start
        elif line.startswith("listed"):
            listed = time.perf_counter() - start
    process.wait()
    assert shown is not None, f"{mode}: the window was never shown"
    return shown, listed


def _report(
    name: str, value: float, budget: float, floor: float | None = None, ratio: float | None = None
) -> None:
    line = f"{name}: {value * 1000:.0f} ms (budget ≤ {budget * 1000:.0f} ms"
    ok = value <= budget
    if floor is not None and ratio is not None:
        line += f", ≤ {ratio}× plancher {floor * 1000:.0f} ms → {value / floor:.2f}×"
        ok = ok and value <= ratio * floor
    print(f"{line}) {'OK' if ok else 'DÉPASSÉ'}", flush=True)


def measure_start(library: Path) -> None:
    """Cold start of the start window vs a bare PySide6 window, medians of a few runs."""
    env = dict(os.environ, AGORA_DATA_DIR=str(library), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare, app, listed = [], [], []
    for _ in range(START_RUNS):  # interleaved, so the machine's mood hits both alike
        bare.append(_cold_start("bare", env)[0])
        shown, read = _cold_start("app", env)
        app.append(shown)
        listed.append(read or shown)
    floor = sorted(bare)[len(bare) // 2]
    _report(
        "démarrage → fenêtre d’accueil affichée (forum de 2 000 cartes)",
        sorted(app)[len(app) // 2],
        1.0,
        floor,
        3.0,
    )
    print(f"   … liste de la bibliothèque lue : {sorted(listed)[len(listed) // 2] * 1000:.0f} ms", flush=True)


# -- in-process measurements ---------------------------------------------------------------


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # inline: POSIX only, the fallback when /proc is missing

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pump(app: object, ms: float) -> None:
    """Run the event loop for ``ms`` (QEventLoop lets the write thread hold the GIL meanwhile)."""
    from PySide6.QtCore import QEventLoop, QTimer  # inline: Qt only once the app exists

    loop = QEventLoop()
    QTimer.singleShot(int(ms), loop.quit)
    loop.exec()


def open_desk(app: object, path: Path) -> tuple[object, float]:
    """The desk of ``path`` with its first board filled and painted; the time it took."""
    from ui.desk.forum_window import ForumWindow  # inline: imported once the app exists
    from ui.opened_forum import open_for_work  # inline: idem

    start = time.perf_counter()
    window = ForumWindow(open_for_work(path))
    window.show()
    board = window.current_board()
    while not board.board_cards.loaded:
        _pump(app, 1)
    window.repaint()
    return window, time.perf_counter() - start


def measure_desk(app: object, path: Path) -> None:
    """From « Ouvrir » to the 2,000-card board painted, and a bare window shown, in this process."""
    from PySide6.QtWidgets import QLabel, QMainWindow  # inline: Qt only once the app exists

    start = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QLabel("Agora"))
    bare.show()
    bare.repaint()
    floor = time.perf_counter() - start
    bare.close()
    window, took = open_desk(app, path)
    _report("ouverture du forum de 2 000 cartes → tableau affiché", took, 1.0)
    print(
        f"   … plancher : fenêtre PySide6 nue affichée dans le même processus {floor * 1000:.0f} ms",
        flush=True,
    )
    window.close()


def measure_big(app: object, path: Path) -> None:
    """10,000 cards: opening, scrolling, capturing 100 cards, memory."""
    from PySide6.QtCore import Qt, QTimer  # inline: Qt only once the app exists
    from PySide6.QtTest import QTest  # inline: idem

    window, took = open_desk(app, path)
    print(f"ouverture du forum de 10 000 cartes → tableau affiché : {took * 1000:.0f} ms", flush=True)
    board = window.current_board()
    view = board.columns["constraint"].view
    bar = view.verticalScrollBar()
    slowest = 0.0
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        start = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        slowest = max(slowest, time.perf_counter() - start)
    print(
        f"défilement de la colonne de 2 000 cartes, image la plus lente : {slowest * 1000:.1f} ms", flush=True
    )

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    line = board.capture.line
    line.setFocus()
    handler: list[float] = []
    timer.start()
    _pump(app, 50)
    for number in range(CAPTURES):
        QTest.keyClicks(line, f"Nouvelle carte {number}")
        start = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        handler.append(time.perf_counter() - start)
        _pump(app, 25)
    window.context.wait_for_writes()
    _pump(app, 100)
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    stall = max(gaps) - TICK_MS / 1000 if gaps else 0.0
    _report("capture de 100 cartes dans un forum de 10 000 cartes, plus long blocage", max(stall, 0.0), 0.050)
    print(
        f"   … Entrée traitée en {max(handler) * 1000:.1f} ms au plus (médiane {sorted(handler)[len(handler) // 2] * 1000:.1f} ms)",
        flush=True,
    )
    print(
        f"   … cartes du tableau : {board.board_cards.total('constraint') + sum(board.board_cards.total(k) for k in _KINDS[1:])}",
        flush=True,
    )
    rss = _rss_mb()
    print(
        f"mémoire résidente avec 10 000 cartes ouvertes : {rss:.0f} Mo (budget ≤ 300 Mo) {'OK' if rss <= 300 else 'DÉPASSÉ'}",
        flush=True,
    )
    window.close()


def main() -> None:
    """Print the UI measurements and their budgets."""
    library = Path(tempfile.mkdtemp(prefix="agora-bench-library-"))
    forums_dir = library / "forums"
    forums_dir.mkdir()
    medium = forums_dir / "Banc 2000.agora"
    build_forum(medium, 2000)
    measure_start(library)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # inline: the cold starts above need a Qt-free parent

    app = QApplication.instance() or QApplication([sys.argv[0]])
    measure_desk(app, medium)
    big = forums_dir / "Banc 10000.agora"
    build_forum(big, 10_000)
    measure_big(app, big)


if __name__ == "__main__":
    main()
