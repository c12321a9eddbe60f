"""French wording printed in the documents, marked for translation (context ``reports``).

Placeholders (``{n}``, ``{name}``…) are filled after translation, so translators keep them.
The method's own wording (labels, stances) comes from :mod:`agora.method.wording`.
"""

from __future__ import annotations

from agora.i18n import QT_TRANSLATE_NOOP

CONTEXT = "reports"

# Document titles and footers.
SUMMARY_TITLE = QT_TRANSLATE_NOOP("reports", "Compte rendu — {session}")
HANDOUTS_TITLE = QT_TRANSLATE_NOOP("reports", "Livrets par catégorie — {forum}")
HANDOUT_TITLE = QT_TRANSLATE_NOOP("reports", "Livret — {category}")
HANDOUT_FOOTER = QT_TRANSLATE_NOOP("reports", "Livret — {category} — {forum}")
POSTER_TITLE = QT_TRANSLATE_NOOP("reports", "Affiche de l’Agora — {forum}")
SUMMARY_SUBJECT = QT_TRANSLATE_NOOP("reports", "Compte rendu du temps « {session} » du forum « {forum} »")
HANDOUTS_SUBJECT = QT_TRANSLATE_NOOP(
    "reports", "Ce que les catégories attendent les unes des autres, engagements, consensus et dissensus"
)
POSTER_SUBJECT = QT_TRANSLATE_NOOP("reports", "Points de consensus et de dissensus entre rôles")
DEFAULT_AUTHOR = QT_TRANSLATE_NOOP("reports", "Agora")
PRINTED_ON = QT_TRANSLATE_NOOP("reports", "Imprimé le {date}")

# Facts of the title block.
FACT_FORUM = QT_TRANSLATE_NOOP("reports", "Forum")
FACT_DATE = QT_TRANSLATE_NOOP("reports", "Date")
FACT_VENUE = QT_TRANSLATE_NOOP("reports", "Lieu")
FACT_TERRITORY = QT_TRANSLATE_NOOP("reports", "Territoire")
FACT_FACILITATORS = QT_TRANSLATE_NOOP("reports", "Animation")
FACT_CATEGORY = QT_TRANSLATE_NOOP("reports", "Catégorie")
FACT_SESSION = QT_TRANSLATE_NOOP("reports", "Temps")
FACT_PROMPT = QT_TRANSLATE_NOOP("reports", "Consigne")
FACT_SEPARATOR = QT_TRANSLATE_NOOP("reports", "{name}\u00a0:")

# Cards.
CARD_COUNT = QT_TRANSLATE_NOOP("reports", "{n} cartes")
CARD_COUNT_ONE = QT_TRANSLATE_NOOP("reports", "1 carte")
NO_CARDS = QT_TRANSLATE_NOOP("reports", "Aucune carte n’a été écrite pendant ce temps.")
COLUMN_NUMBER = QT_TRANSLATE_NOOP("reports", "N°")
COLUMN_CARD = QT_TRANSLATE_NOOP("reports", "Carte")
COLUMN_MARKS = QT_TRANSLATE_NOOP("reports", "Principe, thème")
TOWARD = QT_TRANSLATE_NOOP("reports", "Vers {name}")
PRINCIPLE_TAG = QT_TRANSLATE_NOOP("reports", "Principe {n}")
PRINCIPLES_TITLE = QT_TRANSLATE_NOOP("reports", "Les principes directeurs")

