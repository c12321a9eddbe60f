"""The printed documents of a session, for the desktop app and the command line.

``gather`` reads what one session's documents need, as plain read models; ``build_document``
writes one of the three documents (session summary, handouts per category, Agora poster) from
an open forum. Both run off the GUI thread in the app (the builders never read the database).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from agora.domain.kinds import SessionKind
from agora.i18n import Translate, identity
from agora.reports.documents import build_handouts, build_poster, build_summary
from agora.reports.inputs import ReportInput
from agora.services import analysis as analysis_service
from agora.services import cards, forums
from agora.storage.store import ForumStore


class Document(StrEnum):
    """The documents the app prints or exports as PDF."""

    SUMMARY = "synthese"
    HANDOUTS = "livrets"
    POSTER = "affiche"


def gather(store: ForumStore, session_id: str) -> ReportInput:
    """Read everything the documents of one session need, as plain read models.

    Args:
        store: The open forum (read-only is enough).
        session_id: The session to summarise.

    Returns:
        The report's input, with the Agora's analysis when the forum has an Agora (the session
        itself when it is one, else the forum's last Agora in the agenda).

    Raises:
        NotFoundError: no such session.
    """
    session = forums.get_session(store, session_id)
    agora = session if session.kind == SessionKind.AGORA else None
    if agora is None:
        agoras = [s for s in forums.list_sessions(store) if s.kind == SessionKind.AGORA]
        agora = agoras[-1] if agoras else None
    return ReportInput(
        forum=forums.forum_info(store),
        categories=tuple(forums.list_categories(store)),
        territories=tuple(forums.list_territories(store)),
        session=session,
        cards=tuple(cards.list_cards(store)),
        agora=agora,
        analysis=analysis_service.analyse_session(store, agora.id) if agora is not None else None,
    )


def build_document(
    store: ForumStore, session_id: str, document: Document, out: Path, *, translate: Translate = identity
) -> Path:
    """Write ``document`` for ``session_id`` to ``out`` (whole or not at all) and return its path.

    Raises:
        AgoraError: unknown session, no Agora for the handouts or the poster, a file that cannot
            be written.
    """
    data = gather(store, session_id)
    if document == Document.HANDOUTS:
        return build_handouts(data, out, translate=translate)
    if document == Document.POSTER:
        return build_poster(data, out, translate=translate)
    return build_summary(data, out, translate=translate)
