"""QR codes drawn as vectors: sharp at any zoom and on any printer.

The matrix comes from ``qrcode`` with error correction M and the 4-module quiet zone; each run
of dark modules in a row becomes one rectangle of a single filled path, so adjacent modules
never show hairline seams. The payload of a handout is the forum's link when it has one, else
the handout's key points as plain text (at most :data:`MAX_OFFLINE_BYTES` bytes), so a phone
with no network keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence

import qrcode
import qrcode.constants
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from agora.reports.text import shorten, shorten_bytes

#: Largest offline payload (UTF-8 bytes): QR version 26 at error correction M.
MAX_OFFLINE_BYTES = 1000
#: Quiet zone around the code, in modules (ISO/IEC 18004 asks for 4).
QUIET_ZONE = 4
#: Smallest module printed: below this, phones struggle with dense codes on paper.
MIN_MODULE = 0.5 * mm
#: Smallest printed code, quiet zone included.
MIN_SIZE = 30 * mm

#: Longest text of one key point in an offline payload.
POINT_LIMIT = 110


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of a QR code for ``payload`` (byte mode, UTF-8), quiet zone included.

    Args:
        payload: Text to encode (at most 2,331 bytes at error correction M).

    Returns:
        Rows of modules, True for dark.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return [[bool(m) for m in row] for row in code.get_matrix()]


class QrFlowable(Flowable):
    """A QR code drawn with rectangles; its size grows with the payload's density."""

    def __init__(self, payload: str, *, size: float | None = None) -> None:
        super().__init__()
        self.payload = payload
        self.matrix = qr_matrix(payload)
        modules = len(self.matrix)
        self.size = size if size is not None else max(MIN_SIZE, modules * MIN_MODULE)
        self.width = self.height = self.size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Fixed size."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the dark modules as one path of horizontal runs."""
        canv = self.canv
        modules = len(self.matrix)
        step = self.size / modules
        path = canv.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.size - (r + 1) * step
            col = 0
            while col < modules:
                if not row[col]:
                    col += 1
                    continue
                start = col
                while col < modules and row[col]:
                    col += 1
                path.rect(start * step, y, (col - start) * step, step)
        canv.saveState()
        canv.setFillColorRGB(0, 0, 0)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


def offline_payload(heading: str, sections: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The key points of a handout as plain text of at most :data:`MAX_OFFLINE_BYTES` bytes.

    Points are taken in turns from each section (the first point of every section before the
    second of any), so that a long section cannot crowd out the others.

    Args:
        heading: First lines (forum, category).
        sections: (title, points) in print order.

    Returns:
        The text.
    """
    budget = MAX_OFFLINE_BYTES - len(heading.encode("utf-8")) - 1
    chosen: list[list[str]] = [[] for _ in sections]

    def size() -> int:
        total = 0
        for (title, _points), picked in zip(sections, chosen, strict=True):
            if picked:
                total += len(title.encode("utf-8")) + 3
                total += sum(len(p.encode("utf-8")) + 3 for p in picked)
        return total

    depth = max((len(points) for _title, points in sections), default=0)
    full = False
    for rank in range(depth):
        for index, (_title, points) in enumerate(sections):
            if rank >= len(points):
                continue
            chosen[index].append(shorten(" ".join(points[rank].split()), POINT_LIMIT))
            if size() > budget:
                chosen[index].pop()
                full = True
                break
        if full:
            break
    lines = [heading]
    for (title, _points), picked in zip(sections, chosen, strict=True):
        if picked:
            lines.append(f"{title}\u00a0:")
            lines += [f"- {p}" for p in picked]
    return shorten_bytes("\n".join(lines), MAX_OFFLINE_BYTES)
