"""What ``build.spec`` decides, as plain functions the tests can call without building.

``build.spec`` loads this file by path (``packaging/`` is not a Python package: the name
would shadow PyPI's ``packaging``, which PyInstaller itself imports). Nothing here imports
PyInstaller, Qt or the app, so ``tests/packaging`` runs in the ordinary test venv.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import string
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent

#: The application's names, as the platforms show them.
APP_NAME = "Agora"
APP_TITLE = "Agora — animation de forums"
EXE_NAME = "agora"
#: Windows only: a console twin of ``agora.exe`` so the command line prints (see build.spec).
CLI_EXE_NAME = "agora-cli"
BUNDLE_IDENTIFIER = "fr.agora.animation"
COMPANY = "Agora"
COPYRIGHT = "© Agora"

#: Qt's own catalogues kept in the bundle: the interface's languages (ui/translations.py).
KEEP_QT_TRANSLATIONS = ("qtbase_fr", "qtbase_en")
#: Qt libraries nothing of ours needs even when a hook drags them in (Windows software GL too).
EXCLUDED_QT_PARTS = ("Qt6Pdf", "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "opengl32sw")
#: Qt plugins a desktop never loads: embedded/kiosk platforms (eglfs, linuxfb, vnc…), their
#: input plugins, and the GTK 3 theme, which would bundle the build machine's whole GTK stack
#: (about 15 MB; the xdg-desktop-portal theme stays for native file dialogs). Kept platforms:
#: xcb, wayland, offscreen (CI), windows, cocoa.
DROPPED_QT_PLUGINS = re.compile(
    r"/plugins/(?:egldeviceintegrations|generic)/"
    r"|/plugins/platforms/(?:lib)?q(?:eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay|vnc|direct2d)\."
    r"|/plugins/platformthemes/(?:lib)?qgtk3\."
)
#: Modules the app never uses. Standard library: no dependency imports these at run time
#: (reportlab and PIL import doctest/tkinter only under ``__main__`` or for ImageTk). Third
#: party: dev tools in the build venv that optional imports would drag in (pydantic's mypy
#: plugin and hypothesis plugin, rich via pydantic's debug printer, pygments via mako's
#: plugin), about 15 MB of Python the app never runs. Pillow (which reportlab imports) keeps
#: its core decoders; its AVIF, WebP, colour-management, FreeType and Tk extensions go (about
#: 10 MB with their libraries): Pillow imports each of them in a try and degrades gracefully,
#: and the PDFs use reportlab's own TrueType code, never Pillow's fonts.
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "unittest", "pydoc", "doctest", "pdb", "curses",
    "hypothesis", "_hypothesis_globals", "_hypothesis_ftz_detector", "_hypothesis_pytestplugin",
    "mypy", "ast_serialize", "pydantic.mypy", "pydantic.v1.mypy", "pydantic.v1._hypothesis_plugin", "rich", "pygments", "markdown_it",
    "mako.ext", "pytest", "_pytest", "pytestqt", "IPython", "sortedcontainers", "attr", "attrs",
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk", "PIL.ImageTk",
)
#: Where the app's sources are scanned for the Qt modules they import.
SOURCE_PACKAGES = ("agora", "ui")

_VERSION = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def app_version(root: Path = ROOT) -> str:
    """``agora.__version__``, read from the source (no import: the spec runs without the app)."""
    match = _VERSION.search((root / "agora" / "__init__.py").read_text(encoding="utf-8"))
    if match is None:
        raise ValueError("agora/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``: Windows wants four numbers (suffixes like rc1 dropped)."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def render_version_info(version: str, template: Path | None = None) -> str:
    """The Windows version resource (PyInstaller's ``VSVersionInfo`` text) for ``version``."""
    template = template or ROOT / "packaging" / "windows" / "version_info.txt"
    return string.Template(template.read_text(encoding="utf-8")).substitute(
        version=version,
        version_tuple=repr(version_tuple(version)),
        company=COMPANY,
        title=APP_TITLE,
        exe=EXE_NAME,
        copyright=COPYRIGHT,
    )


def qt_modules_used(root: Path = ROOT, packages: Iterable[str] = SOURCE_PACKAGES) -> set[str]:
    """The PySide6 modules our sources import (``QtCore``, ``QtGui``…), read at build time.

    Every form counts: ``from PySide6.QtX import …``, ``import PySide6.QtX``,
    ``from PySide6 import QtX``, at module level or inside a function.
    """
    used: set[str] = set()
    for package in packages:
        for path in (root / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
                if isinstance(node, ast.Import):
                    dotted = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                    dotted = [f"PySide6.{alias.name}" for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    dotted = [node.module]
                else:
                    continue
                used.update(
                    name.split(".")[1] for name in dotted if name.startswith("PySide6.Qt")
                )
    return used


def qt_modules_available() -> set[str]:
    """The PySide6 binding modules installed (``QtCore``, ``QtSvg``…), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    names: set[str] = set()
    for folder in spec.submodule_search_locations:
        for path in Path(folder).iterdir():
            name = path.name.split(".")[0]
            if name.startswith("Qt") and path.suffix in {".so", ".pyd"}:
                names.add(name)
    return names


def qt_excludes(used: set[str], available: set[str]) -> list[str]:
    """Every PySide6 module we do not import, so no hook or stray import pulls one in.

    ``QtCore`` always stays (``QtGui`` needs it); a module imported by ``ui`` (say
    ``QtPrintSupport`` for « Imprimer… ») is kept automatically since it is grepped.
    """
    keep = used | {"QtCore"}
    return sorted(f"PySide6.{name}" for name in available - keep)


def wanted(entry: tuple[str, ...]) -> bool:
    """Keep one Analysis TOC entry? Drops unused Qt parts and the other languages' catalogues."""
    dest = "/" + entry[0].replace("\\", "/")
    if any(part in dest for part in EXCLUDED_QT_PARTS) or DROPPED_QT_PLUGINS.search(dest):
        return False
    if "/translations/" in dest and dest.endswith(".qm") and "PySide6" in dest:
        return any(Path(dest).stem == keep for keep in KEEP_QT_TRANSLATIONS)
    return True


def _key(name: str) -> str:
    return PurePath(name.replace("\\", "/")).name.lower()


def prune_binaries(
    binaries: list[tuple[str, str, str]], needed: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """The binaries minus the unwanted ones and the libraries only those needed.

    PyInstaller has already added every library the dropped plugins link to (the GTK stack
    for the GTK theme, ``Qt6Network`` for vnc…). A library is removed only when a dropped entry
    needs it (directly or not) and no kept entry does, so libraries loaded by ``ctypes`` or
    needed by anything we keep stay.

    Args:
        binaries: Analysis TOC entries ``(dest, source, typecode)``.
        needed: The names of the libraries a binary links to (``DT_NEEDED``, PE imports…).
    """
    files = {_key(dest): (dest, src) for dest, src, kind in binaries if kind != "SYMLINK"}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = [key for key in roots if key in files]
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            todo.extend(_key(n) for n in needed(files[key][1]) if _key(n) in files and _key(n) not in seen)
        return seen

    dropped = {_key(dest) for dest, _, kind in binaries if kind != "SYMLINK" and not wanted((dest,))}
    candidates = closure(dropped) - dropped
    reachable = closure(key for key in files if key not in dropped and key not in candidates)
    removed = dropped | (candidates - reachable)
    return [
        (dest, src, kind)
        for dest, src, kind in binaries
        if _key(dest) not in removed and not (kind == "SYMLINK" and _key(src) in removed)
    ]


def package_data_files(root: Path = ROOT, packages: Iterable[str] = SOURCE_PACKAGES) -> list[str]:
    """Every non-Python file inside our packages, relative to ``root`` (what must ship as data),
    plus the Alembic revision scripts, which are read from disk as ``.py`` files."""
    files: list[str] = []
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"}:
                continue
            relative = path.relative_to(root).as_posix()
            if path.suffix != ".py" or relative.startswith("agora/storage/migrations/"):
                files.append(relative)
    return files


def resource_files(root: Path = ROOT) -> list[str]:
    """Every file under ``resources/`` (shipped whole as ``_internal/resources``)."""
    folder = root / "resources"
    return sorted(p.relative_to(root).as_posix() for p in folder.rglob("*") if p.is_file())


def icon_for(platform: str, root: Path = ROOT) -> str | None:
    """The executable's icon for ``sys.platform``: .ico on Windows, .icns on macOS, none on Linux
    (a Linux desktop takes it from the .desktop entry and the icon theme)."""
    icons = root / "resources" / "icons"
    if platform == "win32":
        return str(icons / "agora.ico")
    if platform == "darwin":
        return str(icons / "agora.icns")
    return None


def info_plist(version: str) -> dict[str, object]:
    """The macOS bundle's Info.plist values."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_TITLE,
        "CFBundleIdentifier": BUNDLE_IDENTIFIER,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": ["fr", "en"],
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        # The participation server listens on the room's Wi-Fi: macOS asks once, in French.
        "NSLocalNetworkUsageDescription": (
            "Agora ouvre la participation des téléphones de la salle sur le réseau local."
        ),
    }
