"""The laptop's IPv4 addresses, for the facilitator to choose the one phones will reach.

The server is bound to one address only (never ``0.0.0.0``), so the facilitator picks the
interface of the room's network: the laptop's own hotspot (NetworkManager's shared mode gives
``10.42.x.1``, Windows' Mobile Hotspot ``192.168.137.1``) or the venue's Wi-Fi.

No network traffic is sent and nothing outside the standard library is used. Three sources are
merged, because none of them sees every interface on every system:

1. On Linux and macOS, ``socket.if_nameindex()`` and the ``SIOCGIFADDR`` ioctl give each
   interface's primary IPv4 address, with its name, even when no interface has a default route
   (a hotspot in a village hall has none). A secondary address on the same interface is not
   listed. The macOS ioctl number is the documented one but was not tested here.
2. ``socket.getaddrinfo(socket.gethostname())``: on Windows it lists the address of every
   interface (names unknown); on Linux it often gives only ``127.0.1.1`` from ``/etc/hosts``.
3. The "UDP connect" trick: connecting a UDP socket sends no packet but makes the system pick
   the source address of its default route. It finds nothing when there is no default route.

Limits: IPv6 addresses are not offered (the join link is meant for a QR code of upper-case
characters and the server binds IPv4 only); an interface that comes up after the list was read
needs a new call.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

#: ``SIOCGIFADDR`` ioctl numbers (Linux ``0x8915``; macOS ``_IOWR('i', 33, struct ifreq)``).
_SIOCGIFADDR = {"linux": 0x8915, "darwin": 0xC0206921}

#: A documentation address (RFC 5737): only used to ask the routing table, never reached.
_PROBE_ADDRESS = ("192.0.2.1", 9)


@dataclass(frozen=True)
class LocalAddress:
    """One IPv4 address of this computer, with the interface name when it is known."""

    address: str
    interface: str = ""

    @property
    def loopback(self) -> bool:
        """Whether only this computer itself can reach the address (127.x.x.x)."""
        return ipaddress.IPv4Address(self.address).is_loopback

    def label(self) -> str:
        """What the interface choice shows, e.g. ``10.42.0.1 (wlp2s0)``."""
        return f"{self.address} ({self.interface})" if self.interface else self.address


def _interface_addresses() -> list[LocalAddress]:
    request = _SIOCGIFADDR.get(sys.platform)
    if request is None or not hasattr(socket, "if_nameindex"):
        return []
    import fcntl  # inline: a POSIX-only module, absent on Windows

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            names = [name for _index, name in socket.if_nameindex()]
        except OSError:
            return []
        for name in names:
            ifreq = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), request, ifreq)
            except OSError:  # an interface without IPv4 address, or down
                continue
            found.append(LocalAddress(socket.inet_ntoa(answer[20:24]), name))
    return found


def _hostname_addresses() -> list[LocalAddress]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return []
    return [LocalAddress(str(info[4][0])) for info in infos]


def _default_route_address() -> list[LocalAddress]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(_PROBE_ADDRESS)  # UDP: no packet leaves, the kernel only picks a route
        except OSError:
            return []
        return [LocalAddress(probe.getsockname()[0])]


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (
        ip.is_unspecified
        or ip.is_multicast
        or ip.is_link_local
        or ip == ipaddress.IPv4Address("255.255.255.255")
    )


def local_addresses() -> list[LocalAddress]:
    """The IPv4 addresses the server may be bound to, best candidates first.

    Private addresses (hotspot, venue network) come first, then other addresses, then the
    loopback addresses (useful to try the page on the laptop itself). Each address appears once,
    with its interface name when one source knew it.

    Returns:
        The addresses; at least ``127.0.0.1`` on any working system.
    """
    merged: dict[str, LocalAddress] = {}
    for source in (_interface_addresses, _hostname_addresses, _default_route_address):
        with contextlib.suppress(OSError):
            for found in source():
                known = merged.get(found.address)
                if _usable(found.address) and (known is None or (found.interface and not known.interface)):
                    merged[found.address] = found
    merged.setdefault("127.0.0.1", LocalAddress("127.0.0.1", "lo" if sys.platform == "linux" else ""))

    def rank(item: LocalAddress) -> tuple[int, tuple[int, ...]]:
        ip = ipaddress.IPv4Address(item.address)
        group = 2 if ip.is_loopback else 0 if ip.is_private else 1
        return group, tuple(int(part) for part in item.address.split("."))

    return sorted(merged.values(), key=rank)
