"""Typed errors of the core, each carrying a French message for the facilitator.

Every error names what went wrong in one line. The template is marked for translation; the
faces show ``exc.message(translate)`` (the UI passes Qt's translator, the command line the
French source). ``str(exc)`` is the French message.
"""

from __future__ import annotations

from typing import Any

from agora.i18n import QT_TRANSLATE_NOOP, Translate, identity


class AgoraError(Exception):
    """Base of every error the core raises on purpose.

    Subclasses set ``template`` (French, with ``{name}`` fields); callers pass the fields as
    keyword arguments. Never raise it for a programming error: those are bugs, not messages.
    """

    template = QT_TRANSLATE_NOOP("errors", "Opération impossible.")

    def __init__(self, template: str | None = None, **fields: Any) -> None:
        self.template = template or type(self).template
        self.fields = fields
        super().__init__(self.message())

    def message(self, translate: Translate = identity) -> str:
        """The message in the language of ``translate`` (French by default)."""
        return translate("errors", self.template).format(**self.fields)


class ValidationError(AgoraError):
    """A value given to a service is not acceptable (too long, out of range, missing...)."""


class NotFoundError(AgoraError):
    """A forum, session, card or statement that does not exist."""


class ForumFileError(AgoraError):
    """A forum file that cannot be opened as it is: absent, empty, foreign, damaged."""


class EmptyFileError(ForumFileError):
    """A 0-byte file: SQLite would open it as an empty database, so we refuse it."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Le fichier « {path} » est vide (0 octet) : ce n’est pas un forum Agora."
    )


class NotAForumError(ForumFileError):
    """A file that is not SQLite, or an SQLite file of another application."""


class DamagedForumError(ForumFileError):
    """A forum file whose integrity check fails."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Le forum « {path} » est endommagé ({detail}). Il n’a pas été modifié."
    )


class UnreadableForumError(ForumFileError):
    """A forum file SQLite cannot read right now (locked, folder write-protected): not damage."""


class ReadOnlyForumError(AgoraError):
    """A write to a forum opened read-only (newer schema, read-only file or explicit choice)."""

    template = QT_TRANSLATE_NOOP("errors", "Ce forum est ouvert en lecture seule : {reason}")


class StorageError(AgoraError):
    """The disk refused a write (full, size limit, read-only); nothing was committed."""


class BundleError(AgoraError):
    """A bundle that cannot be imported; names the first offending item."""
