"""Start-up: a second Agora on the same library is refused; the smoke hook of the frozen app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import app as app_module

ROOT = Path(__file__).resolve().parents[3]

HOLDER = """
import sys
from agora.storage.instance_lock import acquire_library_lock
lock = acquire_library_lock()
print("ready", flush=True)
sys.stdin.read()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_second_instance_is_refused_with_a_french_message(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """Another process holds the library: a dialog says so, no window opens, status 1."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)

    def no_window(**_options: object) -> None:
        raise AssertionError("no window may open while another Agora holds the library")

    monkeypatch.setattr(app_module, "MainWindow", no_window)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env(), text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        assert app_module.run([]) == 1
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    assert len(shown) == 1
    assert shown[0].text().startswith("Agora est déjà ouvert sur cette bibliothèque.")
    assert shown[0].windowTitle() == "Agora est déjà ouvert"


def test_lock_is_held_while_running_and_released_after(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """While the app runs the lock is taken (a second acquire fails); it is free again after."""
    from agora.storage.instance_lock import LibraryLockedError, acquire_library_lock

    seen: list[bool] = []

    def during(*_args: object) -> int:
        try:
            acquire_library_lock().release()
        except LibraryLockedError:
            seen.append(True)
        return 0

    monkeypatch.setattr(QApplication, "exec", during)
    monkeypatch.setattr(app_module, "MainWindow", lambda **_o: _Dummy())
    assert app_module.run([]) == 0
    assert seen == [True]
    acquire_library_lock().release()  # free again


class _Dummy:
    def show(self) -> None: ...
    def close(self) -> None: ...
    def deleteLater(self) -> None: ...


def test_app_icon_has_every_shipped_size() -> None:
    """The icon is built from the PNGs in resources/icons."""
    icon = app_module.app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) == len(app_module.ICON_SIZES)


def test_smoke_hook_reports_the_window_then_quits(tmp_path: Path) -> None:
    """AGORA_SMOKE_QUIT_MS: « agora-smoke: window shown at … » on stderr, then status 0."""
    env = _env()
    env["AGORA_DATA_DIR"] = str(tmp_path / "data")
    env["AGORA_SMOKE_QUIT_MS"] = "300"
    done = subprocess.run(
        [sys.executable, "-m", "ui"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "agora-smoke: window shown at " in done.stderr
