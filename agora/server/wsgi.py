"""Plain WSGI plumbing: a parsed request, a response, and the headers every response carries.

No framework: the server has a dozen routes, and each check (Host, Origin, CSRF, sizes) is
easier to see and to test written out than hidden in a framework's middleware.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from agora.server.refusal import RefusalError

#: Headers on every response of the application (RELIABILITY.md §4.6).
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    (
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
    ("X-Frame-Options", "DENY"),
)

#: Form fields accepted in one request (a form here has at most a handful).
MAX_FORM_FIELDS = 20

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"


@dataclass
class Response:
    """What the application answers: status, body, content type and extra headers."""

    status: int
    body: bytes = b""
    content_type: str = HTML
    headers: list[tuple[str, str]] = field(default_factory=list)

    def status_line(self) -> str:
        """``"303 See Other"`` for 303."""
        return f"{self.status} {HTTPStatus(self.status).phrase}"


def redirect(location: str, *headers: tuple[str, str]) -> Response:
    """A 303 redirect to a path of this server (after a POST, or after joining)."""
    return Response(303, headers=[("Location", location), *headers])


def json_response(status: int, document: Mapping[str, Any]) -> Response:
    """A JSON answer (the fetch endpoints)."""
    return Response(status, json.dumps(document, ensure_ascii=False).encode("utf-8"), JSON)


@dataclass
class Request:
    """One request, read from the WSGI environ with strict limits."""

    method: str
    path: str
    host: str
    origin: str
    referer: str
    content_type: str
    cookies: dict[str, str]
    headers: dict[str, str]
    body: bytes

    @classmethod
    def from_environ(cls, environ: Mapping[str, Any], max_body: int) -> Request:
        """Read the request; the body only up to ``max_body`` bytes.

        Raises:
            RefusalError: 413 for a body over the limit, 400 for a path that is not UTF-8.
        """
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise RefusalError(400, "Requête mal formée.") from None
        if length > max_body:
            raise RefusalError(413, "Envoi trop volumineux.")
        body = environ["wsgi.input"].read(length) if length > 0 else b""
        raw_path = environ.get("PATH_INFO", "") or "/"
        try:  # PEP 3333 hands the path as latin-1 decoded bytes
            path = raw_path.encode("latin-1").decode("utf-8")
        except UnicodeError:
            raise RefusalError(400, "Adresse mal formée.") from None
        return cls(
            method=str(environ.get("REQUEST_METHOD", "GET")).upper(),
            path=path,
            host=str(environ.get("HTTP_HOST", "")),
            origin=str(environ.get("HTTP_ORIGIN", "")),
            referer=str(environ.get("HTTP_REFERER", "")),
            content_type=str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower(),
            cookies=parse_cookies(str(environ.get("HTTP_COOKIE", ""))),
            headers={key: str(value) for key, value in environ.items() if key.startswith("HTTP_")},
            body=body,
        )

    def form(self) -> dict[str, str]:
        """The urlencoded form, strictly UTF-8; the first value of each field.

        Raises:
            RefusalError: 415 for another content type, 400 for invalid UTF-8 or too many fields.
        """
        if self.content_type != "application/x-www-form-urlencoded":
            raise RefusalError(415, "Format d’envoi non pris en charge.")
        try:
            pairs = parse_qsl(
                self.body.decode("ascii"),
                keep_blank_values=True,
                encoding="utf-8",
                errors="strict",
                max_num_fields=MAX_FORM_FIELDS,
            )
        except (UnicodeError, ValueError):
            raise RefusalError(400, "Envoi mal formé (caractères invalides).") from None
        fields: dict[str, str] = {}
        for key, value in pairs:
            fields.setdefault(key, value)
        return fields

    def json(self) -> dict[str, Any]:
        """The JSON object of a fetch request.

        Raises:
            RefusalError: 415 for another content type, 400 for anything but a UTF-8 JSON object.
        """
        if self.content_type != "application/json":
            raise RefusalError(415, "Format d’envoi non pris en charge.")
        try:
            document = json.loads(self.body.decode("utf-8"))
        except (UnicodeError, ValueError):
            raise RefusalError(400, "Envoi mal formé.") from None
        if not isinstance(document, dict):
            raise RefusalError(400, "Envoi mal formé.")
        return document


def parse_cookies(header: str) -> dict[str, str]:
    """The cookies of a ``Cookie`` header (first value wins; malformed pairs are skipped)."""
    cookies: dict[str, str] = {}
    for part in header[:4096].split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies.setdefault(name, value.strip().strip('"'))
    return cookies
