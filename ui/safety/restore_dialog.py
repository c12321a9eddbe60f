"""« Restaurer une sauvegarde… »: the snapshots of one forum, newest first, to pick one.

Each row says when the snapshot was taken (in French), why (« à l’ouverture », « automatique »,
« avant une suppression »…), how many cards and statements it holds and whether it passed its
check. The list is read off the GUI thread. What restoring does is ``ui.safety.restore_flow``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agora.storage.backup import Snapshot, list_snapshots
from agora.storage.recovery import french_datetime
from ui.translations import error_message
from ui.widgets.plain_label import plain_label
from ui.workers import run_in_background

COL_TIME, COL_REASON, COL_CARDS, COL_STATEMENTS, COL_VERIFIED = range(5)


def snapshot_row(snap: Snapshot) -> tuple[str, str, str, str, str]:
    """The texts of one row: time, reason, cards, statements, verified mark."""
    unknown = "—"
    return (
        french_datetime(snap.taken_at),
        QCoreApplication.translate("backup", snap.label),  # labels are marked in agora.storage.backup
        unknown if snap.cards is None else str(snap.cards),
        unknown if snap.statements is None else str(snap.statements),
        "✓ " + QCoreApplication.translate("RestoreDialog", "vérifiée")
        if snap.verified
        else "✗ " + QCoreApplication.translate("RestoreDialog", "non vérifiée"),
    )


class RestoreDialog(QDialog):
    """The list of a forum's snapshots; ``chosen()`` is the selected one once accepted."""

    #: The list has been read (number of snapshots).
    loaded = Signal(int)

    def __init__(self, forum_path: Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forum_path = Path(forum_path)
        self.snapshots: list[Snapshot] = []
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.intro = plain_label(self.tr("Sauvegardes du forum"))
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Sauvegardes de « {title} », de la plus récente à la plus ancienne. Restaurer remplace "
                "le forum par la sauvegarde choisie ; l’état actuel est d’abord sauvegardé lui aussi."
            ).format(title=title or self.forum_path.stem)
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Moment"),
                self.tr("Cartes"),
                self.tr("Énoncés"),
                self.tr("Vérification"),
            ]
        )
        self.table.setAccessibleName(self.tr("Liste des sauvegardes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept_if_chosen())
        self.status = plain_label(self.tr("État de la liste"), text=self.tr("Lecture des sauvegardes…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("Restaurer…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        run_in_background(
            lambda: list_snapshots(self.forum_path), self._on_loaded, self._on_failed, context=self
        )

    def _on_loaded(self, snapshots: list[Snapshot]) -> None:
        self.snapshots = list(snapshots)
        self.table.setRowCount(len(self.snapshots))
        for row, snap in enumerate(self.snapshots):
            for col, text in enumerate(snapshot_row(snap)):
                item = QTableWidgetItem(text)
                if col in (COL_CARDS, COL_STATEMENTS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.snapshots:
            self.status.setText(self.tr("{count} sauvegarde(s).").format(count=len(self.snapshots)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("Aucune sauvegarde de ce forum pour l’instant."))
        self.loaded.emit(len(self.snapshots))

    def _on_failed(self, exc: Exception) -> None:
        self.status.setText(
            self.tr("Les sauvegardes n’ont pas pu être lues : {reason}").format(reason=error_message(exc))
        )
        self.loaded.emit(0)

    def _update_buttons(self) -> None:
        snap = self.chosen()
        self.restore_button.setEnabled(snap is not None and snap.verified)

    def chosen(self) -> Snapshot | None:
        """The selected snapshot, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.snapshots):
            return None
        return self.snapshots[rows[0].row()]

    def accept_if_chosen(self) -> None:
        """« Restaurer… »: close with the selected (verified) snapshot."""
        snap = self.chosen()
        if snap is not None and snap.verified:
            self.accept()
