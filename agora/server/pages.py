"""The participant's pages, in French: plain HTML forms that work without JavaScript.

Every string that comes from the forum or from a participant goes through :func:`esc`
(``html.escape`` with quotes) before it reaches the page; nothing is ever inserted unescaped.
The pages load one stylesheet, the category colours and one small script, all from this server
(the Content-Security-Policy forbids anything else, inline styles and scripts included).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agora.domain.kinds import SCALE3_LABELS, SCALE5_LABELS, ContributionKind
from agora.server import views
from agora.server.voting import NO_OPINION
from agora.services import reads

#: One card kind, as a participant picks it.
KIND_LABELS: dict[str, str] = {
    ContributionKind.CONSTRAINT: "Contrainte / frein",
    ContributionKind.EXPECTATION: "Attente vis-à-vis d’une autre catégorie",
    ContributionKind.COMMITMENT: "Engagement",
    ContributionKind.LEARNING: "Apprentissage",
    ContributionKind.STORY: "Récit / témoignage",
}

#: The « no opinion » answer, as the participant says it.
NO_OPINION_LABEL = "Je ne me prononce pas"

_SAFE_CODE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_SAFE_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def esc(value: object) -> str:
    """``value`` as text safe in HTML content and in quoted attributes."""
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Draft:
    """A card being written, shown again after a refusal so that the phone keeps its text."""

    kind: str = ""
    target: str = ""
    text: str = ""


def scale_labels(scale: int) -> tuple[str, ...]:
    """The wording of a 5- or 3-point scale, value 1 first."""
    return tuple(SCALE3_LABELS if scale == 3 else SCALE5_LABELS)


def answer_label(scale: int, value: int | None) -> str:
    """The wording of one answer."""
    return NO_OPINION_LABEL if value is None else scale_labels(scale)[value - 1]


def _layout(title: str, body: str, *, subtitle: str = "") -> bytes:
    head = (
        f'<span class="brand">Agora</span> <span class="subtitle">{esc(subtitle)}</span>'
        if subtitle
        else ('<span class="brand">Agora</span>')
    )
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        '<link rel="stylesheet" href="/static/agora.css">'
        '<link rel="stylesheet" href="/couleurs.css">'
        '<script src="/static/agora.js" defer></script>'
        f'</head><body><header class="bar">{head}</header><main>{body}</main></body></html>\n'
    )
    return page.encode("utf-8")


def _message(text: str, kind: str = "notice") -> str:
    if not text:
        return ""
    role = "alert" if kind == "error" else "status"
    return f'<p class="{kind}" role="{role}">{esc(text)}</p>'


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{esc(name)}" value="{esc(value)}">'


def welcome_page(csrf: str, *, error: str = "", code: str = "") -> bytes:
    """The page of a phone that has not joined: how to join, and the code form."""
    body = (
        "<h1>Participer au forum</h1>"
        f"{_message(error, 'error')}"
        "<p>Scannez le QR code projeté dans la salle. Si vous ne pouvez pas le scanner, "
        "tapez le code affiché à l’écran :</p>"
        '<form method="post" action="/code" accept-charset="utf-8" class="join">'
        f"{_hidden('csrf', csrf)}"
        '<label for="code">Code de la salle</label>'
        f'<input id="code" name="code" value="{esc(code)}" autocomplete="off" autocapitalize="characters" '
        'spellcheck="false" maxlength="12" placeholder="ABCD-EFGH" required>'
        '<button type="submit" class="primary">Rejoindre</button>'
        "</form>"
        '<p class="hint">Aucun compte, aucun nom : vos contributions sont rattachées à votre catégorie '
        "d’acteurs, pas à votre personne.</p>"
    )
    return _layout("Agora — participer", body)


def message_page(title: str, text: str) -> bytes:
    """A page that only says something (room locked, room full, unknown page...)."""
    return _layout(title, f'<h1>{esc(title)}</h1>{_message(text, "error")}<p><a href="/">Retour</a></p>')


def category_page(
    categories: Sequence[reads.CategoryRead], csrf: str, *, session_title: str, error: str = ""
) -> bytes:
    """The one-time choice of the participant's category."""
    choices = "".join(
        f'<label class="option cat-{esc(c.code)}"><input type="radio" name="categorie" value="{esc(c.code)}" required>'
        f" <span>{esc(c.label)}</span></label>"
        for c in categories
    )
    body = (
        "<h1>Votre catégorie d’acteurs</h1>"
        f"{_message(error, 'error')}"
        "<p>Vous participez au nom de votre rôle. Choisissez-le une fois pour toutes :</p>"
        '<form method="post" action="/categorie" accept-charset="utf-8" class="stack">'
        f"{_hidden('csrf', csrf)}<fieldset><legend>Je suis…</legend>{choices}</fieldset>"
        '<button type="submit" class="primary">Valider ce choix</button>'
        "</form>"
        '<p class="hint">Ce choix ne pourra plus être modifié depuis ce téléphone.</p>'
    )
    return _layout("Agora — votre catégorie", body, subtitle=session_title)


