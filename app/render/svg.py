"""Draw an argument map as SVG: the map in the viewer page and the exported file alike.

The document stands alone: no script, no style sheet or ``style`` attribute (the page's
Content-Security-Policy forbids inline styles, so every look is a presentation attribute),
no external reference. Every string from the user goes through the template's escaping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader

from app.config import settings
from app.layout import (
    BOLD_KINDS,
    FONT_FAMILY,
    LABEL_SIZE,
    TAG_SIZE,
    kind_tag,
    text_baselines,
    text_width,
)
from app.models import EDGE_KINDS, NODE_KINDS, ArgumentMap, Point
from app.render.palette import BACKGROUND, EDGE_STYLES, LABEL_INK, NODE_STYLES, EdgeStyle, NodeStyle

LEGEND_HEIGHT = 44  # the legend's row above the map
LEGEND_SIZE = 12
CORNER = 6  # radius of the bends of an edge

# Characters XML 1.0 does not allow, and lone surrogates, which UTF-8 cannot carry.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _finalize(value: Any) -> Any:
    """Write numbers compactly and drop characters an XML parser would refuse."""
    kind = type(value)
    if kind is float:
        value = round(value, 1)
        return str(int(value)) if value.is_integer() else repr(value)
    if kind is str:  # not Markup, the template's own output, which is safe already
        return _NOT_XML.sub("", value)
    return value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(settings.templates_dir),
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True, slots=True)
class _NodeView:
    id: str
    kind: str
    title: str
    style: NodeStyle
    outline: str
    inner: str | None
    tag: str
    tag_y: float
    centre: float
    lines: list[tuple[float, str]]
    bold: bool


@dataclass(frozen=True, slots=True)
class _EdgeView:
    source: str
    target: str
    kind: str
    title: str
    style: EdgeStyle
    d: str


@dataclass(frozen=True, slots=True)
class _HiddenBadge:
    """The count of the nodes folded away under a node of a partial view, on its lower border."""

    id: str
    title: str
    text: str
    x: float
    y: float
    width: float


@dataclass(frozen=True, slots=True)
class _LegendItem:
    x: float
    kind: str
    text: str
    style: NodeStyle | EdgeStyle
    outline: str | None = None  # node kinds only
    inner: str | None = None


def render_svg(amap: ArgumentMap, hidden: Mapping[str, int] | None = None) -> str:
    """Return the map as a standalone SVG document, with its legend in a row above it.

    ``hidden`` counts the nodes folded away under each node of a partial view (see app.views):
    each count is drawn as a badge, "+12", on the node's lower border.
    """
    restates = any(e.kind == "restates" for e in amap.edges)
    legend, legend_width = _legend(restates)
    box = {b.id: b for b in amap.layout.boxes}
    label = {n.id: n.label for n in amap.nodes}
    nodes = []
    for n in amap.nodes:
        b, style = box[n.id], NODE_STYLES[n.kind]
        tag_y, line_ys = text_baselines(b)
        outline, inner = outlines(style.shape, b.x, b.y, b.width, b.height)
        title = f"{n.label} — {style.name} — {n.text}"
        centre = b.x + b.width / 2
        lines = list(zip(line_ys, b.lines))
        nodes.append(_NodeView(n.id, n.kind, title, style, outline, inner, kind_tag(n.kind), tag_y, centre, lines,
                               n.kind in BOLD_KINDS))  # fmt: skip
    badges = []
    for node_id, count in (hidden or {}).items():
        b = box[node_id]
        text = f"+{count}"
        width = 14 + 7 * len(text)
        badges.append(_HiddenBadge(node_id, f"{text} more under “{label[node_id]}”", text,
                                   b.x + (b.width - width) / 2, b.y + b.height - 9, width))
    route = {(r.source, r.target): r.points for r in amap.layout.routes}
    # Linked premises meet before their target: a dot where a group's edges join, one arrow on from there.
    joins: dict[tuple[str, str], list[tuple[float, float]]] = {}  # (group, target) → where each edge meets it
    for e in amap.edges:
        points = route.get((e.source, e.target), [])
        if e.group is not None and len(points) >= 2:
            joins.setdefault((e.group, e.target), []).append((points[-2].x, points[-2].y))
    junctions = [at[0] for at in joins.values() if len(at) > 1 and len(set(at)) == 1]
    edges = [
        _EdgeView(e.source, e.target, e.kind, f"{label[e.source]} — {e.kind} — {label[e.target]}",
                  EDGE_STYLES[e.kind], path_data(route[e.source, e.target]))  # fmt: skip
        for e in amap.edges
    ]
    template = _environment().get_template("map.svg.j2")
    return template.render(
        title=amap.title,
        prefix="argmap-" + re.sub(r"[^A-Za-z0-9_-]+", "-", amap.id),  # marker ids, distinct per map on one page
        width=float(max(amap.layout.width, legend_width)),
        map_x=float(max(0.0, (legend_width - amap.layout.width) / 2)),  # a map narrower than its legend: centred
        height=float(amap.layout.height + LEGEND_HEIGHT),
        legend_height=float(LEGEND_HEIGHT),
        font_family=FONT_FAMILY,
        label_size=LABEL_SIZE,
        tag_size=TAG_SIZE,
        legend_size=LEGEND_SIZE,
        label_ink=LABEL_INK,
        background=BACKGROUND,
        legend=legend,
        edge_styles=EDGE_STYLES,
        nodes=nodes,
        edges=edges,
        badges=badges,
        restates=restates,
        junctions=junctions,
        junction_fill=EDGE_STYLES["supports"].stroke,
    )


def _legend(restates: bool = False) -> tuple[list[_LegendItem], float]:
    """Return the legend's items, each with its x, and the width the row needs; ``restates`` only
    when the map has such edges (a mined map never does)."""
    items, x = [], 16.0
    for kind in NODE_KINDS:
        style = NODE_STYLES[kind]
        items.append(_LegendItem(x, kind, style.name, style, *outlines(style.shape, x, 2.0, 26.0, 16.0, scale=0.5)))
        x += 34 + text_width(style.name, LEGEND_SIZE) + 20
    x += 12
    for kind in EDGE_KINDS:
        if kind == "restates" and not restates:
            continue
        style = EDGE_STYLES[kind]
        items.append(_LegendItem(x, kind, style.name, style))
        x += 44 + text_width(style.name, LEGEND_SIZE) + 20
    return items, x


def outlines(shape: str, x: float, y: float, w: float, h: float, scale: float = 1.0) -> tuple[str, str | None]:
    """Return the path data of a node's border for its kind's shape, and of the inner border if it has one.

    >>> outlines("notched", 0, 0, 100, 40)
    ('M9 0H91L100 9V31L91 40H9L0 31V9Z', None)
    >>> outlines("square", 0, 0, 100, 40)
    ('M0 0H100V40H0Z', None)
    """
    if shape == "notched":
        c = 9 * scale
        return _path("M", x + c, y, "H", x + w - c, "L", x + w, y + c, "V", y + h - c, "L", x + w - c, y + h,
                     "H", x + c, "L", x, y + h - c, "V", y + c, "Z"), None  # fmt: skip
    if shape == "double":
        inset = 4 * scale
        return _rounded(x, y, w, h, 7 * scale), _rounded(x + inset, y + inset, w - 2 * inset, h - 2 * inset, 4 * scale)
    return _rounded(x, y, w, h, 10 * scale if shape == "rounded" else 0), None


def _rounded(x: float, y: float, w: float, h: float, r: float) -> str:
    if r <= 0:
        return _path("M", x, y, "H", x + w, "V", y + h, "H", x, "Z")
    arc = ("A", r, r, 0, 0, 1)
    return _path("M", x + r, y, "H", x + w - r, *arc, x + w, y + r, "V", y + h - r, *arc, x + w - r, y + h,
                 "H", x + r, *arc, x, y + h - r, "V", y + r, *arc, x + r, y, "Z")  # fmt: skip


def _path(*parts: str | float) -> str:
    """Join path commands and numbers: ``_path("M", 1.0, 2.5)`` gives ``'M1 2.5'``."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        else:
            number = _finalize(float(part))
            out.append(number if out[-1].isalpha() else " " + number)
    return "".join(out)


