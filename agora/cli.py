"""The ``agora`` command line: every core capability, scriptable and headless.

Messages are French; bad input exits with status 2 and one line on standard error, and never
leaves a forum file half-changed. Qt is never imported here.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from agora import __version__
from agora.errors import AgoraError
from agora.paths import library_dir, resolve_forum_path

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse with French usage errors and status 2 (its own default status too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"agora : {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="agora",
        description="Agora — animation de forums de transition territoriale, hors ligne.",
    )
    parser.add_argument("--version", action="version", version=f"Agora {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    demo = commands.add_parser("demo", help="créer le forum de démonstration")
    demo.add_argument("file", nargs="?", help="fichier à créer (par défaut : dans la bibliothèque)")
    demo.add_argument("--if-missing", action="store_true", help="ne rien faire s’il existe déjà")

    imp = commands.add_parser("import", help="fusionner un paquet (bundle) dans un forum")
    imp.add_argument("bundle", help="paquet .json ou .zip")
    imp.add_argument("--into", required=True, help="forum qui reçoit le paquet (créé s’il n’existe pas)")
    imp.add_argument(
        "--accepter-suppressions",
        action="store_true",
        dest="allow_deletions",
        help="appliquer un paquet qui supprimerait la plupart des cartes d’un temps",
    )

    exp = commands.add_parser("export", help="exporter un forum (json, csv ou xlsx)")
    exp.add_argument("file", help="le forum")
    exp.add_argument("--format", choices=("json", "csv", "xlsx"), required=True)
    exp.add_argument(
        "--out", required=True, help="fichier (json, xlsx ; .zip pour un paquet compressé) ou dossier (csv)"
    )

    check = commands.add_parser("check", help="vérifier l’intégrité d’un forum")
    check.add_argument("file", help="le forum")

    analyse = commands.add_parser("analyse", help="consensus et dissensus entre rôles d’une Agora")
    analyse.add_argument("file", help="le forum")
    analyse.add_argument("--session", required=True, help="identifiant du temps d’Agora")
    analyse.add_argument(
        "--json", action="store_true", help="tout le détail en JSON (docs/analyse-schema.json)"
    )

    report = commands.add_parser("report", help="imprimer le compte rendu d’un temps (PDF)")
    report.add_argument("file", help="le forum")
    report.add_argument("--session", required=True, help="identifiant du temps")
    report.add_argument("--out", required=True, help="fichier PDF du compte rendu")
    report.add_argument("--handouts", action="store_true", help="ajouter un livret par catégorie")
    report.add_argument("--poster", action="store_true", help="écrire aussi l’affiche A3 de l’Agora")

    serve = commands.add_parser("serve", help="ouvrir la participation des téléphones, sans l’interface")
    serve.add_argument("file", help="le forum")
    serve.add_argument("--session", required=True, help="identifiant du temps")
    serve.add_argument("--host", required=True, help="adresse IP de l’interface réseau (jamais toutes)")
    serve.add_argument("--port", type=int, default=8000, help="port (8000 par défaut)")
    return parser


def _report(args: argparse.Namespace) -> int:
    from agora.reports.command import run  # inline: reportlab loads only when printing

    return run(args)


def _serve(args: argparse.Namespace) -> int:
    from agora.server.command import run  # inline: the web server loads only when asked

    return run(args)


def _demo(args: argparse.Namespace) -> int:
    from agora.services.demo import DEMO_FILE_NAME, build_demo  # inline: the demo loads only when asked

    target = Path(args.file) if args.file else library_dir() / DEMO_FILE_NAME
    if target.exists() and args.if_missing:
        print(f"Le forum de démonstration existe déjà : {target}")
        return EXIT_OK
    store = build_demo(target)
    store.close()
    print(f"Forum de démonstration créé : {target}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from agora.services.exchange import import_bundle  # inline: keeps `agora --version` fast

    target = resolve_forum_path(args.into)
    report = import_bundle(Path(args.bundle), target, confirm_shrink=not args.allow_deletions)
    print(f"Paquet importé dans {target} : {report.summary()}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from agora.services import exchange, tabular  # inline: keeps `agora --version` fast
    from agora.storage.store import open_forum  # inline: idem

    out = Path(args.out)
    with open_forum(resolve_forum_path(args.file), read_only=True) as store:
        if args.format == "json":
            exchange.write_bundle(store, out)
            written = [out]
        elif args.format == "csv":
            out.mkdir(parents=True, exist_ok=True)
            written = tabular.export_csv(store, out)
        else:
            tabular.export_xlsx(store, out)
            written = [out]
    for path in written:
        print(f"Écrit : {path}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from agora.services.check import check_forum  # inline: keeps `agora --version` fast

    report = check_forum(resolve_forum_path(args.file))
    print(f"Forum : {report.path}")
    print(f"Intégrité : {'intacte' if report.ok else report.integrity}")
    print(f"Schéma : {report.revision or 'aucun'} ({report.schema})")
    for name, count in report.counts.items():
        print(f"{name.capitalize()} : {count}")
    if report.deleted_cards:
        print(f"Cartes supprimées (restaurables) : {report.deleted_cards}")
    return EXIT_OK if report.ok else EXIT_BAD_INPUT


def _analyse(args: argparse.Namespace) -> int:
    from agora.services.analysis import analyse_session  # inline: keeps `agora --version` fast
    from agora.storage.store import open_forum  # inline: idem

    with open_forum(resolve_forum_path(args.file), read_only=True) as store:
        analysis = analyse_session(store, args.session)
    document = analysis.to_json()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for statement in document["statements"]:
        marker = " (libellé modifié par l’animation)" if statement.get("override") else ""
        print(f"{statement['label']}{marker} — {statement['text']}")
    return EXIT_OK


_COMMANDS = {
    "demo": _demo,
    "import": _import,
    "export": _export,
    "check": _check,
    "analyse": _analyse,
    "report": _report,
    "serve": _serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return _COMMANDS[args.command](args)
    except AgoraError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"Erreur : {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return EXIT_BAD_INPUT
