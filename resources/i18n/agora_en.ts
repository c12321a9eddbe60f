<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name />
    <message>
        <source>reports</source>
        <extracomment>Longest card text printed in a cell of the cross table. Most cards printed in a cell of the cross table: it is a synthesis, like the source document's table; the peer-group summaries list every card. The rows of the cross table: card kind and its row title. The ranked lists printed, in order, with their titles.
----------
Ever tighter caps, tried in turn until the handout fits in two pages. Pages a handout may take.
----------
Width of the fact names column.
----------
Longest statement text printed in a heatmap row. Titles of the row groups, by ranked-list name.
----------
Order of the sections of a peer-group summary.
----------
Largest size of a statement on the poster (points). Smallest size of a statement: still readable from three metres. Longest statement printed on the poster.</extracomment>
        <translation>reports</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agora : toutes les catégories ensemble</source>
        <extracomment>The ``AgendaItem`` behind a row.</extracomment>
        <translation>Agora: all categories together</translation>
    </message>
    <message>
        <source>Temps entre pairs : {category}</source>
        <translation>Peer-group session: {category}</translation>
    </message>
</context>
<context>
    <name>AgoraActions</name>
    <message>
        <source>Ajouter un énoncé</source>
        <extracomment>A change was refused or failed: the French (or translated) reason.</extracomment>
        <translation>Add a statement</translation>
    </message>
    <message numerus="yes">
        <source>Soumettre %n carte(s) à l’Agora</source>
        <translation>
            <numerusform>Submit %n card to the Agora</numerusform>
            <numerusform>Submit %n cards to the Agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Modifier l’énoncé</source>
        <translation>Edit the statement</translation>
    </message>
    <message>
        <source>Retirer l’énoncé</source>
        <translation>Withdraw the statement</translation>
    </message>
    <message>
        <source>Saisir un décompte à main levée</source>
        <translation>Enter a show-of-hands count</translation>
    </message>
    <message>
        <source>Effacer un décompte à main levée</source>
        <translation>Clear a show-of-hands count</translation>
    </message>
    <message>
        <source>Saisir une position</source>
        <translation>Enter a position</translation>
    </message>
    <message>
        <source>Modifier les paramètres de la méthode</source>
        <translation>Change the method parameters</translation>
    </message>
    <message>
        <source>Modifier le libellé</source>
        <translation>Change the label</translation>
    </message>
    <message>
        <source>Revenir au libellé calculé</source>
        <translation>Revert to the computed label</translation>
    </message>
</context>
<context>
    <name>AgoraSlide</name>
    <message>
        <source>Énoncés de l’Agora · {count}</source>
        <translation>Agora statements · {count}</translation>
    </message>
    <message>
        <source>Les énoncés de l’Agora s’afficheront ici.</source>
        <translation>The Agora’s statements will appear here.</translation>
    </message>
    <message>
        <source>Énoncé {number} sur {count}</source>
        <translation>Statement {number} of {count}</translation>
    </message>
    <message>
        <source>{page}/{count}</source>
        <translation>{page}/{count}</translation>
    </message>
