"""A real browser on the participant page: Debian's headless Chromium, driven through DevTools.

Chromium speaks the DevTools protocol over a pipe (``--remote-debugging-pipe``: commands on file
descriptor 3, answers on 4, each JSON message ended by a NUL byte), so no WebDriver, no websocket
library and nothing downloaded. The test fills and clicks the real page with ``Runtime.evaluate``,
as a participant would, and then reads the forum file.

Set ``AGORA_SCREENSHOT=path.png`` to save the phone-sized screenshot the documentation uses.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agora.services import cards, statements, votes
from agora.storage.store import open_forum
from tests.agora.server import DemoForum, make_demo, serve

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian package: chromium)"
)

#: Phone-sized viewport (CSS pixels) and pixel ratio.
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--disable-breakpad",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--no-proxy-server",
    # Names resolve to nothing: the browser can only reach the loopback address it is given.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--mute-audio",
    "--remote-debugging-pipe",
)


def _high(fd: int) -> int:
    """``fd`` moved to 10 or above, so ``3<&N 4>&M`` cannot overwrite one end with the other."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class DevTools:
    """A DevTools-protocol connection to a Chromium started with ``--remote-debugging-pipe``."""

    def __init__(self, chromium: str, profile: Path) -> None:
        to_child_read, self._out = (_high(fd) for fd in os.pipe())
        self._in, from_child_write = (_high(fd) for fd in os.pipe())
        command = [
            "bash",  # dash cannot redirect descriptors above 9
            "-c",
            f'exec "$0" "$@" 3<&{to_child_read} 4>&{from_child_write}',
            chromium,
            *_FLAGS,
            f"--user-data-dir={profile}",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            command,
            pass_fds=(to_child_read, from_child_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child_read)
        os.close(from_child_write)
        self._buffer = b""
        self._next_id = 0

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        """Send one command and return its result (events arriving meanwhile are dropped)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self._in], [], [], remaining)
            if ready:
                chunk = os.read(self._in, 1 << 16)
                if not chunk:
                    raise EOFError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def close(self) -> None:
        """Ask Chromium to quit, and make sure it did."""
        with contextlib.suppress(OSError, RuntimeError, TimeoutError, EOFError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        os.close(self._out)
        os.close(self._in)


class Tab:
    """One page of the browser, scripted like a participant's fingers."""

    def __init__(self, devtools: DevTools) -> None:
        self.devtools = devtools
        target = devtools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = devtools.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.call("Emulation.setDeviceMetricsOverride", PHONE)

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A DevTools command on this page."""
        return self.devtools.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("text", "exception"))
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15.0) -> Any:
        """Wait until ``expression`` is truthy in the page (a new page may be loading meanwhile)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError:
                value = None
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"never true in the page: {expression}")

    def navigate(self, url: str) -> None:
        """Open ``url`` and wait for the page to load."""
        self.evaluate("window.__old = true")
        self.call("Page.navigate", {"url": url})
        self.wait_for("!window.__old && document.readyState === 'complete'")

    def leave_with(self, action: str) -> None:
        """Run ``action`` (a click that submits a form) and wait for the next page to load."""
        self.evaluate("window.__old = true")
        self.evaluate(action)
        self.wait_for("!window.__old && document.readyState === 'complete'")

    def screenshot(self, path: Path) -> None:
        """Save what the phone's screen shows as a PNG."""
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))


@pytest.fixture
def forum(tmp_path: Path) -> DemoForum:
    return make_demo(tmp_path)


@pytest.fixture
def tab(tmp_path: Path) -> Iterator[Tab]:
    assert CHROMIUM is not None
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    devtools = DevTools(CHROMIUM, profile)
    try:
        yield Tab(devtools)
    finally:
        devtools.close()


@pytest.mark.slow
def test_a_phone_browser_joins_posts_a_card_and_votes(forum: DemoForum, tab: Tab) -> None:
    text = "Le covoiturage vers la salle des fêtes manque d’un point de rendez-vous « sûr »"
    with open_forum(forum.path, read_only=True) as store:
        current = statements.list_statements(store, forum.agora)[2].id
    with serve(forum.path, forum.agora) as server:
        server.set_current_statement(current)
        tab.navigate(server.join_url)  # upper-case, as the QR code holds it
        assert (
            tab.evaluate("location.href") == f"http://127.0.0.1:{server.port}/"
        )  # the token left the address bar
        assert tab.evaluate("document.cookie") == ""  # the session cookie is HttpOnly

        tab.evaluate("document.querySelector('input[name=categorie][value=agents]').click()")
        tab.leave_with("document.querySelector('form[action=\"/categorie\"] button').click()")
        assert "Agents territoriaux" in tab.evaluate("document.querySelector('.who').textContent")

        # The target category shows only for an expectation (the page's script).
        assert tab.evaluate("document.querySelector('.target').hidden") is True
        tab.evaluate("document.querySelector('input[name=type][value=expectation]').click()")
        assert tab.evaluate("document.querySelector('.target').hidden") is False
        tab.evaluate(
            "var s = document.querySelector('#cible'); s.value = 'elus'; s.dispatchEvent(new Event('change'))"
        )
        tab.evaluate(
            f"var t = document.querySelector('#texte'); t.value = {json.dumps(text)}; t.dispatchEvent(new Event('input'))"
        )
        tab.leave_with("document.querySelector('.card-form button[type=submit]').click()")
        assert "Carte envoyée" in tab.evaluate("document.querySelector('.notice').textContent")
        assert text in tab.evaluate("document.querySelector('#mes-cartes').textContent")

        # Vote on the first statement offered, with one tap (the script posts without reloading).
        first = tab.evaluate("document.querySelector('.vote input[name=enonce]').value")
        assert first == current  # the statement the room answers now comes first
        tab.evaluate("document.querySelector('.vote button[value=\"4\"]').click()")
        status = tab.wait_for(
            "(function(){var s = document.querySelector('.vote .status').textContent;"
            " return s.indexOf('✓') >= 0 ? s : '';})()"
        )
        assert "Plutôt d’accord" in status
        # And with the page's script out of the way, the plain form works too.
        second = tab.evaluate("document.querySelectorAll('.vote input[name=enonce]')[1].value")
        tab.leave_with(  # requestSubmit fires no click: the script stays out, the form posts
            "var f = document.querySelectorAll('.vote')[1]; f.requestSubmit(f.querySelector('button[value=nsp]'))"
        )
        assert tab.evaluate("location.hash") == "#e2" or tab.evaluate("location.hash").startswith("#e")
        tab.evaluate("window.scrollTo(0, 0)")
        if os.environ.get("AGORA_SCREENSHOT"):
            tab.screenshot(Path(os.environ["AGORA_SCREENSHOT"]))

    with open_forum(forum.path, read_only=True) as store:
        posted = [card for card in cards.list_cards(store, forum.agora) if card.text == text]
        answers = {
            p.statement_id: p
            for p in votes.list_positions(store, forum.agora)
            if p.channel == "phone" and p.participant and p.participant.startswith("tel-")
        }
    assert len(posted) == 1
    assert (posted[0].kind, posted[0].category, posted[0].target) == ("expectation", "agents", "elus")
    assert answers[first].value == 4
    assert answers[second].value is None  # « je ne me prononce pas »
    assert answers[first].participant == answers[second].participant == posted[0].participant_id
