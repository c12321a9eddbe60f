"""Marking translatable text in the core without importing Qt.

``pyside6-lupdate`` recognises ``QT_TRANSLATE_NOOP`` by name, so strings marked here end up in
the ``.ts`` catalogues; the faces translate them at run time (the UI with
``QCoreApplication.translate``, the command line keeps the French source).
"""

from __future__ import annotations

from collections.abc import Callable

#: A translation function: ``translate(context, source_text) -> text``.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's keyword)
    """Mark ``text`` for extraction by pyside6-lupdate; returns it unchanged."""
    return text


def identity(_context: str, text: str) -> str:
    """The French source text itself: what the command line and the tests use."""
    return text
