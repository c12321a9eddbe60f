"""``agora report FILE --session ID --out summary.pdf [--handouts] [--poster]``.

Writes the summary of one session: a peer group's cards, or an Agora's cross table, ranked
lists, matrices and method note. Next to it, with the same name stem:

- ``--handouts``: ``<stem>-livrets.pdf``, one handout per category (each starts on a new page
  and is numbered on its own, « page 1 / 2 », so each category's pages print separately);
- ``--poster``: ``<stem>-affiche.pdf``, the A3 poster of the Agora's consensus and dissensus.

Handouts and poster come from the Agora: the session itself when it is one, else the forum's
last Agora in the agenda. Each file written is announced by one line « Écrit : <chemin> ».
Files are written whole or not at all; an older file of the same name stays until the new one
is complete.

This module is the report's face on the command line: it reads the forum through the services
(read-only) and hands plain read models to the builders, which never read the database.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.paths import resolve_forum_path
from agora.reports.documents import NO_AGORA_FOR_POSTER, build_handouts, build_poster, build_summary
from agora.services.printing import gather
from agora.storage.store import open_forum

#: Suffix of the handouts file, after the summary's stem.
HANDOUTS_SUFFIX = "-livrets"
#: Suffix of the poster file, after the summary's stem.
POSTER_SUFFIX = "-affiche"

WRITTEN = QT_TRANSLATE_NOOP("cli", "Écrit : {path}")


def output_paths(out: Path) -> tuple[Path, Path]:
    """Where the handouts and the poster go, beside the summary.

    Args:
        out: The summary's path.

    Returns:
        (handouts path, poster path).
    """
    suffix = out.suffix or ".pdf"
    return (
        out.with_name(f"{out.stem}{HANDOUTS_SUFFIX}{suffix}"),
        out.with_name(f"{out.stem}{POSTER_SUFFIX}{suffix}"),
    )


def run(args: argparse.Namespace) -> int:
    """Run ``agora report``: write the summary, and the handouts and poster when asked.

    Args:
        args: ``file``, ``session``, ``out``, ``handouts``, ``poster``.

    Returns:
        0 once every file is written.

    Raises:
        AgoraError: unknown forum or session, no Agora for the poster, a file that cannot be
            written; the command line prints it and exits with status 2.
    """
    with open_forum(resolve_forum_path(args.file), read_only=True) as store:
        data = gather(store, args.session)
    if args.poster and data.agora is None:
        raise ValidationError(NO_AGORA_FOR_POSTER)
    out = Path(args.out)
    handouts_path, poster_path = output_paths(out)
    written = [build_summary(data, out)]
    if args.handouts:
        written.append(build_handouts(data, handouts_path))
    if args.poster:
        written.append(build_poster(data, poster_path))
    for target in written:
        print(WRITTEN.format(path=target))  # noqa: T201 (the command line's output)
    return 0
