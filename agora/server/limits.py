"""Limits of a participation room: sizes, rates, the participant cap, the failed-join budget.

Starting values from RELIABILITY.md §4.5. The web server's own limits (body, headers,
connections, idle timeout) are passed to waitress; the others are enforced by the application:
a token bucket per participant for posts and for votes, and one room-wide budget of failed joins
that locks joining when strangers try to guess the code.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Every limit of the participation server; the defaults suit a room of up to 250 phones."""

    #: Largest request body, in bytes (waitress answers 413 above it).
    max_body_bytes: int = 64 * 1024
    #: Largest request header block, in bytes (waitress answers 431 above it).
    max_header_bytes: int = 16 * 1024
    #: Open connections at once. Phones keep one or two connections alive each, and idle
    #: sockets must not lock the room out: the idle timeout closes them, not this cap. Below
    #: 512, the most sockets ``select()`` watches on Windows (Linux and macOS use ``poll()``).
    connection_limit: int = 500
    #: Seconds after which an idle connection is closed (slow or silent clients).
    idle_timeout_s: int = 30
    #: How often, in seconds, idle connections are looked for.
    idle_check_s: int = 5
    #: Worker threads answering requests. The posts they hold at once share one durable commit
    #: (group commit): with 200 phones posting at once, 8 answer ≈ 1,100 posts/s with p99 ≈ 195 ms
    #: where 4 answered ≈ 860 with p99 ≈ 260 (bench/bench_server.py). 16 add posts per second but
    #: not a shorter p99, and the server shares its process (the GIL) with the interface.
    threads: int = 8
    #: Longest card from a phone, in characters, and in UTF-8 bytes (emoji take four).
    max_card_chars: int = 2_000
    max_card_bytes: int = 8 * 1024
    #: Cards one participant may post during a session.
    max_cards_per_participant: int = 200
    #: Token bucket of card posts, edits and withdrawals: a burst, then one every 2 s.
    card_burst: int = 5
    card_per_second: float = 0.5
    #: Token bucket of votes: a participant answers a list of statements quickly.
    vote_burst: int = 30
    vote_per_second: float = 2.0
    #: Phones that may join the room.
    max_participants: int = 250
    #: Failed joins tolerated in any one second, and in the whole session, before joining locks.
    failed_joins_per_second: int = 5
    failed_joins_total: int = 200
    #: A participant session unused this long is forgotten (the phone must join again).
    session_idle_s: int = 12 * 3600
    #: A phone seen within this many seconds counts as connected.
    active_window_s: int = 120


DEFAULT_LIMITS = Limits()

Clock = Callable[[], float]


class TokenBucket:
    """A token bucket: ``burst`` tokens, refilled at ``rate`` per second. Not thread-safe alone.

    The caller holds its own lock around :meth:`take` (the room does).
    """

    def __init__(self, burst: int, rate: float, clock: Clock = time.monotonic) -> None:
        self._burst = float(burst)
        self._rate = rate
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()

    def take(self) -> float:
        """Take one token.

        Returns:
            0 if a token was taken, else the seconds to wait before one is available.
        """
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self._rate if self._rate > 0 else float("inf")


class JoinGuard:
    """The room-wide budget of failed joins (wrong link or wrong code). Thread-safe.

    Per-address limits are weak on a hotspot, where a client can change its address; a global
    budget is not. When more than ``per_second`` failures happen within one second, or more than
    ``total`` in the session, joining locks until the facilitator reopens it.
    """

    def __init__(self, per_second: int, total: int, clock: Clock = time.monotonic) -> None:
        self._per_second = per_second
        self._total = total
        self._clock = clock
        self._lock = threading.Lock()
        self._recent: deque[float] = deque()
        self._failures = 0
        self._tripped = False

    @property
    def tripped(self) -> bool:
        """Whether the budget is spent and joining is locked."""
        return self._tripped

    @property
    def failures(self) -> int:
        """Failed joins since the room opened (or was last reopened)."""
        return self._failures

    def record_failure(self) -> bool:
        """Count one failed join.

        Returns:
            True when this failure spends the budget (it locks joining now), False otherwise,
            including when joining was already locked.
        """
        with self._lock:
            now = self._clock()
            self._failures += 1
            self._recent.append(now)
            while self._recent and self._recent[0] <= now - 1.0:
                self._recent.popleft()
            if self._tripped:
                return False
            if len(self._recent) > self._per_second or self._failures > self._total:
                self._tripped = True
                return True
            return False

    def reset(self) -> None:
        """The facilitator reopens joining: the budget starts again."""
        with self._lock:
            self._recent.clear()
            self._failures = 0
            self._tripped = False
