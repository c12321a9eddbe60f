"""Tallies: the counts every metric of the method reads (METHOD.md §1.a–1.b).

Individual votes and shows of hands are both reduced to a :class:`Tally` per (statement,
category) before anything else happens, which is why the two kinds of data mix freely across
categories.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from operator import attrgetter

from agora.method.inputs import PositionInput

#: Bipolar value of each point of the 5-point scale, in halves (−1, −½, 0, +½, +1 times 2),
#: so that the mean stays an exact fraction.
FIVE_POINT_HALVES: tuple[int, int, int, int, int] = (-2, -1, 0, 1, 2)

#: Scales accepted for individual positions.
SCALES: tuple[int, ...] = (3, 5)

Histogram = tuple[int, int, int, int, int]


@dataclass(frozen=True)
class Tally:
    """Counts of one category on one statement.

    ``A``, ``N`` and ``D`` are the expressed votes (agree, neutral/abstention, disagree), ``P``
    the people present who did not give a position ("Je ne me prononce pas"). ``hist`` holds the
    five counts of individual 5-point votes when they exist, so that ordinal measures and the
    exact mean position can be computed; it must agree with ``A``, ``N`` and ``D``.

    Shares are exact fractions; they are ``None`` when there is no expressed vote.
    """

    A: int
    N: int
    D: int
    P: int = 0
    hist: Histogram | None = None

    def __post_init__(self) -> None:
        for name, value in (("A", self.A), ("N", self.N), ("D", self.D), ("P", self.P)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"tally count {name} must be a non-negative integer, got {value!r}")
        if self.hist is not None:
            hist = tuple(self.hist)
            if len(hist) != 5 or any(isinstance(h, bool) or not isinstance(h, int) or h < 0 for h in hist):
                raise ValueError(f"hist must be five non-negative integers, got {self.hist!r}")
            if (hist[0] + hist[1], hist[2], hist[3] + hist[4]) != (self.D, self.N, self.A):
                raise ValueError(f"hist {hist} does not match A={self.A}, N={self.N}, D={self.D}")
            object.__setattr__(self, "hist", hist)

    @property
    def n(self) -> int:
        """Expressed votes ``A + N + D``."""
        return self.A + self.N + self.D

    @cached_property
    def a(self) -> Fraction | None:
        """Share of agreement ``A/n``, or ``None`` without expressed votes."""
        n = self.n
        return Fraction(self.A, n) if n else None

    @cached_property
    def d(self) -> Fraction | None:
        """Share of disagreement ``D/n``, or ``None`` without expressed votes."""
        n = self.n
        return Fraction(self.D, n) if n else None

    @cached_property
    def s(self) -> Fraction | None:
        """Mean bipolar position in [−1, 1], or ``None`` without expressed votes.

        With a 5-point histogram this is the exact mean of −1, −½, 0, +½, +1; otherwise the
        tally reading ``(A − D)/n``.
        """
        n = self.n
        if not n:
            return None
        if self.hist is not None:
            halves = sum(w * h for w, h in zip(FIVE_POINT_HALVES, self.hist, strict=True))
            return Fraction(halves, 2 * n)
        return Fraction(self.A - self.D, n)

    @cached_property
    def kappa(self) -> Fraction | None:
        """Internal controversy ``2·min(a, d)`` (Talk to the City), or ``None`` without votes."""
        n = self.n
        return Fraction(2 * min(self.A, self.D), n) if n else None

    @property
    def pa_hat(self) -> Fraction:
        """Smoothed agreement ``(A + 1)/(n + 2)`` (Pol.is), used only for ranking."""
        return Fraction(self.A + 1, self.n + 2)

    @property
    def pd_hat(self) -> Fraction:
        """Smoothed disagreement ``(D + 1)/(n + 2)`` (Pol.is), used only for ranking."""
        return Fraction(self.D + 1, self.n + 2)

    @cached_property
    def u(self) -> Fraction | None:
        """Uncertainty ``P/(n + P)``, or ``None`` when nobody was counted."""
        total = self.n + self.P
        return Fraction(self.P, total) if total else None


def tally_from_histogram(scale: int, counts: Iterable[int], abstained: int = 0) -> Tally:
    """Build a tally from per-value counts of individual positions.

    This is the fast path used by the analysis: votes are counted as integers first, and the
    tally is built once per (statement, category).

    Args:
        scale: 3 or 5.
        counts: ``scale`` counts, for values 1..scale in order.
        abstained: Number of "ne se prononce pas" answers (P).

    Returns:
        The tally; it carries a histogram when ``scale`` is 5.

    Raises:
        ValueError: On an unknown scale or a wrong number of counts.
    """
    c = tuple(counts)
    if scale == 5:
        if len(c) != 5:
            raise ValueError(f"a 5-point histogram needs 5 counts, got {len(c)}")
        return Tally(A=c[3] + c[4], N=c[2], D=c[0] + c[1], P=abstained, hist=(c[0], c[1], c[2], c[3], c[4]))
    if scale == 3:
        if len(c) != 3:
            raise ValueError(f"a 3-point histogram needs 3 counts, got {len(c)}")
        return Tally(A=c[2], N=c[1], D=c[0], P=abstained)
    raise ValueError(f"unknown scale {scale!r}: expected one of {SCALES}")


def tally_from_positions(scale: int, values: Iterable[int | None]) -> Tally:
    """Tally individual positions of one category on one statement.

    Args:
        scale: 5 (1 Pas du tout d'accord … 5 Tout à fait d'accord: A = {4, 5}, N = {3},
            D = {1, 2}) or 3 (1 contre, 2 neutre/abstention, 3 pour).
        values: One position per person; ``None`` means "Je ne me prononce pas" and counts in P.

    Returns:
        The tally, with a histogram for the 5-point scale.

    Raises:
        ValueError: On an unknown scale or a value outside 1..scale.
    """
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}: expected one of {SCALES}")
    counts = [0] * scale
    abstained = 0
    for value in values:
        if value is None:
            abstained += 1
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= scale:
            raise ValueError(f"position {value!r} is outside 1..{scale}")
        counts[value - 1] += 1
    return tally_from_histogram(scale, counts, abstained)


def tally_from_hands(present: int, pour: int, contre: int, abstention: int) -> Tally:
    """Tally a show of hands in one category.

    Args:
        present: People of the category in the room.
        pour: Hands raised for.
        contre: Hands raised against.
        abstention: Hands raised for "abstention" (counted as neutral, N).

    Returns:
        The tally, with ``P = present − pour − contre − abstention``.

    Raises:
        ValueError: If a count is negative or the hands outnumber the people present.
    """
    for name, value in (("present", present), ("pour", pour), ("contre", contre), ("abstention", abstention)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
    if pour + contre + abstention > present:
        raise ValueError(
            f"pour + contre + abstention = {pour + contre + abstention} exceeds present = {present}"
        )
    return Tally(A=pour, N=abstention, D=contre, P=present - pour - contre - abstention)


_CELL_KEY = attrgetter("category", "scale", "value")
_PARTICIPANT = attrgetter("participant")


def tallies_from_positions(
    positions: Sequence[PositionInput],
    statements: Set[str],
    categories: Set[str],
    excluded: Set[str] = frozenset(),
) -> dict[str, dict[str, Tally]]:
    """Reduce a session's individual positions to one tally per (statement, category).

    The last position of a participant on a statement wins (``positions`` must be in
    chronological order); anonymous positions (participant ``None``) are each counted. Votes
    are counted as integers by C-level counters, so the cost is linear in votes with a small
    constant; tallies are built once per cell. A cell re-voted on another scale keeps its A/N/D
    sums but loses its 5-point histogram.

    Args:
        positions: Recorded positions, oldest first.
        statements: Known statement ids.
        categories: Categories considered.
        excluded: Categories whose positions are dropped (observers).

    Returns:
        Statement id → category code → tally, for cells with at least one position.

    Raises:
        ValueError: On an unknown statement, category or scale, or a value outside its scale.
    """
    # One small dict per statement, participant → latest position: assigning again replaces,
    # which is "latest row wins". Small dicts keyed by one string are about twice as fast as
    # one big dict keyed by (participant, statement) tuples: no tuple per vote, better locality.
    by_statement: defaultdict[str, dict[object, PositionInput]] = defaultdict(dict)
    if None in set(map(_PARTICIPANT, positions)):
        for index, p in enumerate(positions):
            # Anonymous ballots are each counted: give each its own key.
            by_statement[p.statement][p.participant if p.participant is not None else (None, index)] = p
    else:
        for p in positions:
            by_statement[p.statement][p.participant] = p

    out: dict[str, dict[str, Tally]] = {}
    for statement, latest in by_statement.items():
        if statement not in statements:
            raise ValueError(f"position on unknown statement {statement!r}")
        per_category: dict[str, dict[int, list[int]]] = {}
        abstained: Counter[str] = Counter()
        for (category, scale, value), k in Counter(map(_CELL_KEY, latest.values())).items():
            if category in excluded:
                continue
            if category not in categories:
                raise ValueError(f"position in unknown category {category!r}")
            if scale not in SCALES:
                raise ValueError(f"unknown scale {scale!r} on statement {statement!r}")
            by_scale = per_category.setdefault(category, {})
            if value is None:
                # "Je ne me prononce pas" belongs to no scale: it must not make a cell look mixed.
                abstained[category] += k
            elif type(value) is not int or not 1 <= value <= scale:
                raise ValueError(f"position {value!r} outside 1..{scale} on statement {statement!r}")
            else:
                by_scale.setdefault(scale, [0] * scale)[value - 1] += k
        if per_category:
            out[statement] = {c: _cell_tally(by_scale, abstained[c]) for c, by_scale in per_category.items()}
    return out


def _cell_tally(by_scale: dict[int, list[int]], abstained: int) -> Tally:
    if not by_scale:
        return Tally(A=0, N=0, D=0, P=abstained)
    if len(by_scale) == 1:
        ((scale, hist),) = by_scale.items()
        return tally_from_histogram(scale, hist, abstained)
    parts = [tally_from_histogram(scale, hist) for scale, hist in by_scale.items()]
    return Tally(A=sum(t.A for t in parts), N=sum(t.N for t in parts), D=sum(t.D for t in parts), P=abstained)
