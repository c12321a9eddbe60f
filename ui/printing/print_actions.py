"""« Exporter en PDF… » and « Imprimer… » in the desk, for each printed document.

The documents: the current session's summary (a peer group's cards, or the Agora's tables), the
handouts per category and the A3 poster (both from the forum's Agora). Building a PDF reads the
forum and runs reportlab on a pool thread while a busy indicator shows: the window never
freezes. An exported PDF then opens in the system viewer. « Imprimer… » first asks Qt's print
dialog for the printer and the number of copies, builds the PDF in a temporary folder, and
sends it to that printer (``ui.printing.print_job``). The viewer, the dialogs and the command
runner are attributes, so tests replace them.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QProgressDialog, QWidget

from agora.domain.kinds import SessionKind
from agora.i18n import QT_TRANSLATE_NOOP
from agora.services.printing import Document, build_document
from ui.printing.print_job import Opener, Runner, open_in_viewer, send_to_printer
from ui.safety import busy
from ui.start.library_ops import file_stem
from ui.translations import error_message, qt_translate
from ui.widgets import message_box
from ui.workers import run_in_background

if TYPE_CHECKING:
    from ui.desk.forum_window import ForumWindow

logger = logging.getLogger(__name__)

#: Asks where to write a PDF: (parent, title, proposed path) -> chosen path or None.
ChooseTarget = Callable[[QWidget, str, Path], Path | None]
#: Asks for a printer: (parent) -> (printer name, copies) or None when cancelled.
AskPrinter = Callable[[QWidget], tuple[str, int] | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


#: Menu texts of the documents (French source, translated at use).
DOCUMENT_TEXTS = {
    Document.SUMMARY: QT_TRANSLATE_NOOP("printing", "Synthèse du temps en cours…"),
    Document.HANDOUTS: QT_TRANSLATE_NOOP("printing", "Livrets par catégorie (Agora)…"),
    Document.POSTER: QT_TRANSLATE_NOOP("printing", "Affiche de l’Agora (A3)…"),
}
#: File name stems of the documents.
DOCUMENT_STEMS = {
    Document.SUMMARY: "synthese",
    Document.HANDOUTS: "livrets",
    Document.POSTER: "affiche",
}


def choose_pdf_target(parent: QWidget, title: str, proposed: Path) -> Path | None:
    """The system's save dialog for a PDF."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(proposed), QCoreApplication.translate("printing", "Documents PDF (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def available_printers() -> list[str]:
    """The printers the system knows (QtPrintSupport)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # inline: loaded when printing

    return list(QPrinterInfo.availablePrinterNames())


def ask_printer(parent: QWidget) -> tuple[str, int] | None:
    """Qt's print dialog: the printer and the number of copies, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # inline: loaded when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Imprimer"))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer.printerName(), max(1, printer.copyCount())
    finally:
        dialog.deleteLater()


