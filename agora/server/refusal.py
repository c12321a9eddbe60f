"""A request the participation server refuses, with its HTTP status and a French message."""

from __future__ import annotations

from agora.errors import AgoraError


class RefusalError(Exception):
    """Raised by the room and the participation layer; the web app turns it into a response.

    The message is French and shown to the participant as it is (escaped). ``retry_after`` is
    sent as a ``Retry-After`` header (429, 503).
    """

    def __init__(self, status: int, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


class ServerStartError(AgoraError):
    """The participation server could not start (address not on this computer, port taken...)."""
