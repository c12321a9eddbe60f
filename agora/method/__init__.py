"""Consensus and dissensus between roles (METHOD.md): pure functions, no database, no Qt.

Start with :func:`analyse` for a whole session, or :func:`judge_statement` for one statement.
"""

from __future__ import annotations

from agora.method.analysis import Analysis, CategoryMetrics, RankedList, StatementAnalysis, analyse
from agora.method.inputs import (
    AgoraInput,
    CategoryInfo,
    CommitmentCard,
    ExpectationCard,
    HandTally,
    LabelOverride,
    PositionInput,
    StatementInput,
)
from agora.method.label import CONSENSUS_LABELS, Label, RuleExplanation, StatementVerdict, judge_statement
from agora.method.matrices import (
    AcceptanceCell,
    CategoryMatrix,
    ExpectationMatrix,
    ExpectationOverlay,
    HeatCell,
    HeatRow,
    PairAgreement,
    category_matrix,
    expectation_matrix,
    heat_row,
)
from agora.method.ordinal import Leik, cns, leik, polarization, van_der_eijk
from agora.method.params import DEFAULT_PARAMS, PRESETS, STRICT_PARAMS, MethodParams
from agora.method.repness import Repness, prop_test, repness_side, representativeness, two_prop_test
from agora.method.stance import Stance, stance
from agora.method.tally import Tally, tally_from_hands, tally_from_histogram, tally_from_positions
from agora.method.wording import QT_TRANSLATE_NOOP, label_text, rule_sentence

__all__ = [
    "CONSENSUS_LABELS",
    "DEFAULT_PARAMS",
    "PRESETS",
    "QT_TRANSLATE_NOOP",
    "STRICT_PARAMS",
    "AcceptanceCell",
    "AgoraInput",
    "Analysis",
    "CategoryInfo",
    "CategoryMatrix",
    "CategoryMetrics",
    "CommitmentCard",
    "ExpectationCard",
    "ExpectationMatrix",
    "ExpectationOverlay",
    "HandTally",
    "HeatCell",
    "HeatRow",
    "Label",
    "LabelOverride",
    "Leik",
    "MethodParams",
    "PairAgreement",
    "PositionInput",
    "RankedList",
    "Repness",
    "RuleExplanation",
    "Stance",
    "StatementAnalysis",
    "StatementInput",
    "StatementVerdict",
    "Tally",
    "analyse",
    "category_matrix",
    "cns",
    "expectation_matrix",
    "heat_row",
    "judge_statement",
    "label_text",
    "leik",
    "polarization",
    "prop_test",
    "repness_side",
    "representativeness",
    "rule_sentence",
    "stance",
    "tally_from_hands",
    "tally_from_histogram",
    "tally_from_positions",
    "two_prop_test",
    "van_der_eijk",
]
