"""The forum window's actions and menus: Fichier, Édition, Tableau, Programme, Aide.

Menu mnemonics avoid E, A, T and S, which the board uses (Alt+E/A/T/S: an expectation toward
Élu·e·s, Agents, État, Socio-économiques).

- Ctrl+Z / Ctrl+Maj+Z: undo / redo (the forum's undo stack; while the capture bar holds text
  it undoes typing first);
- Ctrl+Page préc. / Ctrl+Page suiv.: previous / next session of the agenda;
- F5: project; F6: back to the capture bar; F1: the keyboard shortcuts; Maj+F1: the user guide;
- Ctrl+Maj+O: open the participation of the phones (``ui.participation``);
- Ctrl+E: export; Ctrl+W: close the forum.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu


class DeskActions(QObject):
    """Creates the window's actions and menus; the window connects them."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self.export = self._action(self.tr("E&xporter le forum…"), "Ctrl+E")
        self.merge_bundle = self._action(self.tr("&Fusionner un lot d’une autre salle…"))
        self.usb_export = self._action(self.tr("Exporter sur une &clé USB…"))
        self.usb_export.setStatusTip(self.tr("Copier le forum, vérifié, sur une clé USB ou un dossier partagé"))
        self.restore_backup = self._action(self.tr("&Restaurer une sauvegarde…"))
        #: Filled by ``ui.printing.print_actions.PrintActions``.
        self.pdf_menu = QMenu(self.tr("Exporter en P&DF"), window)
        self.print_menu = QMenu(self.tr("&Imprimer"), window)
        self.close_forum = self._action(self.tr("Fermer le &forum"), QKeySequence(QKeySequence.StandardKey.Close))
        self.quit = self._action(self.tr("&Quitter"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = undo_stack.createUndoAction(window, self.tr("Annuler"))
        self.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo = undo_stack.createRedoAction(window, self.tr("Rétablir"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            window.addAction(action)
        self.preferences = self._action(self.tr("Préférences…"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.previous_session = self._action(self.tr("Temps &précédent"), "Ctrl+PgUp")
        self.next_session = self._action(self.tr("Temps &suivant"), "Ctrl+PgDown")
        self.focus_capture = self._action(self.tr("Aller à la &saisie"), "F6")
        self.project = self._action(self.tr("P&rojeter"), "F5")
        self.project.setStatusTip(self.tr("Ouvrir la fenêtre de projection (plein écran sur le second écran)"))
        self.open_participation = self._action(self.tr("&Ouvrir la participation…"), "Ctrl+Shift+O")
        self.open_participation.setStatusTip(self.tr("Laisser les téléphones de la salle envoyer des cartes et voter"))
        self.shortcuts = self._action(self.tr("&Raccourcis clavier"), QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide = self._action(self.tr("&Guide d’utilisation"), "Shift+F1")
        self.about = self._action(self.tr("À &propos d’Agora"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, text: str, keys: str | QKeySequence = "") -> QAction:
        action = QAction(text, self._window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        self._window.addAction(action)
        return action

    def build_menus(self) -> QMenu:
        """Fill the window's menu bar; returns the « Tableau » menu, filled per board."""
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        for action in (self.export, self.merge_bundle):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addMenu(self.pdf_menu)
        file_menu.addMenu(self.print_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.usb_export)
        file_menu.addAction(self.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.close_forum)
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("É&dition"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        board_menu = bar.addMenu(self.tr("Ta&bleau"))
        agenda_menu = bar.addMenu(self.tr("&Programme"))
        for action in (self.previous_session, self.next_session, self.focus_capture):
            agenda_menu.addAction(action)
        agenda_menu.addSeparator()
        agenda_menu.addAction(self.project)
        agenda_menu.addAction(self.open_participation)
        help_menu = bar.addMenu(self.tr("A&ide"))
        help_menu.addAction(self.guide)
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)
        return board_menu
