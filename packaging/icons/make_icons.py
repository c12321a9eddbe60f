"""Draw Agora's icon and write it at every size the platforms ask for.

    python packaging/icons/make_icons.py        (needs Pillow; writes resources/icons/)

The motif: four rounded cards in the four actor categories' colours (élu·e·s, agents
territoriaux, État, acteurs socio-économiques, as in resources/reference/categories.json),
set around one white circle, the agora where they meet. From 32 px up each card lies on top of
the next one clockwise, so none is on top of all the others: the roles are crossed as equals.
At 16 and 24 px overlaps would blur into a smudge, so the cards simply meet, on whole pixels.

The drawing is a list of filled convex polygons (rounded rectangles, their intersections, a
circle) computed here, so the PNGs (Pillow, supersampled 8x) and the SVG (Linux "scalable"
icon) are the same picture, and the SVG needs no clip-path (Qt's SVG renderer, which KDE uses
for icons, ignores it). Windows gets a multi-size .ico, macOS an .icns. The files are
committed: a build never runs this script.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "icons"

#: PNG sizes (px): Linux hicolor theme, Windows .ico, macOS .icns and Qt's window icon.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
#: Below this size the cards meet instead of overlapping.
SMALL = 32
#: Drawn this much larger, then reduced. Pillow fills a polygon's last row and column too, a
#: spill of one canvas pixel on the bottom and right: on 2048 px canvases it is invisible.
SUPERSAMPLE_CANVAS = 2048
ARC_STEPS = 24  # segments per quarter circle

#: The category colours, clockwise from the top-left card (élus, agents, État, socio).
COLOURS = ("#1F5FA8", "#1B6E45", "#6B3FA0", "#A4420E")
WHITE = "#FFFFFF"

Point = tuple[float, float]
Polygon = list[Point]
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Geometry:
    """The drawing on a unit square (0..1)."""

    margin: float
    card: float  # side of one card
    radius: float  # corner radius of a card
    gap: float  # white edge between a card and the one it lies on (0: cards meet, no overlap)
    centre: float  # radius of the white circle

    def cards(self) -> list[Box]:
        """The four cards (x0, y0, x1, y1), clockwise from top-left."""
        near, far = self.margin, 1 - self.margin - self.card
        return [
            (near, near, near + self.card, near + self.card),
            (far, near, far + self.card, near + self.card),
            (far, far, far + self.card, far + self.card),
            (near, far, near + self.card, far + self.card),
        ]


#: Two cards overlap by 2 * card + 2 * margin - 1 = 0.16. The circle's radius is at least the
#: half-diagonal of the square where the cards and their white edges all overlap, so only
#: two cards ever overlap outside it.
LARGE = Geometry(margin=0.05, card=0.53, radius=0.13, gap=0.035, centre=0.165)


def geometry(size: int) -> Geometry:
    """The geometry for one pixel size: small sizes sit on whole pixels and do not overlap."""
    if size >= SMALL:
        return LARGE
    margin = max(1, size // 16)
    return Geometry(
        margin=margin / size,
        card=(size - 2 * margin) / 2 / size,
        radius=max(2, size // 8) / size,
        gap=0.0,
        centre=(size // 8) / size,
    )


def rounded_rect(box: Box, radius: float) -> Polygon:
    """A rounded rectangle as a convex polygon, clockwise on screen (y down)."""
    x0, y0, x1, y1 = box
    corners = ((x1 - radius, y0 + radius, -90), (x1 - radius, y1 - radius, 0),
               (x0 + radius, y1 - radius, 90), (x0 + radius, y0 + radius, 180))
    points: Polygon = []
    for cx, cy, start in corners:
        for step in range(ARC_STEPS + 1):
            angle = math.radians(start + 90 * step / ARC_STEPS)
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def circle(radius: float) -> Polygon:
    return rounded_rect((0.5 - radius, 0.5 - radius, 0.5 + radius, 0.5 + radius), radius)


def clip(subject: Polygon, convex: Polygon) -> Polygon:
    """``subject`` ∩ ``convex`` (Sutherland–Hodgman; ``convex`` clockwise on screen)."""

    def inside(p: Point, a: Point, b: Point) -> bool:
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0

    def crossing(p: Point, q: Point, a: Point, b: Point) -> Point:
        dx, dy = q[0] - p[0], q[1] - p[1]
        ex, ey = b[0] - a[0], b[1] - a[1]
        t = (ex * (a[1] - p[1]) - ey * (a[0] - p[0])) / (ex * dy - ey * dx)
        return (p[0] + t * dx, p[1] + t * dy)

    output = subject
    for a, b in zip(convex, convex[1:] + convex[:1], strict=True):
        if not output:
            break
        points, output = output, []
        for p, q in zip(points, points[1:] + points[:1], strict=True):
            if inside(q, a, b):
                if not inside(p, a, b):
                    output.append(crossing(p, q, a, b))
                output.append(q)
            elif inside(p, a, b):
                output.append(crossing(p, q, a, b))
    return output


def shapes(geo: Geometry) -> list[tuple[Polygon, str]]:
    """The picture as filled polygons, painted in order."""
    boxes = geo.cards()
    cards = [rounded_rect(box, geo.radius) for box in boxes]
    edges = [rounded_rect(grown(box, geo.gap), geo.radius + geo.gap) for box in boxes]
    painted: list[tuple[Polygon, str]] = []
    for index, colour in enumerate(COLOURS):
        if geo.gap:  # the white edge, only on the cards already painted (never outside them)
            painted += [(clip(edges[index], cards[below]), WHITE) for below in range(index)]
        painted.append((cards[index], colour))
    if geo.gap:
        # Close the pinwheel: the first card back on the last one, left of the right-hand cards.
        left = 1 - geo.margin - geo.card - geo.gap
        band = rounded_rect((0.0, 0.0, left, 1.0), 0.0)
        painted.append((clip(clip(edges[0], band), cards[-1]), WHITE))
        painted.append((clip(cards[0], band), COLOURS[0]))
    painted.append((circle(geo.centre), WHITE))
    return [(polygon, colour) for polygon, colour in painted if len(polygon) >= 3]


def render(size: int) -> Image.Image:
    """The icon as an RGBA image of ``size`` px."""
    scale = size * max(8, SUPERSAMPLE_CANVAS // size)
    image = Image.new("RGBA", (scale, scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for polygon, colour in shapes(geometry(size)):
        draw.polygon([(x * scale, y * scale) for x, y in polygon], fill=colour)
    # Area averaging on premultiplied colours: exact coverage at the edges, no ringing, and
    # no dark fringe where a colour meets transparency.
    return image.convert("RGBa").resize((size, size), Image.Resampling.BOX).convert("RGBA")


def svg() -> str:
    """The large drawing as an SVG document (the Linux scalable icon), 512 units wide."""
    unit = 512
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{unit}" height="{unit}" viewBox="0 0 {unit} {unit}">',
        "  <title>Agora</title>",
    ]
    for polygon, colour in shapes(LARGE):
        points = " ".join(f"{x * unit:.2f},{y * unit:.2f}" for x, y in polygon)
        lines.append(f'  <polygon fill="{colour}" points="{points}"/>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in SIZES}
    for size, image in images.items():
        image.save(OUT / f"agora-{size}.png", optimize=True)
    images[256].save(
        OUT / "agora.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[512].save(OUT / "agora.icns", append_images=[images[s] for s in ICNS_SIZES if s != 512])
    (OUT / "agora.svg").write_text(svg(), encoding="utf-8")
    for path in sorted(OUT.iterdir()):
        sys.stdout.write(f"{path.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
