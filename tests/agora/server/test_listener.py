"""The waitress listener: its loop does not spin while a worker sends, and still sends for it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from agora.server.limits import Limits
from agora.server.listener import Listener, QuietChannel
from tests.agora.server import LOOPBACK

CHUNK = 8 * 1024 * 1024  # more than loopback's socket buffers take at once


def _channel_of(listener: Listener) -> QuietChannel:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        channels = [c for c in list(listener._map.values()) if isinstance(c, QuietChannel)]
        if channels:
            return channels[0]
        time.sleep(0.01)
    raise AssertionError("no connection accepted")


def test_writable_only_when_no_worker_is_sending() -> None:
    app_started, release = threading.Event(), threading.Event()

    def app(_environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterator[bytes]:
        start_response("200 OK", [("Content-Length", "2")])
        app_started.set()
        release.wait(10)
        yield b"ok"

    listener = Listener(app, LOOPBACK, 0, Limits())
    listener.start()
    client = socket.create_connection((LOOPBACK, int(listener.port)), timeout=10)
    try:
        channel = _channel_of(listener)
        assert channel.writable() is False  # idle: nothing to send
        client.sendall(f"GET / HTTP/1.1\r\nHost: {LOOPBACK}\r\n\r\n".encode())
        assert app_started.wait(10)
        assert channel.requests  # a worker is on this connection
        with channel.outbuf_lock:  # the worker holds the lock while it sends...
            channel.total_outbufs_len += 1  # ...bytes it wrote
            try:
                results: list[bool] = []
                loop_side = threading.Thread(target=lambda: results.append(channel.writable()))
                loop_side.start()
                loop_side.join(5)
            finally:
                channel.total_outbufs_len -= 1
        assert results == [False]  # the loop leaves the sending to that worker
        release.set()
        answer = b""
        while not answer.endswith(b"ok"):
            answer += client.recv(4096)
        assert answer.startswith(b"HTTP/1.1 200")
    finally:
        release.set()
        client.close()
        listener.stop()


def test_the_loop_sends_what_a_waiting_worker_left_behind() -> None:
    """A response larger than the socket takes: the rest must go while its worker still runs.

    The app waits, before its second part, until the client has the whole first part. A loop
    that never sent for a connection whose request is still running would leave the first part
    half sent, and the client and the worker waiting for each other.
    """
    first_received = threading.Event()

    def app(_environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterator[bytes]:
        start_response("200 OK", [("Content-Length", str(CHUNK + 3))])
        yield b"a" * CHUNK
        assert first_received.wait(10), "the first part never reached the client"
        yield b"end"

    listener = Listener(app, LOOPBACK, 0, Limits())
    listener.start()
    client = socket.create_connection((LOOPBACK, int(listener.port)), timeout=15)
    try:
        client.sendall(f"GET / HTTP/1.1\r\nHost: {LOOPBACK}\r\n\r\n".encode())
        data = b""
        while b"\r\n\r\n" not in data:
            data += client.recv(65536)
        body = data.partition(b"\r\n\r\n")[2]
        started = time.monotonic()
        while len(body) < CHUNK:
            time.sleep(0.001)  # a slow phone: the worker's own send cannot take it all
            chunk = client.recv(65536)
            assert chunk, "connection closed"
            body += chunk
        assert time.monotonic() - started < 10
        first_received.set()
        while len(body) < CHUNK + 3:
            body += client.recv(65536)
        assert body == b"a" * CHUNK + b"end"
    finally:
        first_received.set()
        client.close()
        listener.stop()
