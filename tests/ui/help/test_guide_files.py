"""The user guide's files (docs/guide): every page reachable, every link and picture there, French typography."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.screenshots import PICTURES
from ui.dialogs.shortcuts_dialog import SHORTCUTS
from ui.help.help_window import INDEX_PAGE, docs_dir, guide_dir, guide_pages

LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
TOPICS = (
    "preparer-un-forum.md",
    "temps-entre-pairs.md",
    "agora.md",
    "lire-les-libelles.md",
    "imprimer.md",
    "telephones.md",
    "fusionner-des-salles.md",
    "sauvegardes.md",
    "raccourcis.md",
)


def links(page: Path) -> list[tuple[bool, str]]:
    """(is a picture, target) of every Markdown link of ``page``, outside code blocks."""
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


def prose(page: Path) -> list[str]:
    """The lines of ``page`` outside code blocks, without inline code and link targets."""
    lines, fenced = [], False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(re.sub(r"`[^`]*`|\]\([^)]*\)", "", line))
    return lines


def test_the_guide_has_an_index_and_one_page_per_topic() -> None:
    names = [page.name for page in guide_pages()]
    assert names[0] == INDEX_PAGE
    assert set(TOPICS) <= set(names)


def test_every_page_is_linked_from_the_index() -> None:
    linked = {Path(target).name for picture, target in links(guide_dir() / INDEX_PAGE) if not picture}
    assert {page.name for page in guide_pages()} - {INDEX_PAGE} <= linked


@pytest.mark.parametrize("page", guide_pages(), ids=lambda page: page.name)
def test_every_link_and_picture_exists(page: Path) -> None:
    for _picture, target in links(page):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        assert (page.parent / target.split("#")[0]).resolve().is_file(), f"{page.name}: {target}"


def test_the_guide_pictures_are_all_made_by_make_screenshots() -> None:
    """A picture the guide shows is one tools/screenshots.py writes: it never goes stale."""
    pictures = {Path(target).name for page in guide_pages() for picture, target in links(page) if picture}
    assert pictures
    assert pictures <= set(PICTURES)
    for name in pictures:
        assert (docs_dir() / "images" / name).stat().st_size > 0


@pytest.mark.parametrize("page", guide_pages(), ids=lambda page: page.name)
def test_french_typography(page: Path) -> None:
    """Non-breaking space before : ; ! ? % and inside « », curly apostrophes."""
    for line in prose(page):
        assert not re.search(r" [:;!?]|\d %", line), f"{page.name}: {line}"
        assert "« " not in line and " »" not in line, f"{page.name}: {line}"
        assert "'" not in line, f"{page.name}: {line}"


def test_the_shortcuts_page_lists_every_key_of_the_sheet() -> None:
    """docs/guide/raccourcis.md and Aide ▸ Raccourcis clavier say the same keys."""
    text = (guide_dir() / "raccourcis.md").read_text(encoding="utf-8").replace("\u00a0", " ").replace("\u202f", " ")
    missing = [keys for keys, _what in SHORTCUTS if keys.split(" / ")[0].split(",")[0] not in text]
    assert missing == []


def test_the_guide_ships_with_the_app() -> None:
    """build.spec puts the guide, its pictures and the documents it links to under _internal/docs."""
    spec = (Path(__file__).resolve().parents[3] / "build.spec").read_text(encoding="utf-8")
    assert '("docs/guide", "docs/guide")' in spec
    assert '("docs/images", "docs/images")' in spec
    linked_docs = {
        Path(target.split("#")[0]).name
        for page in guide_pages()
        for picture, target in links(page)
        if not picture and target.startswith("../") and target.endswith(".md")
    }
    for name in linked_docs:
        assert f'"{name}"' in spec, name
