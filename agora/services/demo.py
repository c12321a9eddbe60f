"""The demo forum: a realistic forum built from the seeds' content, through the services.

A fictional rural communauté de communes meets for one day: four peer-group times (élu·e·s,
agents territoriaux, État, acteurs socio-économiques), then an Agora. The cards take up the
constraints, expectations and commitments that the action research « Coopérer entre
collectivités et acteurs de l’ESS au service d’une transition systémique » reports for its
peer groups, plus cards of the État drawn from its themes (marchés publics, libre concurrence,
temporalité), a few learnings and stories. The Agora's votes are designed so that each label of
the method (METHOD.md) appears at least once; :data:`DEMO_OUTCOMES` lists them in order.

Everything goes through the same services as the interface, so the demo is validated like any
forum. The texts and the answers are fixed; a generator seeded with :data:`DEMO_SEED` only chooses
which participants give the answers and in which order they arrive, so two builds hold the same
texts, the same votes and the same counts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from agora.domain import reference
from agora.domain.kinds import ContributionKind, SessionKind
from agora.services import cards, forums, statements, votes
from agora.storage.store import ForumStore

#: Title of the demo forum.
DEMO_TITLE = "Rencontre des territoires pilotes — forum de démonstration"
#: File name of the demo forum in the library (``agora demo``, ``make run``).
DEMO_FILE_NAME = "Forum de démonstration.agora"

#: Date of the demo forum (and of its relation assessment).
DEMO_DATE = dt.date(2026, 5, 12)

#: Seed of the generator that chooses who votes and in which order.
DEMO_SEED = 2026

#: Participants of each category in the room, as opaque ids ``demo-<category>-<n>``.
PARTICIPANTS_PER_CATEGORY = 8

_VENUE = "Salle des fêtes de Vallières-sur-Aubrelle"
_FACILITATORS = (
    "Animation : équipe d’accompagnement du parcours des territoires pilotes · "
    "co-animation : chargée de mission transitions de la communauté de communes"
)
_TERRITORY = "Communauté de communes des Coteaux de l’Aubrelle"
_ESS_INTEGRATION = (
    "Encore faible : un tissu associatif dense, une SCIC d’énergie citoyenne et un tiers-lieu sur une "
    "ancienne friche, peu associés à la construction de l’action publique"
)
_RELATION_NOTE = (
    "Le tiers-lieu et la SCIC portent des missions confiées par la communauté de communes, "
    "qui attend d’eux une autonomie financière à terme."
)

_CATEGORIES = ("elus", "agents", "etat", "socio")
_PEER_TITLES = {
    "elus": "Temps entre pairs — Élu·e·s",
    "agents": "Temps entre pairs — Agents territoriaux",
    "etat": "Temps entre pairs — État",
    "socio": "Temps entre pairs — Acteurs socio-économiques",
}
#: Which round-table question (index in ``reference.round_table_questions()``) each peer group opens with.
_PEER_QUESTION = {"elus": 0, "agents": 2, "etat": 1, "socio": 3}
_PEER_FRAMING = (
    "Entre pairs : vos vécus, vos spécificités, vos contraintes, vos attentes vis-à-vis des autres "
    "catégories d’acteurs et vos engagements propres."
)
_AGORA_TITLE = "Agora — croiser les regards"
_AGORA_PROMPT = (
    "Croiser entre catégories les apprentissages, les contraintes partagées et les attentes partagées, "
    "pour repérer les consensus et les dissensus liés aux rôles mêmes, et non aux personnes."
)
_PEER_MINUTES = 180
_AGORA_MINUTES = 120

_C = ContributionKind.CONSTRAINT
_E = ContributionKind.EXPECTATION
_K = ContributionKind.COMMITMENT
_L = ContributionKind.LEARNING
_S = ContributionKind.STORY


@dataclass(frozen=True)
class _Card:
    """One card of the demo; ``key`` names it for the statements drawn from it."""

    kind: ContributionKind
    text: str
    target: str | None = None
    principle: int | None = None
    theme: str = ""
    key: str = ""


#: Cards written in each peer group, in board order.
_PEER_CARDS: dict[str, tuple[_Card, ...]] = {
    "elus": (
        _Card(
            _C,
            "Une méfiance du collectif politique sur l’externe",
            principle=1,
            theme="confiance",
            key="mefiance",
        ),
        _Card(_C, "Peur de l’échec", principle=2, theme="prise de risque", key="echec"),
        _Card(
            _C,
            "Un mandat limité dans le temps et peu de disponibilité, avec une activité professionnelle à "
            "côté du mandat",
            principle=1,
            theme="temps",
        ),
        _Card(
            _C,
            "Ne pas être spécialiste des sujets du mandat et se sentir parfois démuni face à la "
            "complexité des enjeux",
            principle=3,
            theme="complexité",
        ),
        _Card(_E, "Apport d’expertises", target="socio", principle=3, theme="expertise"),
        _Card(
            _E,
            "Répondre aux enjeux de la collectivité",
            target="socio",
            principle=3,
            theme="projet de territoire",
        ),
        _Card(
            _E,
            "Dire clairement son intention : s’inscrire dans une action publique cohérente, ou chercher "
            "un financement pour un projet déjà construit",
            target="socio",
            principle=2,
            theme="intentions",
        ),
        _Card(
            _E,
            "Traduire les orientations du mandat en pistes d’action concrètes et nous dire tôt ce qui bloque",
            target="agents",
            principle=2,
            theme="cohérence",
        ),
        _Card(
            _E,
            "Sécuriser juridiquement nos coopérations avec l’ESS plutôt que de nous en dissuader",
            target="etat",
            principle=2,
            theme="marchés publics",
        ),
        _Card(
            _K,
            "Davantage de cohérence entre nos prises de parole : entre élu·e·s, et entre élu·e·s et agents",
            principle=2,
            theme="cohérence",
        ),
        _Card(
            _K,
            "Acter les points de divergence au sein de la majorité plutôt que de les taire",
            principle=2,
            theme="gouvernance",
        ),
        _Card(
            _K,
            "Porter et incarner l’enjeu des transitions, en travaillant les oppositions de principe entre "
            "l’économie et les transitions",
            principle=1,
            theme="économie et transitions",
        ),
        _Card(
            _K,
            "Trouver des « leviers communs » entre l’économie et les transitions",
            principle=3,
            theme="économie et transitions",
        ),
        _Card(
            _S,
            "Au premier festival des transitions, personne n’a compté les bénévoles ni les repas servis, "
            "mais tout le village en parle encore. Tout ce qui compte ne se compte pas toujours mais se "
            "raconte.",
            principle=4,
            theme="récit",
        ),
    ),
    "agents": (
        _Card(
            _C,
            "Des obligations de neutralité et d’obéissance, avec de fortes convictions de service public",
            principle=1,
            theme="posture",
        ),
        _Card(
            _C,
            "Une organisation très hiérarchique, peu encline au management coopératif",
            principle=2,
            theme="management coopératif",
        ),
        _Card(
            _C,
            "Une administration en surcharge : le dialogue avec les acteurs est vécu comme chronophage",
            principle=2,
            theme="temps",
        ),
        _Card(
            _C,
            "Des priorités parfois incohérentes, qui changent avec les priorités du mandat",
            principle=2,
            theme="cohérence",
        ),
        _Card(
            _C,
            "La difficulté à mobiliser des budgets de fonctionnement récurrents, qui pousse à déléguer "
            "les projets",
            principle=4,
            theme="financement",
        ),
        _Card(
            _E,
            "Dépasser la logique de guichet",
            target="socio",
            principle=2,
            theme="relation au financeur",
            key="guichet",
        ),
        _Card(
            _E,
            "Coconstruire des manières d’évaluer les effets positifs et négatifs",
            target="socio",
            principle=4,
            theme="évaluation",
            key="evaluer",
        ),
        _Card(
            _E,
            "Dire tôt quand un projet délégué ne peut pas vivre sans appui public dans la durée",
            target="socio",
            principle=4,
            theme="modèle économique",
        ),
        _Card(
            _E,
            "Inscrire le dialogue avec les acteurs dans nos missions, et clarifier ce qui nous est confié",
            target="elus",
            principle=2,
            theme="missions",
        ),
        _Card(
            _E,
            "Des lectures claires de ce que permettent les marchés réservés et les clauses sociales",
            target="etat",
            principle=2,
            theme="marchés publics",
        ),
        _Card(
            _K,
            "Davantage de cohérence entre les niveaux hiérarchiques de l’administration",
            principle=2,
            theme="cohérence",
        ),
        _Card(
            _K,
            "Impliquer les fonctions supports (achats, finances, juridique) dans les projets avec l’ESS",
            principle=3,
            theme="transversalité",
        ),
        _Card(
            _K,
            "Présenter l’ESS aux services dans toute sa diversité, au-delà des idées reçues sur les "
            "subventions",
            principle=1,
            theme="représentations",
        ),
        _Card(
            _S,
            "Nous avons mis une ancienne friche à la disposition d’un collectif pour en faire un "
            "tiers-lieu, en pensant lui faire un cadeau. Deux ans plus tard, loin des clients et avec des "
            "charges à payer, il nous a dit que l’autonomie financière attendue ne tenait pas : le « "
            "cadeau » se relativise à l’aune de la réalité du marché.",
            principle=2,
            theme="modèle économique",
            key="tiers-lieu",
        ),
    ),
    "etat": (
        _Card(
            _C,
            "Le principe de libre concurrence encadre strictement les aides économiques",
            principle=2,
            theme="libre concurrence",
        ),
        _Card(
            _C,
            "Les règles des marchés publics, mal connues, font craindre des risques juridiques",
            principle=2,
            theme="marchés publics",
        ),
        _Card(
            _C,
            "Une temporalité budgétaire annuelle, décalée du temps long des transitions",
            principle=4,
            theme="temporalité",
        ),
        _Card(
            _C,
            "Des dispositifs nationaux cloisonnés par politique publique",
            principle=3,
            theme="transversalité",
        ),
        _Card(
            _C,
            "Une posture de contrôle attendue de nous, qui laisse peu de place à l’expérimentation",
            principle=2,
            theme="posture",
        ),
        _Card(
            _E,
            "Associer les services de l’État dès l’amont des projets, pas seulement au moment du financement",
            target="elus",
            principle=3,
            theme="gouvernance",
        ),
        _Card(
            _E,
            "Mobiliser les marges que le droit de la commande publique offre déjà : clauses sociales, "
            "marchés réservés",
            target="agents",
            principle=2,
            theme="marchés publics",
            key="marges",
        ),
        _Card(
            _E,
            "Présenter des modèles économiques hybrides lisibles, avec leur part de chiffre d’affaires",
            target="socio",
            principle=4,
            theme="modèle économique",
        ),
        _Card(
            _K,
            "Passer d’une évaluation de contrôle à une évaluation de soutien",
            principle=4,
            theme="évaluation",
        ),
        _Card(
            _K,
            "Faire connaître aux services des collectivités les dispositifs d’appui à l’ESS qui existent "
            "déjà",
            principle=3,
            theme="information",
        ),
        _Card(
            _K,
            "Venir aux temps informels du territoire, pas seulement aux comités de pilotage",
            principle=1,
            theme="convivialité",
        ),
    ),
    "socio": (
        _Card(
            _C,
            "Manque de confiance pour exprimer ses contraintes ou ses difficultés et manque d’espace "
            "institué où la parole vraie peut s’exprimer sans porter préjudice à celui qui agit de façon "
            "transparente",
            principle=2,
            theme="confiance",
        ),
        _Card(
            _C,
            "Des projets délégués sur des marchés non viables, que l’on n’ose pas présenter comme tels à "
            "la personne publique",
            principle=4,
            theme="modèle économique",
        ),
        _Card(
            _C,
            "La crainte d’un nouveau désengagement public quand les élu·e·s qui ont impulsé un projet "
            "s’en éloignent",
            principle=2,
            theme="durée",
        ),
        _Card(
            _C,
            "Une double injonction : servir l’intérêt général et fonctionner sans ressource publique à terme",
            principle=4,
            theme="modèle économique",
        ),
        _Card(
            _E,
            "Bienveillance, autoriser le droit à l’erreur",
            target="elus",
            principle=2,
            theme="droit à l’erreur",
        ),
        _Card(
            _E,
            "Convivialité, rencontres informelles",
            target="elus",
            principle=1,
            theme="convivialité",
            key="convivialite",
        ),
        _Card(_E, "Temps pour les agents", target="elus", principle=2, theme="temps", key="temps-agents"),
        _Card(
            _E,
            "Sortir des rôles d’élus ou d’agents",
            target="elus",
            principle=2,
            theme="posture",
            key="roles",
        ),
        _Card(
            _E,
            "Diffusion d’information et de culture coopérative au sein de leur organisation",
            target="agents",
            principle=2,
            theme="culture coopérative",
        ),
        _Card(
            _E,
            "Organiser des temps réflexifs",
            target="agents",
            principle=2,
            theme="réflexivité",
            key="reflexifs",
        ),
        _Card(
            _E,
            "Des financements qui tiennent dans la durée, compatibles avec les règles de concurrence",
            target="etat",
            principle=4,
            theme="temporalité",
        ),
        _Card(
            _K,
            "Incarner davantage le désir de coopération en interne de nos organisations, parfois très "
            "hiérarchiques, et vis-à-vis de nos pairs",
            principle=2,
            theme="culture coopérative",
        ),
        _Card(
            _K,
            "Adopter une posture de dialogue avec la collectivité et les autres acteurs du territoire",
            principle=2,
            theme="dialogue",
        ),
        _Card(
            _K,
            "Pratiquer une « diplomatie de la transition » : s’ouvrir aux avis divergents, aux personnes "
            "les moins convaincues",
            principle=1,
            theme="dialogue",
        ),
        _Card(_K, "Sortir de l’entre-soi : le statut n’est pas vertu", principle=2, theme="posture"),
        _Card(
            _S,
            "Notre SCIC est née d’une impulsion de la communauté de communes, qui siège à son capital. "
            "Depuis le changement d’équipe, plus aucun élu ne vient aux assemblées générales : nous "
            "hésitons à lancer de nouveaux projets, de peur d’être à nouveau lâchés.",
            principle=2,
            theme="durée",
            key="scic",
        ),
    ),
}

#: Learnings put on the Agora board by each category while crossing their views.
_AGORA_LEARNINGS: tuple[tuple[str, _Card], ...] = (
    (
        "elus",
        _Card(
            _L,
            "Coopérer, ce n’est pas être d’accord sur tout : c’est mettre les différends au travail",
            principle=2,
            theme="coopération",
        ),
    ),
    (
        "agents",
        _Card(
            _L,
            "Une association a un modèle économique hybride, parfois avec une part importante de chiffre "
            "d’affaires",
            principle=1,
            theme="représentations",
        ),
    ),
    (
        "etat",
        _Card(
            _L,
            "Prendre le temps d’évaluer, c’est à terme gagner du temps et gagner en pertinence",
            principle=4,
            theme="évaluation",
        ),
    ),
    (
        "socio",
        _Card(
            _L,
            "La collectivité n’est pas un monobloc : élu·e·s et agents n’ont ni les mêmes contraintes ni "
            "le même temps",
            principle=2,
            theme="interconnaissance",
        ),
    ),
)

#: Individual 5-point answers of one category (None: « ne se prononce pas »).
_Answers = tuple[int | None, ...]
#: A show of hands of one category: présents, pour, contre, abstention.
_Hands = tuple[int, int, int, int]


@dataclass(frozen=True)
class _Statement:
    """A statement of the Agora and the votes designed for it.

    ``outcome`` is the primary label (METHOD.md §1.b) the votes are designed to produce with the
    default parameters. Exactly one of ``answers`` and ``hands`` is given: a statement is voted
    one way in every category.
    """

    outcome: str
    source: str | None = None
    text: str | None = None
    answers: Mapping[str, _Answers] = field(default_factory=dict)
    hands: Mapping[str, _Hands] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if bool(self.answers) == bool(self.hands):
            raise ValueError("a demo statement is voted either by individual answers or by show of hands")


_STATEMENTS: tuple[_Statement, ...] = (
    # Every category agrees (individual votes).
    _Statement(
        "CONSENSUS_POUR",
        source="evaluer",
        answers={
            "elus": (5, 4, 4, 5, 3),
            "agents": (4, 5, 4, 4, 3, 5),
            "etat": (4, 4, 5, 3),
            "socio": (5, 5, 4, 4, 3, 5, None),
        },
    ),
    # Every category agrees (show of hands).
    _Statement(
        "CONSENSUS_POUR",
        source="convivialite",
        hands={"elus": (6, 5, 0, 1), "agents": (7, 6, 0, 1), "etat": (4, 3, 0, 1), "socio": (9, 8, 0, 1)},
    ),
    # Every category agrees despite one dissenting voice here and there.
    _Statement(
        "CONSENSUS_POUR",
        source="reflexifs",
        answers={
            "elus": (4, 5, 4, 4, 2, None),
            "agents": (5, 5, 4, 4, 4, 3, 5),
            "etat": (5, 4, 4, None),
            "socio": (5, 4, 5, 4, 5, 3, 2),
        },
    ),
    # Role-linked dissensus: the élu·e·s reject what the acteurs socio-économiques ask of them.
    _Statement(
        "DISSENSUS_INTER",
        source="roles",
        answers={
            "elus": (1, 2, 2, 1, 4, 3, 2),
            "agents": (4, 3, 3, 2, 4, 3),
            "etat": (4, 3, 3, 4),
            "socio": (5, 5, 4, 4, 5, 2, 4, 5),
        },
    ),
    # Role-linked dissensus the other way: the collectivités' expectation, rejected by its target.
    _Statement(
        "DISSENSUS_INTER",
        source="guichet",
        hands={"elus": (6, 4, 1, 1), "agents": (7, 6, 0, 1), "etat": (4, 3, 0, 1), "socio": (9, 1, 6, 2)},
    ),
    # The élu·e·s are split 40 % / 40 %; the other categories agree.
    _Statement(
        "DIVISE_INTRA",
        text="La collectivité n’a pas le monopole de l’intérêt général sur le territoire",
        answers={
            "elus": (4, 2, 5, 1, 3),
            "agents": (4, 4, 5, 3, 4),
            "etat": (4, 5, 4, None),
            "socio": (5, 4, 4, 5, 3, 4, 4),
        },
    ),
    # The État stands out (it sees margins the others do not), without a for-against opposition.
    _Statement(
        "DIVERGENCE_INTER",
        source="marges",
        text="Le droit de la commande publique offre déjà assez de marges pour coopérer avec l’ESS",
        hands={"elus": (6, 1, 1, 4), "agents": (7, 2, 1, 4), "etat": (4, 3, 0, 1), "socio": (9, 1, 2, 6)},
    ),
    # Many « ne se prononce pas »: few people know what the SCIC status implies.
    _Statement(
        "INCERTAIN",
        source="scic",
        text="Le statut de SCIC rend difficile pour la collectivité un engagement financier dans la durée",
        answers={
            "elus": (4, 3, None, None, 2, 4),
            "agents": (4, None, 3, None, 4, None, 5),
            "etat": (None, 4, 3, None, 4),
            "socio": (4, 2, 3, None, None, None, 4, 3),
        },
    ),
    # Agreement, but only two hands expressed among the État: a consensus without it.
    _Statement(
        "CONSENSUS_POUR_PARTIEL",
        source="temps-agents",
        hands={"elus": (6, 4, 1, 1), "agents": (7, 7, 0, 0), "etat": (4, 1, 0, 1), "socio": (9, 8, 0, 1)},
    ),
    # Every category rejects it: « statut n’est pas vertu ».
    _Statement(
        "CONSENSUS_CONTRE",
        text="Le statut d’une structure de l’ESS suffit à garantir une posture coopérative",
        answers={
            "elus": (2, 1, 1, 2, 3),
            "agents": (1, 2, 2, 1, 4, 2),
            "etat": (2, 1, 2, 3),
            "socio": (2, 2, 1, 4, 1, 2, 3, 1),
        },
    ),
    # Nobody feels strongly about it: many abstentions, a weak lean.
    _Statement(
        "MITIGE",
        source="mefiance",
        hands={"elus": (6, 2, 1, 3), "agents": (7, 3, 1, 3), "etat": (4, 1, 0, 3), "socio": (9, 4, 1, 4)},
    ),
    # A constraint every category recognises as its own.
    _Statement(
        "CONSENSUS_POUR",
        source="echec",
        hands={"elus": (6, 5, 0, 1), "agents": (7, 5, 1, 1), "etat": (4, 3, 0, 1), "socio": (9, 7, 1, 1)},
    ),
)

#: The primary label each Agora statement is designed to show, in statement order.
DEMO_OUTCOMES: tuple[str, ...] = tuple(s.outcome for s in _STATEMENTS)


def participant_id(category: str, number: int) -> str:
    """The opaque id of the ``number``-th demo participant of ``category`` (from 1)."""
    return f"demo-{category}-{number}"


def build_demo(path: Path) -> ForumStore:
    """Create the demo forum at ``path`` and return it open (the caller closes it).

    Raises:
        ValidationError: ``path`` already exists (nothing is touched), or the demo content was
            refused by a service (the half-built file is removed).
    """
    store = forums.create_forum(
        path,
        DEMO_TITLE,
        date=DEMO_DATE,
        venue=_VENUE,
        facilitators=_FACILITATORS,
        categories=_CATEGORIES,
        agenda=_agenda(),
    )
    try:
        _fill(store)
    except BaseException:
        store.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store


def _agenda() -> list[forums.AgendaItem]:
    items = [forums.AgendaItem(SessionKind.PEER_GROUP, _PEER_TITLES[code], code) for code in _CATEGORIES]
    items.append(forums.AgendaItem(SessionKind.AGORA, _AGORA_TITLE))
    return items


def _fill(store: ForumStore) -> None:
    territory = forums.add_territory(
        store,
        _TERRITORY,
        population=18_240,
        stratum="communauté de communes",
        setting="rural",
        region="Centre-Val de Loire",
        maturity="débutant",
        ess_integration=_ESS_INTEGRATION,
    )
    forums.record_relation(store, territory.id, DEMO_DATE, "relations", "quasi_delegation", _RELATION_NOTE)

    questions = reference.round_table_questions()
    peer_sessions: dict[str, str] = {}
    agora_id = ""
    for meeting in forums.list_sessions(store):
        if meeting.category is None:
            agora_id = meeting.id
            forums.update_session(store, meeting.id, prompt=_AGORA_PROMPT, duration_minutes=_AGORA_MINUTES)
        else:
            peer_sessions[meeting.category] = meeting.id
            prompt = f"{questions[_PEER_QUESTION[meeting.category]]}\n{_PEER_FRAMING}"
            forums.update_session(store, meeting.id, prompt=prompt, duration_minutes=_PEER_MINUTES)

    keyed: dict[str, str] = {}
    for category in _CATEGORIES:
        for card in _PEER_CARDS[category]:
            keyed.update(_add(store, peer_sessions[category], category, card))
    for category, card in _AGORA_LEARNINGS:
        keyed.update(_add(store, agora_id, category, card))

    rng = random.Random(DEMO_SEED)
    pools = {
        code: [participant_id(code, n) for n in range(1, PARTICIPANTS_PER_CATEGORY + 1)]
        for code in _CATEGORIES
    }
    for spec in _STATEMENTS:
        source = keyed[spec.source] if spec.source else None
        statement = statements.add_statement(store, agora_id, spec.text, source_card=source)
        for category, (present, pour, contre, abstention) in spec.hands.items():
            votes.record_tally(store, statement.id, category, present, pour, contre, abstention)
        ballots: list[tuple[str, str, int | None]] = []
        for category, answers in spec.answers.items():
            people = rng.sample(pools[category], len(answers))
            ballots.extend(zip([category] * len(answers), people, answers, strict=True))
        rng.shuffle(ballots)  # the answers arrive from the phones in the room's order, not by category
        for category, participant, value in ballots:
            votes.record_position(
                store, statement.id, category, value, participant=participant, channel="phone"
            )


def _add(store: ForumStore, session_id: str, category: str, card: _Card) -> dict[str, str]:
    added = cards.add_card(
        store,
        session_id,
        card.kind.value,
        card.text,
        category=category,
        target=card.target,
        principle=card.principle,
        theme=card.theme,
    )
    return {card.key: added.id} if card.key else {}
