"""What the Agora screen writes about the method: stances, counts, labels, groups, parameters.

The core's French wording (``agora.method.wording``, context ``method``) is reused through Qt's
translator; the few screen-only strings are marked here with ``QT_TRANSLATE_NOOP`` in the
``AgoraTexts`` context. Numbers are written the French way (decimal comma, « 60 % »).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from agora.i18n import QT_TRANSLATE_NOOP
from agora.method import DEFAULT_PARAMS, PRESETS, Label, MethodParams, Stance, StatementAnalysis, Tally
from agora.method import wording as core_wording
from ui.translations import qt_translate

CONTEXT = "AgoraTexts"

#: Glyph before a stance: the cell reads in black and white and for every colour vision.
GLYPHS: dict[Stance, str] = {
    Stance.POUR: "✔",
    Stance.CONTRE: "✖",
    Stance.DIVISE: "⇅",
    Stance.MITIGE: "~",
    Stance.INSUFFISANT: "…",
}

#: Short stance words for the cells (the core's wording is used in sentences).
_SHORT_STANCES: dict[Stance, str] = {
    Stance.POUR: QT_TRANSLATE_NOOP("AgoraTexts", "Pour"),
    Stance.CONTRE: QT_TRANSLATE_NOOP("AgoraTexts", "Contre"),
    Stance.DIVISE: QT_TRANSLATE_NOOP("AgoraTexts", "Divisé"),
    Stance.MITIGE: QT_TRANSLATE_NOOP("AgoraTexts", "Mitigé"),
    Stance.INSUFFISANT: QT_TRANSLATE_NOOP("AgoraTexts", "Insuffisant"),
}

#: Titles of the heatmap's row groups and of the ranked lists, by the analysis' names.
GROUP_TITLES: dict[str, str] = {
    "consensus": QT_TRANSLATE_NOOP("AgoraTexts", "Points de consensus"),
    "dissensus": QT_TRANSLATE_NOOP("AgoraTexts", "Dissensus entre rôles"),
    "divisions": QT_TRANSLATE_NOOP("AgoraTexts", "Divisions internes"),
    "incertitudes": QT_TRANSLATE_NOOP("AgoraTexts", "Incertitudes"),
    "mitige": QT_TRANSLATE_NOOP("AgoraTexts", "Positions peu marquées"),
    "trop_peu": QT_TRANSLATE_NOOP("AgoraTexts", "Trop peu de votes"),
    "specifique": QT_TRANSLATE_NOOP("AgoraTexts", "Spécifique à une catégorie"),
    "majorite": QT_TRANSLATE_NOOP("AgoraTexts", "Majorité de la salle — ne tient pas compte des rôles"),
}

#: How each parameter is named in the "parameters changed" note.
PARAM_NAMES: dict[str, str] = {
    "n_min": QT_TRANSLATE_NOOP("AgoraTexts", "votes exprimés minimum par catégorie {value}"),
    "t_pos": QT_TRANSLATE_NOOP("AgoraTexts", "seuil de position {value}"),
    "t_minor": QT_TRANSLATE_NOOP("AgoraTexts", "minorité tolérée {value}"),
    "t_gap": QT_TRANSLATE_NOOP("AgoraTexts", "écart significatif {value}"),
    "t_oppose": QT_TRANSLATE_NOOP("AgoraTexts", "écart d’opposition {value}"),
    "t_unc": QT_TRANSLATE_NOOP("AgoraTexts", "seuil d’incertitude {value}"),
    "require_all_categories": QT_TRANSLATE_NOOP("AgoraTexts", "toutes les catégories exigées"),
}

#: Names of the presets, by their stored code.
PRESET_NAMES: dict[str, str] = {
    "defaut": QT_TRANSLATE_NOOP("AgoraTexts", "Par défaut"),
    "strict": QT_TRANSLATE_NOOP("AgoraTexts", "Strict"),
}

#: Parameters written as shares (« 60 % ») rather than as numbers (« 0,6 »).
SHARE_PARAMS = frozenset({"t_pos", "t_minor", "t_unc"})


# lupdate does not see literal translate() calls in a module that defines its own tr():
# these are marked with their context explicitly.
_CELL = QT_TRANSLATE_NOOP("AgoraTexts", "{stance} · n={n}\n{counts}")
_COUNTS = QT_TRANSLATE_NOOP("AgoraTexts", "{name} : {stance} — {a} pour, {n_} neutre(s), {d} contre")
_SILENT = QT_TRANSLATE_NOOP("AgoraTexts", ", {p} ne se prononce(nt) pas")
_N_AND_S = QT_TRANSLATE_NOOP("AgoraTexts", " (n = {n}, position {s})")
_CHANGED_PRESET = QT_TRANSLATE_NOOP("AgoraTexts", "Paramètres modifiés (préréglage « {preset} ») : {changes}")
_CHANGED = QT_TRANSLATE_NOOP("AgoraTexts", "Paramètres modifiés : {changes}")


def tr(text: str) -> str:
    """Translate a screen string of this module's context."""
    return QCoreApplication.translate(CONTEXT, text)


