"""build.spec, read without building: what it ships, excludes and sets on each platform."""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

from tests.packaging.conftest import ROOT, SPEC, RunSpec, SpecRun


def shipped(run: SpecRun) -> set[str]:
    """Every file the Analysis ships as data, by its path inside the bundle (``_internal/``)."""
    files: set[str] = set()
    for source, dest in run.one("Analysis").kwargs["datas"]:
        source_path = Path(source) if Path(source).is_absolute() else ROOT / source
        if source_path.is_dir():
            files.update(
                (PurePosixPath(dest) / p.relative_to(source_path).as_posix()).as_posix()
                for p in source_path.rglob("*")
                if p.is_file()
            )
        else:
            files.add((PurePosixPath(dest) / source_path.name).as_posix())
    return files


def test_the_spec_is_python_that_parses() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls


def test_agora_is_importable_while_the_spec_runs() -> None:
    # STYLE.md §4.4: without it collect_data_files("agora.storage") silently collects nothing.
    assert "sys.path.insert(0, SPECPATH)" in SPEC.read_text(encoding="utf-8")


def test_linux_build_is_one_windowed_folder_from_the_entry_point(spec_runs: RunSpec) -> None:
    run = spec_runs("linux")
    analysis = run.one("Analysis")
    assert analysis.args[0] == ["ui/__main__.py"]
    (exe,) = run.all("EXE")
    assert exe.kwargs["name"] == "agora"
    assert exe.kwargs["console"] is False
    assert exe.kwargs["upx"] is False
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert exe.kwargs["version"] is None  # a Windows resource only
    collect = run.one("COLLECT")
    assert collect.kwargs["upx"] is False
    assert collect.kwargs["name"] == "agora"
    assert not run.all("BUNDLE")


def test_the_data_it_needs_is_shipped(spec_runs: RunSpec, agora_build: ModuleType) -> None:
    files = shipped(spec_runs("linux"))
    # Alembic's environment and every revision script, .py files included.
    assert "agora/storage/migrations/env.py" in files
    assert "agora/storage/migrations/script.py.mako" in files
    revisions = sorted((ROOT / "agora" / "storage" / "migrations" / "versions").glob("*.py"))
    assert revisions
    for revision in revisions:
        assert f"agora/storage/migrations/versions/{revision.name}" in files
    # Every non-Python file of our packages (the participation server's static files…).
    assert set(agora_build.package_data_files()) <= files
    # The whole resources folder, where agora.paths looks for it: _internal/resources.
    for resource in agora_build.resource_files():
        assert resource in files
    for needed in ("resources/reference/categories.json", "resources/schema/agora-bundle-1.json",
                   "resources/i18n/agora_en.qm", "resources/icons/agora-256.png"):
        assert needed in files


def test_fonts_ship_with_their_licences(spec_runs: RunSpec) -> None:
    files = shipped(spec_runs("linux"))
    fonts = ROOT / "resources" / "fonts"
    if not fonts.is_dir():
        pytest.skip("resources/fonts is not there yet")
    for path in fonts.iterdir():
        assert f"resources/fonts/{path.name}" in files
    assert any("LICENSE" in name or "LICENCE" in name for name in files if name.startswith("resources/fonts/"))


def test_only_the_qt_modules_we_import_go_in(spec_runs: RunSpec, agora_build: ModuleType) -> None:
    analysis = spec_runs("linux").one("Analysis")
    excludes = set(analysis.kwargs["excludes"])
    used = agora_build.qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    for module in used:
        assert f"PySide6.{module}" not in excludes
        assert f"PySide6.{module}" in analysis.kwargs["hiddenimports"]
    available = agora_build.qt_modules_available()
    for module in available - used - {"QtCore"}:
        assert f"PySide6.{module}" in excludes
    assert {"tkinter", "unittest", "pydoc"} <= excludes


def test_the_sqlite_dialect_is_a_hidden_import(spec_runs: RunSpec) -> None:
    hidden = spec_runs("linux").one("Analysis").kwargs["hiddenimports"]
    assert "sqlalchemy.dialects.sqlite" in hidden
    assert "reportlab.rl_settings" in hidden


def test_linux_folder_gets_the_desktop_entry_and_its_installer(spec_runs: RunSpec) -> None:
    run = spec_runs("linux")
    assert (run.distpath / "agora" / "agora.desktop").read_text(encoding="utf-8").startswith("[Desktop Entry]")
    assert (run.distpath / "agora" / "install-desktop.sh").is_file()
    assert (run.distpath / "agora" / "agora-forum.xml").is_file()


def test_windows_build_has_icon_version_resource_and_a_console_twin(spec_runs: RunSpec) -> None:
    run = spec_runs("win32")
    gui, cli = run.all("EXE")
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("agora", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("agora-cli", True)
    for exe in (gui, cli):
        assert exe.kwargs["icon"].endswith("agora.ico")
        assert Path(exe.kwargs["icon"]).is_file()
        version_file = Path(exe.kwargs["version"])
        assert version_file.parent == run.workpath
    text = version_file.read_text(encoding="utf-8")
    ast.parse(text, mode="eval")
    from agora import __version__

    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    collect = run.one("COLLECT")
    assert gui in collect.args and cli in collect.args  # one folder, shared libraries


def test_macos_build_is_a_bundle_with_identifier_icon_and_version(spec_runs: RunSpec) -> None:
    from agora import __version__

    run = spec_runs("darwin")
    (exe,) = run.all("EXE")
    assert exe.kwargs["icon"].endswith("agora.icns")
    bundle = run.one("BUNDLE")
    assert bundle.args[0] is run.one("COLLECT")
    assert bundle.kwargs["name"] == "Agora.app"
    assert bundle.kwargs["bundle_identifier"] == "fr.agora.animation"
    assert bundle.kwargs["version"] == __version__
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleIdentifier"] == "fr.agora.animation"
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleDisplayName"] == "Agora — animation de forums"
    assert plist["NSHighResolutionCapable"] is True


def test_the_spec_stops_when_package_data_goes_missing(
    run_spec: RunSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The silent failure of STYLE.md §4.4 (agora not importable: nothing collected) stops the build.
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    monkeypatch.setattr(hooks, "collect_data_files", lambda *args, **kwargs: [])
    with pytest.raises(SystemExit, match="package data not collected"):
        run_spec("linux")
