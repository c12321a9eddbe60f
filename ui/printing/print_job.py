"""Handing a built PDF to the outside world: the system viewer, or a printer.

On Linux and macOS the PDF goes to the chosen printer through CUPS: ``lp -d <printer> -n
<copies> file.pdf``. On Windows it goes through ``os.startfile(path, "print")``, which asks the
default PDF viewer to print it: the printer chosen in Qt's dialog is then honoured only if that
viewer honours the system's default printer (a documented limitation). Every function that
touches the system takes its runner as an argument, so tests never call ``lp``.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from agora.errors import AgoraError
from agora.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

#: Runs a command (``subprocess.run``'s signature); tests pass a recorder.
Runner = Callable[..., Any]
#: Opens a file in the system viewer; tests pass a recorder.
Opener = Callable[[Path], Any]

PRINT_FAILED = QT_TRANSLATE_NOOP(
    "errors", "L’impression sur « {printer} » a échoué ({detail}). Le PDF reste disponible : {path}"
)
NO_PRINT_COMMAND = QT_TRANSLATE_NOOP(
    "errors",
    "La commande d’impression « lp » est introuvable sur cet ordinateur. "
    "Utilisez « Exporter en PDF… » puis imprimez depuis la visionneuse.",
)
VIEWER_FAILED = QT_TRANSLATE_NOOP("errors", "Le PDF a été écrit mais n’a pas pu être ouvert : {path}")


class PrintError(AgoraError):
    """The PDF could not be sent to the printer (the file itself is fine)."""

    template = PRINT_FAILED


def open_in_viewer(path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer; False if the system refused."""
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        logger.warning("the system viewer did not open %s", path)
    return bool(opened)


def print_command(printer: str, copies: int, path: Path) -> list[str]:
    """The CUPS command that prints ``copies`` of ``path`` on ``printer``."""
    command = ["lp"]
    if printer:
        command += ["-d", printer]
    return [*command, "-n", str(max(1, copies)), str(path)]


def send_to_printer(
    path: Path,
    printer: str,
    copies: int,
    *,
    runner: Runner = subprocess.run,
    platform: str = sys.platform,
    start_file: Callable[..., Any] | None = None,
) -> Sequence[str]:
    """Print ``path`` (pool thread); returns the command used.

    Raises:
        PrintError: the printing command failed or does not exist.
    """
    if platform == "win32":
        starter = start_file or getattr(os, "startfile", None)
        if starter is None:
            raise PrintError(printer=printer, detail="os.startfile", path=str(path))
        try:
            for _ in range(max(1, copies)):
                starter(str(path), "print")
        except OSError as exc:
            raise PrintError(printer=printer, detail=exc.strerror or exc, path=str(path)) from exc
        return ("startfile", str(path), "print")
    command = print_command(printer, copies, path)
    try:
        result = runner(command, capture_output=True, text=True, timeout=120, check=False)
    except FileNotFoundError as exc:
        raise PrintError(NO_PRINT_COMMAND) from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise PrintError(printer=printer, detail=exc, path=str(path)) from exc
    code = getattr(result, "returncode", 0)
    if code:
        detail = (getattr(result, "stderr", "") or "").strip() or f"lp: {code}"
        raise PrintError(printer=printer, detail=detail, path=str(path))
    logger.info("sent %s to printer %s (%d copies)", path, printer, copies)
    return command
