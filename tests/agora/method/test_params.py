"""MethodParams: defaults, presets, validation, JSON round trip."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from agora.method import DEFAULT_PARAMS, PRESETS, STRICT_PARAMS, MethodParams


def test_defaults() -> None:
    p = MethodParams()
    assert p == DEFAULT_PARAMS
    assert (p.n_min, p.t_pos, p.t_minor, p.t_gap, p.t_oppose, p.t_unc) == (
        3,
        Fraction(3, 5),
        Fraction(1, 4),
        Fraction(3, 5),
        Fraction(1),
        Fraction(3, 10),
    )
    assert p.require_all_categories is False


def test_strict_preset() -> None:
    assert STRICT_PARAMS.n_min == 5
    assert STRICT_PARAMS.t_pos == Fraction(7, 10)
    assert STRICT_PARAMS.t_minor == Fraction(15, 100)
    assert (STRICT_PARAMS.t_gap, STRICT_PARAMS.t_oppose, STRICT_PARAMS.t_unc) == (
        DEFAULT_PARAMS.t_gap,
        DEFAULT_PARAMS.t_oppose,
        DEFAULT_PARAMS.t_unc,
    )
    assert PRESETS == {"defaut": DEFAULT_PARAMS, "strict": STRICT_PARAMS}


@pytest.mark.parametrize("params", [DEFAULT_PARAMS, STRICT_PARAMS, MethodParams(require_all_categories=True)])
def test_round_trip_through_json(params: MethodParams) -> None:
    data = json.loads(json.dumps(params.to_dict()))
    assert MethodParams.from_dict(data) == params


def test_to_dict_uses_exact_strings() -> None:
    assert DEFAULT_PARAMS.to_dict() == {
        "n_min": 3,
        "t_pos": "3/5",
        "t_minor": "1/4",
        "t_gap": "3/5",
        "t_oppose": "1",
        "t_unc": "3/10",
        "require_all_categories": False,
    }


def test_floats_and_decimals_become_exact() -> None:
    p = MethodParams.from_dict({"t_pos": 0.7, "t_minor": "0.15"})
    assert p.t_pos == Fraction(7, 10)
    assert p.t_minor == Fraction(3, 20)
    assert p.n_min == 3  # missing keys take their default


@pytest.mark.parametrize(
    "data",
    [
        {"n_min": 0},
        {"n_min": 2.0},
        {"n_min": True},
        {"t_pos": "1/2"},
        {"t_pos": 1.2},
        {"t_minor": "3/5"},
        {"t_minor": -0.1},
        {"t_gap": 0},
        {"t_gap": 2.5},
        {"t_oppose": 0},
        {"t_unc": 0},
        {"t_unc": "abc"},
        {"t_unc": float("nan")},
        {"t_pos": None},
        {"require_all_categories": "yes"},
        {"unknown": 1},
    ],
)
def test_invalid_values_raise(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"^(n_min|t_pos|t_minor|t_gap|t_oppose|t_unc|require_all|unknown)"):
        MethodParams.from_dict(data)


def test_from_dict_needs_a_mapping() -> None:
    with pytest.raises(ValueError, match="mapping"):
        MethodParams.from_dict([("n_min", 3)])  # type: ignore[arg-type]


def test_frozen() -> None:
    with pytest.raises(AttributeError):
        DEFAULT_PARAMS.n_min = 4  # type: ignore[misc]