def main_page(
    view: views.PageView,
    send_id: str,
    *,
    notice: str = "",
    card_error: str = "",
    vote_error: tuple[str, str] | None = None,
    draft: Draft | None = None,
) -> bytes:
    """The participant's page: statements to vote on, the card form, their own cards.

    Args:
        view: what the page shows.
        send_id: the one-time id of the card form.
        notice: what happened to the last card (shown above the card form).
        card_error: why the last card was refused (above the card form, which keeps ``draft``).
        vote_error: the statement whose answer was refused, and why (shown in that statement).
        draft: the card being written.
    """
    who = ""
    if view.category is not None:
        who = (
            f'<p class="who">Vous participez en tant que <strong class="tag cat-{esc(view.category.code)}">'
            f"{esc(view.category.label)}</strong></p>"
        )
    prompt = ""
    if view.session.prompt:  # open in a peer group (it is the question); folded in the Agora
        opened = "" if view.statements else " open"
        prompt = f'<details class="prompt"{opened}><summary>Consigne</summary><p>{esc(view.session.prompt)}</p></details>'

    sections = [
        f"<h1>{esc(view.session.title)}</h1>{who}{prompt}",
    ]
    if view.statements:
        sections.append(_statements(view, vote_error))
    sections.append(
        _card_form(view, send_id, draft or Draft(), _message(notice) + _message(card_error, "error"))
    )
    sections.append(_own_cards(view))
    return _layout(f"Agora — {view.session.title}", "".join(sections), subtitle=view.forum_title)


def _statements(view: views.PageView, vote_error: tuple[str, str] | None) -> str:
    items = []
    ordered = sorted(view.statements, key=lambda s: (not s.current, s.number))
    for statement in ordered:
        classes = "statement current" if statement.current else "statement"
        flag = '<p class="flag">Énoncé en cours</p>' if statement.current else ""
        head = f'<p class="text"><span class="number">{statement.number}.</span> {esc(statement.text)}</p>'
        if statement.by_hands:
            items.append(
                f'<li id="e{statement.number}" class="{classes}">{flag}{head}'
                '<p class="status">Votre catégorie vote à main levée sur cet énoncé.</p></li>'
            )
            continue
        status = (
            f"Votre réponse : {esc(answer_label(statement.scale, statement.value))}"
            if statement.answered
            else "Pas encore de réponse."
        )
        buttons = []
        values: list[tuple[str, str, int | None]] = [
            (str(value), label, value) for value, label in enumerate(scale_labels(statement.scale), start=1)
        ]
        values.append((NO_OPINION, NO_OPINION_LABEL, None))
        for raw, label, value in values:
            chosen = statement.answered and statement.value == value
            css = f"choice v{raw}{' chosen' if chosen else ''}"
            buttons.append(
                f'<button type="submit" name="valeur" value="{raw}" class="{css}" '
                f'aria-pressed="{"true" if chosen else "false"}">{esc(label)}</button>'
            )
        refused = _message(vote_error[1], "error") if vote_error and vote_error[0] == statement.id else ""
        items.append(
            f'<li id="e{statement.number}" class="{classes}">{flag}{head}{refused}'
            f'<form method="post" action="/votes#e{statement.number}" accept-charset="utf-8" '
            f'class="vote scale{statement.scale}">'
            f"{_hidden('csrf', view.csrf)}{_hidden('enonce', statement.id)}{_hidden('ancre', f'e{statement.number}')}"
            f'<p class="status" aria-live="polite">{status}</p>'
            f'<div class="choices">{"".join(buttons)}</div></form></li>'
        )
    return f'<section id="enonces"><h2>Énoncés à voter</h2><ol class="statements">{"".join(items)}</ol></section>'


def _options(choices: Iterable[tuple[str, str]], selected: str) -> str:
    return "".join(
        f'<option value="{esc(value)}"{" selected" if value == selected else ""}>{esc(label)}</option>'
        for value, label in choices
    )


