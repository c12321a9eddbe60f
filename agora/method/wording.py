"""French wording of the method: labels, stances, glyphs and "Pourquoi ce libellé ?" sentences.

Every user-visible string is a constant marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` extracts it without this package importing Qt. Builders take an optional
``translate(context, text)`` callable: the UI passes ``QCoreApplication.translate``, tests pass
nothing and get the French source text. Placeholders (``{cats}`` …) are filled *after*
translation, so translators keep them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Any

#: Translation context of every string in this package.
CONTEXT = "method"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name must match lupdate's keyword)
    """Mark ``text`` for extraction by pyside6-lupdate without importing Qt.

    Args:
        context: Translation context.
        text: Source (French) text.

    Returns:
        ``text`` unchanged.
    """
    return text


def _identity(context: str, text: str) -> str:
    return text


#: Wording of each label, exactly as the "libellé" column of METHOD.md §1.b.
LABEL_WORDING: dict[str, str] = {
    "TROP_PEU": QT_TRANSLATE_NOOP("method", "Trop peu de votes"),
    "DISSENSUS_INTER": QT_TRANSLATE_NOOP("method", "Dissensus entre catégories"),
    "CONSENSUS_POUR": QT_TRANSLATE_NOOP("method", "Consensus favorable"),
    "CONSENSUS_POUR_PARTIEL": QT_TRANSLATE_NOOP("method", "Consensus favorable [sans : {cats}]"),
    "CONSENSUS_CONTRE": QT_TRANSLATE_NOOP("method", "Consensus de rejet"),
    "CONSENSUS_CONTRE_PARTIEL": QT_TRANSLATE_NOOP("method", "Consensus de rejet [sans : {cats}]"),
    "INCERTAIN": QT_TRANSLATE_NOOP("method", "Incertain (beaucoup de non-réponses)"),
    "DIVISE_INTRA": QT_TRANSLATE_NOOP("method", "Divisé au sein de : {cats}"),
    "DIVERGENCE_INTER": QT_TRANSLATE_NOOP("method", "Écart entre catégories"),
    "MITIGE": QT_TRANSLATE_NOOP("method", "Position peu marquée"),
}

#: DIVERGENCE_INTER when one category stands out from all the others.
DIVERGENCE_STAND_OUT = QT_TRANSLATE_NOOP("method", "Écart entre catégories ({cats} se distingue)")

#: Wording of each stance, for cells and tooltips.
STANCE_WORDING: dict[str, str] = {
    "INSUFFISANT": QT_TRANSLATE_NOOP("method", "Pas assez de votes"),
    "POUR": QT_TRANSLATE_NOOP("method", "Pour"),
    "CONTRE": QT_TRANSLATE_NOOP("method", "Contre"),
    "DIVISE": QT_TRANSLATE_NOOP("method", "Divisé"),
    "MITIGE": QT_TRANSLATE_NOOP("method", "Mitigé"),
}

#: Glyph shown before the counts in a heatmap cell; readable in black and white print.
STANCE_GLYPHS: dict[str, str] = {
    "INSUFFISANT": "·",
    "POUR": "+",
    "CONTRE": "−",
    "DIVISE": "±",
    "MITIGE": "~",
}

#: Badge of a category whose representativeness passes both z-tests at 90 %.
SIGNIFICANT_BADGE = QT_TRANSLATE_NOOP("method", "significatif (90 %)")

#: Title of the pooled list, which must never be read as a consensus between roles.
ROOM_MAJORITY_TITLE = QT_TRANSLATE_NOOP("method", "Majorité de la salle (toutes catégories confondues)")

#: Sentences of the "Pourquoi ce libellé ?" panel, keyed by the ``why`` entry of a reason.
RULE_SENTENCES: dict[str, str] = {
    "rule1": QT_TRANSLATE_NOOP(
        "method",
        "Il faut au moins deux catégories ayant chacune au moins {n_min} votes exprimés ; ici : {valid}.",
    ),
    "rule2_pour_contre": QT_TRANSLATE_NOOP(
        "method", "Les catégories s’opposent : pour chez {pour}, contre chez {contre}."
    ),
    "rule2_gap": QT_TRANSLATE_NOOP(
        "method",
        "L’écart de position entre {high} et {low} vaut {gap}, au moins le seuil d’opposition ({t_oppose}).",
    ),
    "rule3_pour": QT_TRANSLATE_NOOP(
        "method",
        "Toutes les catégories comparables sont pour : dans chacune, au moins {t_pos} d’accord "
        "et au plus {t_minor} de désaccord.",
    ),
    "rule3_contre": QT_TRANSLATE_NOOP(
        "method",
        "Toutes les catégories comparables sont contre : dans chacune, au moins {t_pos} de désaccord "
        "et au plus {t_minor} d’accord.",
    ),
    "rule3_missing": QT_TRANSLATE_NOOP("method", "Pas assez de votes chez : {missing}."),
    "rule3_required": QT_TRANSLATE_NOOP(
        "method",
        "Les catégories comparables sont d’accord, mais {missing} n’a pas assez de votes et le réglage "
        "« toutes les catégories » est activé.",
    ),
    "rule4": QT_TRANSLATE_NOOP(
        "method",
        "{sum_p} personnes sur {total} ne se sont pas prononcées ({u}), au moins le seuil de {t_unc}.",
    ),
    "rule5": QT_TRANSLATE_NOOP(
        "method", "Plus de {t_minor} de pour et plus de {t_minor} de contre au sein de : {divided}."
    ),
    "rule6": QT_TRANSLATE_NOOP(
        "method",
        "L’écart de position entre {high} et {low} vaut {gap}, au moins le seuil de {t_gap}, "
        "sans qu’une catégorie soit pour et une autre contre.",
    ),
    "rule6_stand_out": QT_TRANSLATE_NOOP("method", "{cats} se distingue de toutes les autres catégories."),
    "rule7": QT_TRANSLATE_NOOP(
        "method",
        "Aucune catégorie n’est nettement pour ou contre ni divisée, et aucun écart n’atteint {t_gap}.",
    ),
}

#: Placeholder for an empty list of categories.
NONE_WORD = QT_TRANSLATE_NOOP("method", "aucune")


def format_decimal(value: Fraction | float, digits: int = 2) -> str:
    """Format a number the French way (decimal comma), trimming useless zeros.

    Args:
        value: The number.
        digits: Digits after the comma at most.

    Returns:
        For example ``"0,83"`` or ``"1"``.
    """
    text = f"{float(value):.{digits}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "−")


def format_share(value: Fraction | float) -> str:
    """Format a share as a French percentage with a non-breaking space.

    Args:
        value: Share between 0 and 1.

    Returns:
        For example ``"60 %"`` or ``"83,3 %"``.
    """
    return f"{format_decimal(float(value) * 100, 1)}\u00a0%"


def join_names(
    codes: Sequence[str], names: Mapping[str, str] | None = None, translate: Translate = _identity
) -> str:
    """Join category names for a sentence, falling back to codes.

    Args:
        codes: Category codes, in display order.
        names: Code → display name (the facilitator's labels).
        translate: Translation callable.

    Returns:
        ``"élus, État"``, or the translated word for "none" if ``codes`` is empty.
    """
    if not codes:
        return translate(CONTEXT, NONE_WORD)
    names = names or {}
    return ", ".join(names.get(code, code) for code in codes)


def label_text(
    label: str,
    *,
    missing: Sequence[str] = (),
    divided: Sequence[str] = (),
    stand_out: Sequence[str] = (),
    names: Mapping[str, str] | None = None,
    translate: Translate | None = None,
) -> str:
    """Return the French (or translated) wording of a label.

    Args:
        label: Label code, e.g. ``"CONSENSUS_POUR_PARTIEL"``.
        missing: Categories without enough votes (for the ``_PARTIEL`` labels).
        divided: Divided categories (for DIVISE_INTRA).
        stand_out: Categories that stand out (for DIVERGENCE_INTER).
        names: Code → display name.
        translate: ``translate(context, text)``; defaults to the French source text.

    Returns:
        The wording with its categories filled in.
    """
    tr = translate or _identity
    code = str(label)
    if code == "DIVERGENCE_INTER" and stand_out:
        return tr(CONTEXT, DIVERGENCE_STAND_OUT).format(cats=join_names(stand_out, names, tr))
    template = tr(CONTEXT, LABEL_WORDING[code])
    cats: Sequence[str] = divided if code == "DIVISE_INTRA" else missing
    return template.format(cats=join_names(cats, names, tr)) if "{cats}" in template else template


def _fmt(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    return format_share(value) if kind == "share" else format_decimal(value)


def rule_sentence(
    reason: Mapping[str, Any],
    names: Mapping[str, str] | None = None,
    translate: Translate | None = None,
) -> str:
    """Build the "Pourquoi ce libellé ?" sentence from a machine-readable reason.

    Args:
        reason: The ``reason`` dict of a verdict's rule.
        names: Code → display name.
        translate: ``translate(context, text)``; defaults to the French source text.

    Returns:
        One or two French sentences quoting the numbers behind the label.
    """
    tr = translate or _identity

    def sentence(key: str, **values: Any) -> str:
        return tr(CONTEXT, RULE_SENTENCES[key]).format(**values)

    def cats(codes: Sequence[str]) -> str:
        return join_names(codes, names, tr)

    th = reason.get("thresholds", {})
    why = reason["why"]
    if why == "rule1":
        return sentence("rule1", n_min=th["n_min"], valid=cats(reason["valid"]))
    if why == "rule2":
        parts = []
        if reason["pour"] and reason["contre"]:
            parts.append(
                sentence("rule2_pour_contre", pour=cats(reason["pour"]), contre=cats(reason["contre"]))
            )
        if reason["max_gap"] is not None and reason["oppose_reached"]:
            high, low = reason["max_gap_pair"]
            parts.append(
                sentence(
                    "rule2_gap",
                    high=cats([high]),
                    low=cats([low]),
                    gap=_fmt(reason["max_gap"], "num"),
                    t_oppose=_fmt(th["t_oppose"], "num"),
                )
            )
        return " ".join(parts)
    if why == "rule3":
        if reason["blocked_by_require_all"]:
            return sentence("rule3_required", missing=cats(reason["missing"]))
        key = "rule3_pour" if reason["stance"] == "POUR" else "rule3_contre"
        text = sentence(key, t_pos=_fmt(th["t_pos"], "share"), t_minor=_fmt(th["t_minor"], "share"))
        if reason["missing"]:
            text += " " + sentence("rule3_missing", missing=cats(reason["missing"]))
        return text
    if why == "rule4":
        return sentence(
            "rule4",
            sum_p=reason["sum_p"],
            total=reason["sum_total"],
            u=_fmt(reason["u"], "share"),
            t_unc=_fmt(th["t_unc"], "share"),
        )
    if why == "rule5":
        return sentence("rule5", t_minor=_fmt(th["t_minor"], "share"), divided=cats(reason["divided"]))
    if why == "rule6":
        high, low = reason["max_gap_pair"]
        text = sentence(
            "rule6",
            high=cats([high]),
            low=cats([low]),
            gap=_fmt(reason["max_gap"], "num"),
            t_gap=_fmt(th["t_gap"], "num"),
        )
        if reason["stand_out"]:
            text += " " + sentence("rule6_stand_out", cats=cats(reason["stand_out"]))
        return text
    return sentence("rule7", t_gap=_fmt(th["t_gap"], "num"))
