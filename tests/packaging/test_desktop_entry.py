"""The Linux desktop entry and the script that installs it for the current user."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

DESKTOP = ROOT / "packaging" / "linux" / "agora.desktop"
INSTALL = ROOT / "packaging" / "linux" / "install-desktop.sh"
MIME = ROOT / "packaging" / "linux" / "agora-forum.xml"


def entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_entry_names_the_app_in_french() -> None:
    section = entry()
    assert section["Type"] == "Application"
    assert section["Name"] == "Agora — animation de forums"
    assert section["Name[fr]"] == "Agora — animation de forums"
    assert section["Comment"]
    assert section["Comment[fr]"]
    assert section["Categories"] == "Office;Education;"
    assert section["Terminal"] == "false"
    assert section["Exec"] == "agora %f"  # a forum file double-clicked opens in Agora
    assert section["MimeType"] == "application/x-agora-forum;"
    assert section["Icon"] == "agora"  # the theme name install-desktop.sh installs


def test_entry_icon_exists_in_the_theme_sizes() -> None:
    icon = entry()["Icon"]
    assert (ROOT / "resources" / "icons" / f"{icon}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"{icon}-{size}.png").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_script_puts_entry_and_icons_in_the_user_folders(tmp_path: Path) -> None:
    folder = tmp_path / "agora dist"  # a space, as in « Mes applications »
    shutil.copytree(ROOT / "resources" / "icons", folder / "_internal" / "resources" / "icons")
    shutil.copy2(DESKTOP, folder / "agora.desktop")
    shutil.copy2(INSTALL, folder / "install-desktop.sh")
    shutil.copy2(MIME, folder / "agora-forum.xml")
    (folder / "agora").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "agora").chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}

    subprocess.run(["sh", str(folder / "install-desktop.sh")], env=env, check=True, capture_output=True)
    installed = data / "applications" / "agora.desktop"
    section = entry(installed)
    assert section["Exec"] == f'"{folder}/agora" %f'
    assert (data / "mime" / "packages" / "agora-forum.xml").read_bytes() == MIME.read_bytes()
    if shutil.which("update-mime-database"):  # the type is known: *.agora files are Agora forums
        assert "application/x-agora-forum:*.agora" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert section["TryExec"] == f"{folder}/agora"
    assert section["Name"] == "Agora — animation de forums"
    for size in (16, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "agora.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "agora.svg").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout

    subprocess.run(["sh", str(folder / "install-desktop.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists()
    assert not (data / "mime" / "packages" / "agora-forum.xml").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "agora.png").exists()
