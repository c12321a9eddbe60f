"""Plain input records of a session analysis: what the services hand to :func:`analyse`.

They mirror the domain model only as far as the method needs; the method never queries
anything, so everything it reads is in an :class:`AgoraInput`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agora.method.params import DEFAULT_PARAMS, MethodParams


@dataclass(frozen=True)
class CategoryInfo:
    """An actor category. Observers are left out of every metric and matrix.

    Attributes:
        code: Stable code, e.g. ``"elus"``.
        label: Display name, e.g. ``"Élus"``.
        observer: True for the "observateur" category.
    """

    code: str
    label: str
    observer: bool = False


@dataclass(frozen=True)
class StatementInput:
    """A statement put to the vote.

    Attributes:
        id: Statement id.
        text: Statement text.
        kind: ``contrainte``, ``attente``, ``engagement``, ``proposition`` or ``None``.
        source_category: Category that wrote it, if any.
        target_category: Category it is addressed to (expectations), if any.
        source_card: Id of the card it comes from, if any.
    """

    id: str
    text: str
    kind: str | None = None
    source_category: str | None = None
    target_category: str | None = None
    source_card: str | None = None


@dataclass(frozen=True)
class PositionInput:
    """One individual position, as recorded (the latest per participant and statement wins).

    Attributes:
        statement: Statement id.
        category: Category code of the participant.
        participant: Participant id, or ``None`` for an anonymous paper ballot (each counted).
        scale: 3 or 5.
        value: 1..scale, or ``None`` for "Je ne me prononce pas".
    """

    statement: str
    category: str
    participant: str | None
    scale: int
    value: int | None


@dataclass(frozen=True)
class HandTally:
    """A show of hands in one category on one statement.

    Attributes:
        statement: Statement id.
        category: Category code.
        present: People of the category present.
        pour: Hands for.
        contre: Hands against.
        abstention: Hands for abstention (neutral).
    """

    statement: str
    category: str
    present: int
    pour: int
    contre: int
    abstention: int


@dataclass(frozen=True)
class ExpectationCard:
    """An expectation card from one category toward another.

    Attributes:
        id: Card id.
        source: Category that expresses the expectation.
        target: Category the expectation is addressed to.
        statement: Id of the statement it became when voted in the Agora, if any.
    """

    id: str
    source: str
    target: str
    statement: str | None = None


@dataclass(frozen=True)
class CommitmentCard:
    """A commitment card of one category.

    Attributes:
        id: Card id.
        category: Category that commits.
        answers: Ids of the expectation cards it answers.
    """

    id: str
    category: str
    answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelOverride:
    """A label set by the facilitator; the computed label is kept beside it.

    Attributes:
        statement: Statement id.
        label: Label code (see :class:`agora.method.label.Label`).
        note: Why the facilitator overrode it.
        at: ISO 8601 time of the override; the latest one per statement wins.
    """

    statement: str
    label: str
    note: str
    at: str


@dataclass(frozen=True)
class AgoraInput:
    """Everything one analysis reads.

    Positions must be given in chronological order: for a participant and a statement, the
    last one counts. A (statement, category) cell is either individual positions or one show of
    hands, never both.
    """

    categories: Sequence[CategoryInfo]
    statements: Sequence[StatementInput]
    positions: Sequence[PositionInput] = ()
    tallies: Sequence[HandTally] = ()
    expectations: Sequence[ExpectationCard] = ()
    commitments: Sequence[CommitmentCard] = ()
    overrides: Sequence[LabelOverride] = ()
    params: MethodParams = DEFAULT_PARAMS
