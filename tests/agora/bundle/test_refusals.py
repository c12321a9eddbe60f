"""Every bad bundle is refused with one French line naming the first offending item (T-IM-1).

Each case is tried twice: into an existing forum (which must stay byte for byte the same, with
no pre-import snapshot taken) and into a file that does not exist (which must not appear).
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agora.errors import BundleError
from agora.services import exchange, forums
from tests.agora.bundle import folder_state, populate

NEW = "5e1f0c3a-7b2d-4c1e-9f00-000000000001"
NEW2 = "6a2b1c4d-7b2d-4c1e-9f00-000000000002"
MISSING = "a1b2c3d4-0000-4000-8000-00000000dead"
CARD = "contribution 5e1f0c3a…"
POSITION = "position 5e1f0c3a…"
STATEMENT = "énoncé 5e1f0c3a…"

Payload = dict[str, Any] | list[Any] | bytes
Mutation = Callable[[dict[str, Any], dict[str, str]], Payload]


@dataclass(frozen=True)
class Base:
    """A populated forum file (closed), its export and the ids of what it holds."""

    path: Path
    document: dict[str, Any]
    ids: dict[str, str]


@pytest.fixture(scope="module")
def base_file(tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("base")
    with forums.create_forum(folder / "forum.agora", "Forum de référence") as store:
        ids = populate(store)
        document = exchange.export_bundle(store)
    return Base(folder / "forum.agora", document, ids)


def card(doc: dict[str, Any], ids: dict[str, str], **changes: Any) -> dict[str, Any]:
    doc["contributions"].append(
        {
            "id": NEW,
            "session": ids["peer"],
            "kind": "constraint",
            "category": "elus",
            "target": None,
            "text": "Nouvelle carte",
            "principle": None,
            **changes,
        }
    )
    return doc


def position(doc: dict[str, Any], ids: dict[str, str], **changes: Any) -> dict[str, Any]:
    doc["positions"].append(
        {
            "id": NEW,
            "statement": ids["statement"],
            "category": "elus",
            "participant": None,
            "scale": 5,
            "value": 3,
            **changes,
        }
    )
    return doc


def statement(doc: dict[str, Any], ids: dict[str, str], **changes: Any) -> dict[str, Any]:
    doc["statements"].append(
        {"id": NEW, "session": ids["agora"], "text": "Nouvel énoncé", "source": None, **changes}
    )
    return doc


def raw(doc: Any, marker: str, replacement: str) -> bytes:
    """The JSON bytes of ``doc`` with the JSON string ``"marker"`` replaced by raw text."""
    text = json.dumps(doc, ensure_ascii=False)
    assert f'"{marker}"' in text
    return text.replace(f'"{marker}"', replacement).encode("utf-8")


def without(doc: dict[str, Any], key: str) -> dict[str, Any]:
    del doc[key]
    return doc


def changed(doc: dict[str, Any], name: str, index: int, **changes: Any) -> dict[str, Any]:
    doc[name][index].update(changes)
    return doc


def twice(doc: dict[str, Any], name: str, **changes: Any) -> dict[str, Any]:
    doc[name].append({**doc[name][0], **changes})
    return doc


def mixed_in_bundle(doc: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    statement(doc, ids, id=NEW2)
    position(doc, ids, statement=NEW2, category="socio")
    doc["tallies"].append(
        {"statement": NEW2, "category": "socio", "present": 3, "for": 1, "against": 1, "abstain": 1}
    )
    return doc


def no_text(doc: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    card(doc, ids)
    del doc["contributions"][-1]["text"]
    return doc


def card_of_kind(doc: dict[str, Any], kind: str) -> str:
    return next(c["id"] for c in doc["contributions"] if c["kind"] == kind and c["deleted"] is None)


def wrong_link(doc: dict[str, Any], _ids: dict[str, str]) -> dict[str, Any]:
    doc["card_links"].append(
        {"commitment": card_of_kind(doc, "constraint"), "expectation": card_of_kind(doc, "expectation")}
    )
    return doc


def new_session(doc: dict[str, Any], **changes: Any) -> dict[str, Any]:
    doc["sessions"].append({"id": NEW, "kind": "agora", "category": None, "title": "Agora 2", **changes})
    return doc


#: id, mutation, fragments the message must contain, whether it only applies to an existing forum.
CASES: list[tuple[str, Mutation, list[str], bool]] = [
    (
        "unknown-session",
        lambda d, i: card(d, i, session=MISSING),
        [CARD, "le temps « a1b2c3d4… » n’existe ni dans le paquet ni dans le forum"],
        False,
    ),
    (
        "unknown-category",
        lambda d, i: card(d, i, category="xyz"),
        [CARD, "la catégorie « xyz » n’est pas une catégorie connue"],
        False,
    ),
    (
        "unknown-target",
        lambda d, i: card(d, i, kind="expectation", target="xyz"),
        [CARD, "la cible « xyz » n’est pas une catégorie connue"],
        False,
    ),
    (
        "target-on-constraint",
        lambda d, i: card(d, i, target="etat"),
        [CARD, "une carte « constraint » n’a pas de cible"],
        False,
    ),
    (
        "expectation-without-target",
        lambda d, i: card(d, i, kind="expectation"),
        [CARD, "une attente doit viser une autre catégorie"],
        False,
    ),
    (
        "expectation-to-itself",
        lambda d, i: card(d, i, kind="expectation", target="elus"),
        [CARD, "vise une autre catégorie que la sienne"],
        False,
    ),
    (
        "unknown-kind",
        lambda d, i: card(d, i, kind="idee"),
        [CARD, "le type de carte « idee » n’existe pas"],
        False,
    ),
    (
        "principle-out-of-range",
        lambda d, i: card(d, i, principle=7),
        [CARD, "le principe directeur doit être 1, 2, 3 ou 4 (reçu : 7)"],
        False,
    ),
    (
        "principle-bool",
        lambda d, i: card(d, i, principle=True),
        [CARD, "le champ « principle » doit être un nombre entier (reçu : True)"],
        False,
    ),
    (
        "text-not-string",
        lambda d, i: card(d, i, text=12),
        [CARD, "« text » doit être un texte (reçu : 12)"],
        False,
    ),
    (
        "text-too-long",
        lambda d, i: card(d, i, text="é" * 20_001),
        [CARD, "20\u202f001 caractères", "la limite est de 20\u202f000 caractères"],
        False,
    ),
    ("text-empty", lambda d, i: card(d, i, text=" \n "), [CARD, "le texte de la carte est vide"], False),
    (
        "lone-surrogate",
        lambda d, i: json.dumps(card(d, i, text="a\ud800b")).encode("ascii"),
        [CARD, "le champ « text » contient des caractères invalides"],
        False,
    ),
    ("missing-field", no_text, [CARD, "le champ obligatoire « text » manque"], False),
    ("missing-core-list", lambda d, i: without(d, "tallies"), ["n’a pas de champ « tallies »"], False),
    ("missing-forum", lambda d, i: without(d, "forum"), ["n’a pas de champ « forum »"], False),
    (
        "list-not-list",
        lambda d, i: {**d, "positions": {}},
        ["« positions » du paquet doit être une liste"],
        False,
    ),
    (
        "item-not-object",
        lambda d, i: {**d, "contributions": [*d["contributions"], "texte"]},
        ["contribution n° 5 : chaque élément doit être un objet JSON"],
        False,
    ),
    (
        "duplicate-id-in-bundle",
        lambda d, i: twice(d, "contributions", text="Autre texte"),
        ["deux entrées de même identifiant mais différentes (champ « text »)"],
        False,
    ),
    (
        "conflict-with-file",
        lambda d, i: changed(d, "contributions", 0, text="Autre texte"),
        ["le forum contient déjà cet identifiant avec un contenu différent (champ « text »)"],
        True,
    ),
    (
        "value-outside-scale",
        lambda d, i: position(d, i, value=6),
        [POSITION, "la réponse 6 sort de l’échelle de 1 à 5"],
        False,
    ),
    ("value-zero", lambda d, i: position(d, i, value=0), [POSITION, "la réponse 0 sort de l’échelle"], False),
    (
        "scale-not-3-or-5",
        lambda d, i: position(d, i, scale=4, value=2),
        [POSITION, "l’échelle doit compter 3 ou 5 points (reçu : 4)"],
        False,
    ),
    (
        "other-scale-on-statement",
        lambda d, i: position(d, i, scale=3, value=2),
        [POSITION, "se vote sur une échelle à 5 points, pas 3"],
        False,
    ),
    (
        "participant-twice",
        lambda d, i: position(d, i, category="agents", participant="p1"),
        [POSITION, "le participant « p1 » a déjà une position"],
        False,
    ),
    (
        "unknown-channel",
        lambda d, i: position(d, i, channel="pigeon"),
        [POSITION, "le canal « pigeon » n’existe pas"],
        False,
    ),
    (
        "position-unknown-statement",
        lambda d, i: position(d, i, statement=MISSING),
        [POSITION, "l’énoncé « a1b2c3d4… » n’existe ni dans le paquet ni dans le forum"],
        False,
    ),
    (
        "tally-over-present",
        lambda d, i: {
            **d,
            "tallies": [
                *d["tallies"],
                {
                    "statement": i["other_statement"],
                    "category": "elus",
                    "present": 3,
                    "for": 2,
                    "against": 1,
                    "abstain": 1,
                },
            ],
        },
        ["décompte ", "/elus : décompte impossible", "dépasse le nombre de présents (3)"],
        False,
    ),
    (
        "tally-negative",
        lambda d, i: {
            **d,
            "tallies": [
                *d["tallies"],
                {
                    "statement": i["other_statement"],
                    "category": "elus",
                    "present": 3,
                    "for": -1,
                    "against": 1,
                    "abstain": 1,
                },
            ],
        },
        ["/elus : un décompte ne peut pas être négatif"],
        False,
    ),
    (
        "tally-and-positions-in-bundle",
        mixed_in_bundle,
        ["position 5e1f0c3a…", "« socio » aurait à la fois un décompte à main levée et des positions"],
        False,
    ),
    (
        "tally-beside-positions",
        lambda d, i: {
            **d,
            "tallies": [
                *d["tallies"],
                {
                    "statement": i["statement"],
                    "category": "agents",
                    "present": 3,
                    "for": 1,
                    "against": 1,
                    "abstain": 1,
                },
            ],
        },
        ["la catégorie « agents » aurait à la fois un décompte à main levée et des positions"],
        False,
    ),
    (
        "invalid-json",
        lambda d, i: b'{"format": "agora-bundle", "version": 1,',
        ["n’est pas un document JSON valide (erreur ligne 1, colonne 41)"],
        False,
    ),
    ("empty-file", lambda d, i: b"", ["n’est pas un document JSON valide"], False),
    (
        "invalid-utf8",
        lambda d, i: raw(card(d, i), "Nouvelle carte", '"Nouvelle \xff carte"').replace(
            "\xff".encode(), b"\xff"
        ),
        ["n’est pas un texte UTF-8 valide (octet n°"],
        False,
    ),
    (
        "newer-version",
        lambda d, i: {**d, "version": 2},
        ["Ce paquet vient d’une version plus récente d’Agora (format 2)"],
        False,
    ),
    ("version-as-string", lambda d, i: {**d, "version": "1"}, ["version de format « 1 »"], False),
    (
        "wrong-format",
        lambda d, i: {**d, "format": "autre"},
        ["n’est pas un paquet Agora (format « autre »"],
        False,
    ),
    ("not-an-object", lambda d, i: [d], ["doit être un objet JSON ({ … })"], False),
    (
        "huge-integer-literal",
        lambda d, i: raw(card(d, i, principle="N"), "N", "1" + "0" * 40),
        ["nombre démesuré"],
        False,
    ),
    (
        "huge-integer",
        lambda d, i: card(d, i, principle=10**20),
        [CARD, "« principle » vaut 100000000000000000000, hors des limites admises"],
        False,
    ),
    (
        "infinite-float",
        lambda d, i: raw(card(d, i, position="N"), "N", "1e400"),
        [CARD, "« position » vaut inf, hors des limites"],
        False,
    ),
    (
        "nan",
        lambda d, i: raw(card(d, i, position="N"), "N", "NaN"),
        ["« NaN », qui n’est pas un nombre JSON"],
        False,
    ),
    (
        "duplicate-key",
        lambda d, i: raw(card(d, i), "Nouvelle carte", '"a", "text": "b"'),
        ["deux fois la clé « text »"],
        False,
    ),
    (
        "statement-unknown-session",
        lambda d, i: statement(d, i, session=MISSING),
        [STATEMENT, "le temps « a1b2c3d4… » n’existe ni"],
        False,
    ),
    (
        "statement-in-peer-group",
        lambda d, i: statement(d, i, session=i["peer"]),
        [
            STATEMENT,
            "un énoncé se vote dans l’Agora, pas dans le temps entre pairs « Temps entre pairs 1 — Élu·e·s »",
        ],
        False,
    ),
    (
        "statement-unknown-source",
        lambda d, i: statement(d, i, source=MISSING),
        [STATEMENT, "la carte « a1b2c3d4… » n’existe ni"],
        False,
    ),
    (
        "bad-id",
        lambda d, i: card(d, i, id="a b"),
        ["l’identifiant « a b » du champ « id » ne convient pas"],
        False,
    ),
    ("empty-id", lambda d, i: card(d, i, id=""), ["contribution n° 5 : l’identifiant «  »"], False),
    (
        "naive-datetime",
        lambda d, i: card(d, i, created="2026-05-12T10:00:00"),
        [CARD, "« created » n’est pas une date et heure ISO 8601 avec fuseau horaire"],
        False,
    ),
    (
        "bad-date",
        lambda d, i: changed(d, "sessions", 0, date="12/05/2026"),
        ["« date » n’est pas une date AAAA-MM-JJ (« 12/05/2026 »)"],
        False,
    ),
    (
        "bad-color",
        lambda d, i: {**d, "categories": [*d["categories"], {"id": "hab", "label": "H", "color": "rouge"}]},
        ["catégorie hab : la couleur « rouge » n’est pas de la forme #RRVVBB"],
        False,
    ),
    (
        "bad-code",
        lambda d, i: {
            **d,
            "categories": [*d["categories"], {"id": "Élus", "label": "H", "color": "#000000"}],
        },
        ["le code « Élus » ne convient pas"],
        False,
    ),
    (
        "peer-group-without-category",
        lambda d, i: new_session(d, kind="peer_group"),
        ["temps 5e1f0c3a… : un temps entre pairs réunit une seule catégorie"],
        False,
    ),
    (
        "unknown-session-kind",
        lambda d, i: new_session(d, kind="atelier"),
        ["« atelier » n’est pas une valeur admise du champ « kind » (peer_group, agora)"],
        False,
    ),
    (
        "bad-method",
        lambda d, i: new_session(d, method={"seuil": 1}),
        ["temps 5e1f0c3a… : les paramètres de la méthode ne sont pas valides"],
        False,
    ),
    (
        "unknown-label",
        lambda d, i: {**d, "label_overrides": [{"statement": i["other_statement"], "label": "TOP"}]},
        ["libellé imposé ", "le libellé « TOP » n’existe pas"],
        False,
    ),
    ("link-wrong-kinds", wrong_link, ["lien engagement-attente ", "seul un engagement peut répondre"], False),
    (
        "unknown-relation",
        lambda d, i: changed(d, "relations", 0, id=NEW, value="amitié"),
        ["relation 5e1f0c3a… : le type de relation « relations/amitié » n’existe pas"],
        False,
    ),
    (
        "relation-unknown-territory",
        lambda d, i: changed(d, "relations", 0, id=NEW, territory=MISSING),
        ["relation 5e1f0c3a… : le territoire « a1b2c3d4… » n’existe ni"],
        False,
    ),
]


def write_payload(path: Path, payload: Payload) -> Path:
    data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
    path.write_bytes(data)
    return path


def check_refused(source: Path, target: Path, fragments: list[str], folder: Path) -> None:
    before = folder_state(folder)
    with pytest.raises(BundleError) as caught:
        exchange.import_bundle(source, target)
    message = str(caught.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
    assert folder_state(folder) == before  # the forum byte for byte, no snapshot, no temp file


@pytest.mark.parametrize(
    ("mutation", "fragments", "existing_only"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_bundle_is_refused(
    base_file: Base, tmp_path: Path, mutation: Mutation, fragments: list[str], existing_only: bool
) -> None:
    target = shutil.copy(base_file.path, tmp_path / "forum.agora")
    source = write_payload(
        tmp_path / "paquet.json", mutation(copy.deepcopy(base_file.document), base_file.ids)
    )
    check_refused(source, Path(target), fragments, tmp_path)
    if not existing_only:
        check_refused(source, tmp_path / "nouveau.agora", fragments, tmp_path)
        assert not (tmp_path / "nouveau.agora").exists()


def test_base_bundle_itself_imports(base_file: Base, tmp_path: Path) -> None:
    """The cases above fail for their mutation alone: the unmutated bundle imports."""
    source = write_payload(tmp_path / "paquet.json", base_file.document)
    assert exchange.import_bundle(source, tmp_path / "nouveau.agora").created
    assert not exchange.import_bundle(source, shutil.copy(base_file.path, tmp_path / "forum.agora")).changed


def test_missing_source_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match=r"Le paquet « absent\.json » est introuvable"):
        exchange.import_bundle(tmp_path / "absent.json", tmp_path / "f.agora")
    assert not (tmp_path / "f.agora").exists()


def test_failure_while_writing_new_file_leaves_nothing(
    base_file: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk failure after validation (here, at the rename) still leaves no file behind."""
    source = write_payload(tmp_path / "paquet.json", base_file.document)
    before = folder_state(tmp_path)

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("agora.services.exchange.os.replace", fail)
    with pytest.raises(OSError, match="No space"):
        exchange.import_bundle(source, tmp_path / "nouveau.agora")
    assert folder_state(tmp_path) == before
