"""The request checks of the participation server: Host, Origin, CSRF, and the cookies it sets.

- **Host** must be exactly the bound ``ip:port`` (DNS rebinding: a page on another site that
  resolves its own name to the laptop's address still sends its own name) → 421.
- **Origin** of every POST must be ``http://ip:port``; without Origin, the Referer must start
  with it; with neither, the request is refused (OWASP: "we recommend blocking") → 403. Fetch
  Metadata headers are not sent to a plain-HTTP LAN origin, so they cannot be used here.
- **CSRF**: a synchronizer token kept in the participant's server-side session, in a hidden
  field of every form or the ``X-CSRF-Token`` header of fetch requests → 403. Before joining
  (the code form), a signed double-submit token tied to a short-lived cookie plays that part.
- **Cookies**: ``HttpOnly; SameSite=Strict; Path=/``; no ``Secure`` flag, since the page is
  plain HTTP on the hotspot (RELIABILITY.md §4.2).
"""

from __future__ import annotations

from agora.server import tokens
from agora.server.refusal import RefusalError
from agora.server.wsgi import Request

#: Name of the participant session cookie.
SESSION_COOKIE = "agora"

#: Name of the cookie that ties the join-code form to its CSRF token.
WELCOME_COOKIE = "agora_accueil"

#: Header carrying the CSRF token of fetch requests.
CSRF_HEADER = "HTTP_X_CSRF_TOKEN"

#: Form field carrying the CSRF token.
CSRF_FIELD = "csrf"

_COOKIE_ATTRIBUTES = "HttpOnly; SameSite=Strict; Path=/"


class OriginPolicy:
    """Checks that a request is addressed to this server and, for a POST, comes from its pages."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._hosts = {f"{host}:{port}".lower()}
        if port == 80:
            self._hosts.add(host.lower())
        self.origin = f"http://{host}:{port}"

    def check_host(self, request: Request) -> None:
        """Refuse a request whose Host header names another server.

        Raises:
            RefusalError: 421 (misdirected request).
        """
        if request.host.strip().lower() not in self._hosts:
            raise RefusalError(421, "Cette adresse ne correspond pas au serveur de participation.")

    def check_origin(self, request: Request) -> None:
        """Refuse a POST that does not come from this server's own pages.

        Raises:
            RefusalError: 403 when Origin differs, or Referer differs when Origin is absent, or both
                are absent.
        """
        if request.origin:
            if request.origin.strip().lower() != self.origin:
                raise RefusalError(403, "Envoi refusé : il ne vient pas de la page de participation.")
            return
        if request.referer and (request.referer.lower() + "/").startswith(self.origin + "/"):
            return
        raise RefusalError(403, "Envoi refusé : l’origine de la page est inconnue.")


def check_csrf(given: str, expected: str) -> None:
    """Refuse a POST whose CSRF token does not match the participant's.

    Raises:
        RefusalError: 403.
    """
    if not tokens.same_secret(given, expected):
        raise RefusalError(403, "Envoi refusé : la page a expiré. Rechargez-la et recommencez.")


def csrf_from(request: Request, form: dict[str, str] | None) -> str:
    """The CSRF token a request carries: the header for fetch, else the form field."""
    header = request.headers.get(CSRF_HEADER, "")
    if header:
        return header
    return (form or {}).get(CSRF_FIELD, "")


def session_cookie(session_id: str) -> tuple[str, str]:
    """The ``Set-Cookie`` header of a new participant session."""
    return ("Set-Cookie", f"{SESSION_COOKIE}={session_id}; {_COOKIE_ATTRIBUTES}")


def welcome_cookie(value: str) -> tuple[str, str]:
    """The ``Set-Cookie`` header tying the join-code form to its token (lives one hour)."""
    return ("Set-Cookie", f"{WELCOME_COOKIE}={value}; Max-Age=3600; {_COOKIE_ATTRIBUTES}")


def expired_cookie(name: str) -> tuple[str, str]:
    """A ``Set-Cookie`` header that removes cookie ``name``."""
    return ("Set-Cookie", f"{name}=; Max-Age=0; {_COOKIE_ATTRIBUTES}")
