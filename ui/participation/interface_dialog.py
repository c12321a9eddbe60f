"""Choosing the address phones will reach: one interface of the laptop, never all at once.

The dialog lists :func:`agora.server.local_addresses` (hotspot and venue network first; the
loopback last, marked « cet ordinateur seulement »), the port (8000 by default; « Autre port »
picks a free one when 8000 is taken), the moderation choice, and the Windows firewall note.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agora.server import LocalAddress, local_addresses

#: The port offered first (easy to type after the address: ``10.42.0.1:8000``).
DEFAULT_PORT = 8000


@dataclass(frozen=True)
class InterfaceChoice:
    """What the facilitator chose: the address to bind, the port, the moderation queue."""

    address: str
    port: int
    moderation: bool = False


def port_free(host: str, port: int) -> bool:
    """Whether ``port`` can be bound on ``host`` now (0 is always free)."""
    if port == 0:
        return True
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str) -> int:
    """A port the system says is free on ``host`` now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class InterfaceDialog(QDialog):
    """« Ouvrir la participation »: address, port, moderation. Accepted only with a free port."""

    def __init__(
        self,
        parent: QWidget | None = None,
        addresses: Sequence[LocalAddress] | None = None,
        *,
        port: int = DEFAULT_PORT,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ouvrir la participation"))
        found = list(local_addresses() if addresses is None else addresses)
        # Loopback last, whatever order the list came in: it only serves this computer.
        self.addresses = [a for a in found if not a.loopback] + [a for a in found if a.loopback]
        self.address_box = QComboBox(self)
        self.address_box.setAccessibleName(self.tr("Adresse de l’ordinateur sur le réseau de la salle"))
        for item in self.addresses:
            label = item.label()
            if item.loopback:
                label = self.tr("{address} — cet ordinateur seulement").format(address=label)
            self.address_box.addItem(label, item.address)
        self.port_box = QSpinBox(self)
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(port)
        self.port_box.setAccessibleName(self.tr("Port"))
        self.other_port = QPushButton(self.tr("Autre port"), self)
        self.other_port.setToolTip(self.tr("Choisir un port libre de cet ordinateur"))
        port_row = QHBoxLayout()
        port_row.addWidget(self.port_box, 1)
        port_row.addWidget(self.other_port)
        self.moderation = QCheckBox(self.tr("Relire les cartes avant qu’elles arrivent au tableau"), self)
        self.moderation.setToolTip(
            self.tr(
                "Les cartes en attente ne sont pas encore dans le forum : elles sont perdues si la participation s’arrête."
            )
        )
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #A4262C;")
        self.problem.hide()
        hint = QLabel(
            self.tr(
                "Agora n’écoute que sur l’adresse choisie. Le point d’accès de l’ordinateur ressemble à "
                "10.42.0.1 (Linux) ou 192.168.137.1 (Windows)."
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        self.firewall_note = QLabel(
            self.tr(
                "Windows peut demander d’autoriser Agora sur les réseaux privés : acceptez pour les réseaux privés seulement."
            ),
            self,
        )
        self.firewall_note.setTextFormat(Qt.TextFormat.PlainText)
        self.firewall_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Adresse :"), self.address_box)
        form.addRow(self.tr("&Port :"), port_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("Ouvrir"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.moderation)
        layout.addWidget(self.problem)
        layout.addWidget(self.firewall_note)
        layout.addWidget(self.buttons)
        self.other_port.clicked.connect(self.choose_other_port)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def choice(self) -> InterfaceChoice:
        """What is chosen now."""
        return InterfaceChoice(
            str(self.address_box.currentData()), self.port_box.value(), self.moderation.isChecked()
        )

    def choose_other_port(self) -> None:
        """« Autre port »: a port free on the chosen address."""
        self.port_box.setValue(free_port(self.choice().address))
        self.problem.hide()

    def accept(self) -> None:
        """Close only when the port is free; otherwise say so and offer « Autre port »."""
        chosen = self.choice()
        if not port_free(chosen.address, chosen.port):
            self.problem.setText(
                self.tr("Le port {port} est déjà utilisé sur {address} : choisissez « Autre port ».").format(
                    port=chosen.port, address=chosen.address
                )
            )
            self.problem.show()
            self.other_port.setFocus()
            return
        super().accept()


def ask_interface(parent: QWidget | None = None) -> InterfaceChoice | None:
    """Ask where to open the participation; None if the facilitator cancelled."""
    dialog = InterfaceDialog(parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
