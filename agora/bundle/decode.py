"""Bytes to a JSON document, strictly: what Python's ``json`` lets through, a bundle may not.

Python's parser accepts ``NaN`` and ``Infinity``, keeps the last of two equal keys, turns a
4,000-digit integer into a slow conversion and ``"\\ud800"`` into a lone surrogate. A bundle
is refused for the first three here; lone surrogates are refused where a field is read
(``agora.bundle.fields``), so an unknown field carrying one is ignored like any unknown field.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from agora.bundle import messages as msg

#: Longest integer literal accepted, in digits (2**53 has 16; the rest is a hostile input).
MAX_INT_DIGITS = 30


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                shown = key.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
                raise msg.refuse(msg.DUPLICATE_KEY, key=shown[:40])
            seen.add(key)
    return obj


def _constant(name: str) -> Any:
    raise msg.refuse(msg.BAD_CONSTANT, value=name)


def _integer(text: str) -> int:
    if len(text) > MAX_INT_DIGITS + 1:  # + 1: the minus sign
        raise msg.refuse(msg.HUGE_NUMBER, value=f"{text[:20]}…")
    return int(text)


def decode_json(data: bytes) -> Any:
    """The JSON document in ``data`` (UTF-8, an optional byte-order mark is skipped).

    Raises:
        BundleError: invalid UTF-8, invalid JSON, a key twice in one object, NaN/Infinity, an
            integer of more than 30 digits, or nesting deeper than Python can parse.
    """
    if data.startswith(codecs.BOM_UTF8):  # Windows tools like to write one
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise msg.refuse(msg.NOT_UTF8, offset=exc.start) from None
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise msg.refuse(msg.NOT_JSON, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise msg.refuse(msg.TOO_DEEP) from None
