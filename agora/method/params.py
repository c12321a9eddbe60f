"""Thresholds of the consensus/dissensus method (METHOD.md §1.b) and their presets.

Every threshold is an exact :class:`fractions.Fraction` so that a share of exactly 3/5 compares
equal to a threshold of 0.60: with floats, ``3 / 5 >= 0.6`` happens to hold but ``0.1 * 6 >= 0.6``
does not, and a facilitator checking a label by hand must always get the same answer as the app.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from fractions import Fraction
from typing import Any

#: Names of the threshold fields, in the order they are printed in reports.
FRACTION_FIELDS: tuple[str, ...] = ("t_pos", "t_minor", "t_gap", "t_oppose", "t_unc")


def _to_fraction(name: str, value: object) -> Fraction:
    """Convert a stored or typed value to an exact fraction.

    Floats go through their shortest decimal representation, so ``0.7`` becomes ``7/10`` and not
    the binary approximation ``3152519739159347/4503599627370496``.
    """
    if isinstance(value, bool):
        raise ValueError(f"{name}: expected a number, got a boolean")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{name}: expected a finite number, got {value!r}")
        return Fraction(repr(value))
    if isinstance(value, str):
        try:
            return Fraction(value.strip())
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(f"{name}: cannot read {value!r} as a number") from exc
    raise ValueError(f"{name}: expected a number or a string like '3/5', got {type(value).__name__}")


@dataclass(frozen=True)
class MethodParams:
    """The thresholds that turn tallies into stances and labels.

    Instances are immutable and validated on construction; callers must not bypass validation
    with ``object.__setattr__``. Floats and strings given for thresholds are converted to exact
    fractions.

    Attributes:
        n_min: Minimum number of expressed votes (A + N + D) for a category to count.
        t_pos: Share of agreement (or disagreement) needed for a POUR (or CONTRE) stance.
        t_minor: Largest minority share still compatible with POUR/CONTRE; above it on both
            sides the category is DIVISE.
        t_gap: Gap between two categories' mean positions that counts as significant.
        t_oppose: Gap that counts as an outright opposition (DISSENSUS_INTER).
        t_unc: Share of "ne se prononce pas" from which a statement is INCERTAIN.
        require_all_categories: When true, a consensus missing a category is TROP_PEU instead
            of CONSENSUS_*_PARTIEL (the strict COMET reading).
    """

    n_min: int = 3
    t_pos: Fraction = Fraction(3, 5)
    t_minor: Fraction = Fraction(1, 4)
    t_gap: Fraction = Fraction(3, 5)
    t_oppose: Fraction = Fraction(1)
    t_unc: Fraction = Fraction(3, 10)
    require_all_categories: bool = False

    def __post_init__(self) -> None:
        for name in FRACTION_FIELDS:
            # Frozen dataclass: normalising the type needs object.__setattr__, once, here.
            object.__setattr__(self, name, _to_fraction(name, getattr(self, name)))
        self._validate()

    def _validate(self) -> None:
        if isinstance(self.n_min, bool) or not isinstance(self.n_min, int) or self.n_min < 1:
            raise ValueError(f"n_min: expected an integer >= 1, got {self.n_min!r}")
        # t_pos above one half keeps POUR and CONTRE mutually exclusive.
        if not Fraction(1, 2) < self.t_pos <= 1:
            raise ValueError(f"t_pos: expected 1/2 < t_pos <= 1, got {self.t_pos}")
        if not 0 <= self.t_minor < self.t_pos:
            raise ValueError(f"t_minor: expected 0 <= t_minor < t_pos, got {self.t_minor}")
        # Mean positions live in [-1, 1], so gaps live in [0, 2].
        if not 0 < self.t_gap <= 2:
            raise ValueError(f"t_gap: expected 0 < t_gap <= 2, got {self.t_gap}")
        if not 0 < self.t_oppose <= 2:
            raise ValueError(f"t_oppose: expected 0 < t_oppose <= 2, got {self.t_oppose}")
        if not 0 < self.t_unc <= 1:
            raise ValueError(f"t_unc: expected 0 < t_unc <= 1, got {self.t_unc}")
        if not isinstance(self.require_all_categories, bool):
            raise ValueError("require_all_categories: expected a boolean")

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict; thresholds are exact strings such as ``"3/5"``.

        Returns:
            A dict that :meth:`from_dict` turns back into an equal instance.
        """
        out: dict[str, Any] = {"n_min": self.n_min}
        for name in FRACTION_FIELDS:
            out[name] = str(getattr(self, name))
        out["require_all_categories"] = self.require_all_categories
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MethodParams:
        """Build validated parameters from a dict such as the one :meth:`to_dict` returns.

        Missing keys take their default value, so parameters stored by an older version still
        load. Thresholds may be given as ``"3/5"``, ``"0.6"``, ``0.6`` or ``Fraction(3, 5)``.

        Args:
            data: Mapping of parameter names to values.

        Returns:
            The validated parameters.

        Raises:
            ValueError: On an unknown key, a value of the wrong type or a value out of range.
        """
        if not isinstance(data, dict):
            raise ValueError("method parameters must be a mapping")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown method parameters: {', '.join(unknown)}")
        return cls(**data)


#: The product's defaults (METHOD.md §1.b).
DEFAULT_PARAMS = MethodParams()

#: Delphi/COMET practice: 70 % in every group and fewer than 15 % against, 5 votes minimum.
STRICT_PARAMS = MethodParams(n_min=5, t_pos=Fraction(7, 10), t_minor=Fraction(3, 20))

#: Presets offered to facilitators, by their stored code.
PRESETS: dict[str, MethodParams] = {"defaut": DEFAULT_PARAMS, "strict": STRICT_PARAMS}