# Agora summary.
AT_A_GLANCE = QT_TRANSLATE_NOOP("reports", "En bref")
STATEMENT_COUNT = QT_TRANSLATE_NOOP("reports", "{n} énoncés soumis à l’Agora")
CROSS_TITLE = QT_TRANSLATE_NOOP("reports", "Ce que chaque catégorie a apporté")
CROSS_INTRO = QT_TRANSLATE_NOOP(
    "reports",
    "Le tableau croisé des temps entre pairs : contraintes et freins, attentes vis-à-vis des autres "
    "catégories et engagements de chaque catégorie d’acteurs.",
)
CROSS_CORNER = QT_TRANSLATE_NOOP("reports", "Acteurs")
CROSS_CONSTRAINTS = QT_TRANSLATE_NOOP("reports", "Contraintes / freins")
CROSS_EXPECTATIONS = QT_TRANSLATE_NOOP("reports", "Attentes vis-à-vis des autres catégories")
CROSS_COMMITMENTS = QT_TRANSLATE_NOOP("reports", "Engagements")
CROSS_MORE = QT_TRANSLATE_NOOP(
    "reports", "… et {n} autres cartes (voir les comptes rendus des temps entre pairs)"
)
CROSS_TARGET = QT_TRANSLATE_NOOP("reports", "{name}\u00a0:")
LIST_CONSENSUS = QT_TRANSLATE_NOOP("reports", "Points de consensus")
LIST_DISSENSUS = QT_TRANSLATE_NOOP("reports", "Dissensus entre rôles")
LIST_DIVISIONS = QT_TRANSLATE_NOOP("reports", "Divisions internes")
LIST_UNCERTAIN = QT_TRANSLATE_NOOP("reports", "Incertitudes")
LIST_OTHERS = QT_TRANSLATE_NOOP("reports", "Autres énoncés")
LIST_EMPTY = QT_TRANSLATE_NOOP("reports", "Aucun énoncé.")
LISTS_LEGEND = QT_TRANSLATE_NOOP(
    "reports",
    "Après chaque catégorie : sa position, puis entre parenthèses les votes pour, neutres et contre, "
    "et n, le nombre de votes exprimés ; « sans avis » compte les personnes qui ne se prononcent pas.",
)
COUNTS = QT_TRANSLATE_NOOP("reports", "{a} pour, {n_neutral} {neutral}, {d} contre")
NEUTRAL_ONE = QT_TRANSLATE_NOOP("reports", "neutre")
NEUTRAL_MANY = QT_TRANSLATE_NOOP("reports", "neutres")
NO_OPINION = QT_TRANSLATE_NOOP("reports", "{p} sans avis")
EXPRESSED = QT_TRANSLATE_NOOP("reports", "n\u00a0=\u00a0{n}")
SIDES = QT_TRANSLATE_NOOP("reports", "Pour : {pour} — contre : {contre}")
MAX_GAP = QT_TRANSLATE_NOOP("reports", "écart maximal {gap} entre {high} et {low}")
STAND_OUT = QT_TRANSLATE_NOOP("reports", "{names} se distingue")
OVERRIDDEN = QT_TRANSLATE_NOOP("reports", "libellé fixé par l’animation (calcul : {computed})")
OVERRIDE_NOTE = QT_TRANSLATE_NOOP("reports", "Note de l’animation : {note}")
HEATMAP_TITLE = QT_TRANSLATE_NOOP("reports", "Carte des positions : énoncés × catégories")
HEATMAP_INTRO = QT_TRANSLATE_NOOP(
    "reports",
    "Chaque case donne la position moyenne d’une catégorie (de −1, contre, à +1, pour), son signe, "
    "puis les votes pour / neutres / contre et n. Hachurée : pas assez de votes pour conclure.",
)
COLUMN_STATEMENT = QT_TRANSLATE_NOOP("reports", "Énoncé et libellé")
GLYPH_LEGEND = QT_TRANSLATE_NOOP(
    "reports", "Signes : + pour, − contre, ± divisé, ~ mitigé, · pas assez de votes (case hachurée)."
)
SCALE_AGAINST = QT_TRANSLATE_NOOP("reports", "−1 contre")
SCALE_NEUTRAL = QT_TRANSLATE_NOOP("reports", "0")
SCALE_FOR = QT_TRANSLATE_NOOP("reports", "+1 pour")
SCALE_INSUFFICIENT = QT_TRANSLATE_NOOP("reports", "pas assez de votes")
ROW_BADGE = QT_TRANSLATE_NOOP("reports", "accord pondéré {gic} · écart max. {gap}")
M2_TITLE = QT_TRANSLATE_NOOP("reports", "Accord entre catégories")
M2_INTRO = QT_TRANSLATE_NOOP(
    "reports",
    "Pour chaque paire : l’accord (1 = mêmes positions, 0 = positions opposées), le nombre "
    "d’énoncés où l’une est pour et l’autre contre (opp.) et le nombre d’énoncés comparés (m). "
    "Sur la diagonale : la cohésion interne de la catégorie.",
)
M2_CELL = QT_TRANSLATE_NOOP("reports", "opp.\u00a0{opp} · m\u00a0=\u00a0{m}")
M2_PEARSON = QT_TRANSLATE_NOOP("reports", "r\u00a0=\u00a0{r}")
M2_COHESION = QT_TRANSLATE_NOOP("reports", "cohésion")
M3_TITLE = QT_TRANSLATE_NOOP("reports", "Attentes croisées")
M3_INTRO = QT_TRANSLATE_NOOP(
    "reports",
    "Nombre de cartes d’attente de chaque catégorie (ligne) envers chaque autre (colonne), et "
    "combien ont reçu un engagement en réponse. Sur la diagonale : les engagements propres.",
)
M3_CORNER = QT_TRANSLATE_NOOP("reports", "De ↓ / vers →")
M3_EMITTED = QT_TRANSLATE_NOOP("reports", "Émises")
M3_RECEIVED = QT_TRANSLATE_NOOP("reports", "Reçues")
M3_COVERED = QT_TRANSLATE_NOOP("reports", "dont {n} avec réponse")
M3_NO_LINKS = QT_TRANSLATE_NOOP(
    "reports", "Aucun engagement n’a encore été relié à l’attente à laquelle il répond."
)
M3_OWN = QT_TRANSLATE_NOOP("reports", "{n} engagements")
M3_VOTED = QT_TRANSLATE_NOOP(
    "reports", "votées\u00a0: {voted} — acceptées\u00a0{accepted}, rejetées\u00a0{rejected}"
)
M3_RECIPROCITY = QT_TRANSLATE_NOOP("reports", "Réciprocité des attentes")
M3_LINKED = QT_TRANSLATE_NOOP(
    "reports", "Attente soutenue par {source} et rejetée par {target}, à qui elle s’adresse"
)
AGORA_CARDS = QT_TRANSLATE_NOOP("reports", "Apprentissages et récits de l’Agora")
METHOD_TITLE = QT_TRANSLATE_NOOP("reports", "Note de méthode")
METHOD_NOTE = QT_TRANSLATE_NOOP(
    "reports",
    "Chaque catégorie pèse autant, quel que soit le nombre de ses membres présents : l’Agora "
    "cherche les accords et désaccords entre rôles, pas entre personnes. Une catégorie prend "
    "position quand au moins {n_min} de ses membres s’expriment : « pour » si au moins {t_pos} "
    "sont d’accord et au plus {t_minor} en désaccord (et inversement pour « contre ») ; "
    "« divisée » si plus de {t_minor} sont de chaque côté. Deux catégories s’écartent quand "
    "leurs positions moyennes diffèrent d’au moins {t_gap} (sur une échelle de −1 à +1) et "
    "s’opposent à partir de {t_oppose}. Un énoncé est « incertain » quand au moins {t_unc} des "
    "personnes ne se prononcent pas.",
)
METHOD_REQUIRE_ALL = QT_TRANSLATE_NOOP(
    "reports", "Réglage strict : un consensus doit réunir toutes les catégories."
)
METHOD_SMALL_GROUPS = QT_TRANSLATE_NOOP(
    "reports",
    "Avec 3 à 6 personnes par catégorie, une seule voix déplace une part de 17 à 33 points : "
    "lisez toujours les libellés avec les votes qui les fondent.",
)
THRESHOLDS_TITLE = QT_TRANSLATE_NOOP("reports", "Seuils utilisés")
NO_AGORA = QT_TRANSLATE_NOOP("reports", "L’Agora n’a pas encore été analysée : aucun énoncé voté.")

