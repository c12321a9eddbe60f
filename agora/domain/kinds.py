"""The closed vocabularies of the domain: kinds of session, card, scale and relation."""

from __future__ import annotations

from enum import StrEnum

from agora.i18n import QT_TRANSLATE_NOOP


class SessionKind(StrEnum):
    """A peer group meets one category among its peers; the Agora crosses all of them."""

    PEER_GROUP = "peer_group"
    AGORA = "agora"


class ContributionKind(StrEnum):
    """The kinds of card written during a session (DESIGN.md §2)."""

    CONSTRAINT = "constraint"
    EXPECTATION = "expectation"
    COMMITMENT = "commitment"
    LEARNING = "learning"
    STORY = "story"


#: French labels of the card kinds, in board order.
CONTRIBUTION_KIND_LABELS: dict[ContributionKind, str] = {
    ContributionKind.CONSTRAINT: QT_TRANSLATE_NOOP("kinds", "Contraintes / freins"),
    ContributionKind.EXPECTATION: QT_TRANSLATE_NOOP("kinds", "Attentes vis-à-vis des autres"),
    ContributionKind.COMMITMENT: QT_TRANSLATE_NOOP("kinds", "Engagements"),
    ContributionKind.LEARNING: QT_TRANSLATE_NOOP("kinds", "Apprentissages"),
    ContributionKind.STORY: QT_TRANSLATE_NOOP("kinds", "Récits"),
}

#: The two answer scales of a position.
SCALES = (3, 5)

#: French wording of the 5-point scale, value 1..5.
SCALE5_LABELS = (
    QT_TRANSLATE_NOOP("kinds", "Pas du tout d’accord"),
    QT_TRANSLATE_NOOP("kinds", "Plutôt pas d’accord"),
    QT_TRANSLATE_NOOP("kinds", "Ni l’un ni l’autre"),
    QT_TRANSLATE_NOOP("kinds", "Plutôt d’accord"),
    QT_TRANSLATE_NOOP("kinds", "Tout à fait d’accord"),
)

#: French wording of the 3-point scale, value 1..3.
SCALE3_LABELS = (
    QT_TRANSLATE_NOOP("kinds", "Contre"),
    QT_TRANSLATE_NOOP("kinds", "Abstention / neutre"),
    QT_TRANSLATE_NOOP("kinds", "Pour"),
)

#: The answer that counts as present but not expressed.
NO_OPINION_LABEL = QT_TRANSLATE_NOOP("kinds", "Ne se prononce pas")

#: Principles are numbered 1..4 (reference data in resources/reference/principles.json).
PRINCIPLES = (1, 2, 3, 4)
