"""Writing a PDF safely: a temporary file in the target folder, then an atomic rename.

A failure at any point (a layout that cannot fit, a full disk, a crash) never leaves half a
PDF under the final name, and an older PDF of the same name stays intact until the new one is
complete. When the rich layout cannot be laid out (reportlab's ``LayoutError``), the builder is
asked once more for its simple layout.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from agora.errors import StorageError
from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity
from agora.reports import fonts
from agora.reports.pages import DocumentInfo, canvas_maker, document

logger = logging.getLogger(__name__)

#: Builds the story of a document; ``simple`` asks for the fallback layout.
StoryMaker = Callable[[bool], list[Flowable]]

WRITE_FAILED = QT_TRANSLATE_NOOP("errors", "Impossible d’écrire « {path} » : {reason}")


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform (Windows), hence best effort.
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _render(
    target: str, info: DocumentInfo, story: list[Flowable], poster: bool, translate: Translate
) -> None:
    doc = document(target, info, poster=poster)
    doc.build(story, canvasmaker=canvas_maker(info.footer, translate))


def write_pdf(
    out: Path,
    info: DocumentInfo,
    make_story: StoryMaker,
    *,
    poster: bool = False,
    translate: Translate = identity,
) -> Path:
    """Build a PDF into ``out`` atomically.

    Args:
        out: Final path of the PDF; its folder must exist.
        info: Title, author, subject and footer of the document.
        make_story: Returns the flowables; called again with ``simple=True`` if the first layout
            raises ``LayoutError``.
        poster: A3 poster page instead of A4.
        translate: Translation function for the footer.

    Returns:
        ``out``.

    Raises:
        StorageError: the folder does not exist or refuses the file (full, read-only).
    """
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=folder)
    except OSError as exc:
        raise StorageError(WRITE_FAILED, path=str(out), reason=exc.strerror or str(exc)) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        try:
            _render(temp_name, info, make_story(False), poster, translate)
        except LayoutError:
            logger.warning("Mise en page simplifiée pour %s", out.name, exc_info=True)
            _render(temp_name, info, make_story(True), poster, translate)
        except (AttributeError, KeyError, ValueError, AssertionError):
            # reportlab's glyph shaping (Arabic, Hebrew) still has rough edges: rather than no
            # PDF at all, print those scripts unshaped in the simple layout.
            logger.warning("Mise en page sans mise en forme des glyphes pour %s", out.name, exc_info=True)
            with fonts.no_shaping():
                _render(temp_name, info, make_story(True), poster, translate)
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        # mkstemp makes the file private; a PDF is meant to be shared like any document.
        os.chmod(temp, out.stat().st_mode & 0o777 if out.exists() else 0o644)
        os.replace(temp, out)
        _fsync_dir(folder)
    except OSError as exc:
        raise StorageError(WRITE_FAILED, path=str(out), reason=exc.strerror or str(exc)) from exc
    finally:
        temp.unlink(missing_ok=True)
    return out
