"""How phones join: a QR code of the participation address and the 8-character fallback code.

The QR code is drawn module by module at an integer scale (no smoothing, so a phone reads it
from the back of the hall), with error correction M and the 4-module quiet zone the standard
asks for (RELIABILITY.md §5.3).
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.projector import theme

#: Modules of white around the code, as ISO/IEC 18004 requires.
QUIET_ZONE = 4


def qr_matrix(data: str) -> list[list[bool]]:
    """The modules of ``data``'s QR code (True: dark), quiet zone included, error correction M."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    return [[bool(module) for module in row] for row in code.get_matrix()]


def qr_image(data: str, scale: int) -> QImage:
    """The QR code of ``data`` as a black-and-white image, each module ``scale`` pixels square."""
    matrix = qr_matrix(data)
    scale = max(1, scale)
    side = len(matrix) * scale
    rows = bytearray()
    for modules in matrix:
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in modules)
        rows += line * scale
    image = QImage(bytes(rows), side, side, side, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the buffer above goes away with this frame


class JoinPanel(QFrame):
    """Shows the join address as a QR code, the address and the fallback code, large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"#join {{ background: {theme.PAPER}; border: 3px solid {theme.INK}; border-radius: 10px; }}"
            f"#join QLabel {{ color: {theme.INK}; background: transparent; border: none; }}"
        )
        self.url, self.code = "", ""
        self.title = self._label()
        self.qr = QLabel(self)
        self.qr.setTextFormat(Qt.TextFormat.PlainText)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.address = self._label()
        self.code_caption = self._label()
        self.code_label = self._label()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.code_caption)
        layout.addWidget(self.code_label)
        self._height = theme.REFERENCE_LINES

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def set_join(self, url: str, code: str) -> None:
        """Show how to join ``url``, with ``code`` for those who type it."""
        self.url, self.code = url, code
        self.title.setText(self.tr("Participez avec votre téléphone"))
        self.address.setText(url)
        self.code_caption.setText(self.tr("Code de la salle"))
        self.code_label.setText(code)
        self.code_label.setAccessibleName(self.tr("Code de la salle : {code}").format(code=code))
        self._draw_qr()

    def set_scale(self, height: int) -> None:
        """Size the text and the code for a window ``height`` pixels high."""
        self._height = height
        base = self.font()
        title = QFont(base)
        title.setPixelSize(theme.scaled(theme.COLUMN_TITLE_PX, height))
        title.setBold(True)
        self.title.setFont(title)
        small = QFont(base)
        small.setPixelSize(theme.scaled(theme.CARD_MIN_PX, height))
        self.address.setFont(small)
        self.code_caption.setFont(small)
        mono = QFont(base)
        mono.setFamilies(["DejaVu Sans Mono", "monospace"])
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPixelSize(theme.scaled(theme.JOIN_CODE_PX, height))
        mono.setBold(True)
        mono.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, theme.scaled(6, height))
        self.code_label.setFont(mono)
        self._draw_qr()

    def qr_scale(self) -> int:
        """Pixels per module that fit the room left for the code."""
        if not self.url:
            return 1
        side = min(self.qr.width(), self.qr.height())
        return max(1, side // len(qr_matrix(self.url)))

    def _draw_qr(self) -> None:
        if self.url:
            self.qr.setPixmap(QPixmap.fromImage(qr_image(self.url, self.qr_scale())))
        else:
            self.qr.clear()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Redraw the code at the largest whole scale."""
        super().resizeEvent(event)
        self._draw_qr()
