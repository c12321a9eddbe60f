"""Helpers of the participation-server tests: a demo forum, a server on loopback, a phone.

Every request goes to 127.0.0.1 only, on a port the system chooses.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from agora.server import Limits, ParticipationServer
from agora.services import forums
from agora.services.demo import build_demo

LOOPBACK = "127.0.0.1"

#: The checkout's root folder (``python -m ui`` runs from it).
REPO = Path(__file__).resolve().parents[3]

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_SEND = re.compile(r'name="envoi" value="([^"]+)"')


@dataclass(frozen=True)
class DemoForum:
    """The demo forum's file and the ids of its sessions."""

    path: Path
    agora: str
    peer_groups: dict[str, str]


def make_demo(folder: Path) -> DemoForum:
    """Build the demo forum (an Agora of 12 statements) in ``folder``."""
    path = folder / "demo.agora"
    store = build_demo(path)
    try:
        sessions = forums.list_sessions(store)
    finally:
        store.close()
    agora = next(s.id for s in sessions if s.kind == "agora")
    peers = {s.category: s.id for s in sessions if s.category is not None}
    return DemoForum(path, agora, peers)


#: Phones opened since the current server started; ``serve`` closes them with the server.
_PHONES: list[Phone] = []


@contextmanager
def serve(path: Path, session_id: str, **options: Any) -> Iterator[ParticipationServer]:
    """A started participation server on 127.0.0.1 (port chosen by the system), stopped after.

    Every :class:`Phone` opened meanwhile is closed with it.
    """
    server = ParticipationServer(path, session_id, LOOPBACK, 0, **options)
    server.start()
    try:
        yield server
    finally:
        while _PHONES:
            _PHONES.pop().close()
        server.stop()


def relaxed(**changes: Any) -> Limits:
    """Default limits with some changed."""
    return Limits(**changes)


@dataclass
class Reply:
    """One HTTP answer."""

    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        """The body as UTF-8 text."""
        return self.body.decode("utf-8")

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)

    def header(self, name: str) -> str:
        """One header's value ("" when absent)."""
        return self.headers.get(name, "")