</context>
<context>
    <name>AgoraTexts</name>
    <message>
        <source>Pour</source>
        <extracomment>Glyph before a stance: the cell reads in black and white and for every colour vision. Short stance words for the cells (the core's wording is used in sentences).</extracomment>
        <translation>For</translation>
    </message>
    <message>
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Divisé</source>
        <translation>Divided</translation>
    </message>
    <message>
        <source>Mitigé</source>
        <translation>Lukewarm</translation>
    </message>
    <message>
        <source>Insuffisant</source>
        <translation>Insufficient</translation>
    </message>
    <message>
        <source>Points de consensus</source>
        <extracomment>Titles of the heatmap's row groups and of the ranked lists, by the analysis' names.</extracomment>
        <translation>Points of consensus</translation>
    </message>
    <message>
        <source>Dissensus entre rôles</source>
        <translation>Dissensus between roles</translation>
    </message>
    <message>
        <source>Divisions internes</source>
        <translation>Internal divisions</translation>
    </message>
    <message>
        <source>Incertitudes</source>
        <translation>Uncertainties</translation>
    </message>
    <message>
        <source>Positions peu marquées</source>
        <translation>No clear positions</translation>
    </message>
    <message>
        <source>Trop peu de votes</source>
        <translation>Too few votes</translation>
    </message>
    <message>
        <source>Spécifique à une catégorie</source>
        <translation>Specific to one category</translation>
    </message>
    <message>
        <source>Majorité de la salle — ne tient pas compte des rôles</source>
        <translation>Room majority — roles not taken into account</translation>
    </message>
    <message>
        <source>votes exprimés minimum par catégorie {value}</source>
        <extracomment>How each parameter is named in the "parameters changed" note.</extracomment>
        <translation>minimum votes cast per category {value}</translation>
    </message>
    <message>
        <source>seuil de position {value}</source>
        <translation>position threshold {value}</translation>
    </message>
    <message>
        <source>minorité tolérée {value}</source>
        <translation>tolerated minority {value}</translation>
    </message>
    <message>
        <source>écart significatif {value}</source>
        <translation>significant gap {value}</translation>
    </message>
    <message>
        <source>écart d’opposition {value}</source>
        <translation>opposition gap {value}</translation>
    </message>
    <message>
        <source>seuil d’incertitude {value}</source>
        <translation>uncertainty threshold {value}</translation>
    </message>
    <message>
        <source>toutes les catégories exigées</source>
        <translation>all categories required</translation>
    </message>
    <message>
        <source>Par défaut</source>
        <extracomment>Names of the presets, by their stored code.</extracomment>
        <translation>Default</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>{stance} · n={n}
{counts}</source>
        <extracomment>Parameters written as shares (« 60 % ») rather than as numbers (« 0,6 »).</extracomment>
        <translation>{stance} · n={n}
{counts}</translation>
    </message>
    <message>
        <source>{name} : {stance} — {a} pour, {n_} neutre(s), {d} contre</source>
        <translation>{name}: {stance} — {a} for, {n_} neutral, {d} against</translation>
    </message>
    <message>
        <source>, {p} ne se prononce(nt) pas</source>
        <translation>, {p} no opinion</translation>
    </message>
    <message>
        <source> (n = {n}, position {s})</source>
        <translation> (n = {n}, position {s})</translation>
    </message>
    <message>
        <source>Paramètres modifiés (préréglage « {preset} ») : {changes}</source>
        <translation>Parameters changed (preset “{preset}”): {changes}</translation>
    </message>
    <message>
        <source>Paramètres modifiés : {changes}</source>
        <translation>Parameters changed: {changes}</translation>
    </message>
</context>
<context>
    <name>AgoraView</name>
    <message>
        <source>Titre du temps</source>
        <extracomment>Changes arriving closer together than this are analysed once (milliseconds). Tabs of the upper half, in shortcut order (Ctrl+1…). Tabs of the entry area. A freshly computed analysis is on screen. The selected statement changed (its id, "" for none).</extracomment>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Paramètres modifiés</source>
        <translation>Parameters changed</translation>
    </message>
    <message>
        <source>Paramètres de la méthode…</source>
        <translation>Method parameters…</translation>
    </message>
    <message>
        <source>Seuils et préréglages de cette Agora (Ctrl+Maj+P)</source>
        <translation>Thresholds and presets of this Agora (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Relation collectivité – ESS…</source>
        <translation>Local authority – SSE relation…</translation>
    </message>
    <message>
        <source>Noter le type de relation entre la collectivité et ses acteurs de l’ESS</source>
        <translation>Record the type of relation between the local authority and its social and solidarity economy (SSE) actors</translation>
    </message>
    <message>
        <source>Énoncés × catégories</source>
        <translation>Statements × categories</translation>
    </message>
    <message>
        <source>Listes classées</source>
        <translation>Ranked lists</translation>
    </message>
    <message>
        <source>Catégories × catégories</source>
        <translation>Categories × categories</translation>
    </message>
    <message>
        <source>Attentes croisées</source>
        <translation>Mutual expectations</translation>
    </message>
    <message>
        <source>Main levée (Ctrl+M)</source>
        <translation>Show of hands (Ctrl+M)</translation>
    </message>
    <message>
        <source>Positions individuelles (Ctrl+I)</source>
        <translation>Individual positions (Ctrl+I)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n énoncé(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Impossible de calculer l’Agora : {reason}</source>
        <translation>Cannot compute the Agora: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n carte(s) soumise(s) au vote.</source>
        <translation>
            <numerusform>%n card put to the vote.</numerusform>
            <numerusform>%n cards put to the vote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce forum n’a pas de territoire : ajoutez-en un dans la préparation du forum.</source>
        <translation>This forum has no territory: add one when preparing the forum.</translation>
    </message>
    <message>
        <source>Relation enregistrée.</source>
        <translation>Relation saved.</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>Cible suivante</source>
        <translation>Next target</translation>
    </message>
    <message>
        <source>Cible précédente</source>
        <translation>Previous target</translation>
    </message>
    <message>
        <source>Modifier la carte</source>
        <translation>Edit the card</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Fusionner les cartes choisies</source>
        <translation>Merge the chosen cards</translation>
    </message>
    <message>
        <source>Monter la carte</source>
        <translation>Move the card up</translation>
    </message>
    <message>
        <source>Descendre la carte</source>
        <translation>Move the card down</translation>
    </message>
    <message>
        <source>Vers la colonne de gauche</source>
        <translation>To the column on the left</translation>
    </message>
    <message>
        <source>Vers la colonne de droite</source>
        <translation>To the column on the right</translation>
    </message>
    <message>
        <source>Principe {number} — {title}</source>
        <translation>Principle {number} — {title}</translation>
    </message>
    <message>
        <source>Aucun principe</source>
        <translation>No principle</translation>
    </message>
    <message>
        <source>Thème des cartes choisies…</source>
        <translation>Theme of the chosen cards…</translation>
    </message>
    <message>
        <source>Rechercher et filtrer</source>
        <translation>Search and filter</translation>
    </message>
    <message>
        <source>Attente envers : {category}</source>
        <translation>Expectation toward: {category}</translation>
    </message>
    <message>
        <source>Principe directeur</source>
        <translation>Guiding principle</translation>
    </message>
    <message>
        <source>Type de carte</source>
        <translation>Kind of card</translation>
    </message>
    <message>
        <source>Attente envers…</source>
        <translation>Expectation toward…</translation>
    </message>
    <message>
        <source>Déplacer</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Titre de la colonne</source>
        <extracomment>Échap: back to the capture bar. ← (-1) or → (+1): to the neighbouring column. The view got the keyboard focus. What an empty column says (how to add its first card).</extracomment>
        <translation>Column title</translation>
    </message>
    <message>
        <source>Aucune carte.
{keys} puis tapez la carte.</source>
        <translation>No card.
{keys}, then type the card.</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>{kind} ({shown} sur {total})</source>
        <translation>{kind} ({shown} of {total})</translation>
    </message>
    <message>
        <source>Contraintes / freins</source>
        <extracomment>Short column titles: the projector has no room for « Attentes vis-à-vis des autres ».</extracomment>
        <translation>Constraints / obstacles</translation>
    </message>
    <message>
        <source>Attentes</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Apprentissages</source>
        <translation>Learnings</translation>
    </message>
    <message>
        <source>Récits</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>{kind} · {count}</source>
        <extracomment>Columns always shown, even empty: the room sees where its cards will go. Narrowest column (at 1080 lines) when there is room for it: long words stay whole. Boards up to this many cards have their column widths balanced before they paginate. How long a long column shows each page. How long a new card stays highlighted.</extracomment>
        <translation>{kind} · {count}</translation>
    </message>
    <message>
        <source>{page}/{count}</source>
        <translation>{page}/{count}</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Titre du temps</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Consigne du temps</source>
        <translation>Session prompt</translation>
    </message>
    <message>
        <source>Principe</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Associer un principe directeur</source>
        <translation>Tag a guiding principle</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Carte choisie</source>
        <extracomment>The session's cards are shown (how many). A card typed in the capture bar is durable (the card). Something to say in the status bar (French). An undo or redo changed this board: the desk should show it (the session id). Whether the bar opened with text typed (and not sent) in an earlier session.</extracomment>
        <translation>Chosen card</translation>
    </message>
    <message>
        <source>Les cartes n’ont pas pu être lues : {reason}</source>
        <translation>The cards could not be read: {reason}</translation>
    </message>
    <message>
        <source>Choisissez d’abord une carte (↑ depuis la saisie).</source>
        <translation>Choose a card first (↑ from the capture bar).</translation>
    </message>
    <message>
        <source>Choisissez au moins deux cartes (Maj+↑/↓ ou Ctrl+clic).</source>
        <translation>Choose at least two cards (Shift+↑/↓ or Ctrl+click).</translation>
    </message>
    <message>
        <source>Principe {number} : {title}</source>
        <translation>Principle {number}: {title}</translation>
    </message>
    <message>
        <source>Lecture seule : aucune carte ne peut être ajoutée.</source>
        <translation>Read-only: no card can be added.</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Type de carte en cours</source>
        <extracomment>Up was pressed: the facilitator wants to reach the cards. Échap was pressed. Enter on a card: (kind, target code or "", text). Enter in theme mode: the theme (possibly empty: ungroup). Up in the bar: go to the cards of the current kind. The kind or the target changed: (kind, target code or "").</extracomment>
        <translation>Kind of card being typed</translation>
    </message>
    <message>
        <source>Catégorie visée</source>
        <translation>Category addressed</translation>
    </message>
    <message>
        <source>Saisie d’une carte</source>
        <translation>Card entry</translation>
    </message>
    <message>
        <source>Thème de la carte</source>
        <translation>Theme of the card</translation>
    </message>
    <message>
        <source>Thème des {count} cartes</source>
        <translation>Theme of the {count} cards</translation>
    </message>
    <message>
        <source>Thème (vide : retirer le thème) — Entrée pour appliquer, Échap pour annuler</source>
        <translation>Theme (empty: remove the theme) — Enter to apply, Esc to cancel</translation>
    </message>
    <message>
        <source>Tapez la carte puis Entrée — Alt+1…5 : type, Alt+E/A/T/S : attente envers…</source>
        <translation>Type the card, then Enter — Alt+1…5: kind, Alt+E/A/T/S: expectation toward…</translation>
    </message>
</context>
<context>
    <name>CaptureFlow</name>
    <message>
        <source>Carte non enregistrée : {reason}</source>
        <extracomment>Something to say in the status bar (French).</extracomment>
        <translation>Card not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>ajouter une carte</source>
        <translation>add a card</translation>
    </message>
    <message>
        <source>modifier une carte</source>
        <translation>edit a card</translation>
    </message>
    <message>
        <source>supprimer une carte</source>
        <translation>delete a card</translation>
    </message>
    <message>
        <source>supprimer des cartes</source>
        <translation>delete cards</translation>
    </message>
    <message>
        <source>fusionner des cartes</source>
        <translation>merge cards</translation>
    </message>
    <message>
        <source>déplacer une carte</source>
        <translation>move a card</translation>
    </message>
    <message>
        <source>déplacer des cartes</source>
        <translation>move cards</translation>
    </message>
    <message>
        <source>associer un principe</source>
        <translation>tag a principle</translation>
    </message>
    <message>
        <source>donner un thème</source>
        <translation>set a theme</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Modifier la carte</source>
        <extracomment>Lines of card text shown before eliding. Entrée was pressed: the edit is finished.</extracomment>
        <translation>Edit the card</translation>
    </message>
    <message>
        <source>→ {category}</source>
        <translation>→ {category}</translation>
    </message>
    <message>
        <source>aucune attente pour l’instant</source>
        <translation>no expectation yet</translation>
    </message>
    <message>
        <source>1 attente</source>
        <translation>1 expectation</translation>
    </message>
    <message>
        <source>{count} attentes</source>
        <translation>{count} expectations</translation>
    </message>
    <message>
        <source>P{number}</source>
        <translation>P{number}</translation>
    </message>
    <message>
        <source>non enregistré</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>Thème : {theme}</source>
        <translation>Theme: {theme}</translation>
    </message>
    <message>
        <source>Principe {number} : {title}</source>
        <translation>Principle {number}: {title}</translation>
    </message>
</context>
<context>
    <name>CardPickerDialog</name>
    <message>
        <source>Soumettre des cartes à l’Agora</source>
        <translation>Submit cards to the Agora</translation>
    </message>
    <message>
        <source>Chercher dans les cartes…</source>
        <translation>Search the cards…</translation>
    </message>
    <message>
        <source>Chercher dans les cartes</source>
        <translation>Search the cards</translation>
    </message>
    <message>
        <source>Cartes des temps entre pairs</source>
        <translation>Cards from the peer-group sessions</translation>
    </message>
    <message>
        <source>Soumettre au vote</source>
        <translation>Put to the vote</translation>
    </message>
    <message numerus="yes">
        <source>%n carte(s) choisie(s)</source>
        <translation>
            <numerusform>%n card chosen</numerusform>
            <numerusform>%n cards chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPickerModel</name>
    <message>
        <source>Temps</source>
        <extracomment>The card id of a row.</extracomment>
        <translation>Session</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Déjà soumise</source>
        <translation>Already submitted</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>Carte</source>
        <extracomment>Column headers (French source, translated when shown).</extracomment>
        <translation>Card</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Vise</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <extracomment>The ``CardRead`` behind a card row (None on a group row). The kind (``ContributionKind`` value) of a group row or of a card row. internalId of group rows; a card row stores its group's row + 1. The invisible root: the default ``parent`` of the item-model methods.</extracomment>
        <translation>{kind} ({count})</translation>
    </message>
</context>
<context>
    <name>CategoryMatrixModel</name>
    <message>
        <source>jamais comparées</source>
        <extracomment>Accord of a pair (float, None when never compared); cohesion on the diagonal. Opposed statements of a pair (int), None on the diagonal. Statements compared (int), None on the diagonal. Pearson's r (float or None).</extracomment>
        <translation>never compared</translation>
    </message>
    <message>
        <source>Accord {accord}
opp. {opp} · m = {m}</source>
        <translation>Agreement {accord}
opp. {opp} · m = {m}</translation>
    </message>
    <message>
        <source>
r = {r}</source>
        <translation>
r = {r}</translation>
    </message>
    <message>
        <source>{a} et {b}, sur les {m} énoncés où les deux ont assez de votes : accord {accord} (1 − écart moyen / 2), {opp} énoncé(s) où l’une est pour et l’autre contre.</source>
        <translation>{a} and {b}, over the {m} statements where both have enough votes: agreement {accord} (1 − mean gap / 2), {opp} statement(s) where one is for and the other against.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cns moyen</source>
        <translation>Mean Cns</translation>
    </message>
    <message>
        <source>1 − κ moyen</source>
        <translation>1 − mean κ</translation>
    </message>
    <message>
        <source>cohésion {value}
({how})</source>
        <translation>cohesion {value}
({how})</translation>
    </message>
    <message>
        <source>Cohésion interne de la catégorie : consensus ordinal moyen (Tastle–Wierman) quand tous ses votes sont individuels sur 5 points, sinon 1 − controverse moyenne (κ).</source>
        <translation>Internal cohesion of the category: mean ordinal consensus (Tastle–Wierman) when all its votes are individual on 5 points, otherwise 1 − mean controversy (κ).</translation>
    </message>
</context>
<context>
    <name>CategoryMatrixView</name>
    <message>
        <source>Accord entre catégories</source>
        <translation>Agreement between categories</translation>
    </message>
    <message>
        <source>Pour chaque paire, sur les m énoncés où les deux catégories ont assez de votes : Accord = 1 − écart moyen de position / 2 (1 : mêmes positions) ; opp. = énoncés où l’une est pour et l’autre contre ; r (Pearson) à partir de 5 énoncés, quand les deux positions varient. Diagonale : cohésion interne de la catégorie.</source>
        <translation>For each pair, over the m statements where both categories have enough votes: Agreement = 1 − mean position gap / 2 (1: same positions); opp. = statements where one is for and the other against; r (Pearson) from 5 statements on, when both positions vary. Diagonal: internal cohesion of the category.</translation>
    </message>
</context>
<context>
    <name>CategoryPanel</name>
    <message>
        <source>Pour</source>
        <extracomment>How long each page of a long overview stays up.</extracomment>
        <translation>For</translation>
    </message>
    <message>
        <source>Neutre</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Sans avis</source>
        <translation>No opinion</translation>
    </message>
    <message>
        <source>Exprimés</source>
        <translation>Cast</translation>
    </message>
</context>
<context>
    <name>CountdownView</name>
    <message>
        <source>Temps restant</source>
        <extracomment>The last minutes, shown in amber. How often the display is refreshed while running. The displayed time, the running state or the phase changed. The time has just run out.</extracomment>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Temps écoulé</source>
        <translation>Time’s up</translation>
    </message>
    <message>
        <source>Dernières minutes</source>
        <translation>Final minutes</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>E&amp;xporter le forum…</source>
        <translation>E&amp;xport the forum…</translation>
    </message>
    <message>
        <source>&amp;Fusionner un lot d’une autre salle…</source>
        <translation>&amp;Merge a bundle from another room…</translation>
    </message>
    <message>
        <source>Exporter sur une &amp;clé USB…</source>
        <translation>Export to a &amp;USB stick…</translation>
    </message>
    <message>
        <source>Copier le forum, vérifié, sur une clé USB ou un dossier partagé</source>
        <translation>Copy the forum, verified, to a USB stick or a shared folder</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>Exporter en P&amp;DF</source>
        <extracomment>Filled by ``ui.printing.print_actions.PrintActions``.</extracomment>
        <translation>Export as P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Fermer le &amp;forum</source>
        <translation>Close the &amp;forum</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Temps &amp;précédent</source>
        <translation>&amp;Previous session</translation>
    </message>
    <message>
        <source>Temps &amp;suivant</source>
        <translation>&amp;Next session</translation>
    </message>
    <message>
        <source>Aller à la &amp;saisie</source>
        <translation>Go to the &amp;capture bar</translation>
    </message>
    <message>
        <source>P&amp;rojeter</source>
        <translation>P&amp;roject</translation>
    </message>
    <message>
        <source>Ouvrir la fenêtre de projection (plein écran sur le second écran)</source>
        <translation>Open the projector window (full screen on the second screen)</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la participation…</source>
        <translation>&amp;Open participation…</translation>
    </message>
    <message>
        <source>Laisser les téléphones de la salle envoyer des cartes et voter</source>
        <translation>Let the phones in the room send cards and vote</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Guide d’utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>À &amp;propos d’Agora</source>
        <translation>&amp;About Agora</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>E&amp;dit</translation>
    </message>
    <message>
        <source>Ta&amp;bleau</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>DeskBackups</name>
    <message>
        <source>La sauvegarde automatique a échoué : {reason}</source>
        <extracomment>How often the periodic hook asks whether a snapshot is due (ms). A snapshot was taken (the ``Snapshot``). Something to say quietly in the status bar (a failed snapshot).</extracomment>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>ExpectationsModel</name>
    <message>
        <source>{a} ↔ {b} : {value} ({ab} et {ba})</source>
        <extracomment>Expectation count of a cell (int); row/column sums on the margins. Coverage by commitments of a cell (Fraction or None). Reciprocity of the pair (Fraction or None). Voted expectations whose source is for and target against (int). Statement id of an overlay row. A cell a role-linked dissensus sits in: the pale end of "against" on the diverging scale.</extracomment>
        <translation>{a} ↔ {b}: {value} ({ab} and {ba})</translation>
    </message>
    <message>
        <source>Émises</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reçues</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>→ {name}</source>
        <translation>→ {name}</translation>
    </message>
    <message>
        <source>{name} →</source>
        <translation>{name} →</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attente(s) envers soi</source>
        <translation>
            <numerusform>%n self-addressed expectation</numerusform>
            <numerusform>%n self-addressed expectations</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagonale : les engagements propres de la catégorie.</source>
        <translation>Diagonal: the category’s own commitments.</translation>
    </message>
    <message>
        <source>répondues : {covered}</source>
        <translation>answered: {covered}</translation>
    </message>
    <message>
        <source>votées {voted} : ✔ {yes} ✖ {no}</source>
        <translation>voted {voted}: ✔ {yes} ✖ {no}</translation>
    </message>
    <message>
        <source>{count} attente(s) de {source} envers {target} ; {coverage} ont un engagement de {target} en réponse ; réciprocité {reciprocity}.</source>
        <translation>{count} expectation(s) of {source} toward {target}; {coverage} have a commitment from {target} in response; reciprocity {reciprocity}.</translation>
    </message>
    <message>
        <source>Votées dans l’Agora : {voted} ; {target} pour : {yes}, contre : {no} ; dissensus lié aux rôles (source pour, cible contre) : {linked}.</source>
        <translation>Voted in the Agora: {voted}; {target} for: {yes}, against: {no}; role-linked dissensus (source for, target against): {linked}.</translation>
    </message>
</context>
<context>
    <name>ExpectationsView</name>
    <message>
        <source>Attentes croisées</source>
        <extracomment>The facilitator selected a voted expectation (its statement id).</extracomment>
        <translation>Mutual expectations</translation>
    </message>
    <message>
        <source>Chaque case : attentes de la catégorie en ligne envers la catégorie en colonne, combien ont reçu un engagement de la colonne en réponse (« répondues »), et pour celles votées dans l’Agora l’accueil par la catégorie visée (✔ pour, ✖ contre ; ⚠ la source est pour et la cible contre : dissensus lié aux rôles).</source>
        <translation>Each cell: expectations of the row category toward the column category, how many received a commitment from the column in response (“answered”), and, for those voted in the Agora, how the category addressed received them (✔ for, ✖ against; ⚠ the source is for and the target against: role-linked dissensus).</translation>
    </message>
    <message>
        <source>Attentes votées dans l’Agora</source>
        <translation>Expectations voted in the Agora</translation>
    </message>
    <message>
        <source>Réciprocité (plus petit sens / plus grand) : {pairs}</source>
        <translation>Reciprocity (smaller direction / larger): {pairs}</translation>
    </message>
    <message>
        <source>Réciprocité : aucune attente entre catégories pour l’instant.</source>
        <translation>Reciprocity: no expectation between categories yet.</translation>
    </message>
</context>
<context>
    <name>FailureBanner</name>
    <message>
        <source>Raison de l’échec de l’enregistrement</source>
        <extracomment>« Réessayer » was clicked.</extracomment>
        <translation>Why saving failed</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Réessayer d’enregistrer</source>
        <translation>Retry saving</translation>
    </message>
    <message>
        <source>NON ENREGISTRÉ — {reason} Le texte saisi est conservé : corrigez la cause puis « Réessayer ».</source>
        <translation>NOT SAVED — {reason} The text typed is kept: fix the cause, then “Retry”.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Rechercher dans les cartes et les thèmes</source>
        <extracomment>Delay between the last key typed and the filtering (ms). The filter changed (a ``BoardFilter``). The bar was closed (Échap or the button): the filter is cleared.</extracomment>
        <translation>Search the cards and themes</translation>
    </message>
    <message>
        <source>Rechercher dans les cartes</source>
        <translation>Search the cards</translation>
    </message>
    <message>
        <source>Filtrer par principe directeur</source>
        <translation>Filter by guiding principle</translation>
    </message>
    <message>
        <source>Tous les principes</source>
        <translation>All principles</translation>
    </message>
    <message>
        <source>Principe {number}</source>
        <translation>Principle {number}</translation>
    </message>
    <message>
        <source>Sans principe</source>
        <translation>No principle</translation>
    </message>
    <message>
        <source>Filtrer par catégorie visée</source>
        <translation>Filter by category addressed</translation>
    </message>
    <message>
        <source>Résultat de la recherche</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer la recherche</source>
        <translation>Close the search</translation>
    </message>
    <message>
        <source>Toutes les cibles</source>
        <translation>All targets</translation>
    </message>
    <message>
        <source>Attentes envers : {category}</source>
        <translation>Expectations toward: {category}</translation>
    </message>
    <message>
        <source>{shown} sur {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>ForumFiles</name>
    <message>
        <source>Export en cours…</source>
        <extracomment>Something to say in the status bar.</extracomment>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>L’export a échoué</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Fusion impossible</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>Ce forum est ouvert en lecture seule.</source>
        <translation>This forum is open read-only.</translation>
    </message>
    <message>
        <source>Fusion du lot en cours…</source>
        <translation>Merging the bundle…</translation>
    </message>
    <message>
        <source>Lot fusionné</source>
        <translation>Bundle merged</translation>
    </message>
    <message>
        <source>{reason}

Fusionner quand même ?</source>
        <translation>{reason}

Merge anyway?</translation>
    </message>
    <message>
        <source>Fusionner le lot</source>
        <translation>Merge the bundle</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>La fusion du lot a échoué</source>
        <translation>Merging the bundle failed</translation>
    </message>
</context>
<context>
    <name>ForumWindow</name>
    <message>
        <source>Programme du forum</source>
        <extracomment>The window closed and the forum file is released (its path). The page of a session is on screen (its id).</extracomment>
        <translation>Forum agenda</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Forum en lecture seule</source>
        <translation>Read-only forum</translation>
    </message>
    <message>
        <source>Choisissez un temps dans le programme.</source>
        <translation>Choose a session in the agenda.</translation>
    </message>
    <message>
        <source>Modification refusée : {reason}</source>
        <translation>Change refused: {reason}</translation>
    </message>
    <message>
        <source>{title} — Agora</source>
        <translation>{title} — Agora</translation>
    </message>
    <message>
        <source>Lecture seule : {reason}</source>
        <translation>Read-only: {reason}</translation>
    </message>
    <message>
        <source>Le texte en cours de saisie a été retrouvé dans la barre de saisie.</source>
        <translation>The text being typed was found again in the capture bar.</translation>
    </message>
    <message>
        <source>Projection en plein écran sur le second écran.</source>
        <translation>Projecting full screen on the second screen.</translation>
    </message>
    <message>
        <source>Un seul écran : la projection s’ouvre dans une fenêtre.</source>
        <translation>One screen only: the projection opens in a window.</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>Énoncé</source>
        <extracomment>The first category column; categories follow in the forum's order. Statement id of a row ("" on a group row). Whether the row is a group title. Stance of a category cell. Mean position ``s`` of a category cell (float, None without votes). True for a cell without enough votes (drawn grey and hatched). The ``HeatCell`` behind a category cell. True on the label column of an overridden statement. Name of the group (ranked list) a row belongs to.</extracomment>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>GIC {gic} · écart {gap}</source>
        <translation>GIC {gic} · gap {gap}</translation>
    </message>
    <message>
        <source>GIC : moyenne géométrique de l’accord lissé des catégories comparables.
Écart max : plus grand écart de position entre deux catégories comparables.</source>
        <translation>GIC: geometric mean of the smoothed agreement of the comparable categories.
Max gap: largest position gap between two comparable categories.</translation>
    </message>
    <message>
        <source>Libellé modifié par l’animation ; libellé calculé : {label}</source>
        <translation>Label changed by the facilitator; computed label: {label}</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Carte des positions : énoncés × catégories</source>
        <extracomment>The facilitator selected a statement in the heatmap (its id).</extracomment>
        <translation>Position map: statements × categories</translation>
    </message>
    <message>
        <source>−1 contre</source>
        <translation>−1 against</translation>
    </message>
    <message>
        <source>Échelle de couleur des positions</source>
        <translation>Colour scale of the positions</translation>
    </message>
    <message>
        <source>+1 pour</source>
        <translation>+1 for</translation>
    </message>
    <message>
        <source>Motif hachuré</source>
        <translation>Hatched pattern</translation>
    </message>
    <message>
        <source>pas assez de votes</source>
        <translation>not enough votes</translation>
    </message>
    <message>
        <source>Dans chaque case : ✔ pour, ✖ contre, ⇅ divisé, ~ mitigé, … pas assez de votes ; n = votes exprimés ; puis pour/neutres/contre (+ ne se prononcent pas).</source>
        <translation>In each cell: ✔ for, ✖ against, ⇅ divided, ~ lukewarm, … not enough votes; n = votes cast; then for/neutral/against (+ no opinion).</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Guide d’utilisation — Agora</source>
        <extracomment>The guide's first page, relative to the guide folder.</extracomment>
        <translation>User guide — Agora</translation>
    </message>
    <message>
        <source>Page du guide</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <source>◀ Précédent</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Suivant ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Sommaire du guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <source>Rechercher dans le guide (Entrée : suivant)</source>
        <translation>Search the guide (Enter: next)</translation>
    </message>
    <message>
        <source>Rechercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Résultat de la recherche</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Trouvé dans « {page} »</source>
        <translation>Found in “{page}”</translation>
    </message>
    <message>
        <source>« {text} » n’est pas dans le guide.</source>
        <translation>“{text}” is not in the guide.</translation>
    </message>
</context>
<context>
    <name>InterfaceDialog</name>
    <message>
        <source>Ouvrir la participation</source>
        <extracomment>The port offered first (easy to type after the address: ``10.42.0.1:8000``).</extracomment>
        <translation>Open participation</translation>
    </message>
    <message>
        <source>Adresse de l’ordinateur sur le réseau de la salle</source>
        <translation>Address of the computer on the room’s network</translation>
    </message>
    <message>
        <source>{address} — cet ordinateur seulement</source>
        <translation>{address} — this computer only</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Autre port</source>
        <translation>Other port</translation>
    </message>
    <message>
        <source>Choisir un port libre de cet ordinateur</source>
        <translation>Choose a free port on this computer</translation>
    </message>
    <message>
        <source>Relire les cartes avant qu’elles arrivent au tableau</source>
        <translation>Review the cards before they reach the board</translation>
    </message>
    <message>
        <source>Les cartes en attente ne sont pas encore dans le forum : elles sont perdues si la participation s’arrête.</source>
        <translation>Cards awaiting review are not in the forum yet: they are lost if participation stops.</translation>
    </message>
    <message>
        <source>Agora n’écoute que sur l’adresse choisie. Le point d’accès de l’ordinateur ressemble à 10.42.0.1 (Linux) ou 192.168.137.1 (Windows).</source>
        <translation>Agora only listens on the chosen address. The computer’s hotspot looks like 10.42.0.1 (Linux) or 192.168.137.1 (Windows).</translation>
    </message>
    <message>
        <source>Windows peut demander d’autoriser Agora sur les réseaux privés : acceptez pour les réseaux privés seulement.</source>
        <translation>Windows may ask you to allow Agora on private networks: accept for private networks only.</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Port :</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Le port {port} est déjà utilisé sur {address} : choisissez « Autre port ».</source>
        <translation>Port {port} is already in use on {address}: choose “Other port”.</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Participez avec votre téléphone</source>
        <extracomment>Modules of white around the code, as ISO/IEC 18004 requires.</extracomment>
        <translation>Take part with your phone</translation>
    </message>
    <message>
        <source>Code de la salle</source>
        <translation>Room code</translation>
    </message>
    <message>
        <source>Code de la salle : {code}</source>
        <translation>Room code: {code}</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Création du forum « {title} »…</source>
        <extracomment>A file was added to the library: (its path, whether to open it now). Something to say in the status bar. An action ended (successfully or not): its name, for tests and the busy state.</extracomment>
        <translation>Creating the forum “{title}”…</translation>
    </message>
    <message>
        <source>Le forum n’a pas pu être créé</source>
        <translation>The forum could not be created</translation>
    </message>
    <message>
        <source>Copie de « {name} »…</source>
        <translation>Copying “{name}”…</translation>
    </message>
    <message>
        <source>Le forum n’a pas pu être dupliqué</source>
        <translation>The forum could not be duplicated</translation>
    </message>
    <message>
        <source>Import de « {name} »…</source>
        <translation>Importing “{name}”…</translation>
    </message>
    <message>
        <source>L’import a échoué</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>Export de « {title} »…</source>
        <translation>Exporting “{title}”…</translation>
    </message>
    <message>
        <source>L’export a échoué</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>Préparation du forum de démonstration…</source>
        <translation>Preparing the demo forum…</translation>
    </message>
    <message>
        <source>Le forum de démonstration n’a pas pu être créé</source>
        <translation>The demo forum could not be created</translation>
    </message>
    <message>
        <source>Forum ajouté à la bibliothèque : « {name} ».</source>
        <translation>Forum added to the library: “{name}”.</translation>
    </message>
    <message>
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Titre</source>
        <extracomment>Column headers (French source, translated when shown).</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Énoncés</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Ce forum ne peut pas être lu : {problem}</source>
        <extracomment>The ``ForumSummary`` behind a row. A native, comparable sort key for the column (for a QSortFilterProxyModel). The invisible root: the default ``parent`` of the item-model methods.</extracomment>
        <translation>This forum cannot be read: {problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agora — animation de forums</source>
        <extracomment>The library was read (number of forum files listed). A forum is open in its desk (its file). A forum could not be opened (the message shown).</extracomment>
        <translation>Agora — forum facilitation</translation>
    </message>
    <message>
        <source>&amp;Nouveau forum…</source>
        <translation>&amp;New forum…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Importer un forum ou un lot…</source>
        <translation>&amp;Import a forum or a bundle…</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>&amp;Guide d’utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À &amp;propos d’Agora</source>
        <translation>&amp;About Agora</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>E&amp;dit</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Choisissez d’abord un forum dans la liste.</source>
        <translation>First choose a forum in the list.</translation>
    </message>
    <message>
        <source>Ouvert en lecture seule : {reason}</source>
        <translation>Open read-only: {reason}</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Lecture de la bibliothèque…</source>
        <translation>Reading the library…</translation>
    </message>
    <message>
        <source>Aucun forum dans la bibliothèque.</source>
        <translation>No forum in the library.</translation>
    </message>
    <message>
        <source>Un forum dans la bibliothèque.</source>
        <translation>One forum in the library.</translation>
    </message>
    <message>
        <source>{count} forums dans la bibliothèque.</source>
        <translation>{count} forums in the library.</translation>
    </message>
    <message>
        <source>La bibliothèque n’a pas pu être lue : {reason}</source>
        <translation>The library could not be read: {reason}</translation>
    </message>
    <message>
        <source>Ouverture de « {name} »…</source>
        <translation>Opening “{name}”…</translation>
    </message>
    <message>
        <source>Le forum « {name} » n’a pas pu être ouvert.
{reason}</source>
        <translation>The forum “{name}” could not be opened.
{reason}</translation>
    </message>
    <message>
        <source>Ouverture impossible.</source>
        <translation>Could not open.</translation>
    </message>
</context>
<context>
    <name>NewForumDialog</name>
    <message>
        <source>Nouveau forum</source>
        <extracomment>The most peer-group times the template offers.</extracomment>
        <translation>New forum</translation>
    </message>
    <message>
        <source>Titre du forum</source>
        <translation>Forum title</translation>
    </message>
    <message>
        <source>Rencontre des territoires pilotes</source>
        <translation>Meeting of the pilot territories</translation>
    </message>
    <message>
        <source>Date du forum</source>
        <translation>Forum date</translation>
    </message>
    <message>
        <source>Lieu du forum</source>
        <translation>Forum venue</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Communauté de communes…</source>
        <translation>Communauté de communes…</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Te&amp;rritoire :</source>
        <translation>Te&amp;rritory:</translation>
    </message>
    <message>
        <source>Catégories d’acteurs présentes</source>
        <translation>Actor categories present</translation>
    </message>
    <message>
        <source>Catégorie présente : {category}</source>
        <translation>Category present: {category}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nombre de temps entre pairs</source>
        <translation>Number of peer-group sessions</translation>
    </message>
    <message>
        <source>puis une &amp;Agora</source>
        <translation>then an &amp;Agora</translation>
    </message>
    <message>
        <source>Temps entre &amp;pairs :</source>
        <translation>&amp;Peer-group sessions:</translation>
    </message>
    <message>
        <source>Lignes du programme (F2 pour renommer)</source>
        <translation>Agenda lines (F2 to rename)</translation>
    </message>
    <message>
        <source>Ajouter un temps entre pairs</source>
        <translation>Add a peer-group session</translation>
    </message>
    <message>
        <source>Ajouter une Agora</source>
        <translation>Add an Agora</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Aide sur le programme</source>
        <translation>Help on the agenda</translation>
    </message>
    <message>
        <source>Renommez une ligne avec F2 ou un double clic.</source>
        <translation>Rename a line with F2 or a double click.</translation>
    </message>
    <message>
        <source>Créer le forum</source>
        <translation>Create the forum</translation>
    </message>
    <message>
        <source>Temps entre pairs — {category}</source>
        <translation>Temps entre pairs — {category}</translation>
    </message>
    <message>
        <source>Agora</source>
        <translation>Agora</translation>
    </message>
</context>
<context>
    <name>OverlayModel</name>
    <message>
        <source>Attente votée</source>
        <translation>Voted expectation</translation>
    </message>
    <message>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Position de la source</source>
        <translation>Source position</translation>
    </message>
    <message>
        <source>Position de la cible</source>
        <translation>Target position</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Dissensus lié aux rôles : la source est pour, la cible contre.</source>
        <translation>Role-linked dissensus: the source is for, the target against.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Choisir le libellé</source>
        <translation>Choose the label</translation>
    </message>
    <message>
        <source>Libellé calculé : {label}</source>
        <translation>Computed label: {label}</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pourquoi ce libellé ? (gardé avec la date et l’heure)</source>
        <translation>Why this label? (kept with the date and time)</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Paramètres de la méthode</source>
        <extracomment>Threshold fields, in the order of the form. Data of the « Personnalisés » entry of the preset box.</extracomment>
        <translation>Method parameters</translation>
    </message>
    <message>
        <source>Personnalisés</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Préréglage</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Strict : la pratique Delphi / COMET — au moins 70 % dans chaque catégorie, moins de 15 % contre, 5 votes exprimés minimum.</source>
        <translation>Strict: the Delphi / COMET practice — at least 70% in each category, less than 15% against, at least 5 votes cast.</translation>
    </message>
    <message>
        <source>Un consensus doit inclure toutes les catégories (sinon : trop peu de votes)</source>
        <translation>A consensus must include every category (otherwise: too few votes)</translation>
    </message>
    <message>
        <source>Votes exprimés minimum par catégorie</source>
        <translation>Minimum votes cast per category</translation>
    </message>
    <message>
        <source>Seuil de position, pour ou contre (%)</source>
        <translation>Position threshold, for or against (%)</translation>
    </message>
    <message>
        <source>Minorité tolérée (%)</source>
        <translation>Tolerated minority (%)</translation>
    </message>
    <message>
        <source>Écart significatif entre catégories (0 à 2)</source>
        <translation>Significant gap between categories (0 to 2)</translation>
    </message>
    <message>
        <source>Écart d’opposition (0 à 2)</source>
        <translation>Opposition gap (0 to 2)</translation>
    </message>
    <message>
        <source>Seuil d’incertitude (%)</source>
        <translation>Uncertainty threshold (%)</translation>
    </message>
    <message>
        <source>seuil de position</source>
        <translation>position threshold</translation>
    </message>
    <message>
        <source>minorité tolérée</source>
        <translation>tolerated minority</translation>
    </message>
    <message>
        <source>écart significatif</source>
        <translation>significant gap</translation>
    </message>
    <message>
        <source>écart d’opposition</source>
        <translation>opposition gap</translation>
    </message>
    <message>
        <source>seuil d’incertitude</source>
        <translation>uncertainty threshold</translation>
    </message>
    <message>
        <source>« {text} » n’est pas un nombre ({field}).</source>
        <translation>“{text}” is not a number ({field}).</translation>
    </message>
    <message>
        <source>Le seuil de position doit dépasser 50 % sans dépasser 100 %.</source>
        <translation>The position threshold must be above 50% and at most 100%.</translation>
    </message>
    <message>
        <source>La minorité tolérée doit être positive et plus petite que le seuil de position.</source>
        <translation>The tolerated minority must be positive and smaller than the position threshold.</translation>
    </message>
    <message>
        <source>L’écart significatif doit être plus grand que 0 et au plus 2.</source>
        <translation>The significant gap must be greater than 0 and at most 2.</translation>
    </message>
    <message>
        <source>L’écart d’opposition doit être plus grand que 0 et au plus 2.</source>
        <translation>The opposition gap must be greater than 0 and at most 2.</translation>
    </message>
    <message>
        <source>Le seuil d’incertitude doit être plus grand que 0 % et au plus 100 %.</source>
        <translation>The uncertainty threshold must be greater than 0% and at most 100%.</translation>
    </message>
    <message>
        <source>Paramètres refusés : {detail}</source>
        <translation>Parameters refused: {detail}</translation>
    </message>
</context>
<context>
    <name>ParticipationController</name>
    <message>
        <source>Choisissez d’abord un temps dans le programme.</source>
        <extracomment>Whether the facilitator wants the join code on the projector while the room is open.</extracomment>
        <translation>First choose a session in the agenda.</translation>
    </message>
    <message>
        <source>Forum en lecture seule : la participation ne peut pas s’ouvrir.</source>
        <translation>Read-only forum: participation cannot be opened.</translation>
    </message>
    <message>
        <source>Participation arrêtée : un autre temps commence.</source>
        <translation>Participation stopped: another session is starting.</translation>
    </message>
    <message>
        <source>Participation ouverte : {url}</source>
        <translation>Participation open: {url}</translation>
    </message>
</context>
<context>
    <name>ParticipationPanel</name>
    <message>
        <source>Participation</source>
        <extracomment>Red of the alerts (on the window's light background, contrast above 4.5:1). « Verrouiller la salle » (True) or « Déverrouiller » (False). « Arrêter ». « Afficher / masquer le code sur le projecteur ». « Accepter » a queued card (its queue id). « Refuser » a queued card (its queue id).</extracomment>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Adresse de participation</source>
        <translation>Participation address</translation>
    </message>
    <message>
        <source>Code à taper</source>
        <translation>Code to type</translation>
    </message>
    <message>
        <source>Téléphones connectés</source>
        <translation>Connected phones</translation>
    </message>
    <message>
        <source>Réponses à l’énoncé en cours</source>
        <translation>Answers to the current statement</translation>
    </message>
    <message>
        <source>État de la salle</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Verrouiller la salle</source>
        <translation>Lock the room</translation>
    </message>
    <message>
        <source>Plus aucun nouveau téléphone ne peut entrer ; ceux qui sont là continuent.</source>
        <translation>No new phone can join any more; those already in carry on.</translation>
    </message>
    <message>
        <source>Afficher / masquer le code sur le projecteur</source>
        <translation>Show / hide the code on the projector</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Fermer la page des téléphones (les cartes en attente sont perdues)</source>
        <translation>Close the phones’ page (cards awaiting review are lost)</translation>
    </message>
    <message>
        <source>Cartes à relire</source>
        <translation>Cards to review</translation>
    </message>
    <message>
        <source>Cartes en attente de relecture</source>
        <translation>Cards awaiting review</translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Refuser</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Lien : {url}</source>
        <translation>Link: {url}</translation>
    </message>
    <message>
        <source>Code : {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>Téléphones connectés : {phones} (actifs : {active})</source>
        <translation>Connected phones: {phones} (active: {active})</translation>
    </message>
    <message>
        <source>Réponses à l’énoncé en cours : {count}</source>
        <translation>Answers to the current statement: {count}</translation>
    </message>
    <message>
        <source>Réponses à l’énoncé en cours : —</source>
        <translation>Answers to the current statement: —</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Salle verrouillée : aucun nouveau téléphone n’entre.</source>
        <translation>Room locked: no new phone can join.</translation>
    </message>
    <message>
        <source>Salle ouverte.</source>
        <translation>Room open.</translation>
    </message>
</context>
<context>
    <name>PendingCardsModel</name>
    <message>
        <source>{kind} (correction)</source>
        <extracomment>Role of the queue entry's id.</extracomment>
        <translation>{kind} (correction)</translation>
    </message>
</context>
<context>
    <name>PositionsEntry</name>
    <message>
        <source>Échelle à 5 points</source>
        <extracomment>Value recorded by the « ne se prononce pas » button. An answer was recorded: (statement id, category code).</extracomment>
        <translation>5-point scale</translation>
    </message>
    <message>
        <source>Échelle à 3 points</source>
        <translation>3-point scale</translation>
    </message>
    <message>
        <source>Échelle des positions</source>
        <translation>Position scale</translation>
    </message>
    <message>
        <source>Chaque appui ajoute une réponse. Touches 1 à 5 sur les boutons d’une ligne, 0 : ne se prononce pas.</source>
        <translation>Each press adds one answer. Keys 1 to 5 on a row’s buttons, 0: no opinion.</translation>
    </message>
    <message>
        <source>Réponses — {category}</source>
        <translation>Answers — {category}</translation>
    </message>
    <message>
        <source>Ne se prononce pas — {category}</source>
        <translation>No opinion — {category}</translation>
    </message>
    <message>
        <source>{value} {wording} — {category}</source>
        <translation>{value} {wording} — {category}</translation>
    </message>
    <message>
        <source>Positions individuelles — choisissez un énoncé</source>
        <translation>Individual positions — choose a statement</translation>
    </message>
    <message>
        <source>Positions individuelles — énoncé n° {number}</source>
        <translation>Individual positions — statement no. {number}</translation>
    </message>
    <message>
        <source>décompte à main levée saisi</source>
        <translation>show-of-hands count entered</translation>
    </message>
    <message>
        <source>aucune réponse</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>contre {d}  neutre {n}  pour {a}</source>
        <translation>against {d}  neutral {n}  for {a}</translation>
    </message>
    <message>
        <source>{spread}  NSP:{p} — {stance}, n = {n}</source>
        <translation>{spread}  no opinion:{p} — {stance}, n = {n}</translation>
    </message>
    <message>
        <source>✓ {category} : {answer}</source>
        <translation>✓ {category}: {answer}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <extracomment>The languages offered, each named in its own language (so anyone can find theirs).</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue de l’interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Écran de projection</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <source>Automatique : le second écran s’il y en a un</source>
        <translation>Automatic: the second screen if there is one</translation>
    </message>
    <message>
        <source>{name} (non branché)</source>
        <translation>{name} (not connected)</translation>
    </message>
    <message>
        <source>Remarque sur la langue</source>
        <translation>Note on the language</translation>
    </message>
    <message>
        <source>La langue choisie s’applique au prochain démarrage d’Agora.</source>
        <translation>The language chosen applies the next time Agora starts.</translation>
    </message>
    <message>
        <source>&amp;Langue de l’interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>É&amp;cran de projection :</source>
        <translation>Projector &amp;screen:</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Agora — projection</source>
        <extracomment>How long change notices are gathered before the session is read again. The countdown changed: (seconds left, whether it is running). The countdown has just reached zero. A session's content is on screen (its id), after a move or a refresh.</extracomment>
        <translation>Agora — projector</translation>
    </message>
    <message>
        <source>La projection commencera avec le premier temps.</source>
        <translation>The projection will start with the first session.</translation>
    </message>
    <message>
        <source>Agora</source>
        <translation>Agora</translation>
    </message>
</context>
<context>
    <name>RankedListsModel</name>
    <message>
        <source>Rang</source>
        <extracomment>The lists shown, in order. The first category column. Statement id of an item row ("" on title rows). Name of the list a row belongs to. True on title rows. Whether the list is role-based (False only for the room majority). For « spécifique » items: whether both z-tests pass at 90 %.</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Énoncé</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Pourquoi ici</source>
        <translation>Why here</translation>
    </message>
    <message>
        <source>Aucun énoncé pour l’instant.</source>
        <translation>No statement yet.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Votes de toutes les catégories mis en commun : une catégorie nombreuse peut faire cette majorité à elle seule. Ce n’est pas un consensus entre rôles.</source>
        <translation>Votes of all categories pooled: a large category can make this majority on its own. It is not a consensus between roles.</translation>
    </message>
    <message>
        <source>{name} : {stance}, pour/neutres/contre {counts}, n = {n}</source>
        <translation>{name}: {stance}, for/neutral/against {counts}, n = {n}</translation>
    </message>
    <message>
        <source>rejet pondéré (GICd) {value}</source>
        <translation>weighted rejection (GICd) {value}</translation>
    </message>
    <message>
        <source>accord pondéré (GIC) {value}</source>
        <translation>weighted agreement (GIC) {value}</translation>
    </message>
    <message>
        <source>écart max {gap} : {high} / {low}</source>
        <translation>max gap {gap}: {high} / {low}</translation>
    </message>
    <message>
        <source>pour : {pour} — contre : {contre}</source>
        <translation>for: {pour} — against: {contre}</translation>
    </message>
    <message>
        <source>{names} se distingue</source>
        <translation>{names} stands out</translation>
    </message>
    <message>
        <source>controverse κ max {value}</source>
        <translation>max controversy κ {value}</translation>
    </message>
    <message>
        <source>{p} sans réponse sur {total} — U = {u}</source>
        <translation>{p} with no answer out of {total} — U = {u}</translation>
    </message>
    <message>
        <source>{name} plus d’accord que le reste de la salle</source>
        <translation>{name} more in agreement than the rest of the room</translation>
    </message>
    <message>
        <source>{name} plus opposé·e·s que le reste de la salle</source>
        <translation>{name} more opposed than the rest of the room</translation>
    </message>
    <message>
        <source>p̂ {p} contre {rest} (× {r})</source>
        <translation>p̂ {p} vs {rest} (× {r})</translation>
    </message>
    <message>
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <source>contre</source>
        <translation>against</translation>
    </message>
    <message>
        <source>Salle {side} à {share} : {a}/{n_}/{d}{p}, n = {n}
(toutes catégories confondues)</source>
        <translation>Room {share} {side}: {a}/{n_}/{d}{p}, n = {n}
(all categories pooled)</translation>
    </message>
</context>
<context>
    <name>RankedListsView</name>
    <message>
        <source>Listes classées</source>
        <extracomment>The facilitator selected an item (its statement id).</extracomment>
        <translation>Ranked lists</translation>
    </message>
    <message>
        <source>Sous chaque position : pour/neutres/contre (+ ne se prononcent pas). Les listes entre rôles comptent chaque catégorie à égalité ; la majorité de la salle additionne les votes de tous et ne tient pas compte des rôles.</source>
        <translation>Under each position: for/neutral/against (+ no opinion). The lists between roles count each category equally; the room majority adds up everyone’s votes and does not take roles into account.</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>Forum restauré depuis une sauvegarde</source>
        <translation>Forum restored from a backup</translation>
    </message>
    <message>
        <source>Compris</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>Masquer le message de restauration</source>
        <translation>Hide the restore message</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Relation entre la collectivité et les acteurs de l’ESS</source>
        <translation>Relation between the local authority and the social and solidarity economy (SSE) actors</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Typologie</source>
        <translation>Typology</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Ce qui fonde cette appréciation (facultatif)</source>
        <translation>What this assessment is based on (optional)</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Déjà noté : {lines}</source>
        <translation>Already recorded: {lines}</translation>
    </message>
    <message>
        <source>Aucune appréciation notée pour ce territoire.</source>
        <translation>No assessment recorded for this territory.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>vérifiée</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>non vérifiée</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <extracomment>The list has been read (number of snapshots).</extracomment>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Sauvegardes du forum</source>
        <translation>Backups of the forum</translation>
    </message>
    <message>
        <source>Sauvegardes de « {title} », de la plus récente à la plus ancienne. Restaurer remplace le forum par la sauvegarde choisie ; l’état actuel est d’abord sauvegardé lui aussi.</source>
        <translation>Backups of “{title}”, newest first. Restoring replaces the forum with the chosen backup; the current state is backed up first as well.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Énoncés</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Vérification</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Liste des sauvegardes</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <source>État de la liste</source>
        <translation>List status</translation>
    </message>
    <message>
        <source>Lecture des sauvegardes…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>{count} sauvegarde(s).</source>
        <translation>{count} backup(s).</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de ce forum pour l’instant.</source>
        <translation>No backup of this forum yet.</translation>
    </message>
    <message>
        <source>Les sauvegardes n’ont pas pu être lues : {reason}</source>
        <translation>The backups could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>État de l’enregistrement</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>NON ENREGISTRÉ — {reason}</source>
        <translation>NOT SAVED — {reason}</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Agora : toutes les catégories ensemble</source>
        <extracomment>The ``SessionRead`` behind a row. The session id of a row. The invisible root: the default ``parent`` of the item-model methods.</extracomment>
        <translation>Agora: all categories together</translation>
    </message>
    <message>
        <source>Temps entre pairs : {category}</source>
        <translation>Peer-group session: {category}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Entrée</source>
        <extracomment>The keys of each screen: (keys, what they do), French source; context « ShortcutsDialog ».</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>ajouter la carte tapée</source>
        <translation>add the card typed</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+5</source>
        <translation>Alt+1 … Alt+5</translation>
    </message>
    <message>
        <source>type de carte : contrainte, attente, engagement, apprentissage, récit</source>
        <translation>kind of card: constraint, expectation, commitment, learning, story</translation>
    </message>
    <message>
        <source>Alt+E / A / T / S</source>
        <translation>Alt+E / A / T / S</translation>
    </message>
    <message>
        <source>attente envers les élu·e·s, les agents, l’État, les acteurs socio-économiques</source>
        <translation>expectation toward the elected officials, the local-government staff, the State, the socio-economic actors</translation>
    </message>
    <message>
        <source>Alt+→ / Alt+←</source>
        <translation>Alt+→ / Alt+←</translation>
    </message>
    <message>
        <source>catégorie visée suivante / précédente</source>
        <translation>next / previous category addressed</translation>
    </message>
    <message>
        <source>↑ / Échap</source>
        <translation>↑ / Esc</translation>
    </message>
    <message>
        <source>aller aux cartes / revenir à la saisie</source>
        <translation>go to the cards / back to the capture bar</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>colonne voisine (dans les cartes)</source>
        <translation>neighbouring column (in the cards)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>modifier la carte (Entrée garde, Échap annule)</source>
        <translation>edit the card (Enter keeps, Esc cancels)</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>supprimer les cartes choisies</source>
        <translation>delete the chosen cards</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>fusionner les cartes choisies</source>
        <translation>merge the chosen cards</translation>
    </message>
    <message>
        <source>Ctrl+Maj+↑ / ↓</source>
        <translation>Ctrl+Shift+↑ / ↓</translation>
    </message>
    <message>
        <source>monter / descendre la carte</source>
        <translation>move the card up / down</translation>
    </message>
    <message>
        <source>Ctrl+Maj+← / →</source>
        <translation>Ctrl+Shift+← / →</translation>
    </message>
    <message>
        <source>déplacer vers la colonne voisine</source>
        <translation>move to the neighbouring column</translation>
    </message>
    <message>
        <source>Ctrl+Maj+1 … 4</source>
        <translation>Ctrl+Shift+1 … 4</translation>
    </message>
    <message>
        <source>associer un principe directeur (Ctrl+Maj+0 : aucun)</source>
        <translation>tag a guiding principle (Ctrl+Shift+0: none)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>donner un thème aux cartes choisies</source>
        <translation>give the chosen cards a theme</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>rechercher et filtrer</source>
        <translation>search and filter</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Maj+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>annuler / rétablir (aussi Ctrl+Y)</source>
        <translation>undo / redo (also Ctrl+Y)</translation>
    </message>
    <message>
        <source>Ctrl+Page préc. / suiv.</source>
        <translation>Ctrl+Page Up / Down</translation>
    </message>
    <message>
        <source>temps précédent / suivant du programme</source>
        <translation>previous / next session of the agenda</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>projeter</source>
        <translation>project</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>revenir à la saisie</source>
        <translation>back to the capture bar</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>exporter le forum</source>
        <translation>export the forum</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>fermer le forum</source>
        <translation>close the forum</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quitter</source>
        <translation>quit</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>cette liste des raccourcis</source>
        <translation>this list of shortcuts</translation>
    </message>
    <message>
        <source>Maj+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>le guide d’utilisation</source>
        <translation>the user guide</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>écrire un nouvel énoncé</source>
        <translation>write a new statement</translation>
    </message>
    <message>
        <source>Ctrl+Maj+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>des énoncés depuis les cartes</source>
        <translation>statements from the cards</translation>
    </message>
    <message>
        <source>Alt+↓ / Alt+↑</source>
        <translation>Alt+↓ / Alt+↑</translation>
    </message>
    <message>
        <source>énoncé suivant / précédent</source>
        <translation>next / previous statement</translation>
    </message>
    <message>
        <source>main levée : saisir les totaux</source>
        <translation>show of hands: enter the totals</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>positions individuelles (puis 1 … 5 ; 0 : ne se prononce pas)</source>
        <translation>individual positions (then 1 … 5; 0: no opinion)</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2…</source>
        <translation>Ctrl+1, Ctrl+2…</translation>
    </message>
    <message>
        <source>onglets des tableaux et des listes</source>
        <translation>tabs of the tables and lists</translation>
    </message>
    <message>
        <source>Ctrl+Maj+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>choisir le libellé à la main</source>
        <translation>choose the label by hand</translation>
    </message>
    <message>
        <source>Ctrl+Maj+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>paramètres de la méthode</source>
        <translation>method parameters</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl++ / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <source>texte plus grand / plus petit / normal</source>
        <translation>larger / smaller / normal text</translation>
    </message>
    <message>
        <source>nouveau forum</source>
        <translation>new forum</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>ouvrir le forum choisi</source>
        <translation>open the chosen forum</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>dupliquer le forum choisi</source>
        <translation>duplicate the chosen forum</translation>
    </message>
    <message>
        <source>importer un forum ou un lot</source>
        <translation>import a forum or a bundle</translation>
    </message>
    <message>
        <source>exporter le forum choisi</source>
        <translation>export the chosen forum</translation>
    </message>
    <message>
        <source>actualiser la liste</source>
        <translation>refresh the list</translation>
    </message>
    <message>
        <source>F1 / Maj+F1</source>
        <translation>F1 / Shift+F1</translation>
    </message>
    <message>
        <source>cette liste / le guide d’utilisation</source>
        <translation>this list / the user guide</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>plein écran ou fenêtre</source>
        <translation>full screen or window</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>quitter le plein écran</source>
        <translation>leave full screen</translation>
    </message>
    <message>
        <source>Tableau d’un temps entre pairs</source>
        <extracomment>The sheet's sections, in order: (title, keys).</extracomment>
        <translation>Board of a peer-group session</translation>
    </message>
    <message>
        <source>Toute la fenêtre du forum</source>
        <translation>The whole forum window</translation>
    </message>
    <message>
        <source>Page de l’Agora</source>
        <translation>Agora page</translation>
    </message>
    <message>
        <source>Fenêtre de départ (la bibliothèque)</source>
        <translation>Start window (the library)</translation>
    </message>
    <message>
        <source>Vue projetée</source>
        <translation>Projected view</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <extracomment>Every (keys, what they do) of the sheet, all sections together.</extracomment>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Liste des raccourcis clavier</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <source>Guide d’utilisation (Maj+F1)</source>
        <translation>User guide (Shift+F1)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Forums de la bibliothèque</source>
        <extracomment>Open this forum file. « Nouveau forum… ». Duplicate this forum. « Importer… ». Export this forum. « Ouvrir le forum de démonstration ». « Actualiser ».</extracomment>
        <translation>Forums in the library</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ouvrir le forum choisi</source>
        <translation>Open the chosen forum</translation>
    </message>
    <message>
        <source>&amp;Nouveau forum…</source>
        <translation>&amp;New forum…</translation>
    </message>
    <message>
        <source>Créer un nouveau forum</source>
        <translation>Create a new forum</translation>
    </message>
    <message>
        <source>D&amp;upliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Dupliquer le forum choisi</source>
        <translation>Duplicate the chosen forum</translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Importer un forum ou un lot</source>
        <translation>Import a forum or a bundle</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Exporter le forum choisi</source>
        <translation>Export the chosen forum</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Actualiser la liste des forums</source>
        <translation>Refresh the list of forums</translation>
    </message>
    <message>
        <source>Dossier de la bibliothèque</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Bienvenue dans Agora</source>
        <translation>Welcome to Agora</translation>
    </message>
    <message>
        <source>Présentation d’Agora</source>
        <translation>About Agora</translation>
    </message>
    <message>
        <source>Agora accompagne l’animation des forums de transition territoriale : temps entre pairs des élu·e·s, des agents territoriaux, de l’État et des acteurs socio-économiques, puis une Agora qui croise leurs regards. Tout reste sur cet ordinateur, sans connexion.

Votre bibliothèque de forums est vide. Pour découvrir Agora, ouvrez le forum de démonstration ; pour préparer votre rencontre, créez un forum.</source>
        <translation>Agora supports the facilitation of territorial-transition forums: peer-group sessions of elected officials, local-government staff, the State and socio-economic actors, then an Agora that crosses their views. Everything stays on this computer, offline.

Your forum library is empty. To discover Agora, open the demo forum; to prepare your meeting, create a forum.</translation>
    </message>
    <message>
        <source>Ouvrir le forum de &amp;démonstration</source>
        <translation>Open the &amp;demo forum</translation>
    </message>
    <message>
        <source>Ouvrir le forum de démonstration</source>
        <translation>Open the demo forum</translation>
    </message>
    <message>
        <source>&amp;Créer un forum</source>
        <translation>&amp;Create a forum</translation>
    </message>
    <message>
        <source>Créer un forum</source>
        <translation>Create a forum</translation>
    </message>
    <message>
        <source>&amp;Importer un forum ou un lot…</source>
        <translation>&amp;Import a forum or a bundle…</translation>
    </message>
    <message>
        <source>Bibliothèque : {folder}</source>
        <translation>Library: {folder}</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>N°</source>
        <extracomment>The statement id of a row. The label code shown (``Label`` value).</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Énoncé</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Libellé modifié par l’animation ; libellé calculé : {label}</source>
        <translation>Label changed by the facilitator; computed label: {label}</translation>
    </message>
    <message>
        <source>Votes exprimés, toutes catégories</source>
        <translation>Votes cast, all categories</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Texte de l’énoncé</source>
        <extracomment>The facilitator selected a statement (its id). The facilitator asked to pick cards of the peer groups.</extracomment>
        <translation>Statement text</translation>
    </message>
    <message>
        <source>Depuis les cartes…</source>
        <translation>From the cards…</translation>
    </message>
    <message>
        <source>Soumettre des cartes des temps entre pairs (Ctrl+Maj+N)</source>
        <translation>Submit cards from the peer-group sessions (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Reformuler l’énoncé choisi (F2)</source>
        <translation>Reword the chosen statement (F2)</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Retirer l’énoncé du vote ; Annuler le remet (Suppr)</source>
        <translation>Withdraw the statement from the vote; Undo puts it back (Del)</translation>
    </message>
    <message>
        <source>Énoncés soumis à l’Agora</source>
        <translation>Statements submitted to the Agora</translation>
    </message>
    <message>
        <source>Reformuler l’énoncé n° {number} — Entrée enregistre, Échap annule</source>
        <translation>Reword statement no. {number} — Enter saves, Esc cancels</translation>
    </message>
    <message>
        <source>Nouvel énoncé — Entrée pour le soumettre au vote (Ctrl+N)</source>
        <translation>New statement — Enter to put it to the vote (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tapez un énoncé…</source>
        <translation>Type a statement…</translation>
    </message>
</context>
<context>
    <name>TallyEntry</name>
    <message>
        <source>Tapez les nombres : Tab ou Entrée passe à la case suivante. Une ligne complète est enregistrée quand vous la quittez.</source>
        <extracomment>Column of each box in a row. What the forum holds for this row (None: no tally). A write on its way: the counts, or "clear". A row was recorded: (statement id, category code). A row was refused: (category code, French message).</extracomment>
        <translation>Type the numbers: Tab or Enter moves to the next box. A complete row is saved when you leave it.</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Sans réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>{field} — {category}</source>
        <translation>{field} — {category}</translation>
    </message>
    <message>
        <source>Sans réponse — {category}</source>
        <translation>No answer — {category}</translation>
    </message>
    <message>
        <source>État de la ligne — {category}</source>
        <translation>Row status — {category}</translation>
    </message>
    <message>
        <source>Main levée — énoncé n° {number}</source>
        <translation>Show of hands — statement no. {number}</translation>
    </message>
    <message>
        <source>Main levée — choisissez un énoncé</source>
        <translation>Show of hands — choose a statement</translation>
    </message>
    <message>
        <source>positions individuelles (n = {n})</source>
        <translation>individual positions (n = {n})</translation>
    </message>
    <message>
        <source>incomplète</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>{category} : ligne incomplète, rien n’est enregistré tant que les quatre nombres ne sont pas saisis.</source>
        <translation>{category}: incomplete row, nothing is saved until all four numbers are entered.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>✓ enregistré</source>
        <translation>✓ saved</translation>
    </message>
    <message>
        <source>✓ effacé</source>
        <translation>✓ cleared</translation>
    </message>
    <message>
        <source>⚠ refusé</source>
        <translation>⚠ refused</translation>
    </message>
    <message>
        <source>⚠ {category} : {message}</source>
        <translation>⚠ {category}: {message}</translation>
    </message>
</context>
<context>
    <name>UsbExport</name>
    <message>
        <source>Choisir la clé USB ou le dossier d’export</source>
        <extracomment>Asks for the destination folder (tests replace it): (parent, title) -&gt; folder or None. The export ended: (success, the French message shown). Something to say in the status bar.</extracomment>
        <translation>Choose the USB stick or the export folder</translation>
    </message>
    <message>
        <source>Export vers la clé en cours… Ne retirez pas la clé.</source>
        <translation>Exporting to the stick… Do not remove the stick.</translation>
    </message>
    <message>
        <source>Exporter sur une clé USB</source>
        <translation>Export to a USB stick</translation>
    </message>
    <message>
        <source>Copie et vérification en cours…</source>
        <translation>Copying and checking…</translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>L’export a échoué.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>L’export a échoué</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>WhyNumbersModel</name>
    <message>
        <source>Catégorie</source>
        <extracomment>The ``CategoryMetrics`` of a row.</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>A : pour (d’accord)</source>
        <translation>A: for (agree)</translation>
    </message>
    <message>
        <source>N : neutres (abstention, ni l’un ni l’autre)</source>
        <translation>N: neutral (abstention, neither agree nor disagree)</translation>
    </message>
    <message>
        <source>D : contre (pas d’accord)</source>
        <translation>D: against (disagree)</translation>
    </message>
    <message>
        <source>P : présents qui ne se prononcent pas</source>
        <translation>P: present with no opinion</translation>
    </message>
    <message>
        <source>n = A + N + D : votes exprimés</source>
        <translation>n = A + N + D: votes cast</translation>
    </message>
    <message>
        <source>a = A / n : part d’accord</source>
        <translation>a = A / n: share of agreement</translation>
    </message>
    <message>
        <source>d = D / n : part de désaccord</source>
        <translation>d = D / n: share of disagreement</translation>
    </message>
    <message>
        <source>s : position moyenne, de −1 (contre) à +1 (pour)</source>
        <translation>s: mean position, from −1 (against) to +1 (for)</translation>
    </message>
    <message>
        <source>κ = 2 × min(a, d) : controverse interne</source>
        <translation>κ = 2 × min(a, d): internal controversy</translation>
    </message>
    <message>
        <source>Cns : consensus ordinal (Tastle–Wierman), votes individuels sur 5 points</source>
        <translation>Cns: ordinal consensus (Tastle–Wierman), individual votes on 5 points</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>Pourquoi ce libellé ?</source>
        <extracomment>The facilitator wants to choose the label of the statement shown. The facilitator wants the computed label back.</extracomment>
        <translation>Why this label?</translation>
    </message>
    <message>
        <source>Énoncé</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Libellé modifié par l’animation</source>
        <translation>Label changed by the facilitator</translation>
    </message>
    <message>
        <source>Règle appliquée</source>
        <translation>Rule applied</translation>
    </message>
    <message>
        <source>Les nombres par catégorie</source>
        <translation>The numbers by category</translation>
    </message>
    <message>
        <source>Écarts, incertitude et accord pondéré</source>
        <translation>Gaps, uncertainty and weighted agreement</translation>
    </message>
    <message>
        <source>Seuils appliqués</source>
        <translation>Thresholds applied</translation>
    </message>
    <message>
        <source>Choisir le libellé…</source>
        <translation>Choose the label…</translation>
    </message>
    <message>
        <source>Remplacer le libellé calculé (Ctrl+Maj+L)</source>
        <translation>Replace the computed label (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Revenir au libellé calculé</source>
        <translation>Revert to the computed label</translation>
    </message>
    <message>
        <source>Choisissez un énoncé pour voir comment son libellé est calculé.</source>
        <translation>Choose a statement to see how its label is computed.</translation>
    </message>
    <message>
        <source>Énoncé n° {number} : {text}</source>
        <translation>Statement no. {number}: {text}</translation>
    </message>
    <message>
        <source>Règle {number} : {sentence}</source>
        <translation>Rule {number}: {sentence}</translation>
    </message>
    <message>
        <source>{date} à {hour} h {minute:02d}</source>
        <translation>{date} at {hour}:{minute:02d}</translation>
    </message>
    <message>
        <source>Libellé modifié par l’animation le {when}</source>
        <translation>Label changed by the facilitator on {when}</translation>
    </message>
    <message>
        <source> : {note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <source>Libellé calculé : {label}</source>
        <translation>Computed label: {label}</translation>
    </message>
    <message>
        <source> (significatif)</source>
        <translation> (significant)</translation>
    </message>
    <message>
        <source>Écarts de position : {gaps}</source>
        <translation>Position gaps: {gaps}</translation>
    </message>
    <message>
        <source>Écarts de position : aucun (moins de deux catégories comparables).</source>
        <translation>Position gaps: none (fewer than two comparable categories).</translation>
    </message>
    <message>
        <source>U (ne se prononcent pas) = {u} ({p} sur {total}) · GIC = {gic} (moyenne géométrique {geo})</source>
        <translation>U (no opinion) = {u} ({p} of {total}) · GIC = {gic} (geometric mean {geo})</translation>
    </message>
    <message>
        <source>Se distingue : {names}</source>
        <translation>Stands out: {names}</translation>
    </message>
    <message>
        <source>Seuils : {n_min} votes exprimés minimum, position {t_pos}, minorité tolérée {t_minor}, écart {t_gap}, opposition {t_oppose}, incertitude {t_unc}.</source>
        <translation>Thresholds: at least {n_min} votes cast, position {t_pos}, tolerated minority {t_minor}, gap {t_gap}, opposition {t_oppose}, uncertainty {t_unc}.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Agora {version}
Agora — animation de forums

Animation de forums de transition territoriale, hors ligne : temps entre pairs, Agora, consensus et dissensus entre catégories d’acteurs.

Logiciel libre sous licence AGPL-3.0 ou ultérieure.

Polices embarquées (écran et documents imprimés) :
• DejaVu Sans 2.37 — licence Bitstream Vera / DejaVu (modifications DejaVu dans le domaine public) ;
• Symbola 2.60, de George Douros — libre pour tout usage (licence de l’auteur).

Textes de référence cités (questions, principes directeurs, typologies) :
• « Impulser des dynamiques collectives dans les territoires », table ronde du 9 avril 2021 ;
• « Coopérer entre collectivités et acteurs de l’ESS au service d’une transition systémique », J. Perdrigeat et C. Coubard (Fabrique des transitions).

Icônes : créées pour Agora, sous la licence du logiciel.

Le texte complet des licences des polices est dans « Détails ».</source>
        <extracomment>The font licence files shipped in resources/fonts, in the order the details show them.</extracomment>
        <translation>Agora {version}
Agora — forum facilitation

Offline facilitation of territorial-transition forums: peer-group sessions, Agora, consensus and dissensus between actor categories.

Free software under the AGPL-3.0-or-later licence.

Embedded fonts (screen and printed documents):
• DejaVu Sans 2.37 — Bitstream Vera / DejaVu licence (DejaVu changes in the public domain);
• Symbola 2.60, by George Douros — free for any use (the author’s licence).

Reference texts cited (questions, guiding principles, typologies):
• “Impulser des dynamiques collectives dans les territoires” [Driving collective dynamics in the territories], round table of 9 April 2021;
• “Coopérer entre collectivités et acteurs de l’ESS au service d’une transition systémique” [Cooperation between local authorities and social and solidarity economy actors for a systemic transition], J. Perdrigeat and C. Coubard (Fabrique des transitions).

Icons: created for Agora, under the software’s licence.

The full text of the font licences is under “Show Details…”.</translation>
    </message>
    <message>
        <source>(fichier introuvable : {name})</source>
        <translation>(file not found: {name})</translation>
    </message>
    <message>
        <source>À propos d’Agora</source>
        <translation>About Agora</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Agora a rencontré une erreur inattendue.

Le travail déjà enregistré est conservé : chaque modification est enregistrée dès qu’elle est faite.

Le détail est noté dans le journal : {log}</source>
        <extracomment>The log file in ``agora.paths.log_dir()``; it rotates at ``LOG_MAX_BYTES``. Where ``--dev`` keeps the library, the logs and the settings (beside the checkout).</extracomment>
        <translation>Agora ran into an unexpected error.

The work already saved is kept: every change is saved as soon as it is made.

The details are in the log: {log}</translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Agora est déjà ouvert</source>
        <extracomment>The exit status when another Agora already has the library open.</extracomment>
        <translation>Agora is already open</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>à l’ouverture</source>
        <extracomment>Reasons, as they appear in snapshot file names (ASCII, no spaces). What the restore dialog shows for each reason.</extracomment>
        <translation>on opening</translation>
    </message>
    <message>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>à la fermeture</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>avant la mise à jour du forum</source>
        <translation>before the forum update</translation>
    </message>
    <message>
        <source>avant un import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>avant une suppression</source>
        <translation>before a deletion</translation>
    </message>
    <message>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>à la demande</source>
        <translation>on request</translation>
    </message>
</context>
<context>
    <name>board_kinds</name>
    <message>
        <source>Contrainte / frein</source>
        <extracomment>The board's columns, left to right (the core's board order). What the capture bar says is being typed (French source, context « board_kinds »).</extracomment>
        <translation>Constraint / obstacle</translation>
    </message>
    <message>
        <source>Attente vis-à-vis de</source>
        <translation>Expectation toward</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Apprentissage</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Story</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Écrit : {path}</source>
        <extracomment>Suffix of the handouts file, after the summary's stem. Suffix of the poster file, after the summary's stem.</extracomment>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>janvier</source>
        <extracomment>Month names, January first, in French (the source language).</extracomment>
        <translation>January</translation>
    </message>
    <message>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <extracomment>How a date is written: the order of day, month and year is the translator's choice.</extracomment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>1er</source>
        <extracomment>The first day of a month is written as an ordinal in French (« 1er mai »).</extracomment>
        <translation>1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Ce paquet supprimerait {count} des {alive} cartes du temps « {title} » : confirmez l’import pour l’appliquer.</source>
        <extracomment>The entities whose items carry a deletion mark.</extracomment>
        <translation>This bundle would delete {count} of the {alive} cards of the session “{title}”: confirm the import to apply it.</translation>
    </message>
    <message>
        <source>Le paquet « {path} » est introuvable.</source>
        <translation>The bundle “{path}” cannot be found.</translation>
    </message>
    <message>
        <source>Le paquet « {path} » ne peut pas être lu ({detail}).</source>
        <translation>The bundle “{path}” cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>Le paquet dépasse {size} Mo une fois décompressé : la limite est de {limit} Mo.</source>
        <translation>The bundle exceeds {size} MB once uncompressed: the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>Le paquet n’est pas un texte UTF-8 valide (octet n° {offset}).</source>
        <translation>The bundle is not valid UTF-8 text (byte no. {offset}).</translation>
    </message>
    <message>
        <source>Le paquet n’est pas un document JSON valide (erreur ligne {line}, colonne {column}).</source>
        <translation>The bundle is not a valid JSON document (error at line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Le paquet est imbriqué trop profondément pour être lu.</source>
        <translation>The bundle is nested too deeply to be read.</translation>
    </message>
    <message>
        <source>Le paquet contient deux fois la clé « {key} » dans un même objet.</source>
        <translation>The bundle contains the key “{key}” twice in the same object.</translation>
    </message>
    <message>
        <source>Le paquet contient un nombre démesuré : « {value} ».</source>
        <translation>The bundle contains an oversized number: “{value}”.</translation>
    </message>
    <message>
        <source>Le paquet contient « {value} », qui n’est pas un nombre JSON.</source>
        <translation>The bundle contains “{value}”, which is not a JSON number.</translation>
    </message>
    <message>
        <source>Le paquet doit être un objet JSON ({{ … }}).</source>
        <translation>The bundle must be a JSON object ({{ … }}).</translation>
    </message>
    <message>
        <source>Ce fichier n’est pas un paquet Agora (format « {value} » au lieu de « agora-bundle »).</source>
        <translation>This file is not an Agora bundle (format “{value}” instead of “agora-bundle”).</translation>
    </message>
    <message>
        <source>Ce paquet vient d’une version plus récente d’Agora (format {version}) : mettez Agora à jour pour l’importer.</source>
        <translation>This bundle comes from a newer version of Agora (format {version}): update Agora to import it.</translation>
    </message>
    <message>
        <source>La version de format « {value} » du paquet n’est pas reconnue.</source>
        <translation>The bundle’s format version “{value}” is not recognised.</translation>
    </message>
    <message>
        <source>Le paquet n’a pas de champ « {field} ».</source>
        <translation>The bundle has no “{field}” field.</translation>
    </message>
    <message>
        <source>Le champ « {field} » du paquet doit être une liste.</source>
        <translation>The bundle’s “{field}” field must be a list.</translation>
    </message>
    <message>
        <source>Un paquet s’écrit dans un fichier .json ou .zip, pas « {name} ».</source>
        <translation>A bundle is written to a .json or .zip file, not “{name}”.</translation>
    </message>
    <message>
        <source>Le paquet compressé est illisible ou tronqué ({detail}).</source>
        <translation>The zipped bundle is unreadable or truncated ({detail}).</translation>
    </message>
    <message>
        <source>Le paquet compressé contient un nom de fichier dangereux : « {name} ».</source>
        <translation>The zipped bundle contains a dangerous file name: “{name}”.</translation>
    </message>
    <message>
        <source>Le paquet compressé contient deux fois « {name} ».</source>
        <translation>The zipped bundle contains “{name}” twice.</translation>
    </message>
    <message>
        <source>Le paquet compressé ne contient pas « {name} ».</source>
        <translation>The zipped bundle does not contain “{name}”.</translation>
    </message>
    <message>
        <source>Le paquet compressé est anormalement comprimé (« {name} », rapport {ratio} pour 1) : refusé par prudence.</source>
        <translation>The zipped bundle is abnormally compressed (“{name}”, ratio {ratio} to 1): refused as a precaution.</translation>
    </message>
    <message>
        <source>Le paquet compressé est chiffré : Agora ne peut pas le lire.</source>
        <translation>The zipped bundle is encrypted: Agora cannot read it.</translation>
    </message>
    <message>
        <source>Le manifeste du paquet compressé est invalide : {detail}.</source>
        <translation>The zipped bundle’s manifest is invalid: {detail}.</translation>
    </message>
    <message>
        <source>Le manifeste du paquet compressé n’indique pas l’empreinte SHA-256 de bundle.json.</source>
        <translation>The zipped bundle’s manifest does not give the SHA-256 checksum of bundle.json.</translation>
    </message>
    <message>
        <source>L’empreinte SHA-256 de bundle.json ne correspond pas au manifeste : le paquet est abîmé ou a été modifié.</source>
        <translation>The SHA-256 checksum of bundle.json does not match the manifest: the bundle is damaged or has been modified.</translation>
    </message>
    <message>
        <source>{item} : chaque élément doit être un objet JSON.</source>
        <translation>{item}: each element must be a JSON object.</translation>
    </message>
    <message>
        <source>{item} : le champ obligatoire « {field} » manque.</source>
        <translation>{item}: the required field “{field}” is missing.</translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » doit être {expected} (reçu : {value}).</source>
        <translation>{item}: the field “{field}” must be {expected} (received: {value}).</translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » vaut {value}, hors des limites admises ({minimum} à {maximum}).</source>
        <translation>{item}: the field “{field}” is {value}, outside the allowed range ({minimum} to {maximum}).</translation>
    </message>
    <message>
        <source>{item} : l’identifiant « {value} » du champ « {field} » ne convient pas (1 à 128 caractères ASCII visibles, sans espace).</source>
        <translation>{item}: the identifier “{value}” in the field “{field}” is not valid (1 to 128 printable ASCII characters, no spaces).</translation>
    </message>
    <message>
        <source>{item} : le code « {value} » ne convient pas (lettres minuscules sans accent, chiffres, - ou _).</source>
        <translation>{item}: the code “{value}” is not valid (unaccented lower-case letters, digits, - or _).</translation>
    </message>
    <message>
        <source>{item} : la couleur « {value} » n’est pas de la forme #RRVVBB.</source>
        <translation>{item}: the colour “{value}” is not of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » n’est pas une date AAAA-MM-JJ (« {value} »).</source>
        <translation>{item}: the field “{field}” is not a YYYY-MM-DD date (“{value}”).</translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » n’est pas une date et heure ISO 8601 avec fuseau horaire (« {value} »).</source>
        <translation>{item}: the field “{field}” is not an ISO 8601 date and time with a time zone (“{value}”).</translation>
    </message>
    <message>
        <source>{item} : « {value} » n’est pas une valeur admise du champ « {field} » ({choices}).</source>
        <translation>{item}: “{value}” is not an allowed value of the field “{field}” ({choices}).</translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » contient des caractères invalides (UTF-16 isolé).</source>
        <translation>{item}: the field “{field}” contains invalid characters (lone UTF-16 surrogate).</translation>
    </message>
    <message>
        <source>{item} : {reason}</source>
        <translation>{item}: {reason}</translation>
    </message>
    <message>
        <source>{item} : le paquet contient deux entrées de même identifiant mais différentes (champ « {field} »).</source>
        <translation>{item}: the bundle contains two different entries with the same identifier (field “{field}”).</translation>
    </message>
    <message>
        <source>{item} : le forum contient déjà cet identifiant avec un contenu différent (champ « {field} »).</source>
        <translation>{item}: the forum already holds this identifier with different content (field “{field}”).</translation>
    </message>
    <message>
        <source>{item} : un temps entre pairs réunit une seule catégorie ; l’Agora les réunit toutes.</source>
        <translation>{item}: a peer-group session brings together a single category; the Agora brings them all together.</translation>
    </message>
    <message>
        <source>{item} : la catégorie « {key} » n’est pas une catégorie connue.</source>
        <translation>{item}: the category “{key}” is not a known category.</translation>
    </message>
    <message>
        <source>{item} : la cible « {key} » n’est pas une catégorie connue.</source>
        <translation>{item}: the target “{key}” is not a known category.</translation>
    </message>
    <message>
        <source>{item} : le temps « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation>{item}: the session “{key}” exists neither in the bundle nor in the forum.</translation>
    </message>
    <message>
        <source>{item} : la carte « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation>{item}: the card “{key}” exists neither in the bundle nor in the forum.</translation>
    </message>
    <message>
        <source>{item} : l’énoncé « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation>{item}: the statement “{key}” exists neither in the bundle nor in the forum.</translation>
    </message>
    <message>
        <source>{item} : le territoire « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation>{item}: the territory “{key}” exists neither in the bundle nor in the forum.</translation>
    </message>
    <message>
        <source>{item} : un énoncé se vote dans l’Agora, pas dans le temps entre pairs « {title} ».</source>
        <translation>{item}: a statement is voted on in the Agora, not in the peer-group session “{title}”.</translation>
    </message>
    <message>
        <source>{item} : la catégorie « {category} » aurait à la fois un décompte à main levée et des positions individuelles sur l’énoncé {statement}.</source>
        <translation>{item}: the category “{category}” would have both a show-of-hands count and individual positions on statement {statement}.</translation>
    </message>
    <message>
        <source>{item} : l’énoncé {statement} se vote sur une échelle à {scale} points, pas {other}.</source>
        <translation>{item}: statement {statement} is voted on a {scale}-point scale, not {other}.</translation>
    </message>
    <message>
        <source>{item} : le participant « {participant} » a déjà une position sur l’énoncé {statement}.</source>
        <translation>{item}: participant “{participant}” already has a position on statement {statement}.</translation>
    </message>
    <message>
        <source>{item} : les paramètres de la méthode ne sont pas valides ({detail}).</source>
        <translation>{item}: the method parameters are not valid ({detail}).</translation>
    </message>
    <message>
        <source>{item} : le libellé « {value} » n’existe pas.</source>
        <translation>{item}: the label “{value}” does not exist.</translation>
    </message>
    <message>
        <source>{item} : seul un engagement peut répondre à une attente.</source>
        <translation>{item}: only a commitment can answer an expectation.</translation>
    </message>
    <message>
        <source>{item} : cet engagement vient d’une autre catégorie que celle à qui l’attente s’adresse.</source>
        <translation>{item}: this commitment comes from a category other than the one the expectation is addressed to.</translation>
    </message>
    <message>
        <source>{item} : le canal « {value} » n’existe pas ({choices}).</source>
        <translation>{item}: the channel “{value}” does not exist ({choices}).</translation>
    </message>
    <message>
        <source>texte</source>
        <extracomment>a stable identifier: 1–128 printable ASCII characters a category code: lower-case letters, digits, - and _ the id (or code) of another entity an identifier Agora keeps but never resolves (participant ids) free text, normalised like everything a facilitator types a value of a closed vocabulary, checked by the services' rules AAAA-MM-JJ ISO 8601 with a time zone; written in UTC with a final Z #RRGGBB a JSON object, stored as JSON text ("" for null) Default of an absent time stamp: the moment of the import. Default of an absent order: the item's rank in its list. Largest integer a bundle may carry anywhere (what a JavaScript tool can represent exactly). Longest text, in characters (TEXT). Refuse an empty text (TEXT). French name of the field in messages about its text (TEXT).</extracomment>
        <translation>text</translation>
    </message>
    <message>
        <source>forum</source>
        <extracomment>The entity a REF points to (its list name in the bundle). Allowed values (WORD fields checked here rather than by a service). French word naming one item in messages (« contribution 3f2a1b0c… »). Bundle keys that identify an item (a tally has no id of its own).</extracomment>
        <translation>forum</translation>
    </message>
    <message>
        <source>titre du forum</source>
        <translation>forum title</translation>
    </message>
    <message>
        <source>lieu</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>nom des animateurs</source>
        <translation>facilitators’ names</translation>
    </message>
    <message>
        <source>lien</source>
        <translation>link</translation>
    </message>
    <message>
        <source>catégorie</source>
        <translation>category</translation>
    </message>
    <message>
        <source>nom de la catégorie</source>
        <translation>category name</translation>
    </message>
    <message>
        <source>territoire</source>
        <translation>territory</translation>
    </message>
    <message>
        <source>nom du territoire</source>
        <translation>territory name</translation>
    </message>
    <message>
        <source>échelon</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>milieu</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>région</source>
        <translation>region</translation>
    </message>
    <message>
        <source>maturité</source>
        <translation>maturity</translation>
    </message>
    <message>
        <source>intégration de l’ESS</source>
        <translation>SSE integration</translation>
    </message>
    <message>
        <source>temps</source>
        <translation>session</translation>
    </message>
    <message>
        <source>titre du temps</source>
        <translation>session title</translation>
    </message>
    <message>
        <source>texte de la consigne</source>
        <translation>prompt text</translation>
    </message>
    <message>
        <source>participant</source>
        <extracomment>The consensus method's parameters of an Agora (null: the defaults).</extracomment>
        <translation>participant</translation>
    </message>
    <message>
        <source>pseudonyme</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>card</translation>
    </message>
    <message>
        <source>texte de la carte</source>
        <extracomment>"Leave this field as it is" (None means "clear it" for optional fields).</extracomment>
        <translation>card text</translation>
    </message>
    <message>
        <source>thème</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>énoncé</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>texte de l’énoncé</source>
        <translation>statement text</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>décompte</source>
        <translation>count</translation>
    </message>
    <message>
        <source>libellé imposé</source>
        <translation>label override</translation>
    </message>
    <message>
        <source>commentaire</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>lien engagement-attente</source>
        <translation>commitment–expectation link</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>Le {field} contient des caractères invalides.</source>
        <extracomment>Longest short field (titles, names, labels), in characters.</extracomment>
        <translation>The {field} contains invalid characters.</translation>
    </message>
    <message>
        <source>Le {field} fait {length} caractères : la limite est de {limit} caractères.</source>
        <translation>The {field} is {length} characters long: the limit is {limit} characters.</translation>
    </message>
    <message>
        <source>Le {field} est vide.</source>
        <translation>The {field} is empty.</translation>
    </message>
    <message>
        <source>Opération impossible.</source>
        <translation>Operation not possible.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est vide (0 octet) : ce n’est pas un forum Agora.</source>
        <translation>The file “{path}” is empty (0 bytes): it is not an Agora forum.</translation>
    </message>
    <message>
        <source>Le forum « {path} » est endommagé ({detail}). Il n’a pas été modifié.</source>
        <translation>The forum “{path}” is damaged ({detail}). It was not modified.</translation>
    </message>
    <message>
        <source>Ce forum est ouvert en lecture seule : {reason}</source>
        <translation>This forum is open read-only: {reason}</translation>
    </message>
    <message>
        <source>Le temps « {title} » n’est pas une Agora : rien à analyser.</source>
        <extracomment>How a card kind reads as a statement kind in the method's vocabulary.</extracomment>
        <translation>The session “{title}” is not an Agora: nothing to analyse.</translation>
    </message>
    <message>
        <source>Le libellé « {label} » n’existe pas.</source>
        <translation>The label “{label}” does not exist.</translation>
    </message>
    <message>
        <source>Le type de carte « {kind} » n’existe pas.</source>
        <translation>The card kind “{kind}” does not exist.</translation>
    </message>
    <message>
        <source>Ce forum n’a pas de temps d’Agora : l’affiche en résume un.</source>
        <extracomment>Width of the A4 frame.</extracomment>
        <translation>This forum has no Agora session: the poster summarises one.</translation>
    </message>
    <message>
        <source>La catégorie « {key} » n’existe pas dans ce forum.</source>
        <translation>The category “{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>Une attente doit viser une autre catégorie d’acteurs.</source>
        <translation>An expectation must address another actor category.</translation>
    </message>
    <message>
        <source>Une attente vise une autre catégorie que la sienne.</source>
        <translation>An expectation addresses a category other than its own.</translation>
    </message>
    <message>
        <source>Seule une attente vise une autre catégorie : une carte « {kind} » n’a pas de cible.</source>
        <translation>Only an expectation addresses another category: a “{kind}” card has no target.</translation>
    </message>
    <message>
        <source>Le principe directeur doit être 1, 2, 3 ou 4 (reçu : {value}).</source>
        <translation>The guiding principle must be 1, 2, 3 or 4 (received: {value}).</translation>
    </message>
    <message>
        <source>Le temps « {key} » n’existe pas dans ce forum.</source>
        <translation>The session “{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>Dans l’Agora, précisez la catégorie qui écrit la carte.</source>
        <translation>In the Agora, specify the category writing the card.</translation>
    </message>
    <message>
        <source>Une carte ne peut pas être fusionnée avec elle-même.</source>
        <translation>A card cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Seules les cartes d’un même temps peuvent être fusionnées.</source>
        <translation>Only cards from the same session can be merged.</translation>
    </message>
    <message>
        <source>Cette carte appartient à une autre catégorie que celle de ce temps entre pairs.</source>
        <translation>This card belongs to a category other than the one of this peer-group session.</translation>
    </message>
    <message>
        <source>Seul un engagement peut répondre à une attente.</source>
        <translation>Only a commitment can answer an expectation.</translation>
    </message>
    <message>
        <source>Cet engagement vient d’une autre catégorie que celle à qui l’attente s’adresse.</source>
        <translation>This commitment comes from a category other than the one the expectation is addressed to.</translation>
    </message>
    <message>
        <source>Ce fichier ne contient aucun forum.</source>
        <translation>This file holds no forum.</translation>
    </message>
    <message>
        <source>Le type de relation « {value} » n’existe pas.</source>
        <translation>The relation type “{value}” does not exist.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » existe déjà.</source>
        <extracomment>The id of the forum that received the bundle (the bundle's own when the file was created). Whether the import created the forum file. Items written, per list. Items the forum already held (same id and content; for categories, the same code). Cards and statements whose deletion mark the import applied. The snapshot taken before writing into an existing file (None when nothing changed).
----------
Default number of peer-group times before the Agora in a new forum's agenda.</extracomment>
        <translation>The file “{path}” already exists.</translation>
    </message>
    <message>
        <source>La couleur « {color} » n’est pas de la forme #RRVVBB.</source>
        <translation>The colour “{color}” is not of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>Le code « {code} » ne convient pas : lettres minuscules sans accent, chiffres, - ou _.</source>
        <translation>The code “{code}” is not valid: unaccented lower-case letters, digits, - or _.</translation>
    </message>
    <message>
        <source>La catégorie « {code} » existe déjà.</source>
        <translation>The category “{code}” already exists.</translation>
    </message>
    <message>
        <source>La population ne peut pas être négative.</source>
        <translation>The population cannot be negative.</translation>
    </message>
    <message>
        <source>Un temps entre pairs réunit une seule catégorie ; l’Agora les réunit toutes.</source>
        <translation>A peer-group session brings together a single category; the Agora brings them all together.</translation>
    </message>
    <message>
        <source>La contribution « {key} » n’existe pas dans ce forum.</source>
        <translation>The card “{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>L’énoncé « {key} » n’existe pas dans ce forum.</source>
        <translation>The statement “{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>Le territoire « {key} » n’existe pas dans ce forum.</source>
        <translation>The territory “{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>« {key} » n’existe pas dans ce forum.</source>
        <translation>“{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>Les énoncés se votent dans l’Agora, pas dans « {title} ».</source>
        <translation>Statements are voted on in the Agora, not in “{title}”.</translation>
    </message>
    <message>
        <source>L’échelle doit compter 3 ou 5 points (reçu : {scale}).</source>
        <extracomment>Ways a position can arrive.</extracomment>
        <translation>The scale must have 3 or 5 points (received: {scale}).</translation>
    </message>
    <message>
        <source>La réponse {value} sort de l’échelle de 1 à {scale}.</source>
        <translation>The answer {value} is outside the scale from 1 to {scale}.</translation>
    </message>
    <message>
        <source>Un décompte ne peut pas être négatif.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>Décompte impossible : pour ({pour}) + contre ({contre}) + abstention ({abstention}) dépasse le nombre de présents ({present}).</source>
        <translation>Impossible count: for ({pour}) + against ({contre}) + abstention ({abstention}) exceeds the number present ({present}).</translation>
    </message>
    <message>
        <source>« {category} » a déjà un décompte à main levée sur cet énoncé : supprimez-le avant de saisir des positions individuelles.</source>
        <translation>“{category}” already has a show-of-hands count on this statement: delete it before entering individual positions.</translation>
    </message>
    <message>
        <source>Cet énoncé se vote sur une échelle à {scale} points.</source>
        <translation>This statement is voted on a {scale}-point scale.</translation>
    </message>
    <message>
        <source>« {category} » a déjà des positions individuelles sur cet énoncé : un décompte à main levée ne peut pas s’y ajouter.</source>
        <translation>“{category}” already has individual positions on this statement: a show-of-hands count cannot be added to them.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est introuvable.</source>
        <extracomment>Offset of ``PRAGMA application_id`` in the 100-byte database header (big-endian u32).</extracomment>
        <translation>The file “{path}” cannot be found.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » n’est pas un forum Agora (ce n’est pas une base SQLite).</source>
        <translation>The file “{path}” is not an Agora forum (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est une base SQLite d’une autre application : ce n’est pas un forum Agora.</source>
        <translation>The file “{path}” is another application’s SQLite database: it is not an Agora forum.</translation>
    </message>
    <message>
        <source>L’export vers « {path} » a échoué ({detail}). Le forum n’a pas été modifié ; vérifiez la clé ou le dossier, puis recommencez. Ne retirez pas la clé.</source>
        <translation>The export to “{path}” failed ({detail}). The forum was not modified; check the USB stick or the folder, then try again. Do not remove the stick.</translation>
    </message>
    <message>
        <source>L’export « {path} » relu sur la clé ne correspond pas à ce qui a été écrit. Le forum n’a pas été modifié ; recommencez l’export, si possible sur une autre clé.</source>
        <translation>The export “{path}”, read back from the USB stick, does not match what was written. The forum was not modified; export again, on another stick if possible.</translation>
    </message>
    <message>
        <source>Choisissez un autre dossier : l’export ne peut pas remplacer le forum lui-même.</source>
        <translation>Choose another folder: the export cannot replace the forum itself.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » ne correspond pas à son empreinte ({manifest}) : il a été abîmé pendant la copie ou sur la clé. Il n’a pas été importé.</source>
        <translation>The file “{path}” does not match its checksum ({manifest}): it was damaged during the copy or on the USB stick. It was not imported.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est endommagé ({detail}). Il n’a pas été importé.</source>
        <translation>The file “{path}” is damaged ({detail}). It was not imported.</translation>
    </message>
    <message>
        <source>L’import de « {path} » a échoué ({detail}). La bibliothèque n’a pas été modifiée.</source>
        <translation>Importing “{path}” failed ({detail}). The library was not modified.</translation>
    </message>
    <message>
        <source>La sauvegarde « {path} » ne passe pas la vérification : elle n’a pas été restaurée.</source>
        <translation>The backup “{path}” fails its check: it was not restored.</translation>
    </message>
    <message>
        <source>La restauration de « {path} » a échoué ({detail}). Le forum n’a pas été modifié.</source>
        <translation>Restoring “{path}” failed ({detail}). The forum was not modified.</translation>
    </message>
    <message>
        <source>Fermez le forum « {path} » avant de restaurer une sauvegarde : il est encore ouvert.</source>
        <translation>Close the forum “{path}” before restoring a backup: it is still open.</translation>
    </message>
    <message>
        <source>La copie du forum ne passe pas la vérification : {detail}</source>
        <translation>The copy of the forum fails its check: {detail}</translation>
    </message>
    <message>
        <source>La copie du forum a échoué : {detail}</source>
        <translation>Copying the forum failed: {detail}</translation>
    </message>
    <message>
        <source>il a été créé par une version plus récente d’Agora. Mettez Agora à jour pour le modifier.</source>
        <translation>it was created by a newer version of Agora. Update Agora to change it.</translation>
    </message>
    <message>
        <source>le fichier ou son dossier est protégé en écriture.</source>
        <translation>the file or its folder is write-protected.</translation>
    </message>
    <message>
        <source>ouvert pour consultation.</source>
        <translation>opened for viewing.</translation>
    </message>
    <message>
        <source>Modification refusée : elle rendrait le forum incohérent ({detail}).</source>
        <extracomment>A change that the file's constraints refuse.</extracomment>
        <translation>Change refused: it would make the forum inconsistent ({detail}).</translation>
    </message>
    <message>
        <source>Le disque est plein : la modification n’a pas été enregistrée.</source>
        <extracomment>Set once SQLite has dropped the transaction (a full disk or an I/O error mid-statement rolls it back whole): the units of work already done are gone, so none may be acknowledged, and a later statement would commit on its own, outside any transaction.</extracomment>
        <translation>The disk is full: the change was not saved.</translation>
    </message>
    <message>
        <source>Erreur d’écriture sur le disque : la modification n’a pas été enregistrée.</source>
        <translation>Disk write error: the change was not saved.</translation>
    </message>
    <message>
        <source>Le forum est protégé en écriture : la modification n’a pas été enregistrée.</source>
        <translation>The forum is write-protected: the change was not saved.</translation>
    </message>
    <message>
        <source>Le forum est occupé par un autre programme : la modification n’a pas été enregistrée.</source>
        <translation>The forum is in use by another program: the change was not saved.</translation>
    </message>
    <message>
        <source>La modification n’a pas été enregistrée ({detail}).</source>
        <translation>The change was not saved ({detail}).</translation>
    </message>
    <message>
        <source>Le forum « {path} » ne peut pas être lu pour l’instant ({detail}).</source>
        <translation>The forum “{path}” cannot be read right now ({detail}).</translation>
    </message>
    <message>
        <source>Le forum « {path} » doit être mis à jour, mais il est en lecture seule.</source>
        <translation>The forum “{path}” needs to be updated, but it is read-only.</translation>
    </message>
    <message>
        <source>Impossible d’écrire « {path} » : {reason}</source>
        <extracomment>Builds the story of a document; ``simple`` asks for the fallback layout.</extracomment>
        <translation>Cannot write “{path}”: {reason}</translation>
    </message>
    <message>
        <source>« {host} » n’est pas une adresse IPv4 de cet ordinateur.</source>
        <translation>“{host}” is not an IPv4 address of this computer.</translation>
    </message>
    <message>
        <source>L’adresse {host} ouvrirait toutes les interfaces : choisissez celle de la salle.</source>
        <translation>The address {host} would open every interface: choose the one for the room.</translation>
    </message>
    <message>
        <source>Le port {port} est déjà utilisé sur cet ordinateur : choisissez-en un autre.</source>
        <extracomment>Seconds ``stop`` waits for requests in progress, and for each step of the shutdown.</extracomment>
        <translation>Port {port} is already in use on this computer: choose another one.</translation>
    </message>
    <message>
        <source>Impossible d’ouvrir la participation sur {host}:{port} ({detail}).</source>
        <translation>Cannot open participation on {host}:{port} ({detail}).</translation>
    </message>
    <message>
        <source>La sauvegarde de sécurité « {path} » ne passe pas la vérification : l’opération n’a pas été faite. Le forum n’a pas été modifié.</source>
        <extracomment>A clock: returns local time, naive (file names and the restore dialog are in local time). Only one snapshot at a time per process: the timer, a hook and the close may race.</extracomment>
        <translation>The safety backup “{path}” fails its check: the operation was not carried out. The forum was not modified.</translation>
    </message>
    <message>
        <source>Agora est déjà ouvert sur cette bibliothèque. Utilisez la fenêtre déjà ouverte, ou fermez-la avant de relancer Agora.</source>
        <extracomment>Name of the lock file in the data folder.</extracomment>
        <translation>Agora is already open on this library. Use the window that is already open, or close it before starting Agora again.</translation>
    </message>
    <message>
        <source>Le forum « {path} » est endommagé ({detail}) et aucune sauvegarde valable n’a été trouvée. Il n’a pas été modifié.</source>
        <translation>The forum “{path}” is damaged ({detail}) and no valid backup was found. It was not modified.</translation>
    </message>
    <message>
        <source>Le forum « {path} » n’a pas pu être lu ({detail}). Il n’a pas été modifié.</source>
        <translation>The forum “{path}” could not be read ({detail}). It was not modified.</translation>
    </message>
    <message>
        <source>Erreur inattendue : {detail}</source>
        <extracomment>Sessions whose cards changed. Agora sessions whose statements changed. Agora sessions whose positions, tallies, overrides or method parameters changed. The forum's frame: title, categories, territories, agenda.</extracomment>
        <translation>Unexpected error: {detail}</translation>
    </message>
    <message>
        <source>Cette carte n’est plus en attente de relecture.</source>
        <extracomment>Seconds the forum's categories are read again after. The Agora's answers (None for a peer group: nothing to vote on).</extracomment>
        <translation>This card is no longer awaiting review.</translation>
    </message>
    <message>
        <source>La modification n’a pas été enregistrée (écriture interrompue).</source>
        <extracomment>Most calls in one batch: bounds how long the first of them waits for the others' work. Told to the callers of a batch whose leader stopped before committing it.</extracomment>
        <translation>The change was not saved (write interrupted).</translation>
    </message>
    <message>
        <source>L’impression sur « {printer} » a échoué ({detail}). Le PDF reste disponible : {path}</source>
        <extracomment>Runs a command (``subprocess.run``'s signature); tests pass a recorder. Opens a file in the system viewer; tests pass a recorder.</extracomment>
        <translation>Printing on “{printer}” failed ({detail}). The PDF is still available: {path}</translation>
    </message>
    <message>
        <source>La commande d’impression « lp » est introuvable sur cet ordinateur. Utilisez « Exporter en PDF… » puis imprimez depuis la visionneuse.</source>
        <translation>The print command “lp” cannot be found on this computer. Use “Export as PDF” and then print from the viewer.</translation>
    </message>
    <message>
        <source>Le PDF a été écrit mais n’a pas pu être ouvert : {path}</source>
        <translation>The PDF was written but could not be opened: {path}</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>catégories</source>
        <extracomment>Lists of an export sorted in agenda order; the others are sorted by key (id). Any total order on the stored values makes two exports of the same forum identical. French plural names of the lists, for the import summary.</extracomment>
        <translation>categories</translation>
    </message>
    <message>
        <source>territoires</source>
        <translation>territories</translation>
    </message>
    <message>
        <source>temps</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>cartes</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>énoncés</source>
        <translation>statements</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>positions</translation>
    </message>
    <message>
        <source>décomptes</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>libellés imposés</source>
        <translation>label overrides</translation>
    </message>
    <message>
        <source>liens engagement-attente</source>
        <translation>commitment–expectation links</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <source>rien de nouveau</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>ajoutés — {added}</source>
        <translation>added — {added}</translation>
    </message>
    <message>
        <source>{count} déjà présents</source>
        <translation>{count} already present</translation>
    </message>
    <message>
        <source>supprimés — {deleted}</source>
        <translation>deleted — {deleted}</translation>
    </message>
    <message>
        <source>nouveau forum créé</source>
        <translation>new forum created</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Lot Agora (*.json)</source>
        <translation>Agora bundle (*.json)</translation>
    </message>
    <message>
        <source>Lot Agora compressé (*.zip)</source>
        <translation>Zipped Agora bundle (*.zip)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Tableaux CSV pour Excel (*.csv)</source>
        <translation>CSV tables for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Copie vérifiée du forum, pour une clé USB (*.agora)</source>
        <translation>Verified copy of the forum, for a USB stick (*.agora)</translation>
    </message>
    <message>
        <source>Importer un forum ou un lot</source>
        <translation>Import a forum or a bundle</translation>
    </message>
    <message>
        <source>Forums et lots Agora (*.agora *.json *.zip);;Forums Agora (*.agora);;Lots Agora (*.json *.zip)</source>
        <translation>Agora forums and bundles (*.agora *.json *.zip);;Agora forums (*.agora);;Agora bundles (*.json *.zip)</translation>
    </message>
    <message>
        <source>Fusionner un lot dans ce forum</source>
        <translation>Merge a bundle into this forum</translation>
    </message>
    <message>
        <source>Lots Agora (*.json *.zip)</source>
        <translation>Agora bundles (*.json *.zip)</translation>
    </message>
    <message>
        <source>Exporter le forum</source>
        <translation>Export the forum</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Contraintes / freins</source>
        <extracomment>French labels of the card kinds, in board order.</extracomment>
        <translation>Constraints / obstacles</translation>
    </message>
    <message>
        <source>Attentes vis-à-vis des autres</source>
        <translation>Expectations of the others</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Apprentissages</source>
        <translation>Learnings</translation>
    </message>
    <message>
        <source>Récits</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Pas du tout d’accord</source>
        <extracomment>The two answer scales of a position. French wording of the 5-point scale, value 1..5.</extracomment>
        <translation>Strongly disagree</translation>
    </message>
    <message>
        <source>Plutôt pas d’accord</source>
        <translation>Somewhat disagree</translation>
    </message>
    <message>
        <source>Ni l’un ni l’autre</source>
        <translation>Neither agree nor disagree</translation>
    </message>
    <message>
        <source>Plutôt d’accord</source>
        <translation>Somewhat agree</translation>
    </message>
    <message>
        <source>Tout à fait d’accord</source>
        <translation>Strongly agree</translation>
    </message>
    <message>
        <source>Contre</source>
        <extracomment>French wording of the 3-point scale, value 1..3.</extracomment>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstention / neutre</source>
        <translation>Abstention / neutral</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Ne se prononce pas</source>
        <extracomment>The answer that counts as present but not expressed.</extracomment>
        <translation>No opinion</translation>
    </message>
</context>
<context>
    <name>library_ops</name>
    <message>
        <source>{title} (copie)</source>
        <extracomment>Characters that cannot be in a file name on one of our three systems. Longest file-name stem we make from a title. The file name suffixes of a bundle.</extracomment>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Forum importé dans la bibliothèque : « {name} ».</source>
        <translation>Forum imported into the library: “{name}”.</translation>
    </message>
    <message>
        <source>Lot Agora écrit : « {name} ».</source>
        <translation>Agora bundle written: “{name}”.</translation>
    </message>
    <message>
        <source>Classeur écrit : « {name} ».</source>
        <translation>Workbook written: “{name}”.</translation>
    </message>
    <message>
        <source>Tableaux CSV écrits dans « {folder} » : {files}.</source>
        <translation>CSV tables written in “{folder}”: {files}.</translation>
    </message>
    <message>
        <source>Forum copié et vérifié : « {name} ».</source>
        <translation>Forum copied and verified: “{name}”.</translation>
    </message>
</context>
<context>
    <name>message_box</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <source>Trop peu de votes</source>
        <extracomment>Translation context of every string in this package. Wording of each label, exactly as the "libellé" column of METHOD.md §1.b.</extracomment>
        <translation>Too few votes</translation>
    </message>
    <message>
        <source>Dissensus entre catégories</source>
        <translation>Dissensus between categories</translation>
    </message>
    <message>
        <source>Consensus favorable</source>
        <translation>Consensus in favour</translation>
    </message>
    <message>
        <source>Consensus favorable [sans : {cats}]</source>
        <translation>Consensus in favour [without: {cats}]</translation>
    </message>
    <message>
        <source>Consensus de rejet</source>
        <translation>Consensus against</translation>
    </message>
    <message>
        <source>Consensus de rejet [sans : {cats}]</source>
        <translation>Consensus against [without: {cats}]</translation>
    </message>
    <message>
        <source>Incertain (beaucoup de non-réponses)</source>
        <translation>Uncertain (many non-responses)</translation>
    </message>
    <message>
        <source>Divisé au sein de : {cats}</source>
        <translation>Divided within: {cats}</translation>
    </message>
    <message>
        <source>Écart entre catégories</source>
        <translation>Gap between categories</translation>
    </message>
    <message>
        <source>Position peu marquée</source>
        <translation>No clear position</translation>
    </message>
    <message>
        <source>Écart entre catégories ({cats} se distingue)</source>
        <extracomment>DIVERGENCE_INTER when one category stands out from all the others.</extracomment>
        <translation>Gap between categories ({cats} stands out)</translation>
    </message>
    <message>
        <source>Pas assez de votes</source>
        <extracomment>Wording of each stance, for cells and tooltips.</extracomment>
        <translation>Not enough votes</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Contre</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Divisé</source>
        <translation>Divided</translation>
    </message>
    <message>
        <source>Mitigé</source>
        <translation>Lukewarm</translation>
    </message>
    <message>
        <source>significatif (90 %)</source>
        <extracomment>Glyph shown before the counts in a heatmap cell; readable in black and white print. Badge of a category whose representativeness passes both z-tests at 90 %.</extracomment>
        <translation>significant (90%)</translation>
    </message>
    <message>
        <source>Majorité de la salle (toutes catégories confondues)</source>
        <extracomment>Title of the pooled list, which must never be read as a consensus between roles.</extracomment>
        <translation>Room majority (all categories pooled)</translation>
    </message>
    <message>
        <source>Il faut au moins deux catégories ayant chacune au moins {n_min} votes exprimés ; ici : {valid}.</source>
        <extracomment>Sentences of the "Pourquoi ce libellé ?" panel, keyed by the ``why`` entry of a reason.</extracomment>
        <translation>At least two categories with at least {n_min} votes cast each are needed; here: {valid}.</translation>
    </message>
    <message>
        <source>Les catégories s’opposent : pour chez {pour}, contre chez {contre}.</source>
        <translation>The categories are opposed: for among {pour}, against among {contre}.</translation>
    </message>
    <message>
        <source>L’écart de position entre {high} et {low} vaut {gap}, au moins le seuil d’opposition ({t_oppose}).</source>
        <translation>The position gap between {high} and {low} is {gap}, at least the opposition threshold ({t_oppose}).</translation>
    </message>
    <message>
        <source>Toutes les catégories comparables sont pour : dans chacune, au moins {t_pos} d’accord et au plus {t_minor} de désaccord.</source>
        <translation>All comparable categories are for: in each, at least {t_pos} agreement and at most {t_minor} disagreement.</translation>
    </message>
    <message>
        <source>Toutes les catégories comparables sont contre : dans chacune, au moins {t_pos} de désaccord et au plus {t_minor} d’accord.</source>
        <translation>All comparable categories are against: in each, at least {t_pos} disagreement and at most {t_minor} agreement.</translation>
    </message>
    <message>
        <source>Pas assez de votes chez : {missing}.</source>
        <translation>Not enough votes among: {missing}.</translation>
    </message>
    <message>
        <source>Les catégories comparables sont d’accord, mais {missing} n’a pas assez de votes et le réglage « toutes les catégories » est activé.</source>
        <translation>The comparable categories agree, but {missing} does not have enough votes and the “all categories” setting is on.</translation>
    </message>
    <message>
        <source>{sum_p} personnes sur {total} ne se sont pas prononcées ({u}), au moins le seuil de {t_unc}.</source>
        <translation>{sum_p} people out of {total} gave no opinion ({u}), at least the {t_unc} threshold.</translation>
    </message>
    <message>
        <source>Plus de {t_minor} de pour et plus de {t_minor} de contre au sein de : {divided}.</source>
        <translation>More than {t_minor} for and more than {t_minor} against within: {divided}.</translation>
    </message>
    <message>
        <source>L’écart de position entre {high} et {low} vaut {gap}, au moins le seuil de {t_gap}, sans qu’une catégorie soit pour et une autre contre.</source>
        <translation>The position gap between {high} and {low} is {gap}, at least the {t_gap} threshold, without one category being for and another against.</translation>
    </message>
    <message>
        <source>{cats} se distingue de toutes les autres catégories.</source>
        <translation>{cats} stands out from all the other categories.</translation>
    </message>
    <message>
        <source>Aucune catégorie n’est nettement pour ou contre ni divisée, et aucun écart n’atteint {t_gap}.</source>
        <translation>No category is clearly for, against or divided, and no gap reaches {t_gap}.</translation>
    </message>
    <message>
        <source>aucune</source>
        <extracomment>Placeholder for an empty list of categories.</extracomment>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Synthèse du temps en cours…</source>
        <extracomment>Asks where to write a PDF: (parent, title, proposed path) -&gt; chosen path or None. Asks for a printer: (parent) -&gt; (printer name, copies) or None when cancelled. Menu texts of the documents (French source, translated at use).</extracomment>
        <translation>Summary of the current session…</translation>
    </message>
    <message>
        <source>Livrets par catégorie (Agora)…</source>
        <translation>Handouts per category (Agora)…</translation>
    </message>
    <message>
        <source>Affiche de l’Agora (A3)…</source>
        <translation>Agora poster (A3)…</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <extracomment>File name stems of the documents.</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <extracomment>A PDF was written (its path) and handed to the viewer. A PDF was sent to a printer: (path, printer name, copies). A document could not be built or printed (the French message shown). Something to say in the status bar.</extracomment>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Choisissez d’abord un temps dans le programme.</source>
        <translation>First choose a session in the agenda.</translation>
    </message>
    <message>
        <source>Préparation du document</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <source>Préparation du PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <source>Le document n’a pas pu être préparé.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <source>Document impossible</source>
        <translation>Cannot prepare the document</translation>
    </message>
    <message>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF écrit : {path}</source>
        <translation>PDF written: {path}</translation>
    </message>
    <message>
        <source>Le PDF a été écrit mais n’a pas pu être ouvert : {path}</source>
        <translation>The PDF was written but could not be opened: {path}</translation>
    </message>
    <message>
        <source>Aucune imprimante</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>Aucune imprimante n’est installée sur cet ordinateur. Ajoutez-en une dans les réglages du système, ou utilisez « Exporter en PDF… » et imprimez ailleurs.</source>
        <translation>No printer is installed on this computer. Add one in the system settings, or use “Export as PDF…” and print elsewhere.</translation>
    </message>
    <message>
        <source>Envoi à l’imprimante « {printer} »…</source>
        <translation>Sending to the printer “{printer}”…</translation>
    </message>
    <message>
        <source>Envoyé à l’imprimante « {printer} » ({copies} exemplaire(s)).</source>
        <translation>Sent to the printer “{printer}” ({copies} copy/copies).</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Le forum « {name} » était endommagé. Le fichier abîmé a été mis de côté sous le nom « {aside} » (rien n’a été effacé) et la sauvegarde du {start} a été restaurée ({cards} cartes).</source>
        <extracomment>Prefix of every temporary file a copy writes (``copy_database`` and the copies here). The files SQLite keeps beside a database, which belong with it. Folder of private read-only copies of forums that sit in a write-protected folder. SQLite errors that say "cannot read here now", not "this file is damaged".</extracomment>
        <translation>The forum “{name}” was damaged. The damaged file was set aside as “{aside}” (nothing was deleted) and the backup of {start} was restored ({cards} cards).</translation>
    </message>
    <message>
        <source>Les modifications faites entre le {start} et le {end} peuvent manquer.</source>
        <translation>Changes made between {start} and {end} may be missing.</translation>
    </message>
    <message>
        <source>Les modifications faites après le {start} peuvent manquer.</source>
        <translation>Changes made after {start} may be missing.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>janvier</source>
        <extracomment>The no-break space of French typography. reportlab breaks lines at U+202F (narrow no-break space) as if it were an ordinary space, so the ordinary no-break space is used everywhere. Ellipsis closing a shortened text.</extracomment>
        <translation>January</translation>
    </message>
    <message>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <source>1er</source>
        <extracomment>Marked for translation: the ordinal of the first day of a month.</extracomment>
        <translation>1</translation>
    </message>
    <message>
        <source>page {page} / {total}</source>
        <extracomment>Footer page number; the spaces around the slash are no-break spaces.</extracomment>
        <translation>page {page} / {total}</translation>
    </message>
    <message>
        <source>Compte rendu — {session}</source>
        <translation>Summary — {session}</translation>
    </message>
    <message>
        <source>Livrets par catégorie — {forum}</source>
        <translation>Handouts by category — {forum}</translation>
    </message>
    <message>
        <source>Livret — {category}</source>
        <translation>Handout — {category}</translation>
    </message>
    <message>
        <source>Livret — {category} — {forum}</source>
        <translation>Handout — {category} — {forum}</translation>
    </message>
    <message>
        <source>Affiche de l’Agora — {forum}</source>
        <translation>Agora poster — {forum}</translation>
    </message>
    <message>
        <source>Compte rendu du temps « {session} » du forum « {forum} »</source>
        <translation>Summary of the session “{session}” of the forum “{forum}”</translation>
    </message>
    <message>
        <source>Ce que les catégories attendent les unes des autres, engagements, consensus et dissensus</source>
        <translation>What the categories expect of one another, commitments, consensus and dissensus</translation>
    </message>
    <message>
        <source>Points de consensus et de dissensus entre rôles</source>
        <translation>Points of consensus and dissensus between roles</translation>
    </message>
    <message>
        <source>Agora</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Imprimé le {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Temps</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>{name} :</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>{n} cartes</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <source>1 carte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <source>Aucune carte n’a été écrite pendant ce temps.</source>
        <translation>No card was written during this session.</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Principe, thème</source>
        <translation>Principle, theme</translation>
    </message>
    <message>
        <source>Vers {name}</source>
        <translation>To {name}</translation>
    </message>
    <message>
        <source>Principe {n}</source>
        <translation>Principle {n}</translation>
    </message>
    <message>
        <source>Les principes directeurs</source>
        <translation>The guiding principles</translation>
    </message>
    <message>
        <source>En bref</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>{n} énoncés soumis à l’Agora</source>
        <translation>{n} statements submitted to the Agora</translation>
    </message>
    <message>
        <source>Ce que chaque catégorie a apporté</source>
        <translation>What each category brought</translation>
    </message>
    <message>
        <source>Le tableau croisé des temps entre pairs : contraintes et freins, attentes vis-à-vis des autres catégories et engagements de chaque catégorie d’acteurs.</source>
        <translation>The cross table of the peer-group sessions: constraints and obstacles, expectations of the other categories and commitments of each actor category.</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Contraintes / freins</source>
        <translation>Constraints / obstacles</translation>
    </message>
    <message>
        <source>Attentes vis-à-vis des autres catégories</source>
        <translation>Expectations of the other categories</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>… et {n} autres cartes (voir les comptes rendus des temps entre pairs)</source>
        <translation>… and {n} more cards (see the summaries of the peer-group sessions)</translation>
    </message>
    <message>
        <source>Points de consensus</source>
        <translation>Points of consensus</translation>
    </message>
    <message>
        <source>Dissensus entre rôles</source>
        <translation>Dissensus between roles</translation>
    </message>
    <message>
        <source>Divisions internes</source>
        <translation>Internal divisions</translation>
    </message>
    <message>
        <source>Incertitudes</source>
        <translation>Uncertainties</translation>
    </message>
    <message>
        <source>Autres énoncés</source>
        <translation>Other statements</translation>
    </message>
    <message>
        <source>Aucun énoncé.</source>
        <translation>No statements.</translation>
    </message>
    <message>
        <source>Après chaque catégorie : sa position, puis entre parenthèses les votes pour, neutres et contre, et n, le nombre de votes exprimés ; « sans avis » compte les personnes qui ne se prononcent pas.</source>
        <translation>After each category: its position, then in brackets the votes for, neutral and against, and n, the number of votes cast; “no opinion” counts the people who did not give one.</translation>
    </message>
    <message>
        <source>{a} pour, {n_neutral} {neutral}, {d} contre</source>
        <translation>{a} for, {n_neutral} {neutral}, {d} against</translation>
    </message>
    <message>
        <source>neutre</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>neutres</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>{p} sans avis</source>
        <translation>{p} no opinion</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>Pour : {pour} — contre : {contre}</source>
        <translation>For: {pour} — against: {contre}</translation>
    </message>
    <message>
        <source>écart maximal {gap} entre {high} et {low}</source>
        <translation>maximum gap {gap} between {high} and {low}</translation>
    </message>
    <message>
        <source>{names} se distingue</source>
        <translation>{names} stands out</translation>
    </message>
    <message>
        <source>libellé fixé par l’animation (calcul : {computed})</source>
        <translation>label set by the facilitator (computed: {computed})</translation>
    </message>
    <message>
        <source>Note de l’animation : {note}</source>
        <translation>Facilitator’s note: {note}</translation>
    </message>
    <message>
        <source>Carte des positions : énoncés × catégories</source>
        <translation>Position map: statements × categories</translation>
    </message>
    <message>
        <source>Chaque case donne la position moyenne d’une catégorie (de −1, contre, à +1, pour), son signe, puis les votes pour / neutres / contre et n. Hachurée : pas assez de votes pour conclure.</source>
        <translation>Each cell gives a category’s mean position (from −1, against, to +1, for), its sign, then the votes for / neutral / against and n. Hatched: not enough votes to conclude.</translation>
    </message>
    <message>
        <source>Énoncé et libellé</source>
        <translation>Statement and label</translation>
    </message>
    <message>
        <source>Signes : + pour, − contre, ± divisé, ~ mitigé, · pas assez de votes (case hachurée).</source>
        <translation>Signs: + for, − against, ± divided, ~ lukewarm, · not enough votes (hatched cell).</translation>
    </message>
    <message>
        <source>−1 contre</source>
        <translation>−1 against</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>+1 pour</source>
        <translation>+1 for</translation>
    </message>
    <message>
        <source>pas assez de votes</source>
        <translation>not enough votes</translation>
    </message>
    <message>
        <source>accord pondéré {gic} · écart max. {gap}</source>
        <translation>weighted agreement {gic} · max. gap {gap}</translation>
    </message>
    <message>
        <source>Accord entre catégories</source>
        <translation>Agreement between categories</translation>
    </message>
    <message>
        <source>Pour chaque paire : l’accord (1 = mêmes positions, 0 = positions opposées), le nombre d’énoncés où l’une est pour et l’autre contre (opp.) et le nombre d’énoncés comparés (m). Sur la diagonale : la cohésion interne de la catégorie.</source>
        <translation>For each pair: the agreement (1 = same positions, 0 = opposite positions), the number of statements where one is for and the other against (opp.) and the number of statements compared (m). On the diagonal: the internal cohesion of the category.</translation>
    </message>
    <message>
        <source>opp. {opp} · m = {m}</source>
        <translation>opp. {opp} · m = {m}</translation>
    </message>
    <message>
        <source>r = {r}</source>
        <translation>r = {r}</translation>
    </message>
    <message>
        <source>cohésion</source>
        <translation>cohesion</translation>
    </message>
    <message>
        <source>Attentes croisées</source>
        <translation>Mutual expectations</translation>
    </message>
    <message>
        <source>Nombre de cartes d’attente de chaque catégorie (ligne) envers chaque autre (colonne), et combien ont reçu un engagement en réponse. Sur la diagonale : les engagements propres.</source>
        <translation>Number of expectation cards from each category (row) toward each other category (column), and how many received a commitment in response. On the diagonal: the category’s own commitments.</translation>
    </message>
    <message>
        <source>De ↓ / vers →</source>
        <translation>From ↓ / to →</translation>
    </message>
    <message>
        <source>Émises</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reçues</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>dont {n} avec réponse</source>
        <translation>of which {n} answered</translation>
    </message>
    <message>
        <source>Aucun engagement n’a encore été relié à l’attente à laquelle il répond.</source>
        <translation>No commitment has been linked yet to the expectation it answers.</translation>
    </message>
    <message>
        <source>{n} engagements</source>
        <translation>{n} commitments</translation>
    </message>
    <message>
        <source>votées : {voted} — acceptées {accepted}, rejetées {rejected}</source>
        <translation>voted: {voted} — accepted {accepted}, rejected {rejected}</translation>
    </message>
    <message>
        <source>Réciprocité des attentes</source>
        <translation>Reciprocity of expectations</translation>
    </message>
    <message>
        <source>Attente soutenue par {source} et rejetée par {target}, à qui elle s’adresse</source>
        <translation>Expectation supported by {source} and rejected by {target}, to whom it is addressed</translation>
    </message>
    <message>
        <source>Apprentissages et récits de l’Agora</source>
        <translation>Learnings and stories from the Agora</translation>
    </message>
    <message>
        <source>Note de méthode</source>
        <translation>Method note</translation>
    </message>
    <message>
        <source>Chaque catégorie pèse autant, quel que soit le nombre de ses membres présents : l’Agora cherche les accords et désaccords entre rôles, pas entre personnes. Une catégorie prend position quand au moins {n_min} de ses membres s’expriment : « pour » si au moins {t_pos} sont d’accord et au plus {t_minor} en désaccord (et inversement pour « contre ») ; « divisée » si plus de {t_minor} sont de chaque côté. Deux catégories s’écartent quand leurs positions moyennes diffèrent d’au moins {t_gap} (sur une échelle de −1 à +1) et s’opposent à partir de {t_oppose}. Un énoncé est « incertain » quand au moins {t_unc} des personnes ne se prononcent pas.</source>
        <translation>Each category carries the same weight, whatever the number of its members present: the Agora looks for agreements and disagreements between roles, not between people. A category takes a position when at least {n_min} of its members vote: “for” if at least {t_pos} agree and at most {t_minor} disagree (and the other way round for “against”); “divided” if more than {t_minor} are on each side. Two categories diverge when their mean positions differ by at least {t_gap} (on a scale from −1 to +1) and are opposed from {t_oppose} on. A statement is “uncertain” when at least {t_unc} of the people give no opinion.</translation>
    </message>
    <message>
        <source>Réglage strict : un consensus doit réunir toutes les catégories.</source>
        <translation>Strict setting: a consensus must bring together all the categories.</translation>
    </message>
    <message>
        <source>Avec 3 à 6 personnes par catégorie, une seule voix déplace une part de 17 à 33 points : lisez toujours les libellés avec les votes qui les fondent.</source>
        <translation>With 3 to 6 people per category, a single vote moves a share by 17 to 33 points: always read the labels together with the votes behind them.</translation>
    </message>
    <message>
        <source>Seuils utilisés</source>
        <translation>Thresholds used</translation>
    </message>
    <message>
        <source>L’Agora n’a pas encore été analysée : aucun énoncé voté.</source>
        <translation>The Agora has not been analysed yet: no statement has been voted on.</translation>
    </message>
    <message>
        <source>Ce que les autres catégories attendent de vous</source>
        <translation>What the other categories expect of you</translation>
    </message>
    <message>
        <source>Vos engagements</source>
        <translation>Your commitments</translation>
    </message>
    <message>
        <source>Points de consensus qui vous concernent</source>
        <translation>Points of consensus that concern you</translation>
    </message>
    <message>
        <source>Points de dissensus qui vous concernent</source>
        <translation>Points of dissensus that concern you</translation>
    </message>
    <message>
        <source>Vous : {stance}</source>
        <translation>You: {stance}</translation>
    </message>
    <message>
        <source>Rien pour l’instant.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>… et {n} autres : voir le compte rendu de l’Agora.</source>
        <translation>… and {n} more: see the Agora summary.</translation>
    </message>
    <message>
        <source>Scannez pour retrouver la page du forum.</source>
        <translation>Scan to find the forum’s page.</translation>
    </message>
    <message>
        <source>Scannez pour garder l’essentiel de ce livret sur votre téléphone, sans réseau.</source>
        <translation>Scan to keep the essentials of this handout on your phone, without a network.</translation>
    </message>
    <message>
        <source>Attendu de vous</source>
        <translation>Expected of you</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Dissensus</source>
        <translation>Dissensus</translation>
    </message>
    <message>
        <source>Points de dissensus entre rôles</source>
        <translation>Points of dissensus between roles</translation>
    </message>
    <message>
        <source>Toutes les catégories sont pour</source>
        <translation>All categories are for</translation>
    </message>
    <message>
        <source>Toutes les catégories sont contre</source>
        <translation>All categories are against</translation>
    </message>
    <message>
        <source>(sans : {names})</source>
        <translation>(without: {names})</translation>
    </message>
    <message>
        <source>Aucun point pour l’instant.</source>
        <translation>No points yet.</translation>
    </message>
    <message>
        <source>… et {n} autres points dans le compte rendu.</source>
        <translation>… and {n} more points in the summary.</translation>
    </message>
    <message>
        <source>Chaque catégorie d’acteurs pèse autant, quelle que soit sa taille. {n} énoncés votés.</source>
        <translation>Each actor category carries equal weight, whatever its size. {n} statements voted on.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Remplacer le forum « {title} » par la sauvegarde du {time} ({cards} cartes) ?

L’état actuel du forum est d’abord sauvegardé : vous pourrez y revenir par cette même commande.</source>
        <translation>Replace the forum “{title}” with the backup of {time} ({cards} cards)?

The current state of the forum is backed up first: you can come back to it with this same command.</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <extracomment>The restore ended: True when the snapshot is in place and the forum open again.</extracomment>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Ce forum est ouvert en lecture seule.</source>
        <translation>This forum is open read-only.</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Le forum n’a pas pu être rouvert : {reason}</source>
        <translation>The forum could not be reopened: {reason}</translation>
    </message>
    <message>
        <source>La sauvegarde du {time} de « {title} » a été restaurée.</source>
        <translation>The backup of {time} of “{title}” has been restored.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Forum exporté et vérifié : « {name} » ({cards} cartes). Vous pouvez retirer la clé.</source>
        <extracomment>Suffix of the checksum manifest written beside an export. Temporary files older than this in an export folder belong to no running export.</extracomment>
        <translation>Forum exported and verified: “{name}” ({cards} cards). You can remove the USB stick.</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>Contrainte / frein</source>
        <extracomment>Card kinds as one card is called (the board's column titles are plural).</extracomment>
        <translation>Constraint / obstacle</translation>
    </message>
    <message>
        <source>Attente</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Apprentissage</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Temps entre pairs</source>
        <translation>Peer-group session</translation>
    </message>
    <message>
        <source>Agora</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Saisie par l’animation</source>
        <translation>Entered by the facilitator</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
</context>
</TS>
