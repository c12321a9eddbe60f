"""The secrets of a participation room: join token, join code, session ids and CSRF tokens.

Every secret comes from :mod:`secrets` (a CSPRNG) and is compared in constant time. The join
token (160 bits) is written in upper-case base32 so that the whole join link — scheme and host
upper-cased too — uses only the QR code's alphanumeric characters and fits a small QR code
(RELIABILITY.md §4.3). The typed fallback code has 40 bits in Crockford's base32, shown as
``K7QM-2XRP``; it is a convenience, protected by the room's failed-join budget, not a secret on
its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

#: Random bytes of the join token (160 bits; OWASP asks for at least 128).
JOIN_TOKEN_BYTES = 20

#: Random bytes of a participant session id and of a CSRF token.
SESSION_BYTES = 20

#: Crockford's base32 alphabet: no I, L, O or U, so a code read aloud is not misread.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

#: Characters of the typed join code.
JOIN_CODE_LENGTH = 8

#: What a typed code may be read as: Crockford decoding maps O to 0 and I, L to 1.
_CROCKFORD_READ = str.maketrans({"O": "0", "I": "1", "L": "1"})
_CODE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.·]+")
_BASE32 = re.compile(r"^[A-Z2-7]+$")


def random_base32(size: int) -> str:
    """``size`` random bytes as upper-case base32 without padding."""
    return base64.b32encode(secrets.token_bytes(size)).decode("ascii").rstrip("=")


def new_join_token() -> str:
    """A fresh join token: 160 random bits, 32 upper-case base32 characters."""
    return random_base32(JOIN_TOKEN_BYTES)


def new_session_id() -> str:
    """A fresh participant session id (the cookie's value)."""
    return random_base32(SESSION_BYTES)


def new_csrf_token() -> str:
    """A fresh CSRF synchronizer token, kept in the participant's server-side session."""
    return random_base32(SESSION_BYTES)


def new_join_code() -> str:
    """A fresh typed join code: 8 Crockford base32 characters (40 bits), without separator."""
    return "".join(secrets.choice(CROCKFORD) for _ in range(JOIN_CODE_LENGTH))


def format_join_code(code: str) -> str:
    """The code as shown on the projector: ``K7QM2XRP`` → ``K7QM-2XRP``."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def normalise_join_code(typed: str) -> str:
    """A typed code as it is compared: upper-case, separators removed, O→0, I/L→1.

    Returns:
        The normalised code, or "" when it cannot be a code (wrong length or characters).
    """
    code = _CODE_SEPARATORS.sub("", typed[:64]).upper().translate(_CROCKFORD_READ)
    if len(code) != JOIN_CODE_LENGTH or any(char not in CROCKFORD for char in code):
        return ""
    return code


def normalise_join_token(typed: str) -> str:
    """A token from a join path, upper-cased (phones may lower-case the link); "" if malformed."""
    token = typed.upper()
    return token if len(token) <= 64 and _BASE32.match(token) else ""


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of two ASCII secrets (False for an empty ``given``)."""
    return bool(given) and hmac.compare_digest(given.encode("ascii", "replace"), expected.encode("ascii"))


def signed(key: bytes, value: str) -> str:
    """HMAC-SHA256 of ``value`` under ``key``, as upper-case base32 (the pre-join CSRF token)."""
    digest = hmac.new(key, value.encode("ascii", "replace"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").rstrip("=")