class Phone:
    """A phone in the room: one keep-alive connection, the session cookie, the last CSRF token."""

    def __init__(self, server: ParticipationServer | tuple[str, int], *, timeout: float = 30.0) -> None:
        self.host, self.port = server.address if isinstance(server, ParticipationServer) else server
        self.origin = f"http://{self.host}:{self.port}"
        self.cookies: dict[str, str] = {}
        self.csrf = ""
        self.send_id = ""
        self._timeout = timeout
        self._connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        _PHONES.append(self)

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> Reply:
        """Send one request (the cookie is added unless ``headers`` has its own)."""
        sent = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        sent.update(headers or {})
        retries = 1 if method == "GET" else 0  # a GET on a keep-alive connection the server closed
        for attempt in range(retries + 1):
            try:
                self._connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
                for name, value in sent.items():
                    self._connection.putheader(name, value)
                if body is not None:
                    self._connection.putheader("Content-Length", str(len(body)))
                self._connection.endheaders(body)
                answer = self._connection.getresponse()
                reply = Reply(answer.status, answer.headers, answer.read())
                break
            except (ConnectionError, http.client.BadStatusLine):
                self._connection.close()
                self._connection = http.client.HTTPConnection(self.host, self.port, timeout=self._timeout)
                if attempt == retries:
                    raise
        for cookie in reply.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";")[0].partition("=")
            if "Max-Age=0" in cookie:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        if reply.headers.get_content_type() == "text/html" and reply.body:
            found = _CSRF.search(reply.text)
            if found:
                self.csrf = found.group(1)
            send = _SEND.search(reply.text)
            if send:
                self.send_id = send.group(1)
        return reply

    def get(self, path: str, **headers: str) -> Reply:
        """GET ``path``."""
        return self.request("GET", path, headers=headers)

    def post_form(
        self,
        path: str,
        fields: Mapping[str, str],
        *,
        csrf: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """POST a form from this server's page (Origin set; the CSRF token added unless ``csrf=False``)."""
        data = dict(fields)
        if csrf:
            data.setdefault("csrf", self.csrf)
        sent = {"Origin": self.origin, "Content-Type": "application/x-www-form-urlencoded"}
        sent.update(headers or {})
        return self.request("POST", path, urlencode(data).encode("ascii"), sent)

    def post_json(
        self, path: str, document: Mapping[str, Any], *, headers: Mapping[str, str] | None = None
    ) -> Reply:
        """POST JSON as the page's script does (Origin and CSRF header set)."""
        sent = {"Origin": self.origin, "Content-Type": "application/json", "X-CSRF-Token": self.csrf}
        sent.update(headers or {})
        return self.request("POST", path, json.dumps(document).encode("utf-8"), sent)

    def join(self, url: str) -> Reply:
        """Open the join link (as scanned), then the page it redirects to."""
        joined = self.get(urlsplit(url).path)
        assert joined.status == 303, joined.status
        return self.get("/")

    def choose(self, category: str) -> Reply:
        """Choose the category, then load the main page."""
        chosen = self.post_form("/categorie", {"categorie": category})
        assert chosen.status == 303, (chosen.status, chosen.text)
        return self.get("/")

    def post_card(self, text: str, kind: str = "constraint", target: str = "") -> Reply:
        """Post a card through the JSON endpoint."""
        document = {"type": kind, "texte": text}
        if target:
            document["cible"] = target
        return self.post_json("/api/cartes", document)

    def vote(self, statement_id: str, value: int | str | None) -> Reply:
        """Answer a statement through the JSON endpoint."""
        return self.post_json("/api/votes", {"enonce": statement_id, "valeur": value})


@dataclass
class ServeProcess:
    """``agora serve`` running in a child process, with what it printed."""

    process: subprocess.Popen[str]
    join_url: str
    join_code: str

    @property
    def address(self) -> tuple[str, int]:
        """Host and port of the join link."""
        split = urlsplit(self.join_url)
        assert split.hostname is not None and split.port is not None
        return split.hostname, split.port

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        """Send ``sig``, wait for the exit; returns the status and the rest of standard output."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            rest, _ = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            rest, _ = self.process.communicate(timeout=30)
        return self.process.returncode, rest or ""


def agora_command(*args: str, data_dir: Path) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of ``python -m ui ARGS`` from this checkout."""
    env = dict(os.environ, PYTHONPATH=str(REPO), AGORA_DATA_DIR=str(data_dir))
    return [sys.executable, "-m", "ui", *args], env


def spawn_serve(path: Path, session_id: str, *, data_dir: Path, port: int = 0) -> ServeProcess:
    """Start ``agora serve`` on 127.0.0.1 and wait until it prints its join link and code.

    Raises:
        AssertionError: it exited, or printed no link within 30 s.
    """
    command, env = agora_command(
        "serve",
        str(path),
        "--session",
        session_id,
        "--host",
        LOOPBACK,
        "--port",
        str(port),
        data_dir=data_dir,
    )
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO
    )
    assert process.stdout is not None
    url = code = ""
    deadline = time.monotonic() + 30
    while not (url and code) and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            process.kill()
            raise AssertionError(f"agora serve exited: {process.wait()}")
        if line.startswith("Lien à projeter"):
            url = line.rsplit(" ", 1)[1].strip()
        elif line.startswith("Code à taper"):
            code = line.rsplit(" ", 1)[1].strip()
    if not (url and code):
        process.kill()
        raise AssertionError("agora serve printed no join link")
    return ServeProcess(process, url, code)


def statement_ids(page: str) -> list[str]:
    """Ids of the statements a page offers to vote on, in page order."""
    return re.findall(r'name="enonce" value="([^"]+)"', page)
