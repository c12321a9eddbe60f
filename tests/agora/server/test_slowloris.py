"""Idle and slow connections do not keep phones out, and are closed after the idle timeout (T-NET-7)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from tests.agora.server import LOOPBACK, Phone, make_demo, relaxed, serve

IDLE_SOCKETS = 200


@pytest.mark.slow
def test_200_idle_sockets_do_not_stop_a_normal_request(tmp_path: Path) -> None:
    forum = make_demo(tmp_path)
    limits = relaxed(idle_timeout_s=3, idle_check_s=1)
    with serve(forum.path, forum.agora, limits=limits) as server:
        idle: list[socket.socket] = []
        try:
            for number in range(IDLE_SOCKETS):
                connection = socket.create_connection((LOOPBACK, server.port), timeout=5)
                if number % 2:  # half of them start a request and never finish it (slowloris)
                    connection.sendall(
                        f"POST /cartes HTTP/1.1\r\nHost: {LOOPBACK}:{server.port}\r\nX-Slow: ".encode()
                    )
                idle.append(connection)
            started = time.monotonic()
            phone = Phone(server, timeout=10)
            page = phone.join(server.join_url)
            assert page.status == 200
            assert phone.choose("elus").status == 200
            assert phone.post_card("Malgré les connexions dormantes").status == 201
            assert time.monotonic() - started < 5
            # The server closes the idle connections by itself after its idle timeout.
            deadline = time.monotonic() + 15
            open_ones = list(idle)
            while open_ones and time.monotonic() < deadline:
                still = []
                for connection in open_ones:
                    connection.settimeout(0.01)
                    try:
                        if connection.recv(1024) == b"":
                            continue  # closed by the server
                    except TimeoutError:
                        pass
                    except OSError:
                        continue
                    still.append(connection)
                open_ones = still
                time.sleep(0.2)
            assert not open_ones, f"{len(open_ones)} idle connections still open"
        finally:
            for connection in idle:
                connection.close()
