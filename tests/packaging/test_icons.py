"""The icon: every size there, at its size, the same picture as packaging/icons/make_icons.py draws."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from types import ModuleType

import pytest
from PIL import Image, ImageChops

from tests.packaging.conftest import ROOT

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def make_icons() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "icons" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


@pytest.mark.parametrize("size", SIZES)
def test_every_png_size_exists_at_its_size(size: int) -> None:
    with Image.open(ICONS / f"agora-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: transparent
        assert image.getpixel((size // 2, size // 2)) == (255, 255, 255, 255)  # the agora, white


@pytest.mark.parametrize("size", SIZES)
def test_each_card_keeps_its_category_colour(size: int) -> None:
    colours = {"#1F5FA8": (0.2, 0.2), "#1B6E45": (0.8, 0.2), "#6B3FA0": (0.8, 0.8), "#A4420E": (0.2, 0.8)}
    with Image.open(ICONS / f"agora-{size}.png") as image:
        for colour, (x, y) in colours.items():
            expected = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
            pixel = image.getpixel((int(x * size), int(y * size)))
            assert max(abs(a - b) for a, b in zip(pixel[:3], expected, strict=True)) <= 8, (colour, pixel)
            assert pixel[3] == 255


def test_windows_ico_holds_the_usual_sizes() -> None:
    with Image.open(ICONS / "agora.ico") as image:
        assert image.format == "ICO"
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(image.info["sizes"])


def test_macos_icns_holds_up_to_512() -> None:
    with Image.open(ICONS / "agora.icns") as image:
        assert image.format == "ICNS"
        sizes = {s[:2] for s in image.info["sizes"]}
        assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes


def test_svg_is_plain_polygons_without_clip_paths() -> None:
    # Qt's SVG renderer (KDE's icons) ignores clip-path: the drawing must not rely on it.
    root = ET.parse(ICONS / "agora.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"
    tags = {element.tag.split("}")[1] for element in root.iter()}
    assert tags <= {"svg", "title", "polygon"}
    assert {"#1F5FA8", "#1B6E45", "#6B3FA0", "#A4420E", "#FFFFFF"} == {
        p.get("fill") for p in root.iter("{http://www.w3.org/2000/svg}polygon")
    }


@pytest.mark.parametrize("size", [16, 48])
def test_pngs_are_what_the_script_draws(make_icons: ModuleType, size: int) -> None:
    # Edit the script and run it again rather than the images.
    drawn = make_icons.render(size)
    with Image.open(ICONS / f"agora-{size}.png") as stored:
        difference = ImageChops.difference(drawn, stored.convert("RGBA"))
    assert max(high for _, high in difference.getextrema()) <= 2


def test_the_icon_says_where_it_comes_from() -> None:
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    assert "make_icons.py" in readme
    assert "licence" in readme.lower()
