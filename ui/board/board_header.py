"""The top of a board: the session's title on its category's colour, its prompt, the tool buttons.

The buttons repeat actions that all have keys (principle menu, theme, merge, delete, search):
they are reachable with Tab but never take the focus from the capture bar on a click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from agora.services.reads import SessionRead
from ui.board.board_actions import BoardActions
from ui.widgets.colors import category_color, text_color_for
from ui.widgets.plain_label import plain_label


class BoardHeader(QWidget):
    """Shows what session this board is and offers the board's main actions as buttons."""

    def __init__(
        self, session: SessionRead, colors: dict[str, str], actions: BoardActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = plain_label(self.tr("Titre du temps"), text=session.title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        band = category_color(session.category, colors)
        self.title.setStyleSheet(
            f"background-color: {band.name()}; color: {text_color_for(band).name()};"
            " padding: 6px; border-radius: 4px;"
        )
        self.prompt = plain_label(self.tr("Consigne du temps"), text=session.prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setVisible(bool(session.prompt))
        self.principle_button = self._button(self.tr("Principe"), self.tr("Associer un principe directeur"))
        self.principle_button.setMenu(actions.principle_menu(self))
        self.principle_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tools = QHBoxLayout()
        tools.addWidget(self.principle_button)
        for action in (actions.theme, actions.merge, actions.delete, actions.search):
            button = self._button("", action.text().replace("…", ""))
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addLayout(tools)

    @staticmethod
    def _button(text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button