# Handouts.
HANDOUT_EXPECTED = QT_TRANSLATE_NOOP("reports", "Ce que les autres catégories attendent de vous")
HANDOUT_FROM = QT_TRANSLATE_NOOP("reports", "{name}\u00a0:")
HANDOUT_COMMITMENTS = QT_TRANSLATE_NOOP("reports", "Vos engagements")
HANDOUT_CONSENSUS = QT_TRANSLATE_NOOP("reports", "Points de consensus qui vous concernent")
HANDOUT_DISSENSUS = QT_TRANSLATE_NOOP("reports", "Points de dissensus qui vous concernent")
HANDOUT_YOUR_STANCE = QT_TRANSLATE_NOOP("reports", "Vous : {stance}")
HANDOUT_NOTHING = QT_TRANSLATE_NOOP("reports", "Rien pour l’instant.")
HANDOUT_MORE = QT_TRANSLATE_NOOP("reports", "… et {n} autres : voir le compte rendu de l’Agora.")
QR_LINK = QT_TRANSLATE_NOOP("reports", "Scannez pour retrouver la page du forum.")
QR_OFFLINE = QT_TRANSLATE_NOOP(
    "reports", "Scannez pour garder l’essentiel de ce livret sur votre téléphone, sans réseau."
)
QR_EXPECTED = QT_TRANSLATE_NOOP("reports", "Attendu de vous")
QR_COMMITMENTS = QT_TRANSLATE_NOOP("reports", "Vos engagements")
QR_CONSENSUS = QT_TRANSLATE_NOOP("reports", "Consensus")
QR_DISSENSUS = QT_TRANSLATE_NOOP("reports", "Dissensus")

# Poster.
POSTER_HEADING = QT_TRANSLATE_NOOP("reports", "Agora")
POSTER_CONSENSUS = QT_TRANSLATE_NOOP("reports", "Points de consensus")
POSTER_DISSENSUS = QT_TRANSLATE_NOOP("reports", "Points de dissensus entre rôles")
POSTER_ALL_FOR = QT_TRANSLATE_NOOP("reports", "Toutes les catégories sont pour")
POSTER_ALL_AGAINST = QT_TRANSLATE_NOOP("reports", "Toutes les catégories sont contre")
POSTER_WITHOUT = QT_TRANSLATE_NOOP("reports", "(sans : {names})")
POSTER_NONE = QT_TRANSLATE_NOOP("reports", "Aucun point pour l’instant.")
POSTER_MORE = QT_TRANSLATE_NOOP("reports", "… et {n} autres points dans le compte rendu.")
POSTER_FOOTNOTE = QT_TRANSLATE_NOOP(
    "reports", "Chaque catégorie d’acteurs pèse autant, quelle que soit sa taille. {n} énoncés votés."
)
