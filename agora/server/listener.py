"""waitress serving the participation app in one background thread, and stopping it cleanly.

waitress has no "stop" call for a server run in a thread: closing its sockets from another
thread races with its loop. So stopping runs on the loop's own thread (through waitress's
trigger): first the listening socket closes, then, once the requests in progress are answered,
every connection closes and the loop ends by itself.
"""

from __future__ import annotations

import errno
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any, cast

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.server import create_server

from agora.i18n import QT_TRANSLATE_NOOP
from agora.server.limits import Limits
from agora.server.refusal import ServerStartError

logger = logging.getLogger(__name__)

#: Seconds ``stop`` waits for requests in progress, and for each step of the shutdown.
STOP_TIMEOUT_S = 10


class RedactJoinPaths(logging.Filter):
    """Removes join tokens from waitress's log lines (it names the path of a failed request)."""

    _TOKEN = re.compile(r"/[Jj]/[^\s'\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record without the token; never drops it."""
        message = record.getMessage()
        if self._TOKEN.search(message):
            record.msg, record.args = self._TOKEN.sub("/J/…", message), None
        return True


_REDACT = RedactJoinPaths()


class QuietChannel(HTTPChannel):
    """waitress's connection, without its loop spinning while a worker sends its own answer.

    A worker thread sends its response itself, holding the connection's ``outbuf_lock`` across
    ``send()``. Meanwhile waitress's loop sees bytes waiting, asks ``poll()`` for POLLOUT, finds
    the lock taken and asks again at once, each turn looking at every connection: with 200
    phones that spin took the GIL from the workers and halved the posts per second
    (``python -m bench bench_server`` with and without this class). The loop need not watch for writing while a
    worker holds the lock: the worker wakes the loop (waitress's trigger) whenever it leaves
    bytes unsent, and at the end of every request, and the loop looks again then.
    """

    def writable(self) -> bool:
        """Whether the loop should send for this connection now (not while a worker does).

        Called for every connection at every turn of the loop: the idle case is answered first.
        """
        if self.will_close or self.close_when_flushed:
            return True
        if not self.total_outbufs_len:
            return False
        if self.requests:  # a worker may be sending: only if it is not
            if not self.outbuf_lock.acquire(blocking=False):
                return False
            self.outbuf_lock.release()
        return True


class Listener:
    """One waitress server bound to one address, served by one thread.

    Callers must not touch the waitress objects: only :meth:`start` and :meth:`stop`.
    """

    def __init__(self, app: Callable[..., Any], host: str, port: int, limits: Limits) -> None:
        """Bind ``host:port`` (port 0: the system chooses) with the room's limits.

        Raises:
            ServerStartError: the port is taken, or the address is not on this computer.
        """
        self._map: dict[int, Any] = {}
        try:
            # Typed as Any: waitress's stubs miss the attributes used here (trigger, socket).
            self._server: Any = cast(Any, create_server)(
                app,
                map=self._map,
                host=host,
                port=port,
                threads=limits.threads,
                connection_limit=limits.connection_limit,
                channel_timeout=limits.idle_timeout_s,
                cleanup_interval=limits.idle_check_s,
                max_request_body_size=limits.max_body_bytes,
                max_request_header_size=limits.max_header_bytes,
                asyncore_use_poll=True,  # select() watches at most 1,024 sockets; poll() has no cap
                expose_tracebacks=False,
                ident="Agora",
                clear_untrusted_proxy_headers=True,
                url_scheme="http",
            )
        except OSError as exc:
            wasyncore.close_all(self._map)  # waitress leaves its half-made socket and trigger open
            if exc.errno == errno.EADDRINUSE:
                raise ServerStartError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le port {port} est déjà utilisé sur cet ordinateur : choisissez-en un autre.",
                    ),
                    port=port,
                ) from exc
            raise ServerStartError(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d’ouvrir la participation sur {host}:{port} ({detail})."
                ),
                host=host,
                port=port,
                detail=exc.strerror or str(exc),
            ) from exc
        self._server.channel_class = QuietChannel  # read when a connection is accepted
        self.host, self.port = self._server.socket.getsockname()[:2]
        self._thread: threading.Thread | None = None
        for name in ("waitress", "waitress.queue"):
            logging.getLogger(name).addFilter(_REDACT)

    @property
    def running(self) -> bool:
        """Whether the serving thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Serve in a daemon thread (the app's exit never waits for phones)."""
        self._thread = threading.Thread(target=self._server.run, name="agora-participation", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close the door, let requests in progress be answered, then close every connection."""
        if self._thread is None:
            return
        server = self._server
        self._on_loop(lambda: wasyncore.dispatcher.close(server))  # no new connection
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < deadline and not self._idle():
            time.sleep(0.02)
        self._on_loop(lambda: wasyncore.close_all(self._map))  # the loop then ends by itself
        self._thread.join(STOP_TIMEOUT_S)
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=STOP_TIMEOUT_S)
        self._thread = None

    def _idle(self) -> bool:
        """Whether no request is being served or answered (read from another thread: a hint)."""
        dispatcher = self._server.task_dispatcher
        if dispatcher.queue or dispatcher.active_count:
            return False
        return all(
            not getattr(channel, "requests", None) and not getattr(channel, "total_outbufs_len", 0)
            for channel in list(self._map.values())
        )

    def _on_loop(self, action: Callable[[], None]) -> None:
        """Run ``action`` on the server's own loop thread, and wait for it."""
        done = threading.Event()

        def run() -> None:
            try:
                action()
            finally:
                done.set()

        self._server.trigger.pull_trigger(run)
        done.wait(STOP_TIMEOUT_S)