def path_data(points: list[Point]) -> str:
    """Return SVG path data for a route: bends rounded, slanted runs drawn as S-curves.

    A slanted run joins two vertical ones (a tree edge crossing a channel); its curve leaves
    and arrives vertically and stays inside the run's bounding box, which the layout keeps
    clear of boxes.

    >>> path_data([Point(x=0, y=40), Point(x=0, y=20), Point(x=30, y=20), Point(x=30, y=0)])
    'M0 40L0 26Q0 20 6 20L24 20Q30 20 30 14L30 0'
    >>> path_data([Point(x=0, y=40), Point(x=0, y=30), Point(x=20, y=10), Point(x=20, y=0)])
    'M0 40L0 30C0 20 20 20 20 10L20 0'
    """
    p = [(pt.x, pt.y) for pt in points]

    def xy(*values: float) -> str:
        return " ".join(_finalize(float(v)) for v in values)

    def slanted(i: int) -> bool:  # the run from p[i] to p[i + 1]
        return p[i][0] != p[i + 1][0] and p[i][1] != p[i + 1][1]

    out = [f"M{xy(*p[0])}"]
    for i in range(1, len(p)):
        (ax, ay), (bx, by) = p[i - 1], p[i]
        if slanted(i - 1):
            out.append(f"C{xy(ax, (ay + by) / 2, bx, (ay + by) / 2, bx, by)}")
            continue
        if i + 1 == len(p) or slanted(i):
            out.append(f"L{xy(bx, by)}")
            continue
        cx, cy = p[i + 1]
        inward, outward = abs(bx - ax) + abs(by - ay), abs(cx - bx) + abs(cy - by)
        r = min(CORNER, inward / 2, outward / 2)
        start = (bx - (bx - ax) * r / inward, by - (by - ay) * r / inward)
        end = (bx + (cx - bx) * r / outward, by + (cy - by) * r / outward)
        out.append(f"L{xy(*start)}Q{xy(bx, by, *end)}")
    return "".join(out)
