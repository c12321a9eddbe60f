"""Choosing files to import and where to export, with the formats Agora reads and writes.

Thin wrappers over ``QFileDialog``'s static functions (tests replace those). The last folder
used is remembered for the session, so a USB stick chosen once is offered again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.start.library_ops import ExportFormat

_last_folder = ""



def _folder() -> str:
    return _last_folder or QDir.homePath()


def _remember(path: Path) -> None:
    global _last_folder
    _last_folder = str(path.parent)


def export_filters() -> dict[str, ExportFormat]:
    """The export formats, by the filter text the dialog shows."""
    return {
        QCoreApplication.translate("file_dialogs", "Lot Agora (*.json)"): ExportFormat.BUNDLE_JSON,
        QCoreApplication.translate("file_dialogs", "Lot Agora compressé (*.zip)"): ExportFormat.BUNDLE_ZIP,
        QCoreApplication.translate("file_dialogs", "Classeur Excel (*.xlsx)"): ExportFormat.XLSX,
        QCoreApplication.translate("file_dialogs", "Tableaux CSV pour Excel (*.csv)"): ExportFormat.CSV,
        QCoreApplication.translate("file_dialogs", "Copie vérifiée du forum, pour une clé USB (*.agora)"): ExportFormat.FORUM_FILE,
    }


def choose_import_file(parent: QWidget | None) -> Path | None:
    """A forum file or a bundle to bring into the library (e.g. from a USB stick)."""
    name, _chosen = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("file_dialogs", "Importer un forum ou un lot"),
        _folder(),
        QCoreApplication.translate("file_dialogs", "Forums et lots Agora (*.agora *.json *.zip);;Forums Agora (*.agora);;Lots Agora (*.json *.zip)"),
    )
    if not name:
        return None
    _remember(Path(name))
    return Path(name)


def choose_bundle(parent: QWidget | None) -> Path | None:
    """A bundle to merge into the open forum (another room's work)."""
    name, _chosen = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("file_dialogs", "Fusionner un lot dans ce forum"), _folder(), QCoreApplication.translate("file_dialogs", "Lots Agora (*.json *.zip)")
    )
    if not name:
        return None
    _remember(Path(name))
    return Path(name)


def choose_export_target(parent: QWidget | None, stem: str) -> tuple[ExportFormat, Path] | None:
    """The format and the file (or, for CSV, the folder) an export goes to."""
    filters = export_filters()
    name, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("file_dialogs", "Exporter le forum"), str(Path(_folder()) / f"{stem}.json"), ";;".join(filters)
    )
    if not name:
        return None
    fmt = filters.get(chosen) or _format_of(Path(name))
    path = Path(name)
    if fmt == ExportFormat.CSV:
        path = path.with_suffix("") if path.suffix.lower() == ".csv" else path  # a folder of CSV files
    elif path.suffix.lower() != f".{fmt.value}":
        path = path.with_name(path.name + f".{fmt.value}")
    _remember(path)
    return fmt, path


def _format_of(path: Path) -> ExportFormat:
    try:
        return ExportFormat(path.suffix.lower().lstrip("."))
    except ValueError:
        return ExportFormat.BUNDLE_JSON
