"""The participation server: phones in the room post cards and vote, with no internet.

The laptop serves a small French page over its own hotspot or the venue's network. The server is
a face like the desktop app and the command line: it calls the core services only. Start with
:class:`ParticipationServer`; :func:`local_addresses` lists the addresses it may be bound to.
"""

from __future__ import annotations

from agora.server.events import EventKind, ServerEvent
from agora.server.limits import DEFAULT_LIMITS, Limits
from agora.server.network import LocalAddress, local_addresses
from agora.server.refusal import ServerStartError
from agora.server.room import ParticipantInfo, PendingCard
from agora.server.server import ParticipationServer, ServerStats

__all__ = [
    "DEFAULT_LIMITS",
    "EventKind",
    "Limits",
    "LocalAddress",
    "ParticipantInfo",
    "ParticipationServer",
    "PendingCard",
    "ServerEvent",
    "ServerStartError",
    "ServerStats",
    "local_addresses",
]
