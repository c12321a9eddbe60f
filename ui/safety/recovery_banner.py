"""The banner that tells the facilitator a damaged forum was restored from a snapshot.

Not a dialog: the desk opens and capture can start at once; the banner stays above the page
until the facilitator closes it, and says which span of time may be missing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from agora.storage.recovery import RecoveryReport
from ui.translations import qt_translate
from ui.widgets.plain_label import plain_label


class RecoveryBanner(QFrame):
    """An amber band with the recovery report's French message and « Compris »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBanner")
        self.setStyleSheet(
            "#recoveryBanner { background-color: #FFF4CE; border: 1px solid #C9A227; border-radius: 4px; }"
            " #recoveryBanner QLabel { color: #3D2E00; }"
        )
        self.message = plain_label(self.tr("Forum restauré depuis une sauvegarde"))
        self.message.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Compris"))
        self.close_button.setAccessibleName(self.tr("Masquer le message de restauration"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_report(self, report: RecoveryReport | None) -> None:
        """Show ``report``'s message (nothing when the forum opened normally)."""
        if report is None:
            return
        self.message.setText(report.message(qt_translate))
        self.show()
