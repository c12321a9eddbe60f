"""The participation panel: a dock beside the board or the Agora while phones take part.

It shows where phones join (link and code), how many phones are connected and how many have
answered the current statement, the alerts in red (joining locked after too many wrong codes,
disk full), and offers « Verrouiller la salle » / « Déverrouiller », « Afficher / masquer le
code sur le projecteur », « Arrêter », and the moderation queue with « Accepter » / « Refuser ».
The panel only displays and asks: ``ParticipationController`` acts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agora.server import ServerStats
from ui.participation.moderation_model import PendingCardsModel, PendingIdRole
from ui.widgets.plain_label import plain_label

#: Red of the alerts (on the window's light background, contrast above 4.5:1).
ALERT_STYLE = "color: #A4262C; font-weight: bold;"


class ParticipationPanel(QDockWidget):
    """The facilitator's view of the room; emits what the facilitator asks for."""

    #: « Verrouiller la salle » (True) or « Déverrouiller » (False).
    lock_requested = Signal(bool)
    #: « Arrêter ».
    stop_requested = Signal()
    #: « Afficher / masquer le code sur le projecteur ».
    projector_toggle_requested = Signal()
    #: « Accepter » a queued card (its queue id).
    approve_requested = Signal(str)
    #: « Refuser » a queued card (its queue id).
    reject_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participation"), parent)
        self.setObjectName("participationPanel")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        body = QWidget(self)
        self.where = plain_label(self.tr("Adresse de participation"), body)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = plain_label(self.tr("Code à taper"), body)
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phones = plain_label(self.tr("Téléphones connectés"), body)
        self.answers = plain_label(self.tr("Réponses à l’énoncé en cours"), body)
        self.room_state = plain_label(self.tr("État de la salle"), body)
        self.alert = plain_label(self.tr("Alerte"), body)
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.hide()
        self.lock_button = QPushButton(self.tr("Verrouiller la salle"), body)
        self.lock_button.setToolTip(
            self.tr("Plus aucun nouveau téléphone ne peut entrer ; ceux qui sont là continuent.")
        )
        self.projector_button = QPushButton(self.tr("Afficher / masquer le code sur le projecteur"), body)
        self.stop_button = QPushButton(self.tr("Arrêter"), body)
        self.stop_button.setToolTip(
            self.tr("Fermer la page des téléphones (les cartes en attente sont perdues)")
        )
        self.pending_title = plain_label(self.tr("Cartes à relire"), body, self.tr("Cartes à relire"))
        self.pending_model = PendingCardsModel(self)
        self.pending_view = QListView(body)
        self.pending_view.setModel(self.pending_model)
        self.pending_view.setWordWrap(True)
        self.pending_view.setSpacing(3)
        self.pending_view.setAlternatingRowColors(True)
        self.pending_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending_view.setAccessibleName(self.tr("Cartes en attente de relecture"))
        self.approve_button = QPushButton(self.tr("Accepter"), body)
        self.reject_button = QPushButton(self.tr("Refuser"), body)
        decide = QHBoxLayout()
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        self.moderation_box = QWidget(body)
        moderation_layout = QVBoxLayout(self.moderation_box)
        moderation_layout.setContentsMargins(0, 0, 0, 0)
        moderation_layout.addWidget(self.pending_title)
        moderation_layout.addWidget(self.pending_view, 1)
        moderation_layout.addLayout(decide)
        layout = QVBoxLayout(body)
        for widget in (self.where, self.code, self.phones, self.answers, self.room_state, self.alert):
            layout.addWidget(widget)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.projector_button)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.moderation_box, 1)
        layout.addStretch(0)
        self.setWidget(body)
        self._locked = False
        self.lock_button.clicked.connect(lambda: self.lock_requested.emit(not self._locked))
        self.stop_button.clicked.connect(self.stop_requested)
        self.projector_button.clicked.connect(self.projector_toggle_requested)
        self.approve_button.clicked.connect(lambda: self._decide(self.approve_requested))
        self.reject_button.clicked.connect(lambda: self._decide(self.reject_requested))
        self.pending_model.modelReset.connect(self._update_decision_buttons)
        self.pending_view.selectionModel().selectionChanged.connect(self._update_decision_buttons)
        self.show_stats(None)

    # -- what the controller tells --------------------------------------------------------

    def show_started(self, url: str, code: str, *, moderation: bool) -> None:
        """The server listens: where to join, the code; a fresh room with no alert."""
        self.where.setText(self.tr("Lien : {url}").format(url=url))
        self.code.setText(self.tr("Code : {code}").format(code=code))
        self.moderation_box.setVisible(moderation)
        self.pending_model.set_cards([])
        self.clear_alert()

    def show_stats(self, stats: ServerStats | None) -> None:
        """The room's figures (None: not running)."""
        phones = stats.phones if stats else 0
        active = stats.active_phones if stats else 0
        self.phones.setText(
            self.tr("Téléphones connectés : {phones} (actifs : {active})").format(
                phones=phones, active=active
            )
        )
        if stats is not None and stats.current_statement:
            self.answers.setText(
                self.tr("Réponses à l’énoncé en cours : {count}").format(count=stats.answered)
            )
        else:
            self.answers.setText(self.tr("Réponses à l’énoncé en cours : —"))
        self._locked = bool(stats and stats.join_locked)
        self.lock_button.setText(
            self.tr("Déverrouiller") if self._locked else self.tr("Verrouiller la salle")
        )
        self.room_state.setText(
            self.tr("Salle verrouillée : aucun nouveau téléphone n’entre.")
            if self._locked
            else self.tr("Salle ouverte.")
        )

    def show_alert(self, text: str) -> None:
        """An alert in red (French text from the server)."""
        self.alert.setText(text)
        self.alert.show()

    def clear_alert(self) -> None:
        """No alert."""
        self.alert.clear()
        self.alert.hide()

    def pending_id(self) -> str:
        """The queue id of the selected card ("" when none)."""
        index = self.pending_view.currentIndex()
        if not index.isValid() and self.pending_model.rowCount() == 1:
            index = self.pending_model.index(0)
        return str(index.data(PendingIdRole) or "") if index.isValid() else ""

    def _decide(self, signal: SignalInstance) -> None:
        pending = self.pending_id()
        if pending:
            signal.emit(pending)

    def _update_decision_buttons(self, *_args: object) -> None:
        has_card = bool(self.pending_model.rowCount())
        self.approve_button.setEnabled(has_card)
        self.reject_button.setEnabled(has_card)
