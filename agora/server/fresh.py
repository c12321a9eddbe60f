"""A value read from the forum file again once it is a little old."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Fresh(Generic[T]):
    """A value read again once older than ``ttl`` seconds, or when asked.

    Checks made on every post (the categories, the statements put to the vote) read the forum at
    most once per ``ttl`` instead of once per phone. Two threads may both read it at the same
    moment; either result is fresh, so there is no lock.
    """

    def __init__(self, read: Callable[[], T], ttl: float) -> None:
        self._read = read
        self._ttl = ttl
        self._cached: tuple[float, T] | None = None

    def get(self, *, refresh: bool = False) -> T:
        """The value, read again if it is older than the ttl or ``refresh`` is asked."""
        cached = self._cached
        now = time.monotonic()
        if refresh or cached is None or now - cached[0] > self._ttl:
            cached = (now, self._read())
            self._cached = cached
        return cached[1]