def _card_form(view: views.PageView, send_id: str, draft: Draft, messages: str) -> str:
    kind_selected = draft.kind if draft.kind in view.kinds else view.kinds[0]
    kinds = "".join(
        f'<label class="option"><input type="radio" name="type" value="{esc(kind)}"'
        f"{' checked' if kind == kind_selected else ''}> <span>{esc(KIND_LABELS.get(kind, kind))}</span></label>"
        for kind in view.kinds
    )
    target = ""
    if ContributionKind.EXPECTATION in view.kinds:
        others = [
            (c.code, c.label)
            for c in view.categories
            if view.category is None or c.code != view.category.code
        ]
        target = (
            '<div class="target"><label for="cible">Pour une attente : vis-à-vis de quelle catégorie ?</label>'
            f'<select id="cible" name="cible">{_options([("", "—"), *others], draft.target)}</select></div>'
        )
    moderation = (
        '<p class="hint">L’animation relit les cartes avant de les afficher.</p>' if view.moderation else ""
    )
    limit = f"{view.max_card_chars:,}".replace(",", "\u202f")
    return (
        f'<section id="ecrire"><h2>Écrire une carte</h2>{messages}'
        '<form method="post" action="/cartes#ecrire" accept-charset="utf-8" class="stack card-form">'
        f"{_hidden('csrf', view.csrf)}{_hidden('envoi', send_id)}"
        f"<fieldset><legend>Type de carte</legend>{kinds}</fieldset>{target}"
        '<label for="texte">Votre texte</label>'
        f'<textarea id="texte" name="texte" rows="5" maxlength="{view.max_card_chars}" required>{esc(draft.text)}</textarea>'
        f'<p class="hint"><span class="count"></span>{limit} caractères au plus.</p>{moderation}'
        '<button type="submit" class="primary">Envoyer la carte</button>'
        "</form></section>"
    )


_STATUS_LABELS = {
    views.PENDING: "En attente de relecture",
    views.REMOVED: "Retirée du tableau",
    views.MERGED: "Regroupée avec une autre carte",
}


def _own_cards(view: views.PageView) -> str:
    if not view.cards:
        return '<section id="mes-cartes"><h2>Mes cartes</h2><p class="hint">Aucune carte pour l’instant.</p></section>'
    items = []
    for card in reversed(view.cards):
        target = f" → {esc(view.label_of(card.target))}" if card.target else ""
        status = (
            f' <span class="badge">{esc(_STATUS_LABELS[card.status])}</span>'
            if card.status in _STATUS_LABELS
            else ""
        )
        actions = ""
        if card.editable:
            actions = (
                f'<div class="actions"><a class="button" href="/cartes/{esc(card.id)}">Modifier</a>'
                f'<form method="post" action="/cartes/{esc(card.id)}/retirer" class="inline">'
                f"{_hidden('csrf', view.csrf)}"
                '<button type="submit" class="secondary">Retirer</button></form></div>'
            )
        items.append(
            f'<li class="own"><p class="meta">{esc(KIND_LABELS.get(card.kind, card.kind))}{target}{status}</p>'
            f'<p class="text">{esc(card.text)}</p>{actions}</li>'
        )
    return f'<section id="mes-cartes"><h2>Mes cartes ({len(view.cards)})</h2><ul class="cards">{"".join(items)}</ul></section>'


def edit_page(
    view: views.PageView, card: views.OwnCard, *, text: str | None = None, error: str = ""
) -> bytes:
    """The page that changes the text of one's own card."""
    target = f" → {esc(view.label_of(card.target))}" if card.target else ""
    body = (
        "<h1>Modifier ma carte</h1>"
        f"{_message(error, 'error')}"
        f'<p class="meta">{esc(KIND_LABELS.get(card.kind, card.kind))}{target}</p>'
        f'<form method="post" action="/cartes/{esc(card.id)}" accept-charset="utf-8" class="stack card-form">'
        f"{_hidden('csrf', view.csrf)}"
        '<label for="texte">Texte de la carte</label>'
        f'<textarea id="texte" name="texte" rows="6" maxlength="{view.max_card_chars}" required>'
        f"{esc(card.text if text is None else text)}</textarea>"
        '<p class="hint"><span class="count"></span></p>'
        '<button type="submit" class="primary">Enregistrer</button>'
        "</form>"
        '<p><a href="/#mes-cartes">Annuler</a></p>'
    )
    return _layout("Agora — modifier ma carte", body, subtitle=view.session.title)


def category_css(categories: Iterable[reads.CategoryRead]) -> bytes:
    """The stylesheet of the category colours (codes and colours checked before use)."""
    rules = []
    for category in categories:
        if _SAFE_CODE.match(category.code) and _SAFE_COLOR.match(category.color):
            rules.append(
                f".cat-{category.code}{{border-left-color:{category.color}}}"
                f".tag.cat-{category.code}{{background:{category.color}}}"
            )
    return "\n".join(rules).encode("ascii")
