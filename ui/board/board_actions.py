"""The board's actions and their keys, shared by its buttons, its menu and the keyboard.

Every action acts on the board that holds it (``WidgetWithChildrenShortcut``): the keys work
while the capture bar or a column has the focus, and never in another window.

- Alt+1…5: the kind of card typed (Contrainte, Attente, Engagement, Apprentissage, Récit);
- Alt+E/A/T/S: an expectation toward Élu·e·s, Agents, État, Socio-économiques;
  Alt+→ / Alt+←: the next or previous target;
- F2 edit, Suppr delete, Ctrl+M merge, Ctrl+Maj+↑/↓ move in the column,
  Ctrl+Maj+←/→ move to the neighbouring column;
- Ctrl+Maj+1…4 tag a principle, Ctrl+Maj+0 remove it, Ctrl+T theme;
- Ctrl+F search and filter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from agora.domain import reference
from agora.services.reads import CategoryRead
from ui.board.board_kinds import BOARD_KINDS, TARGET_LETTERS, kind_shortcut, singular_label


class BoardActions(QObject):
    """Creates the actions of one board and adds them to it; the board connects them."""

    def __init__(self, board: QWidget) -> None:
        super().__init__(board)
        self._board = board
        self.kind_group = QActionGroup(self)
        self.kinds: dict[str, QAction] = {}
        for kind in BOARD_KINDS:
            action = self._action(singular_label(kind), kind_shortcut(kind), checkable=True)
            self.kind_group.addAction(action)
            self.kinds[kind] = action
        self.targets: dict[str, QAction] = {}
        self.next_target = self._action(self.tr("Cible suivante"), "Alt+Right")
        self.previous_target = self._action(self.tr("Cible précédente"), "Alt+Left")
        self.edit = self._action(self.tr("Modifier la carte"), "F2")
        self.delete = self._action(self.tr("Supprimer"), QKeySequence(Qt.Key.Key_Delete))
        self.merge = self._action(self.tr("Fusionner les cartes choisies"), "Ctrl+M")
        self.move_up = self._action(self.tr("Monter la carte"), "Ctrl+Shift+Up")
        self.move_down = self._action(self.tr("Descendre la carte"), "Ctrl+Shift+Down")
        self.move_left = self._action(self.tr("Vers la colonne de gauche"), "Ctrl+Shift+Left")
        self.move_right = self._action(self.tr("Vers la colonne de droite"), "Ctrl+Shift+Right")
        self.principles: dict[int, QAction] = {}
        for principle in reference.principles():
            action = self._action(
                self.tr("Principe {number} — {title}").format(number=principle.number, title=principle.title),
                f"Ctrl+Shift+{principle.number}",
            )
            self.principles[principle.number] = action
        self.no_principle = self._action(self.tr("Aucun principe"), "Ctrl+Shift+0")
        self.theme = self._action(self.tr("Thème des cartes choisies…"), "Ctrl+T")
        self.search = self._action(self.tr("Rechercher et filtrer"), QKeySequence(QKeySequence.StandardKey.Find))

    def _action(self, text: str, keys: str | QKeySequence, *, checkable: bool = False) -> QAction:
        action = QAction(text, self._board)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        self._board.addAction(action)
        return action

    def set_targets(self, categories: Sequence[CategoryRead]) -> None:
        """One « Attente envers … » action per category an expectation can target here."""
        for action in self.targets.values():
            self._board.removeAction(action)
            action.deleteLater()
        self.targets = {}
        for category in categories:
            letter = TARGET_LETTERS.get(category.code)
            action = self._action(
                self.tr("Attente envers : {category}").format(category=category.label),
                f"Alt+{letter}" if letter else "",
            )
            action.setData(category.code)
            self.targets[category.code] = action

    def card_actions(self) -> list[QAction]:
        """Actions that need a chosen card (disabled while the forum is read-only)."""
        return [
            self.edit,
            self.delete,
            self.merge,
            self.move_up,
            self.move_down,
            self.move_left,
            self.move_right,
            *self.principles.values(),
            self.no_principle,
            self.theme,
        ]

    def principle_menu(self, parent: QWidget) -> QMenu:
        """« Principe directeur »: the four principles by title, and none."""
        menu = QMenu(self.tr("Principe directeur"), parent)
        for action in self.principles.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.no_principle)
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        """The window's « Tableau » menu for this board."""
        kinds = menu.addMenu(self.tr("Type de carte"))
        for action in self.kinds.values():
            kinds.addAction(action)
        targets = menu.addMenu(self.tr("Attente envers…"))
        for action in self.targets.values():
            targets.addAction(action)
        targets.addSeparator()
        targets.addAction(self.next_target)
        targets.addAction(self.previous_target)
        menu.addSeparator()
        for action in (self.edit, self.delete, self.merge, self.theme):
            menu.addAction(action)
        menu.addMenu(self.principle_menu(menu))
        move = menu.addMenu(self.tr("Déplacer"))
        for action in (self.move_up, self.move_down, self.move_left, self.move_right):
            move.addAction(action)
        menu.addSeparator()
        menu.addAction(self.search)
