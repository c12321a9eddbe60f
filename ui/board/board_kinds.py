"""The kinds of card as the board shows them: column order, singular names, shortcuts.

Column titles reuse the core's plural labels (``CONTRIBUTION_KIND_LABELS``, context « kinds »);
the capture bar names the kind being typed in the singular.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agora.domain.kinds import CONTRIBUTION_KIND_LABELS, ContributionKind

#: The board's columns, left to right (the core's board order).
BOARD_KINDS: tuple[str, ...] = tuple(kind.value for kind in CONTRIBUTION_KIND_LABELS)

EXPECTATION = ContributionKind.EXPECTATION.value

#: What the capture bar says is being typed (French source, context « board_kinds »).
_SINGULAR = {
    ContributionKind.CONSTRAINT.value: QT_TRANSLATE_NOOP("board_kinds", "Contrainte / frein"),
    ContributionKind.EXPECTATION.value: QT_TRANSLATE_NOOP("board_kinds", "Attente vis-à-vis de"),
    ContributionKind.COMMITMENT.value: QT_TRANSLATE_NOOP("board_kinds", "Engagement"),
    ContributionKind.LEARNING.value: QT_TRANSLATE_NOOP("board_kinds", "Apprentissage"),
    ContributionKind.STORY.value: QT_TRANSLATE_NOOP("board_kinds", "Récit"),
}

#: The letter that makes « Attente vis-à-vis de … » target a default category (Alt+letter).
TARGET_LETTERS = {"elus": "E", "agents": "A", "etat": "T", "socio": "S"}


def singular_label(kind: str) -> str:
    """« Contrainte / frein », « Engagement »… in the interface language."""
    source = _SINGULAR.get(kind)
    return QCoreApplication.translate("board_kinds", source) if source else kind


def kind_shortcut(kind: str) -> str:
    """« Alt+1 » … « Alt+5 »: the key that makes the capture bar type this kind."""
    return f"Alt+{BOARD_KINDS.index(kind) + 1}"
