"""Reading one JSON value of a bundle into its canonical form, or refusing it by name.

The canonical form is what an export writes: normalised text (``agora.domain.text``), time
stamps in UTC with a final ``Z``, floats for board positions. Two spellings of the same value
therefore compare equal, which is what makes imports idempotent.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from agora.bundle import messages as msg
from agora.bundle.spec import Field, Kind, format_datetime
from agora.domain.text import clean_required, clean_text
from agora.errors import BundleError, ValidationError

_ID = re.compile(r"[!-~]{1,128}")
_CODE = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")

#: French names of the JSON types a field may expect, for messages.
_EXPECTED = {
    "str": "un texte",
    "int": "un nombre entier",
    "float": "un nombre",
    "bool": "true ou false",
    "object": "un objet JSON",
}


def _shown(value: Any) -> str:
    # A value as a message quotes it: short, whatever it is.
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else f"{text[:40]}…"


def _wrong_type(item: str, field: Field, expected: str, value: Any) -> BundleError:
    return msg.refuse(
        msg.WRONG_TYPE, item=item, field=field.key, expected=_EXPECTED[expected], value=_shown(value)
    )


def _string(item: str, field: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise _wrong_type(item, field, "str", value)
    if _SURROGATE.search(value):
        raise msg.refuse(msg.SURROGATE, item=item, field=field.key)
    return value


def _integer(item: str, field: Field, value: Any) -> int:
    # bool is an int in Python but not in JSON; a float with no fraction (4.0) is still refused:
    # other tools must write integers where the format says so.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(item, field, "int", value)
    if not field.minimum <= value <= field.maximum:
        raise msg.refuse(
            msg.OUT_OF_RANGE,
            item=item,
            field=field.key,
            value=_shown(value),
            minimum=field.minimum,
            maximum=field.maximum,
        )
    return value


def _float(item: str, field: Field, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong_type(item, field, "float", value)
    # A huge JSON integer would overflow float(); 1e400 arrives as inf from the parser.
    finite = isinstance(value, int) or math.isfinite(value)
    if not finite or abs(value) > field.maximum:
        raise msg.refuse(
            msg.OUT_OF_RANGE,
            item=item,
            field=field.key,
            value=_shown(value),
            minimum=field.minimum,
            maximum=field.maximum,
        )
    return float(value)


def _text(item: str, field: Field, value: Any) -> str:
    raw = _string(item, field, value)
    try:
        if field.nonempty:
            return clean_required(raw, limit=field.limit, field=field.label)
        return clean_text(raw, limit=field.limit, field=field.label)
    except ValidationError as exc:
        raise msg.from_rule(item, exc) from None


def _datetime(item: str, field: Field, value: Any) -> str:
    raw = _string(item, field, value)
    try:
        stamp = dt.datetime.fromisoformat(raw) if len(raw) <= 40 else None
        if stamp is not None and stamp.utcoffset() is not None:
            return format_datetime(stamp)
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved to UTC
        pass
    raise msg.refuse(msg.BAD_DATETIME, item=item, field=field.key, value=_shown(raw))


def _date(item: str, field: Field, value: Any) -> str:
    raw = _string(item, field, value)
    try:
        if not _DATE.fullmatch(raw):
            raise ValueError(raw)
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        raise msg.refuse(msg.BAD_DATE, item=item, field=field.key, value=_shown(raw)) from None


def _pattern(item: str, field: Field, value: Any, pattern: re.Pattern[str], template: str) -> str:
    raw = _string(item, field, value)
    if not pattern.fullmatch(raw):
        raise msg.refuse(template, item=item, field=field.key, value=_shown(raw))
    return raw


def read_value(item: str, field: Field, value: Any) -> Any:
    """The canonical value of ``field`` from the JSON ``value`` (already known to be present).

    Args:
        item: how messages name the item (« contribution 3f2a1b0c… »).
        field: the field's specification.
        value: the decoded JSON value; ``None`` for ``null``.

    Returns:
        The canonical value (``None`` for an accepted ``null``).

    Raises:
        BundleError: wrong type, ``null`` where not allowed, malformed or out-of-range value.
    """
    if value is None:
        if field.nullable:
            return None
        if field.kind is Kind.TEXT:
            raise _wrong_type(item, field, "str", value)
        expected = {Kind.INT: "int", Kind.FLOAT: "float", Kind.BOOL: "bool"}.get(field.kind, "str")
        raise _wrong_type(item, field, expected, value)
    kind = field.kind
    if kind is Kind.TEXT:
        return _text(item, field, value)
    if kind in (Kind.ID, Kind.REF, Kind.OPAQUE):
        return _pattern(item, field, value, _ID, msg.BAD_ID)
    if kind is Kind.CODE:
        return _pattern(item, field, value, _CODE, msg.BAD_CODE)
    if kind is Kind.COLOR:
        return _pattern(item, field, value, _COLOR, msg.BAD_COLOR)
    if kind is Kind.WORD:
        word = _string(item, field, value)
        if field.choices and word not in field.choices:
            raise msg.refuse(
                msg.BAD_CHOICE,
                item=item,
                field=field.key,
                value=_shown(word),
                choices=", ".join(field.choices),
            )
        return word
    if kind is Kind.INT:
        return _integer(item, field, value)
    if kind is Kind.FLOAT:
        return _float(item, field, value)
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _wrong_type(item, field, "bool", value)
        return value
    if kind is Kind.DATE:
        return _date(item, field, value)
    if kind is Kind.OBJECT:
        if not isinstance(value, dict):
            raise _wrong_type(item, field, "object", value)
        return value
    return _datetime(item, field, value)
