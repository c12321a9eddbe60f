"""packaging/agora_build.py: the decisions build.spec takes, checked without building."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import ROOT


def test_version_comes_from_the_source(agora_build: ModuleType) -> None:
    from agora import __version__

    assert agora_build.app_version() == __version__


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4.5", (1, 2, 3, 4))],
)
def test_windows_wants_four_numbers(agora_build: ModuleType, version: str, expected: tuple[int, ...]) -> None:
    assert agora_build.version_tuple(version) == expected


def test_version_resource_is_a_vsversioninfo_expression(agora_build: ModuleType) -> None:
    text = agora_build.render_version_info("1.2.3")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call)
    assert isinstance(tree.body.func, ast.Name)
    assert tree.body.func.id == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('FileVersion', '1.2.3')" in text
    assert "StringStruct('FileDescription', 'Agora — animation de forums')" in text
    assert "$" not in text  # every placeholder filled


def test_version_resource_evaluates_as_pyinstaller_reads_it(agora_build: ModuleType) -> None:
    # PyInstaller's load_version_info_from_text_file eval()s the text with its versioninfo
    # classes in scope (that module imports Windows-only code, so stand-ins record the calls).
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")

    def stand_in(name: str) -> Callable[..., tuple[str, tuple[object, ...], dict[str, object]]]:
        return lambda *args, **kwargs: (name, args, kwargs)

    info = eval(agora_build.render_version_info("1.2.3"), {n: stand_in(n) for n in names})  # the same eval() PyInstaller does
    name, _, kwargs = info
    assert name == "VSVersionInfo"
    assert kwargs["ffi"][2]["filevers"] == (1, 2, 3, 0)
    assert kwargs["ffi"][2]["prodvers"] == (1, 2, 3, 0)
    (string_info, var_info) = kwargs["kids"]
    (table,) = string_info[1][0]
    structs = {args[0]: args[1] for _, args, _ in table[1][1]}
    assert structs["ProductVersion"] == "1.2.3"
    assert structs["OriginalFilename"] == "agora.exe"
    assert var_info[1][0][0][1] == ("Translation", [0x040C, 1200])


def test_qt_imports_are_found_in_every_form(agora_build: ModuleType, tmp_path: Path) -> None:
    package = tmp_path / "ui"
    package.mkdir()
    (package / "a.py").write_text(
        "from PySide6.QtCore import Qt\n"
        "import PySide6.QtGui\n"
        "from PySide6 import QtSvg, QtNetwork\n"
        "from PySide6 import (\n    QtWidgets,\n)\n",
        encoding="utf-8",
    )
    (package / "b.py").write_text("from PySide6.QtPrintSupport import QPrinter  # « Imprimer… »\n", encoding="utf-8")
    assert agora_build.qt_modules_used(tmp_path, ["ui"]) == {
        "QtCore", "QtGui", "QtSvg", "QtNetwork", "QtWidgets", "QtPrintSupport",
    }


def test_our_sources_use_the_three_base_modules(agora_build: ModuleType) -> None:
    assert {"QtCore", "QtGui", "QtWidgets"} <= agora_build.qt_modules_used()


def test_unused_qt_modules_are_excluded_and_used_ones_kept(agora_build: ModuleType) -> None:
    available = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtNetwork", "QtQml"}
    excludes = agora_build.qt_excludes({"QtGui", "QtWidgets", "QtPrintSupport"}, available)
    assert excludes == ["PySide6.QtNetwork", "PySide6.QtQml"]


def test_installed_pyside6_is_listed(agora_build: ModuleType) -> None:
    assert {"QtCore", "QtGui", "QtWidgets"} <= agora_build.qt_modules_available()


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_fr.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
        ("PySide6\\Qt\\translations\\qtbase_ja.qm", False),
        ("resources/i18n/agora_en.qm", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ],
)
def test_wanted_keeps_what_a_desktop_needs(agora_build: ModuleType, dest: str, keep: bool) -> None:
    assert agora_build.wanted((dest, "/src", "BINARY")) is keep


def test_pruning_drops_libraries_only_the_dropped_plugins_need(agora_build: ModuleType) -> None:
    theme = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
    vnc = "PySide6/Qt/plugins/platforms/libqvnc.so"
    links = {
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6"],
        "/src/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
        "/src/libqvnc.so": ["libQt6Network.so.6", "libQt6Gui.so.6"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libQt6XcbQpa.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libQt6Core.so.6": ["libglib-2.0.so.0"],
    }
    binaries = [
        (theme, "/src/libqgtk3.so", "BINARY"),
        (vnc, "/src/libqvnc.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libshell-helper.so", "/src/libshell-helper.so", "BINARY"),  # loaded by ctypes: needed by no one
    ]
    kept = {dest for dest, _, _ in agora_build.prune_binaries(binaries, lambda path: links.get(path, []))}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0",  # the GTK theme needed it, but so does Qt itself
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libshell-helper.so",
    }


def test_excluded_modules_are_not_imported_by_the_app(agora_build: ModuleType) -> None:
    imported: set[str] = set()
    for package in ("agora", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    imported.add(node.module)
    for excluded in agora_build.EXCLUDED_MODULES:
        clashes = {name for name in imported if name == excluded or name.startswith(excluded + ".")}
        assert not clashes, f"build.spec excludes {excluded}, which the app imports"


def test_icons_per_platform(agora_build: ModuleType) -> None:
    assert agora_build.icon_for("win32").endswith("agora.ico")
    assert agora_build.icon_for("darwin").endswith("agora.icns")
    assert agora_build.icon_for("linux") is None


def test_package_data_lists_migrations_and_static_files(agora_build: ModuleType) -> None:
    files = agora_build.package_data_files()
    assert "agora/storage/migrations/env.py" in files
    assert any(f.startswith("agora/storage/migrations/versions/") and f.endswith(".py") for f in files)
    assert not any(f.endswith(".py") and "migrations" not in f for f in files)
    assert not any("__pycache__" in f for f in files)
