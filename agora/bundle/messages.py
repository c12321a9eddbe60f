"""Every reason a bundle is refused, in French, and how an offending item is named.

All refusals are ``BundleError``s with one line that names the first offending item
(« contribution 3f2a1b0c… : la cible « xyz » n’est pas une catégorie connue. »), so the
facilitator, or the developer of the tool that wrote the bundle, can find it. The templates are
marked for Qt's translation tools; the fields (ids, keys, values) are data and stay as they are.
"""

from __future__ import annotations

from typing import Any

from agora.errors import AgoraError, BundleError
from agora.i18n import QT_TRANSLATE_NOOP

# --- the file itself -------------------------------------------------------------------------
NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Le paquet « {path} » est introuvable.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "Le paquet « {path} » ne peut pas être lu ({detail}).")
TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "Le paquet dépasse {size} Mo une fois décompressé : la limite est de {limit} Mo."
)
NOT_UTF8 = QT_TRANSLATE_NOOP("errors", "Le paquet n’est pas un texte UTF-8 valide (octet n° {offset}).")
NOT_JSON = QT_TRANSLATE_NOOP(
    "errors", "Le paquet n’est pas un document JSON valide (erreur ligne {line}, colonne {column})."
)
TOO_DEEP = QT_TRANSLATE_NOOP("errors", "Le paquet est imbriqué trop profondément pour être lu.")
DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "errors", "Le paquet contient deux fois la clé « {key} » dans un même objet."
)
HUGE_NUMBER = QT_TRANSLATE_NOOP("errors", "Le paquet contient un nombre démesuré : « {value} ».")
BAD_CONSTANT = QT_TRANSLATE_NOOP("errors", "Le paquet contient « {value} », qui n’est pas un nombre JSON.")
NOT_OBJECT = QT_TRANSLATE_NOOP("errors", "Le paquet doit être un objet JSON ({{ … }}).")
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "Ce fichier n’est pas un paquet Agora (format « {value} » au lieu de « agora-bundle »)."
)
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "errors",
    "Ce paquet vient d’une version plus récente d’Agora (format {version}) : "
    "mettez Agora à jour pour l’importer.",
)
BAD_VERSION = QT_TRANSLATE_NOOP("errors", "La version de format « {value} » du paquet n’est pas reconnue.")
MISSING_LIST = QT_TRANSLATE_NOOP("errors", "Le paquet n’a pas de champ « {field} ».")
NOT_A_LIST = QT_TRANSLATE_NOOP("errors", "Le champ « {field} » du paquet doit être une liste.")
BAD_OUTPUT = QT_TRANSLATE_NOOP("errors", "Un paquet s’écrit dans un fichier .json ou .zip, pas « {name} ».")

# --- the zipped form -------------------------------------------------------------------------
BAD_ZIP = QT_TRANSLATE_NOOP("errors", "Le paquet compressé est illisible ou tronqué ({detail}).")
UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "errors", "Le paquet compressé contient un nom de fichier dangereux : « {name} »."
)
DUPLICATE_ENTRY = QT_TRANSLATE_NOOP("errors", "Le paquet compressé contient deux fois « {name} ».")
MISSING_ENTRY = QT_TRANSLATE_NOOP("errors", "Le paquet compressé ne contient pas « {name} ».")
BOMB_RATIO = QT_TRANSLATE_NOOP(
    "errors",
    "Le paquet compressé est anormalement comprimé (« {name} », rapport {ratio} pour 1) : refusé par prudence.",
)
ENCRYPTED = QT_TRANSLATE_NOOP("errors", "Le paquet compressé est chiffré : Agora ne peut pas le lire.")
BAD_MANIFEST = QT_TRANSLATE_NOOP("errors", "Le manifeste du paquet compressé est invalide : {detail}.")
MANIFEST_SHA = QT_TRANSLATE_NOOP(
    "errors", "Le manifeste du paquet compressé n’indique pas l’empreinte SHA-256 de bundle.json."
)
CHECKSUM = QT_TRANSLATE_NOOP(
    "errors",
    "L’empreinte SHA-256 de bundle.json ne correspond pas au manifeste : le paquet est abîmé ou a été modifié.",
)

