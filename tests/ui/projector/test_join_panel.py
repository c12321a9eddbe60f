"""The join panel's QR code: the right modules, a quiet zone, whole pixels, and it decodes."""

from __future__ import annotations

import importlib.util

import pytest
import qrcode
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui.projector.join_panel import QUIET_ZONE, JoinPanel, qr_image, qr_matrix

URL = "http://192.168.1.23:8765/j/Qx7-kP2m"
CODE = "K7QM4XPA"


def image_modules(image: QImage, scale: int) -> list[list[bool]]:
    """Read the image back, one sample at the centre of each module (True: dark)."""
    side = image.width() // scale
    return [
        [
            image.pixelColor(x * scale + scale // 2, y * scale + scale // 2).lightness() < 128
            for x in range(side)
        ]
        for y in range(side)
    ]


def test_matrix_is_qrcodes_with_error_correction_m_and_quiet_zone() -> None:
    """Same modules as qrcode builds at level M; four light modules all round."""
    reference = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    reference.add_data(URL)
    reference.make(fit=True)
    matrix = qr_matrix(URL)
    assert matrix == [[bool(m) for m in row] for row in reference.get_matrix()]
    side = len(matrix)
    assert side == 4 * reference.version + 17 + 2 * QUIET_ZONE
    for i in range(QUIET_ZONE):
        assert not any(matrix[i]) and not any(matrix[side - 1 - i])
        assert not any(row[i] or row[side - 1 - i] for row in matrix)


@pytest.mark.parametrize("scale", [1, 3, 8])
def test_image_is_the_matrix_at_a_whole_scale(scale: int) -> None:
    """Every module is a square of ``scale`` pixels, pure black or pure white."""
    image = qr_image(URL, scale)
    matrix = qr_matrix(URL)
    assert image.width() == image.height() == len(matrix) * scale
    assert image_modules(image, scale) == matrix
    corner = {image.pixelColor(x, y).lightness() for x in range(scale) for y in range(scale)}
    assert corner == {255}
    finder = {
        image.pixelColor(QUIET_ZONE * scale + x, QUIET_ZONE * scale + y).lightness()
        for x in range(scale)
        for y in range(scale)
    }
    assert finder == {0}


@pytest.mark.skipif(importlib.util.find_spec("zxingcpp") is None, reason="zxing-cpp is not installed")
def test_image_decodes_back_to_the_url() -> None:
    """A real decoder reads the URL back, at error correction level M."""
    import zxingcpp  # optional: only where the decoder is installed
    from PIL import Image

    image = qr_image(URL, 4)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    pil = Image.frombytes("L", (image.width(), image.height()), data, "raw", "L", image.bytesPerLine())
    results = zxingcpp.read_barcodes(pil)
    assert [r.text for r in results] == [URL]
    assert results[0].ec_level == "M"


def test_panel_shows_code_address_and_a_whole_scale_qr(qtbot: QtBot) -> None:
    """The code and the address as typed (plain text), the QR as large as fits, in whole modules."""
    panel = JoinPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 900)
    panel.set_scale(1080)
    panel.show()
    panel.set_join(URL, CODE)
    qtbot.waitUntil(lambda: panel.qr.pixmap() is not None and not panel.qr.pixmap().isNull())
    assert panel.code_label.text() == CODE
    assert panel.address.text() == URL
    side = len(qr_matrix(URL))
    pixmap = panel.qr.pixmap()
    assert pixmap.width() % side == 0 and pixmap.width() // side == panel.qr_scale() >= 4
    assert pixmap.width() <= min(panel.qr.width(), panel.qr.height())
