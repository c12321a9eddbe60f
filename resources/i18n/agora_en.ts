<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <source>reports</source>
        <extracomment>Longest card text printed in a cell of the cross table. The rows of the cross table: card kind and its row title. The ranked lists printed, in order, with their titles.
----------
Longest card or statement text printed in a handout. Most items printed per section of a handout.
----------
Width of the fact names column.
----------
Longest statement text printed in a heatmap row. Titles of the row groups, by ranked-list name.
----------
Order of the sections of a peer-group summary.
----------
Largest size of a statement on the poster (points). Smallest size of a statement: still readable from three metres. Longest statement printed on the poster.</extracomment>
        <translation type="unfinished"></translation>
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
        <extracomment>The ``CardRead`` behind a card row (None on a group row). The kind (``ContributionKind`` value) of a group row or of a card row. internalId of group rows; a card row stores its group&apos;s row + 1. The invisible root: the default ``parent`` of the item-model methods.</extracomment>
        <translation>{kind} ({count})</translation>
    </message>
</context>
<context>
    <name>ForumPanel</name>
    <message>
        <source>Choisissez un forum dans la liste, puis « Ouvrir ».</source>
        <extracomment>A session was selected (its id). The cards of the selected session are shown (their number).</extracomment>
        <translation>Choose a forum in the list, then “Open”.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Titre du forum</source>
        <translation>Forum title</translation>
    </message>
    <message>
        <source>Date et lieu du forum</source>
        <translation>Forum date and venue</translation>
    </message>
    <message>
        <source>Temps du forum</source>
        <translation>Forum sessions</translation>
    </message>
    <message>
        <source>Cartes du temps choisi</source>
        <translation>Cards of the chosen session</translation>
    </message>
    <message>
        <source>État des cartes</source>
        <translation>Cards status</translation>
    </message>
    <message>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Ce forum n’a encore aucun temps à son programme.</source>
        <translation>This forum has no session on its agenda yet.</translation>
    </message>
    <message>
        <source>Cartes de « {session} »</source>
        <translation>Cards of “{session}”</translation>
    </message>
    <message>
        <source>Chargement des cartes…</source>
        <translation>Loading the cards…</translation>
    </message>
    <message>
        <source>Aucune carte dans ce temps pour l’instant.</source>
        <translation>No card in this session yet.</translation>
    </message>
    <message>
        <source>Les cartes n’ont pas pu être lues : {reason}</source>
        <translation>The cards could not be read: {reason}</translation>
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
        <extracomment>The library was read (number of forum files listed). A forum is open and shown (its file). A forum could not be opened (the message shown).</extracomment>
        <translation>Agora — forum facilitation</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ouvrir le forum choisi, en lecture seule</source>
        <translation>Open the chosen forum, read-only</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Relire la liste des forums de la bibliothèque</source>
        <translation>Read the list of the library’s forums again</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
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
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Forums de la &amp;bibliothèque</source>
        <translation>Forums in the &amp;library</translation>
    </message>
    <message>
        <source>Forums de la bibliothèque</source>
        <translation>Forums in the library</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ouvrir le forum choisi</source>
        <translation>Open the chosen forum</translation>
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
        <source>Forum ouvert</source>
        <translation>Open forum</translation>
    </message>
    <message>
        <source>Mode d’ouverture du forum</source>
        <translation>How the forum is open</translation>
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
        <source>La bibliothèque ne contient encore aucun forum.
Pour essayer Agora, créez le forum de démonstration avec la commande « agora demo ».</source>
        <translation>The library holds no forum yet.
To try Agora, create the demo forum with the command “agora demo”.</translation>
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
        <source>Lecture seule : {reason}</source>
        <translation>Read-only: {reason}</translation>
    </message>
    <message>
        <source>Forum ouvert : {title}</source>
        <translation>Forum open: {title}</translation>
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
    <message>
        <source>Agora {version}

Animation de forums de transition territoriale, hors ligne : temps entre pairs, Agora, consensus et dissensus entre catégories d’acteurs.

