"""``agora serve FILE --session ID --host IP --port N``: the participation server without the app.

Prints the join link and the typed code in French, serves until SIGINT (Ctrl+C) or SIGTERM, then
stops cleanly: requests in progress finish, and every acknowledged post is already on disk.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import TextIO

from agora.paths import resolve_forum_path
from agora.server.events import ServerEvent
from agora.server.server import ParticipationServer

EXIT_OK = 0


def _say(text: str, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    out.write(text + "\n")
    out.flush()


def _print_alert(event: ServerEvent) -> None:
    if event.alert:
        _say(f"Alerte : {event.message}", sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Serve the session ``args.session`` of the forum ``args.file`` on ``args.host:args.port``.

    Args:
        args: ``file``, ``session``, ``host`` and ``port`` (0 lets the system choose the port).

    Returns:
        The exit status (0 after a clean stop).

    Raises:
        AgoraError: the forum, the session or the address cannot be used (the command line
            prints the French message and exits with status 2).
    """
    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    server = ParticipationServer(
        resolve_forum_path(args.file), args.session, args.host, args.port, on_event=_print_alert
    )
    previous = {number: signal.signal(number, _stop) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        try:
            _say(f"Participation ouverte sur {server.host}:{server.port}")
            _say(f"Lien à projeter (QR code) : {server.join_url}")
            _say(f"Code à taper : {server.join_code}")
            _say("Ctrl+C pour arrêter.")
            while not stop.wait(0.5):
                pass
        finally:
            server.stop()
        _say("Participation arrêtée.")
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return EXIT_OK
