"""Normalising participant text at the boundary, before it reaches storage.

Every service that stores text calls :func:`clean_text`: NFC, ``\\r\\n`` → ``\\n``, NUL and
control characters removed (tab and newline kept), bidi overrides removed, lone surrogates
refused. Search, deduplication and sorting then see one spelling of each text.
"""

from __future__ import annotations

import re
import unicodedata

from agora.errors import ValidationError
from agora.i18n import QT_TRANSLATE_NOOP

#: Longest card or statement text, in characters.
MAX_CARD_CHARS = 20_000

#: Longest short field (titles, names, labels), in characters.
MAX_SHORT_CHARS = 300

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate
# characters that can reorder what the projector shows ("Trojan Source").
_STRIP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str, *, limit: int = MAX_CARD_CHARS, field: str = "texte") -> str:
    """Return ``value`` normalised for storage, or raise if it cannot be stored.

    Args:
        value: text as typed, pasted, posted or imported.
        limit: maximum length in characters after normalisation.
        field: French name of the field, for the message.

    Returns:
        The NFC text with line endings unified and control characters removed, stripped of
        surrounding whitespace.

    Raises:
        ValidationError: lone surrogates, or text longer than ``limit``.
    """
    if _SURROGATE.search(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Le {field} contient des caractères invalides."), field=field
        )
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    # Strip before composing: a control between a letter and its accent must not survive
    # one pass and change the text on the next (clean_text is idempotent).
    text = unicodedata.normalize("NFC", _STRIP.sub("", text)).strip()
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le {field} fait {length} caractères : la limite est de {limit} caractères.",
            ),
            field=field,
            length=f"{len(text):,}".replace(",", "\u202f"),
            limit=f"{limit:,}".replace(",", "\u202f"),
        )
    return text


def clean_required(value: str, *, limit: int = MAX_CARD_CHARS, field: str = "texte") -> str:
    """Like :func:`clean_text`, but an empty result is refused."""
    text = clean_text(value, limit=limit, field=field)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Le {field} est vide."), field=field)
    return text