Logiciel libre sous licence AGPL-3.0 ou ultérieure.</source>
        <translation>Agora {version}

Offline facilitation of territorial-transition forums: peer-group sessions, the Agora, consensus and dissensus between categories of actors.

Free software under the AGPL-3.0-or-later licence.</translation>
    </message>
    <message>
        <source>À propos d’Agora</source>
        <translation>About Agora</translation>
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
    <name>app</name>
    <message>
        <source>Agora a rencontré une erreur inattendue.

Le travail déjà enregistré est conservé : chaque modification est enregistrée dès qu’elle est faite.

Le détail est noté dans le journal : {log}</source>
        <extracomment>Organisation name under which Qt keeps the settings (as platformdirs in agora.paths). The log file in ``agora.paths.log_dir()``; it rotates at ``LOG_MAX_BYTES``. Where ``--dev`` keeps the library, the logs and the settings (beside the checkout). QSettings key of the interface language (« fr » or « en »).</extracomment>
        <translation>Agora ran into an unexpected error.

The work already saved is kept: every change is saved as soon as it is made.

The details are in the log: {log}</translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>à l’ouverture</source>
        <extracomment>Reasons, as they appear in snapshot file names (ASCII, no spaces). What the restore dialog shows for each reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à la fermeture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant la mise à jour du forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant un import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant une suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant une restauration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à la demande</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Écrit : {path}</source>
        <extracomment>Suffix of the handouts file, after the summary&apos;s stem. Suffix of the poster file, after the summary&apos;s stem.</extracomment>
        <translation type="unfinished"></translation>
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
        <extracomment>How a date is written: the order of day, month and year is the translator&apos;s choice.</extracomment>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet « {path} » est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet « {path} » ne peut pas être lu ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet dépasse {size} Mo une fois décompressé : la limite est de {limit} Mo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet n’est pas un texte UTF-8 valide (octet n° {offset}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet n’est pas un document JSON valide (erreur ligne {line}, colonne {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet est imbriqué trop profondément pour être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet contient deux fois la clé « {key} » dans un même objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet contient un nombre démesuré : « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet contient « {value} », qui n’est pas un nombre JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet doit être un objet JSON ({{ … }}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n’est pas un paquet Agora (format « {value} » au lieu de « agora-bundle »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet vient d’une version plus récente d’Agora (format {version}) : mettez Agora à jour pour l’importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version de format « {value} » du paquet n’est pas reconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet n’a pas de champ « {field} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « {field} » du paquet doit être une liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un paquet s’écrit dans un fichier .json ou .zip, pas « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet compressé est illisible ou tronqué ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet compressé contient un nom de fichier dangereux : « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet compressé contient deux fois « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet compressé ne contient pas « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet compressé est anormalement comprimé (« {name} », rapport {ratio} pour 1) : refusé par prudence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet compressé est chiffré : Agora ne peut pas le lire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le manifeste du paquet compressé est invalide : {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le manifeste du paquet compressé n’indique pas l’empreinte SHA-256 de bundle.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’empreinte SHA-256 de bundle.json ne correspond pas au manifeste : le paquet est abîmé ou a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : chaque élément doit être un objet JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le champ obligatoire « {field} » manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » doit être {expected} (reçu : {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » vaut {value}, hors des limites admises ({minimum} à {maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : l’identifiant « {value} » du champ « {field} » ne convient pas (1 à 128 caractères ASCII visibles, sans espace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le code « {value} » ne convient pas (lettres minuscules sans accent, chiffres, - ou _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : la couleur « {value} » n’est pas de la forme #RRVVBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » n’est pas une date AAAA-MM-JJ (« {value} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » n’est pas une date et heure ISO 8601 avec fuseau horaire (« {value} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : « {value} » n’est pas une valeur admise du champ « {field} » ({choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le champ « {field} » contient des caractères invalides (UTF-16 isolé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le paquet contient deux entrées de même identifiant mais différentes (champ « {field} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le forum contient déjà cet identifiant avec un contenu différent (champ « {field} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : un temps entre pairs réunit une seule catégorie ; l’Agora les réunit toutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : la catégorie « {key} » n’est pas une catégorie connue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : la cible « {key} » n’est pas une catégorie connue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le temps « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : la carte « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : l’énoncé « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le territoire « {key} » n’existe ni dans le paquet ni dans le forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : un énoncé se vote dans l’Agora, pas dans le temps entre pairs « {title} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : la catégorie « {category} » aurait à la fois un décompte à main levée et des positions individuelles sur l’énoncé {statement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : l’énoncé {statement} se vote sur une échelle à {scale} points, pas {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le participant « {participant} » a déjà une position sur l’énoncé {statement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : les paramètres de la méthode ne sont pas valides ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le libellé « {value} » n’existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : seul un engagement peut répondre à une attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : cet engagement vient d’une autre catégorie que celle à qui l’attente s’adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} : le canal « {value} » n’existe pas ({choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte</source>
        <extracomment>a stable identifier: 1–128 printable ASCII characters a category code: lower-case letters, digits, - and _ the id (or code) of another entity an identifier Agora keeps but never resolves (participant ids) free text, normalised like everything a facilitator types a value of a closed vocabulary, checked by the services&apos; rules AAAA-MM-JJ ISO 8601 with a time zone; written in UTC with a final Z #RRGGBB a JSON object, stored as JSON text (&quot;&quot; for null) Default of an absent time stamp: the moment of the import. Default of an absent order: the item&apos;s rank in its list. Largest integer a bundle may carry anywhere (what a JavaScript tool can represent exactly). Longest text, in characters (TEXT). Refuse an empty text (TEXT). French name of the field in messages about its text (TEXT).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum</source>
        <extracomment>The entity a REF points to (its list name in the bundle). Allowed values (WORD fields checked here rather than by a service). French word naming one item in messages (« contribution 3f2a1b0c… »). Bundle keys that identify an item (a tally has no id of its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titre du forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom des animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom de la catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom du territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maturité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intégration de l’ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titre du temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte de la consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <extracomment>The consensus method&apos;s parameters of an Agora (null: the defaults).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonyme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte de la carte</source>
        <extracomment>&quot;Leave this field as it is&quot; (None means &quot;clear it&quot; for optional fields).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>énoncé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte de l’énoncé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libellé imposé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lien engagement-attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {field} contient des caractères invalides.</source>
        <extracomment>Longest short field (titles, names, labels), in characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {field} fait {length} caractères : la limite est de {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {field} est vide.</source>
        <translation type="unfinished"></translation>
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
        <extracomment>How a card kind reads as a statement kind in the method&apos;s vocabulary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le libellé « {label} » n’existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le type de carte « {kind} » n’existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce forum n’a pas de temps d’Agora : l’affiche en résume un.</source>
        <extracomment>Width of the A4 frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La catégorie « {key} » n’existe pas dans ce forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une attente doit viser une autre catégorie d’acteurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une attente vise une autre catégorie que la sienne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule une attente vise une autre catégorie : une carte « {kind} » n’a pas de cible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le principe directeur doit être 1, 2, 3 ou 4 (reçu : {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le temps « {key} » n’existe pas dans ce forum.</source>
        <translation>The session “{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>Dans l’Agora, précisez la catégorie qui écrit la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une carte ne peut pas être fusionnée avec elle-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seules les cartes d’un même temps peuvent être fusionnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette carte appartient à une autre catégorie que celle de ce temps entre pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul un engagement peut répondre à une attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet engagement vient d’une autre catégorie que celle à qui l’attente s’adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier ne contient aucun forum.</source>
        <translation>This file holds no forum.</translation>
    </message>
    <message>
        <source>Le type de relation « {value} » n’existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {path} » existe déjà.</source>
        <extracomment>The id of the forum that received the bundle (the bundle&apos;s own when the file was created). Whether the import created the forum file. Items written, per list. Items the forum already held (same id and content; for categories, the same code). Cards and statements whose deletion mark the import applied. The snapshot taken before writing into an existing file (None when nothing changed).
----------
Default number of peer-group times before the Agora in a new forum&apos;s agenda.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La couleur « {color} » n’est pas de la forme #RRVVBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « {code} » ne convient pas : lettres minuscules sans accent, chiffres, - ou _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La catégorie « {code} » existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La population ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un temps entre pairs réunit une seule catégorie ; l’Agora les réunit toutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La contribution « {key} » n’existe pas dans ce forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’énoncé « {key} » n’existe pas dans ce forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le territoire « {key} » n’existe pas dans ce forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {key} » n’existe pas dans ce forum.</source>
        <translation>“{key}” does not exist in this forum.</translation>
    </message>
    <message>
        <source>Les énoncés se votent dans l’Agora, pas dans « {title} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’échelle doit compter 3 ou 5 points (reçu : {scale}).</source>
        <extracomment>Ways a position can arrive.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réponse {value} sort de l’échelle de 1 à {scale}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un décompte ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décompte impossible : pour ({pour}) + contre ({contre}) + abstention ({abstention}) dépasse le nombre de présents ({present}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {category} » a déjà un décompte à main levée sur cet énoncé : supprimez-le avant de saisir des positions individuelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet énoncé se vote sur une échelle à {scale} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {category} » a déjà des positions individuelles sur cet énoncé : un décompte à main levée ne peut pas s’y ajouter.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’export « {path} » relu sur la clé ne correspond pas à ce qui a été écrit. Le forum n’a pas été modifié ; recommencez l’export, si possible sur une autre clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un autre dossier : l’export ne peut pas remplacer le forum lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {path} » ne correspond pas à son empreinte ({manifest}) : il a été abîmé pendant la copie ou sur la clé. Il n’a pas été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {path} » est endommagé ({detail}). Il n’a pas été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’import de « {path} » a échoué ({detail}). La bibliothèque n’a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde « {path} » ne passe pas la vérification : elle n’a pas été restaurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La restauration de « {path} » a échoué ({detail}). Le forum n’a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermez le forum « {path} » avant de restaurer une sauvegarde : il est encore ouvert.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le disque est plein : la modification n’a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur d’écriture sur le disque : la modification n’a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le forum est protégé en écriture : la modification n’a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le forum est occupé par un autre programme : la modification n’a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La modification n’a pas été enregistrée ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le forum « {path} » doit être mis à jour, mais il est en lecture seule.</source>
        <translation>The forum “{path}” needs to be updated, but it is read-only.</translation>
    </message>
    <message>
        <source>Impossible d’écrire « {path} » : {reason}</source>
        <extracomment>Builds the story of a document; ``simple`` asks for the fallback layout.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {host} » n’est pas une adresse IPv4 de cet ordinateur.</source>
        <extracomment>Seconds ``stop`` waits for requests in progress to finish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’adresse {host} ouvrirait toutes les interfaces : choisissez celle de la salle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le port {port} est déjà utilisé sur cet ordinateur : choisissez-en un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d’ouvrir la participation sur {host}:{port} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde de sécurité « {path} » ne passe pas la vérification : l’opération n’a pas été faite. Le forum n’a pas été modifié.</source>
        <extracomment>A clock: returns local time, naive (file names and the restore dialog are in local time). Only one snapshot at a time per process: the timer, a hook and the close may race.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agora est déjà ouvert sur cette bibliothèque. Utilisez la fenêtre déjà ouverte, ou fermez-la avant de relancer Agora.</source>
        <extracomment>Name of the lock file in the data folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le forum « {path} » est endommagé ({detail}) et aucune sauvegarde valable n’a été trouvée. Il n’a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le forum « {path} » n’a pas pu être lu ({detail}). Il n’a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>catégories</source>
        <extracomment>Lists of an export sorted in agenda order; the others are sorted by key (id). Any total order on the stored values makes two exports of the same forum identical. French plural names of the lists, for the import summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cartes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>énoncés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décomptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libellés imposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liens engagement-attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rien de nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ajoutés — {added}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} déjà présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supprimés — {deleted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nouveau forum créé</source>
        <translation type="unfinished"></translation>
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
    <name>method</name>
    <message>
        <source>Trop peu de votes</source>
        <extracomment>Translation context of every string in this package. Wording of each label, exactly as the &quot;libellé&quot; column of METHOD.md §1.b.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissensus entre catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus favorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus favorable [sans : {cats}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus de rejet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus de rejet [sans : {cats}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incertain (beaucoup de non-réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisé au sein de : {cats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart entre catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position peu marquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart entre catégories ({cats} se distingue)</source>
        <extracomment>DIVERGENCE_INTER when one category stands out from all the others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas assez de votes</source>
        <extracomment>Wording of each stance, for cells and tooltips.</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significatif (90&#xa0;%)</source>
        <extracomment>Glyph shown before the counts in a heatmap cell; readable in black and white print. Badge of a category whose representativeness passes both z-tests at 90 %.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majorité de la salle (toutes catégories confondues)</source>
        <extracomment>Title of the pooled list, which must never be read as a consensus between roles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il faut au moins deux catégories ayant chacune au moins {n_min} votes exprimés ; ici : {valid}.</source>
        <extracomment>Sentences of the &quot;Pourquoi ce libellé ?&quot; panel, keyed by the ``why`` entry of a reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les catégories s’opposent : pour chez {pour}, contre chez {contre}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’écart de position entre {high} et {low} vaut {gap}, au moins le seuil d’opposition ({t_oppose}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories comparables sont pour : dans chacune, au moins {t_pos} d’accord et au plus {t_minor} de désaccord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories comparables sont contre : dans chacune, au moins {t_pos} de désaccord et au plus {t_minor} d’accord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas assez de votes chez : {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les catégories comparables sont d’accord, mais {missing} n’a pas assez de votes et le réglage « toutes les catégories » est activé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sum_p} personnes sur {total} ne se sont pas prononcées ({u}), au moins le seuil de {t_unc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus de {t_minor} de pour et plus de {t_minor} de contre au sein de : {divided}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’écart de position entre {high} et {low} vaut {gap}, au moins le seuil de {t_gap}, sans qu’une catégorie soit pour et une autre contre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cats} se distingue de toutes les autres catégories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune catégorie n’est nettement pour ou contre ni divisée, et aucun écart n’atteint {t_gap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <extracomment>Placeholder for an empty list of categories.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Le forum « {name} » était endommagé. Le fichier abîmé a été mis de côté sous le nom « {aside} » (rien n’a été effacé) et la sauvegarde du {start} a été restaurée ({cards} cartes).</source>
        <extracomment>Prefix of every temporary file a copy writes (``copy_database`` and the copies here). The files SQLite keeps beside a database, which belong with it. Folder of private read-only copies of forums that sit in a write-protected folder. SQLite errors that say &quot;cannot read here now&quot;, not &quot;this file is damaged&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les modifications faites entre le {start} et le {end} peuvent manquer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les modifications faites après le {start} peuvent manquer.</source>
        <translation type="unfinished"></translation>
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
        <source>page {page}&#xa0;/&#xa0;{total}</source>
        <extracomment>Footer page number; the spaces around the slash are no-break spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu — {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livrets par catégorie — {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livret — {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livret — {category} — {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche de l’Agora — {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu du temps « {session} » du forum « {forum} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que les catégories attendent les unes des autres, engagements, consensus et dissensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points de consensus et de dissensus entre rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimé le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cartes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune carte n’a été écrite pendant ce temps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Principe, thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vers {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principe {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les principes directeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En bref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} énoncés soumis à l’Agora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que chaque catégorie a apporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tableau croisé des temps entre pairs : contraintes et freins, attentes vis-à-vis des autres catégories et engagements de chaque catégorie d’acteurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraintes / freins</source>
        <translation>Constraints / obstacles</translation>
    </message>
    <message>
        <source>Attentes vis-à-vis des autres catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Points de consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissensus entre rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions internes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incertitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autres énoncés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun énoncé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Après chaque catégorie : sa position, puis entre parenthèses les votes pour, neutres et contre, et n, le nombre de votes exprimés ; « sans avis » compte les personnes qui ne se prononcent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} pour, {n_neutral} {neutral}, {d} contre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} sans avis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&#xa0;=&#xa0;{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour : {pour} — contre : {contre}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écart maximal {gap} entre {high} et {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} se distingue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libellé fixé par l’animation (calcul : {computed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note de l’animation : {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte des positions : énoncés × catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque case donne la position moyenne d’une catégorie (de −1, contre, à +1, pour), son signe, puis les votes pour / neutres / contre et n. Hachurée : pas assez de votes pour conclure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Énoncé et libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signes : + pour, − contre, ± divisé, ~ mitigé, · pas assez de votes (case hachurée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 contre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas assez de votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord pondéré {gic} · écart max. {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord entre catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour chaque paire : l’accord (1 = mêmes positions, 0 = positions opposées), le nombre d’énoncés où l’une est pour et l’autre contre (opp.) et le nombre d’énoncés comparés (m). Sur la diagonale : la cohésion interne de la catégorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opp.&#xa0;{opp} · m&#xa0;=&#xa0;{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r&#xa0;=&#xa0;{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohésion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attentes croisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de cartes d’attente de chaque catégorie (ligne) envers chaque autre (colonne), et combien ont reçu un engagement en réponse. Sur la diagonale : les engagements propres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ↓ / vers →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont {n} avec réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun engagement n’a encore été relié à l’attente à laquelle il répond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votées&#xa0;: {voted} — acceptées&#xa0;{accepted}, rejetées&#xa0;{rejected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réciprocité des attentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attente soutenue par {source} et rejetée par {target}, à qui elle s’adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprentissages et récits de l’Agora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note de méthode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque catégorie pèse autant, quel que soit le nombre de ses membres présents : l’Agora cherche les accords et désaccords entre rôles, pas entre personnes. Une catégorie prend position quand au moins {n_min} de ses membres s’expriment : « pour » si au moins {t_pos} sont d’accord et au plus {t_minor} en désaccord (et inversement pour « contre ») ; « divisée » si plus de {t_minor} sont de chaque côté. Deux catégories s’écartent quand leurs positions moyennes diffèrent d’au moins {t_gap} (sur une échelle de −1 à +1) et s’opposent à partir de {t_oppose}. Un énoncé est « incertain » quand au moins {t_unc} des personnes ne se prononcent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglage strict : un consensus doit réunir toutes les catégories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec 3 à 6 personnes par catégorie, une seule voix déplace une part de 17 à 33 points : lisez toujours les libellés avec les votes qui les fondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuils utilisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’Agora n’a pas encore été analysée : aucun énoncé voté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que les autres catégories attendent de vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points de consensus qui vous concernent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points de dissensus qui vous concernent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous : {stance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien pour l’instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et {n} autres : voir le compte rendu de l’Agora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez pour retrouver la page du forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez pour garder l’essentiel de ce livret sur votre téléphone, sans réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendu de vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points de dissensus entre rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories sont pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories sont contre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sans : {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun point pour l’instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et {n} autres points dans le compte rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque catégorie d’acteurs pèse autant, quelle que soit sa taille. {n} énoncés votés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Forum exporté et vérifié : « {name} » ({cards} cartes). Vous pouvez retirer la clé.</source>
        <extracomment>Suffix of the checksum manifest written beside an export. Temporary files older than this in an export folder belong to no running export.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>Contrainte / frein</source>
        <extracomment>Card kinds as one card is called (the board&apos;s column titles are plural).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprentissage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Récit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps entre pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie par l’animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
