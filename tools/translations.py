"""Refresh the English catalogue: extract strings, reuse known translations, build the .qm.

Usage: ``python tools/translations.py [EXTRA.ts ...]`` (``make translations``). Extracts every
``tr()`` / ``QT_TRANSLATE_NOOP`` string of ``ui/`` and ``agora/`` into
``resources/i18n/agora_en.ts`` (lupdate keeps the translations already there), fills untranslated
messages from the extra catalogues given (same context and source text), compiles the ``.qm`` and
lists what is still untranslated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "i18n" / "agora_en.ts"
BIN = Path(sys.executable).parent


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and bool(translation.text) and translation.get("type") is None


def main(extra: list[str]) -> int:
    """Run the refresh; returns the number of untranslated messages."""
    # Translations known before the refresh, by source text: a string that moves to another
    # context (a renamed class) keeps its translation.
    known = {source: m for (_c, source), m in _messages(ET.parse(CATALOGUE)).items() if _finished(m)}
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "ui", "agora", "-source-language", "fr",
         "-target-language", "en", "-locations", "none", "-no-obsolete", "-ts", str(CATALOGUE)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    tree = ET.parse(CATALOGUE)
    target = _messages(tree)
    sources = [{(None, source): m for source, m in known.items()}]
    sources += [_messages(ET.parse(path)) for path in extra]
    for found in sources:
        for key, message in found.items():
            matches = (
                [m for (c, src), m in target.items() if src == key[1]]
                if key[0] is None
                else [target.get(key)]
            )
            for mine in matches:
                if mine is None or _finished(mine) or not _finished(message):
                    continue
                translation = mine.find("translation")
                assert translation is not None
                translation.text = message.findtext("translation")
                translation.attrib.pop("type", None)
                for form in message.find("translation") or ():
                    translation.append(form)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    # ElementTree drops the DOCTYPE that Qt Linguist writes: put Qt's header back.
    CATALOGUE.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(CATALOGUE), "-qm", str(CATALOGUE.with_suffix(".qm"))],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    missing = Counter(context for (context, _source), m in target.items() if not _finished(m))
    for context, count in sorted(missing.items()):
        print(f"{context}: {count} à traduire")
    print(f"{sum(missing.values())} message(s) sans traduction anglaise")
    return sum(missing.values())


if __name__ == "__main__":
    main(sys.argv[1:])