def _print_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "agora-impression"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class PrintActions(QObject):
    """The desk's printing actions; fills the « Exporter en PDF » and « Imprimer » submenus."""

    #: A PDF was written (its path) and handed to the viewer.
    pdf_ready = Signal(object)
    #: A PDF was sent to a printer: (path, printer name, copies).
    printed = Signal(object, str, int)
    #: A document could not be built or printed (the French message shown).
    failed = Signal(str)
    #: Something to say in the status bar.
    message = Signal(str)

    def __init__(
        self, window: ForumWindow, pdf_menu: QMenu | None = None, print_menu: QMenu | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.open_file: Opener = open_in_viewer
        self.choose_target: ChooseTarget = choose_pdf_target
        self.ask_printer: AskPrinter = ask_printer
        self.printers: Callable[[], list[str]] = available_printers
        self.runner: Runner = subprocess.run
        self._busy: QProgressDialog | None = None
        self.pdf_actions: dict[Document, QAction] = {}
        self.print_actions: dict[Document, QAction] = {}
        for document, text in DOCUMENT_TEXTS.items():
            pdf = QAction(_tr(text), window)
            pdf.triggered.connect(partial(self.export_pdf, document))
            print_ = QAction(_tr(text), window)
            print_.triggered.connect(partial(self.print_document, document))
            self.pdf_actions[document], self.print_actions[document] = pdf, print_
            if pdf_menu is not None:
                pdf_menu.addAction(pdf)
            if print_menu is not None:
                print_menu.addAction(print_)
        for menu in (pdf_menu, print_menu):
            if menu is not None:
                menu.aboutToShow.connect(self.update_actions)
        window.context.current_session_changed.connect(lambda _id: self.update_actions())
        self.update_actions()

    # -- what can be printed ------------------------------------------------------------------

    def has_agora(self) -> bool:
        """Whether the forum's agenda has an Agora (handouts and poster come from it)."""
        return any(s.kind == SessionKind.AGORA for s in self.window.opened.sessions)

    def update_actions(self) -> None:
        """Enable what the current forum and session can print."""
        has_session = bool(self.window.context.current_session)
        agora = self.has_agora()
        for actions in (self.pdf_actions, self.print_actions):
            actions[Document.SUMMARY].setEnabled(has_session)
            actions[Document.HANDOUTS].setEnabled(has_session and agora)
            actions[Document.POSTER].setEnabled(has_session and agora)

    def _session(self) -> tuple[str, str] | None:
        session_id = self.window.context.current_session
        meeting = next((s for s in self.window.opened.sessions if s.id == session_id), None)
        if meeting is None:
            message_box.show_error(
                self.window,
                QCoreApplication.translate("printing", "Impression impossible"),
                QCoreApplication.translate("printing", "Choisissez d’abord un temps dans le programme."),
            )
            return None
        return meeting.id, meeting.title

    def proposed_name(self, document: Document, session_title: str) -> str:
        """``<forum> - synthese - <session>.pdf`` and the like."""
        forum = file_stem(self.window.opened.forum.title)
        if document == Document.SUMMARY:
            return f"{forum} - {DOCUMENT_STEMS[document]} - {file_stem(session_title)}.pdf"
        return f"{forum} - {DOCUMENT_STEMS[document]}.pdf"

    # -- building -----------------------------------------------------------------------------

    def _build(self, document: Document, session_id: str, out: Path, then: Callable[[Path], Any]) -> None:
        self._busy = busy.busy_dialog(
            self.window,
            QCoreApplication.translate("printing", "Préparation du document"),
            QCoreApplication.translate("printing", "Préparation du PDF…"),
        )
        self.message.emit(QCoreApplication.translate("printing", "Préparation du PDF…"))

        def built(path: Path) -> None:
            busy.done(self._busy)
            self._busy = None
            then(path)

        self.window.context.read(
            partial(_build_in_background, session_id=session_id, document=document, out=out),
            built,
            self._failed,
            context=self,
        )

    def _failed(self, exc: Exception) -> None:
        busy.done(self._busy)
        self._busy = None
        logger.warning("building or printing a document failed: %s", exc)
        text = error_message(exc)
        self.message.emit(QCoreApplication.translate("printing", "Le document n’a pas pu être préparé."))
        self.failed.emit(text)
        message_box.show_error(
            self.window, QCoreApplication.translate("printing", "Document impossible"), text
        )

    # -- Exporter en PDF… ---------------------------------------------------------------------

    def export_pdf(self, document: Document, target: Path | None = None) -> None:
        """Ask where (unless ``target``), build the PDF in the background, open it in the viewer."""
        session = self._session()
        if session is None:
            return
        session_id, session_title = session
        if target is None:
            folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
            proposed = folder / self.proposed_name(document, session_title)
            target = self.choose_target(
                self.window, QCoreApplication.translate("printing", "Exporter en PDF"), proposed
            )
            if target is None:
                return
        self._build(document, session_id, target, self._exported)

    def _exported(self, path: Path) -> None:
        self.message.emit(QCoreApplication.translate("printing", "PDF écrit : {path}").format(path=path))
        self.pdf_ready.emit(path)
        if self.open_file(path) is False:
            self.message.emit(
                QCoreApplication.translate(
                    "printing", "Le PDF a été écrit mais n’a pas pu être ouvert : {path}"
                ).format(path=path)
            )

    # -- Imprimer… ----------------------------------------------------------------------------

    def print_document(self, document: Document) -> None:
        """Qt's print dialog, then the PDF built and sent to the chosen printer."""
        session = self._session()
        if session is None:
            return
        session_id, session_title = session
        if not self.printers():
            message_box.show_error(
                self.window,
                QCoreApplication.translate("printing", "Aucune imprimante"),
                QCoreApplication.translate(
                    "printing",
                    "Aucune imprimante n’est installée sur cet ordinateur. Ajoutez-en une dans les "
                    "réglages du système, ou utilisez « Exporter en PDF… » et imprimez ailleurs.",
                ),
            )
            return
        choice = self.ask_printer(self.window)
        if choice is None:
            return
        printer, copies = choice
        out = _print_folder() / self.proposed_name(document, session_title)
        self._build(document, session_id, out, partial(self._send, printer, copies))

    def _send(self, printer: str, copies: int, path: Path) -> None:
        runner = self.runner
        self.message.emit(
            QCoreApplication.translate("printing", "Envoi à l’imprimante « {printer} »…").format(
                printer=printer
            )
        )

        def sent(_command: object) -> None:
            self.message.emit(
                QCoreApplication.translate(
                    "printing", "Envoyé à l’imprimante « {printer} » ({copies} exemplaire(s))."
                ).format(printer=printer, copies=copies)
            )
            self.printed.emit(path, printer, copies)

        run_in_background(
            partial(send_to_printer, path, printer, copies, runner=runner), sent, self._failed, context=self
        )


def _build_in_background(store: Any, *, session_id: str, document: Document, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    return build_document(store, session_id, document, out, translate=qt_translate)
