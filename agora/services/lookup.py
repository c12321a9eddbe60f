"""Fetching rows that must exist, with a French message when they do not."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session as OrmSession
from sqlmodel import SQLModel

from agora.errors import NotFoundError
from agora.i18n import QT_TRANSLATE_NOOP
from agora.storage import models

Row = TypeVar("Row", bound=SQLModel)

_WHAT = {
    models.Session: QT_TRANSLATE_NOOP("errors", "Le temps « {key} » n’existe pas dans ce forum."),
    models.Category: QT_TRANSLATE_NOOP("errors", "La catégorie « {key} » n’existe pas dans ce forum."),
    models.Contribution: QT_TRANSLATE_NOOP("errors", "La contribution « {key} » n’existe pas dans ce forum."),
    models.Statement: QT_TRANSLATE_NOOP("errors", "L’énoncé « {key} » n’existe pas dans ce forum."),
    models.Territory: QT_TRANSLATE_NOOP("errors", "Le territoire « {key} » n’existe pas dans ce forum."),
}


def get(session: OrmSession, model: type[Row], key: str) -> Row:
    """The row of ``model`` with primary key ``key``.

    Raises:
        NotFoundError: no such row.
    """
    row = session.get(model, key)
    if row is None:
        template = _WHAT.get(model, QT_TRANSLATE_NOOP("errors", "« {key} » n’existe pas dans ce forum."))
        raise NotFoundError(template, key=key)
    return row
