"""The WSGI application of the participation server: routes, checks, and answers.

Only what a phone needs exists: join (link or code), choose one's category, post a card, edit or
withdraw one's own cards, vote. Every request is checked for its Host (421); every POST for its
Origin (403) and its CSRF token (403). Forms answer with a 303 redirect after the durable commit;
the fetch endpoints (``/api/...``) answer 201 after it. A refused form is shown again with the
participant's text and a French message. Paths and tokens are never logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from agora.server import pages, security, tokens
from agora.server.limits import Limits
from agora.server.participation import Participation
from agora.server.refusal import RefusalError
from agora.server.room import Participant, PendingCard, Room
from agora.server.wsgi import SECURITY_HEADERS, Request, Response, json_response, redirect

logger = logging.getLogger(__name__)

_STATIC_DIR = Path(__file__).resolve().parent / "static"
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
_CARD_PATH = re.compile(r"^/cartes/([A-Za-z0-9-]{1,64})(/retirer)?$")
_JOIN_PATH = re.compile(r"^/[Jj]/([^/]{1,200})$")
_ANCHOR = re.compile(r"^e\d{1,4}$")

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def _load_static() -> dict[str, tuple[bytes, str]]:
    files = {}
    for path in sorted(_STATIC_DIR.iterdir()):
        if path.suffix in _STATIC_TYPES:
            files[f"/static/{path.name}"] = (path.read_bytes(), _STATIC_TYPES[path.suffix])
    return files


class ParticipationApp:
    """The WSGI callable. Stateless itself: the room and the participation layer hold the state."""

    def __init__(
        self, participation: Participation, room: Room, policy: security.OriginPolicy, limits: Limits
    ) -> None:
        self.participation = participation
        self.room = room
        self.policy = policy
        self.limits = limits
        self.static = _load_static()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Answer one request; never raises (an unexpected error becomes a 500 page)."""
        api = str(environ.get("PATH_INFO", "")).startswith("/api/")
        try:
            response = self._handle(environ)
        except RefusalError as refusal:
            response = self._refused(refusal, api)
        except Exception:
            logger.exception("participation server: unexpected error (%s)", environ.get("REQUEST_METHOD"))
            response = self._refused(RefusalError(500, "Erreur inattendue du serveur de participation."), api)
        headers = [*SECURITY_HEADERS, ("Content-Type", response.content_type), *response.headers]
        headers.append(("Content-Length", str(len(response.body))))
        start_response(response.status_line(), headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else response.body]

    def _refused(self, refusal: RefusalError, api: bool) -> Response:
        if api:
            response = json_response(refusal.status, {"erreur": refusal.message})
        else:
            response = Response(refusal.status, pages.message_page("Impossible", refusal.message))
        if refusal.retry_after:
            response.headers.append(("Retry-After", str(refusal.retry_after)))
        return response

    def _handle(self, environ: dict[str, Any]) -> Response:
        request = Request.from_environ(environ, self.limits.max_body_bytes)
        self.policy.check_host(request)
        method = "GET" if request.method == "HEAD" else request.method
        if method not in ("GET", "POST"):
            return Response(
                405,
                pages.message_page("Impossible", "Méthode non prise en charge."),
                headers=[("Allow", "GET, POST")],
            )
        if method == "POST":
            self.policy.check_origin(request)
        participant = self.room.participant(request.cookies.get(security.SESSION_COOKIE, ""))
        if method == "GET":
            return self._get(request, participant)
        return self._post(request, participant)

    # GET -----------------------------------------------------------------------------------

    def _get(self, request: Request, participant: Participant | None) -> Response:
        path = request.path
        if path in self.static:
            body, content_type = self.static[path]
            return Response(200, body, content_type)
        if path == "/couleurs.css":
            return Response(200, pages.category_css(self.participation.categories()), _STATIC_TYPES[".css"])
        if path == "/favicon.ico":
            return Response(204)
        joined = _JOIN_PATH.match(path)
        if joined:
            if participant is not None:
                return redirect("/")
            try:
                return self._joined(self.room.join_with_token(joined.group(1)))
            except RefusalError as refusal:  # the code form stays at hand
                return self._welcome(request, status=refusal.status, error=refusal.message)
        if path == "/":
            if participant is None:
                return self._welcome(request)
            return self._home(participant)
        card = _CARD_PATH.match(path)
        if card and not card.group(2):
            me = self._require(participant)
            own = self.participation.own_card(me, card.group(1))
            return Response(200, pages.edit_page(self.participation.page(me), own))
        return Response(404, pages.message_page("Page introuvable", "Cette page n’existe pas."))

    def _welcome(self, request: Request, *, status: int = 200, error: str = "", code: str = "") -> Response:
        value = request.cookies.get(security.WELCOME_COOKIE, "")
        headers = []
        if not tokens.normalise_join_token(value):
            value = tokens.random_base32(16)
            headers.append(security.welcome_cookie(value))
        body = pages.welcome_page(tokens.signed(self.room.welcome_key, value), error=error, code=code)
        return Response(status, body, headers=headers)

    def _home(
        self,
        participant: Participant,
        *,
        status: int = 200,
        error: str = "",
        card_error: str = "",
        vote_error: tuple[str, str] | None = None,
        draft: pages.Draft | None = None,
    ) -> Response:
        if participant.category is None:
            body = pages.category_page(
                self.participation.categories(),
                participant.csrf,
                session_title=self.participation.session.title,
                error=error,
            )
            return Response(status, body)
        with self.room.lock:
            notice, participant.notice = participant.notice, ""
        view = self.participation.page(participant)
        body = pages.main_page(
            view,
            tokens.random_base32(10),
            notice=notice or error,
            card_error=card_error,
            vote_error=vote_error,
            draft=draft,
        )
        return Response(status, body)

    def _joined(self, participant: Participant) -> Response:
        return redirect(
            "/",
            security.session_cookie(participant.session_id),
            security.expired_cookie(security.WELCOME_COOKIE),
        )

    # POST ----------------------------------------------------------------------------------

    def _post(self, request: Request, participant: Participant | None) -> Response:
        path = request.path
        if path == "/code":
            return self._join_with_code(request, participant)
        if path == "/api/cartes":
            return self._api_card(request, self._require(participant))
        if path == "/api/votes":
            return self._api_vote(request, self._require(participant))
        me = self._require(participant)
        form = request.form()
        security.check_csrf(security.csrf_from(request, form), me.csrf)
        if path == "/categorie":
            try:
                self.participation.choose_category(me, form.get("categorie", ""))
            except RefusalError as refusal:
                return self._home(me, status=refusal.status, error=refusal.message)
            return redirect("/")
        if path == "/cartes":
            return self._post_card(me, form)
        if path == "/votes":
            return self._vote(me, form)
        card = _CARD_PATH.match(path)
        if card and card.group(2):
            self.participation.withdraw_card(me, card.group(1))
            self._notify(me, "Carte retirée.")
            return redirect("/#ecrire")
        if card:
            return self._edit_card(me, card.group(1), form)
        return Response(404, pages.message_page("Page introuvable", "Cette page n’existe pas."))

    def _join_with_code(self, request: Request, participant: Participant | None) -> Response:
        if participant is not None:
            return redirect("/")
        form = request.form()
        value = request.cookies.get(security.WELCOME_COOKIE, "")
        code = form.get("code", "")[:32]
        if not value or not tokens.same_secret(
            form.get(security.CSRF_FIELD, ""), tokens.signed(self.room.welcome_key, value)
        ):
            return self._welcome(
                request, status=403, error="La page a expiré : tapez le code à nouveau.", code=code
            )
        try:
            joined = self.room.join_with_code(code)
        except RefusalError as refusal:
            return self._welcome(request, status=refusal.status, error=refusal.message, code=code)
        return self._joined(joined)

    def _post_card(self, me: Participant, form: dict[str, str]) -> Response:
        draft = pages.Draft(form.get("type", ""), form.get("cible", ""), form.get("texte", ""))
        try:
            result = self.participation.post_card(
                me, draft.kind, draft.text, draft.target, form.get("envoi", "")
            )
        except RefusalError as refusal:
            response = self._home(me, status=refusal.status, card_error=refusal.message, draft=draft)
            if refusal.retry_after:
                response.headers.append(("Retry-After", str(refusal.retry_after)))
            return response
        if result is None:
            self._notify(me, "Cette carte avait déjà été reçue.")
        elif isinstance(result, PendingCard):
            self._notify(me, "Carte envoyée : elle sera affichée après relecture par l’animation.")
        else:
            self._notify(me, "Carte envoyée : elle est au tableau.")
        return redirect("/#ecrire")

    def _edit_card(self, me: Participant, card_id: str, form: dict[str, str]) -> Response:
        text = form.get("texte", "")
        try:
            result = self.participation.edit_card(me, card_id, text)
        except RefusalError as refusal:
            if refusal.status not in (422, 429, 503):
                raise
            own = self.participation.own_card(me, card_id)
            body = pages.edit_page(self.participation.page(me), own, text=text, error=refusal.message)
            return Response(refusal.status, body)
        if isinstance(result, PendingCard) and result.card_id is not None:
            self._notify(me, "Modification envoyée : elle sera appliquée après relecture par l’animation.")
        else:
            self._notify(me, "Carte modifiée.")
        return redirect("/#ecrire")

    def _vote(self, me: Participant, form: dict[str, str]) -> Response:
        statement = form.get("enonce", "")
        try:
            self.participation.vote(me, statement, form.get("valeur", ""))
        except RefusalError as refusal:
            return self._home(me, status=refusal.status, vote_error=(statement, refusal.message))
        anchor = form.get("ancre", "")
        return redirect(f"/#{anchor}" if _ANCHOR.match(anchor) else "/#enonces")

    def _api_card(self, request: Request, me: Participant) -> Response:
        security.check_csrf(security.csrf_from(request, None), me.csrf)
        document = request.json()
        target = document.get("cible")
        result = self.participation.post_card(
            me,
            _text(document.get("type")),
            _text(document.get("texte")),
            _text(target) if target else None,
            _text(document.get("envoi")),
        )
        if result is None:
            return json_response(200, {"statut": "deja-recue"})
        if isinstance(result, PendingCard):
            return json_response(202, {"id": result.id, "statut": "relecture"})
        return json_response(201, {"id": result.id, "statut": "tableau"})

    def _api_vote(self, request: Request, me: Participant) -> Response:
        security.check_csrf(security.csrf_from(request, None), me.csrf)
        document = request.json()
        position = self.participation.vote(me, _text(document.get("enonce")), document.get("valeur"))
        label = pages.answer_label(position.scale, position.value)
        return json_response(201, {"id": position.id, "valeur": position.value, "reponse": label})

    # Helpers -------------------------------------------------------------------------------

    def _require(self, participant: Participant | None) -> Participant:
        if participant is None:
            raise RefusalError(
                403, "Vous n’êtes pas (ou plus) dans la salle : scannez le QR code ou tapez le code affiché."
            )
        return participant

    def _notify(self, participant: Participant, text: str) -> None:
        with self.room.lock:
            participant.notice = text


def _text(value: object) -> str:
    """A JSON field expected to be a string ("" for anything else)."""
    return value if isinstance(value, str) else ""