def decimal(value: Fraction | float | None, digits: int = 2) -> str:
    """« 0,83 », or « — » for an undefined number."""
    return "—" if value is None else core_wording.format_decimal(value, digits)


def signed(value: Fraction | float | None) -> str:
    """A mean position with its sign: « +0,5 », « −1 », « 0 »."""
    if value is None:
        return "—"
    text = core_wording.format_decimal(value)
    return "+" + text if float(value) > 0 else text


def share(value: Fraction | float | None) -> str:
    """« 60 % », or « — »."""
    return "—" if value is None else core_wording.format_share(value)


def percent(value: Fraction | float | None) -> str:
    """A share as a whole percentage, « 71 % » (tables), or « — »."""
    return "—" if value is None else f"{round(float(value) * 100)}\u00a0%"


def stance_word(stance: Stance) -> str:
    """The short word of a stance (« Pour », « Insuffisant »)."""
    return tr(_SHORT_STANCES[stance])


def stance_badge(stance: Stance) -> str:
    """Glyph and word: « ✔ Pour »."""
    return f"{GLYPHS[stance]} {stance_word(stance)}"


def counts_text(tally: Tally) -> str:
    """Pour/neutres/contre, then the people who did not answer: « 4/1/1 (+2) »."""
    extra = f" (+{tally.P})" if tally.P else ""
    return f"{tally.A}/{tally.N}/{tally.D}{extra}"


def cell_text(stance: Stance, tally: Tally) -> str:
    """The two lines of a heatmap cell: stance and n, then the counts."""
    return tr(_CELL).format(
        stance=stance_badge(stance), n=tally.n, counts=counts_text(tally)
    )


def counts_sentence(name: str, stance: Stance, tally: Tally) -> str:
    """A category's stance and counts in words, for tooltips and the ranked lists."""
    text = tr(_COUNTS).format(name=name, stance=stance_badge(stance), a=tally.A, n_=tally.N, d=tally.D)
    if tally.P:
        text += tr(_SILENT).format(p=tally.P)
    return text + tr(_N_AND_S).format(
        n=tally.n, s=signed(tally.s)
    )


def label_wording(item: StatementAnalysis, names: Mapping[str, str], label: Label | None = None) -> str:
    """The wording of a statement's label (the shown one by default), categories filled in."""
    v = item.verdict
    return core_wording.label_text(
        label or item.label,
        missing=v.insufficient,
        divided=v.divided,
        stand_out=v.stand_out,
        names=names,
        translate=qt_translate,
    )


def group_title(name: str) -> str:
    """Title of a heatmap group or a ranked list."""
    return tr(GROUP_TITLES.get(name, name))


def param_value(name: str, params: MethodParams) -> str:
    """One parameter's value as the facilitator reads it."""
    value = getattr(params, name)
    if name == "n_min":
        return str(value)
    return share(value) if name in SHARE_PARAMS else decimal(value)


def preset_of(params: MethodParams) -> str | None:
    """The preset code ``params`` equals, if any."""
    return next((code for code, preset in PRESETS.items() if preset == params), None)


def params_changes(params: MethodParams) -> list[str]:
    """Each parameter that differs from the defaults, named with its value."""
    changes = []
    for name in ("t_pos", "t_minor", "n_min", "t_gap", "t_oppose", "t_unc"):
        if getattr(params, name) != getattr(DEFAULT_PARAMS, name):
            changes.append(tr(PARAM_NAMES[name]).format(value=param_value(name, params)))
    if params.require_all_categories != DEFAULT_PARAMS.require_all_categories:
        changes.append(tr(PARAM_NAMES["require_all_categories"]))
    return changes


def params_note(params: MethodParams) -> str:
    """« Paramètres modifiés : seuil de position 70 %… », or "" with the defaults."""
    changes = params_changes(params)
    if not changes:
        return ""
    preset = preset_of(params)
    if preset is not None:
        return tr(_CHANGED_PRESET).format(preset=tr(PRESET_NAMES[preset]), changes=", ".join(changes))
    return tr(_CHANGED).format(
        changes=", ".join(changes)
    )
