"""The three printed documents: session summary, handouts per category, Agora poster.

Each builder takes a :class:`ReportInput` (read models only) and a target path, and writes the
PDF atomically (:func:`agora.reports.build.write_pdf`). They are pure with respect to the
forum: nothing here reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4
from reportlab.platypus import Flowable

from agora.domain.kinds import SessionKind
from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity
from agora.reports import labels
from agora.reports.agora_summary import agora_summary_story
from agora.reports.build import write_pdf
from agora.reports.handout import handouts_story
from agora.reports.inputs import ReportInput
from agora.reports.pages import FOOTER_SPACE, MARGIN, POSTER_MARGIN, DocumentInfo
from agora.reports.peer_summary import peer_summary_story
from agora.reports.poster import poster_story

#: Width of the A4 frame.
A4_WIDTH = A4[0] - 2 * MARGIN

NO_AGORA_FOR_POSTER = QT_TRANSLATE_NOOP(
    "errors", "Ce forum n’a pas de temps d’Agora : l’affiche en résume un."
)
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("errors", "La catégorie « {key} » n’existe pas dans ce forum.")


def _author(data: ReportInput, translate: Translate) -> str:
    return data.forum.facilitators or translate("reports", labels.DEFAULT_AUTHOR)


def _keywords(data: ReportInput) -> tuple[str, ...]:
    return ("Agora", data.forum.title, *(t.name for t in data.territories))


def build_summary(data: ReportInput, out: Path, *, translate: Translate = identity) -> Path:
    """Write the summary of ``data.session``: peer group or Agora.

    Args:
        data: The report's input.
        out: Target PDF.
        translate: Translation function (the French source by default).

    Returns:
        ``out``.

    Raises:
        StorageError: the file cannot be written.
    """
    tr = translate
    session = data.session
    info = DocumentInfo(
        title=tr("reports", labels.SUMMARY_TITLE).format(session=session.title),
        author=_author(data, tr),
        subject=tr("reports", labels.SUMMARY_SUBJECT).format(session=session.title, forum=data.forum.title),
        footer=f"{data.forum.title} — {session.title}",
        keywords=_keywords(data),
    )
    agora = session.kind == SessionKind.AGORA

    def story(simple: bool) -> list[Flowable]:
        if agora:
            return agora_summary_story(data, tr, A4_WIDTH, simple)
        return peer_summary_story(data, tr, A4_WIDTH, simple)

    return write_pdf(out, info, story, translate=tr)


def build_handouts(
    data: ReportInput,
    out: Path,
    *,
    categories: Sequence[str] | None = None,
    translate: Translate = identity,
) -> Path:
    """Write one handout per category into one PDF, each numbered on its own.

    Args:
        data: The report's input (the Agora's analysis gives the consensus and dissensus).
        out: Target PDF.
        categories: Category codes (every non-observer category by default).
        translate: Translation function.

    Returns:
        ``out``.

    Raises:
        ValidationError: an unknown category code.
        StorageError: the file cannot be written.
    """
    tr = translate
    for code in categories or ():
        if data.category(code) is None:
            raise ValidationError(UNKNOWN_CATEGORY, key=code)
    info = DocumentInfo(
        title=tr("reports", labels.HANDOUTS_TITLE).format(forum=data.forum.title),
        author=_author(data, tr),
        subject=tr("reports", labels.HANDOUTS_SUBJECT),
        footer=data.forum.title,
        keywords=_keywords(data),
    )

    def story(simple: bool) -> list[Flowable]:
        return handouts_story(data, tr, A4_WIDTH, categories, simple=simple)

    return write_pdf(out, info, story, translate=tr)


def build_poster(data: ReportInput, out: Path, *, translate: Translate = identity) -> Path:
    """Write the Agora poster (A3 portrait).

    Args:
        data: The report's input; ``data.agora`` and ``data.analysis`` must be set.
        out: Target PDF.
        translate: Translation function.

    Returns:
        ``out``.

    Raises:
        ValidationError: there is no Agora to summarise.
        StorageError: the file cannot be written.
    """
    tr = translate
    if data.agora is None:
        raise ValidationError(NO_AGORA_FOR_POSTER)
    info = DocumentInfo(
        title=tr("reports", labels.POSTER_TITLE).format(forum=data.forum.title),
        author=_author(data, tr),
        subject=tr("reports", labels.POSTER_SUBJECT),
        footer=f"{data.forum.title} — {data.agora.title}",
        keywords=_keywords(data),
    )
    width = A3[0] - 2 * POSTER_MARGIN
    height = A3[1] - 2 * POSTER_MARGIN - FOOTER_SPACE * 0.5

    def story(simple: bool) -> list[Flowable]:
        return poster_story(data, tr, width, height)

    return write_pdf(out, info, story, poster=True, translate=tr)