# --- one item --------------------------------------------------------------------------------
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("errors", "{item} : chaque élément doit être un objet JSON.")
MISSING_FIELD = QT_TRANSLATE_NOOP("errors", "{item} : le champ obligatoire « {field} » manque.")
WRONG_TYPE = QT_TRANSLATE_NOOP(
    "errors", "{item} : le champ « {field} » doit être {expected} (reçu : {value})."
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "{item} : le champ « {field} » vaut {value}, hors des limites admises ({minimum} à {maximum})."
)
BAD_ID = QT_TRANSLATE_NOOP(
    "errors",
    "{item} : l’identifiant « {value} » du champ « {field} » ne convient pas "
    "(1 à 128 caractères ASCII visibles, sans espace).",
)
BAD_CODE = QT_TRANSLATE_NOOP(
    "errors",
    "{item} : le code « {value} » ne convient pas (lettres minuscules sans accent, chiffres, - ou _).",
)
BAD_COLOR = QT_TRANSLATE_NOOP("errors", "{item} : la couleur « {value} » n’est pas de la forme #RRVVBB.")
BAD_DATE = QT_TRANSLATE_NOOP(
    "errors", "{item} : le champ « {field} » n’est pas une date AAAA-MM-JJ (« {value} »)."
)
BAD_DATETIME = QT_TRANSLATE_NOOP(
    "errors",
    "{item} : le champ « {field} » n’est pas une date et heure ISO 8601 avec fuseau horaire (« {value} »).",
)
BAD_CHOICE = QT_TRANSLATE_NOOP(
    "errors", "{item} : « {value} » n’est pas une valeur admise du champ « {field} » ({choices})."
)
SURROGATE = QT_TRANSLATE_NOOP(
    "errors", "{item} : le champ « {field} » contient des caractères invalides (UTF-16 isolé)."
)
RULE = QT_TRANSLATE_NOOP("errors", "{item} : {reason}")
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "errors",
    "{item} : le paquet contient deux entrées de même identifiant mais différentes (champ « {field} »).",
)
CONFLICT = QT_TRANSLATE_NOOP(
    "errors",
    "{item} : le forum contient déjà cet identifiant avec un contenu différent (champ « {field} »).",
)
SESSION_CATEGORY = QT_TRANSLATE_NOOP(
    "errors", "{item} : un temps entre pairs réunit une seule catégorie ; l’Agora les réunit toutes."
)

# --- references between items ----------------------------------------------------------------
UNKNOWN_REF: dict[str, str] = {
    "categories": QT_TRANSLATE_NOOP(
        "errors", "{item} : la catégorie « {key} » n’est pas une catégorie connue."
    ),
    "target": QT_TRANSLATE_NOOP("errors", "{item} : la cible « {key} » n’est pas une catégorie connue."),
    "sessions": QT_TRANSLATE_NOOP(
        "errors", "{item} : le temps « {key} » n’existe ni dans le paquet ni dans le forum."
    ),
    "contributions": QT_TRANSLATE_NOOP(
        "errors", "{item} : la carte « {key} » n’existe ni dans le paquet ni dans le forum."
    ),
    "statements": QT_TRANSLATE_NOOP(
        "errors", "{item} : l’énoncé « {key} » n’existe ni dans le paquet ni dans le forum."
    ),
    "territories": QT_TRANSLATE_NOOP(
        "errors", "{item} : le territoire « {key} » n’existe ni dans le paquet ni dans le forum."
    ),
}
NOT_AGORA = QT_TRANSLATE_NOOP(
    "errors", "{item} : un énoncé se vote dans l’Agora, pas dans le temps entre pairs « {title} »."
)
MIXED = QT_TRANSLATE_NOOP(
    "errors",
    "{item} : la catégorie « {category} » aurait à la fois un décompte à main levée et des positions "
    "individuelles sur l’énoncé {statement}.",
)
OTHER_SCALE = QT_TRANSLATE_NOOP(
    "errors", "{item} : l’énoncé {statement} se vote sur une échelle à {scale} points, pas {other}."
)
PARTICIPANT_TWICE = QT_TRANSLATE_NOOP(
    "errors", "{item} : le participant « {participant} » a déjà une position sur l’énoncé {statement}."
)
BAD_METHOD = QT_TRANSLATE_NOOP(
    "errors", "{item} : les paramètres de la méthode ne sont pas valides ({detail})."
)
UNKNOWN_LABEL = QT_TRANSLATE_NOOP("errors", "{item} : le libellé « {value} » n’existe pas.")
LINK_KINDS = QT_TRANSLATE_NOOP("errors", "{item} : seul un engagement peut répondre à une attente.")
LINK_TARGET = QT_TRANSLATE_NOOP(
    "errors", "{item} : cet engagement vient d’une autre catégorie que celle à qui l’attente s’adresse."
)
UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP("errors", "{item} : le canal « {value} » n’existe pas ({choices}).")


def short_id(key: str) -> str:
    """An id as messages show it: whole when short, else its first eight characters and « … »."""
    return key if len(key) <= 12 else f"{key[:8]}…"


def item_name(item: str, key: tuple[str, ...] | None, index: int) -> str:
    """How a message names one item: « contribution 3f2a1b0c… », or by rank when it has no usable id."""
    if key is None:
        return f"{item} n° {index + 1}"
    return f"{item} {'/'.join(short_id(part) for part in key)}"


def refuse(template: str, **fields: Any) -> BundleError:
    """The BundleError of ``template`` with its fields (raise it)."""
    return BundleError(template, **fields)


def from_rule(item: str, error: AgoraError) -> BundleError:
    """A service's refusal of one item (e.g. a value outside its scale), prefixed with the item."""
    reason = error.message()
    return refuse(RULE, item=item, reason=reason[:1].lower() + reason[1:])
