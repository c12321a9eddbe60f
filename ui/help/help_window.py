"""Aide ▸ Guide d’utilisation : the user guide (docs/guide/*.md), offline, in its own window.

The guide is Markdown in ``docs/guide/``, its pictures in ``docs/images/`` (made by
``make screenshots``). A ``QTextBrowser`` shows one page at a time: links between pages, to the
other documents of ``docs/`` and to the pictures are relative paths, resolved against the page
shown. From a checkout the pages are read in ``docs/``; frozen, build.spec ships them in
``_internal/docs/`` (``sys._MEIPASS``), beside ``resources/``.

The window is not modal and does not keep the application alive on its own (it is not a
« last window »). The search box looks in the page shown, then in the following pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.plain_label import plain_label

#: The guide's first page, relative to the guide folder.
INDEX_PAGE = "index.md"


def docs_dir() -> Path:
    """The ``docs/`` folder, from source or frozen (the same rule as ``agora.paths.resources_dir``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent.parent / "docs"


def guide_dir() -> Path:
    """The folder of the guide's pages."""
    return docs_dir() / "guide"


def guide_pages() -> list[Path]:
    """The guide's pages, the index first, then by file name (which carries their order)."""
    pages = sorted(guide_dir().glob("*.md"))
    return sorted(pages, key=lambda page: page.name != INDEX_PAGE)


class HelpWindow(QWidget):
    """The guide, one page at a time, with back / forward / contents and a search box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Guide d’utilisation — Agora"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Page du guide"))
        self.browser.setOpenLinks(False)  # anchorClicked decides: guide pages here, web links outside
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.browser.setSearchPaths([str(guide_dir()), str(docs_dir())])

        self.back_button = self._button(self.tr("◀ Précédent"), self.tr("Page précédente"), self.browser.backward)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_button = self._button(self.tr("Suivant ▶"), self.tr("Page suivante"), self.browser.forward)
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.home_button = self._button(self.tr("Sommaire"), self.tr("Sommaire du guide"), self.show_index)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans le guide (Entrée : suivant)"))
        self.search_edit.setAccessibleName(self.tr("Rechercher dans le guide"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(lambda: self.search(self.search_edit.text()))
        self.status = plain_label(self.tr("Résultat de la recherche"))

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)

        find = QPushButton(self)  # Ctrl+F goes to the search box
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.clicked.connect(self.search_edit.setFocus)
        find.hide()
        self.resize(900, 720)
        self.show_index()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- pages ------------------------------------------------------------------------------

    @Slot()
    def show_index(self) -> None:
        """Show the guide's contents page."""
        self.show_page(guide_dir() / INDEX_PAGE)

    def show_page(self, path: Path) -> None:
        """Show one page of the guide (or of docs/), by file path."""
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> Path:
        """The file shown."""
        return Path(self.browser.source().toLocalFile())

    @Slot(QUrl)
    def follow(self, url: QUrl) -> None:
        """A link was clicked: another page (or an anchor) here, a web address in the browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        path = target.toLocalFile()
        if path and Path(path) == self.current_page() and target.hasFragment():
            self.browser.scrollToAnchor(target.fragment())
            return
        if path.endswith(".md"):
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        elif path:
            self.browser.setSource(target)

    def _on_source_changed(self, _url: QUrl) -> None:
        self.status.clear()
        self._fit_images()

    def image_sources(self) -> list[str]:
        """The pictures of the page shown, as written in it (relative to the page)."""
        names: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    names.append(fmt.toImageFormat().name())
                it += 1
            block = block.next()
        return names

    def _fit_images(self) -> None:
        """Scale every picture down to the width of the page (never up)."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 40)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    natural = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    width = getattr(natural, "width", lambda: 0)()
                    if width:
                        scaled = QTextImageFormat(image)
                        scaled.setWidth(min(width, room))
                        if width > room:
                            scaled.setHeight(natural.height() * room / width)
                        else:
                            scaled.setHeight(natural.height())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(scaled)
                it += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pictures follow the width of the window."""
        super().resizeEvent(event)
        self._fit_images()

    # -- search -----------------------------------------------------------------------------

    def search(self, text: str) -> bool:
        """The next occurrence of ``text``: in the page shown, then in the following pages."""
        text = text.strip()
        if not text:
            return False
        if self.browser.find(text):
            self.status.clear()
            return True
        pages = guide_pages()
        current = self.current_page()
        start = pages.index(current) + 1 if current in pages else 0
        for offset in range(len(pages)):
            page = pages[(start + offset) % len(pages)]
            if text.casefold() in page.read_text(encoding="utf-8").casefold():
                if page != current:
                    self.show_page(page)
                else:
                    self.browser.moveCursor(QTextCursor.MoveOperation.Start)
                if self.browser.find(text):
                    self.status.setText(self.tr("Trouvé dans « {page} »").format(page=self.page_title()))
                    return True
        self.status.setText(self.tr("« {text} » n’est pas dans le guide.").format(text=text))
        return False

    def page_title(self) -> str:
        """The first heading of the page shown."""
        for line in self.browser.toMarkdown().splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
        return ""


_window: HelpWindow | None = None


def show_guide(page: str | None = None) -> HelpWindow:
    """Aide ▸ Guide d’utilisation : one window for the whole application, raised if open."""
    global _window
    if _window is None:
        _window = HelpWindow()
        _window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never the « last window »
        _window.destroyed.connect(_forget)
    if page:
        _window.show_page(guide_dir() / page)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def _forget() -> None:
    global _window
    _window = None
