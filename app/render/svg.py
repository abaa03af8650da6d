"""Draw an argument map as SVG: the map in the viewer page and the exported file alike.

The document stands alone: no script, no style sheet or ``style`` attribute (the page's
Content-Security-Policy forbids inline styles, so every look is a presentation attribute),
no external reference. Every string from the user goes through :func:`_text`'s escaping. It is written
with plain strings, not a template: a 10,000-node map takes 0.1-0.2 s rather than Jinja's 2 s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from markupsafe import escape

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
_SPECIAL = re.compile("[&<>\"'" + _NOT_XML.pattern[1:])  # what _text must change


def _number(value: float) -> str:
    """Write a coordinate or a size compactly: ``12.0`` → ``12``, ``12.34`` → ``12.3``."""
    text = f"{value:.1f}"
    if text[-1] != "0":
        return text
    return "0" if text == "-0.0" else text[:-2]


def _text(value: str) -> str:
    """Return ``value`` safe as XML character data or an attribute value: characters an XML parser would refuse
    dropped, markup characters escaped (every string from the user is written through this)."""
    if not _SPECIAL.search(value):
        return value  # most labels and ids: nothing to drop or escape
    return str(escape(_NOT_XML.sub("", value)))


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
    return "".join(_Writer(
        prefix="argmap-" + re.sub(r"[^A-Za-z0-9_-]+", "-", amap.id),  # marker ids, distinct per map on one page
        width=max(amap.layout.width, legend_width),
        height=amap.layout.height + LEGEND_HEIGHT,
    ).document(
        amap.title,
        legend,
        edges,
        junctions,
        nodes,
        badges,
        restates,
        map_x=max(0.0, (legend_width - amap.layout.width) / 2),  # a map narrower than its legend: centred
    ))


class _Writer:
    """Write the SVG document line by line: every number through :func:`_number`, every string through
    :func:`_text` (the constants of the palette and the layout are written as they are)."""

    def __init__(self, prefix: str, width: float, height: float) -> None:
        self.prefix, self.width, self.height = prefix, _number(width), _number(height)

    def document(self, title: str, legend: list[_LegendItem], edges: list[_EdgeView],
                 junctions: list[tuple[float, float]], nodes: list[_NodeView], badges: list[_HiddenBadge],
                 restates: bool, map_x: float) -> Iterator[str]:  # fmt: skip
        p = self.prefix
        yield (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="argmap" viewBox="0 0 {self.width} '
               f'{self.height}" width="100%" height="100%" font-family="{FONT_FAMILY}" role="img" '
               f'aria-labelledby="{p}-title">\n<title id="{p}-title">{_text(title)}</title>\n')
        yield from self.defs(restates)
        yield (f'<rect class="background" width="{self.width}" height="{self.height}" fill="{BACKGROUND}"/>\n'
               f'<g class="legend" transform="translate(0 12)" font-size="{LEGEND_SIZE}" fill="{LABEL_INK}">\n')
        for item in legend:
            yield self.legend_item(item)
        yield f'</g>\n<g class="map" transform="translate({_number(map_x)} {LEGEND_HEIGHT})">\n<g class="edges">\n'
        for e in edges:
            yield self.edge(e)
        fill = EDGE_STYLES["supports"].stroke
        for x, y in junctions:
            yield f'<circle class="junction" cx="{_number(x)}" cy="{_number(y)}" r="4" fill="{fill}"/>\n'
        yield '</g>\n<g class="nodes">\n'
        for n in nodes:
            yield self.node(n)
        yield "</g>\n"
        if badges:
            yield '<g class="hidden-badges" font-size="11" text-anchor="middle">\n'
            for b in badges:
                yield self.badge(b)
            yield "</g>\n"
        yield "</g>\n</svg>"

    def defs(self, restates: bool) -> Iterator[str]:
        p, supports, attacks = self.prefix, EDGE_STYLES["supports"].stroke, EDGE_STYLES["attacks"].stroke
        yield (f'<defs>\n<marker id="{p}-supports" class="head-supports" viewBox="0 0 10 10" refX="10" refY="5" '
               'markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto">\n'
               f'<path d="M0 0L10 5L0 10Z" fill="{supports}"/>\n</marker>\n'
               f'<marker id="{p}-attacks" class="head-attacks" viewBox="0 0 14 14" refX="12.5" refY="7" '
               'markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto">\n'
               f'<path d="M11.25 0V14" fill="none" stroke="{attacks}" stroke-width="2.5"/>\n'
               f'<path d="M2 2L9 7L2 12" fill="none" stroke="{attacks}" stroke-width="1.6"/>\n</marker>\n')
        if restates:
            yield (f'<marker id="{p}-restates" class="head-restates" viewBox="0 0 12 12" refX="11" refY="6" '
                   'markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">\n'
                   f'<circle cx="6" cy="6" r="4.5" fill="{BACKGROUND}" stroke="{EDGE_STYLES["restates"].stroke}" '
                   'stroke-width="1.5"/>\n</marker>\n')
        yield "</defs>\n"

    def legend_item(self, item: _LegendItem) -> str:
        x = item.x
        if item.outline is None:
            line = self.line(item.style, item.kind)  # type: ignore[arg-type]  # edge kinds have no outline
            return (f'<g class="legend-item edge-{item.kind}">\n<path d="M{_number(x)} 10H{_number(x + 36)}" {line}/>\n'
                    f'<text x="{_number(x + 44)}" y="14">{_text(item.text)}</text>\n</g>\n')
        shape = _shape(item.style, item.outline, item.inner)  # type: ignore[arg-type]
        return (f'<g class="legend-item kind-{item.kind}">\n{shape}'
                f'<text x="{_number(x + 34)}" y="14">{_text(item.text)}</text>\n</g>\n')

    def line(self, style: EdgeStyle, kind: str) -> str:
        """Return the attributes of an edge's line of ``style``, with its arrowhead."""
        dashes = f' stroke-dasharray="{style.dasharray}"' if style.dasharray else ""
        return (f'fill="none" stroke="{style.stroke}" stroke-width="{_number(style.stroke_width)}"{dashes} '
                f'marker-end="url(#{self.prefix}-{kind})"')

    def edge(self, e: _EdgeView) -> str:
        return (f'<g class="edge edge-{e.kind}" data-source="{_text(e.source)}" data-target="{_text(e.target)}">\n'
                f'<title>{_text(e.title)}</title>\n<path d="{e.d}" {self.line(e.style, e.kind)}/>\n</g>\n')

    def node(self, n: _NodeView) -> str:
        node_id, style, centre = _text(n.id), n.style, _number(n.centre)
        bold = ' font-weight="bold"' if n.bold else ""
        lines = " ".join(f'<tspan x="{centre}" y="{_number(y)}">{_text(line)}</tspan>' for y, line in n.lines)
        return (f'<g class="node kind-{n.kind}" id="node-{node_id}" data-id="{node_id}" data-kind="{n.kind}">\n'
                f'<title>{_text(n.title)}</title>\n{_shape(style, n.outline, n.inner)}'
                f'<text class="tag" x="{centre}" y="{_number(n.tag_y)}" text-anchor="middle" font-size="{TAG_SIZE}" '
                f'font-weight="bold" fill="{style.ink}">{_text(n.tag)}</text>\n'
                f'<text class="label" text-anchor="middle" font-size="{LABEL_SIZE}"{bold} fill="{LABEL_INK}">'
                f"{lines}</text>\n</g>\n")

    def badge(self, b: _HiddenBadge) -> str:
        return (f'<g class="hidden-badge" data-id="{_text(b.id)}">\n<title>{_text(b.title)}</title>\n'
                f'<rect x="{_number(b.x)}" y="{_number(b.y)}" width="{_number(b.width)}" height="18" rx="9" '
                f'fill="{BACKGROUND}" stroke="{LABEL_INK}" stroke-width="1"/>\n'
                f'<text x="{_number(b.x + b.width / 2)}" y="{_number(b.y + 13)}" font-weight="bold" '
                f'fill="{LABEL_INK}">{_text(b.text)}</text>\n</g>\n')


def _shape(style: NodeStyle, outline: str, inner: str | None) -> str:
    """Return a node's border (and inner border, for a double one) in ``style``."""
    dashes = f' stroke-dasharray="{style.dasharray}" stroke-linecap="round"' if style.dasharray else ""
    out = (f'<path class="shape" d="{outline}" fill="{style.fill}" stroke="{style.stroke}" '
           f'stroke-width="{_number(style.stroke_width)}"{dashes}/>\n')
    if inner:
        out += f'<path d="{inner}" fill="none" stroke="{style.stroke}" stroke-width="1"/>\n'
    return out


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
    n = _number
    if shape == "notched":
        c = 9 * scale
        left, right, top, bottom = x + c, x + w - c, y + c, y + h - c
        return (f"M{n(left)} {n(y)}H{n(right)}L{n(x + w)} {n(top)}V{n(bottom)}L{n(right)} {n(y + h)}"
                f"H{n(left)}L{n(x)} {n(bottom)}V{n(top)}Z"), None
    if shape == "double":
        inset = 4 * scale
        return _rounded(x, y, w, h, 7 * scale), _rounded(x + inset, y + inset, w - 2 * inset, h - 2 * inset, 4 * scale)
    return _rounded(x, y, w, h, 10 * scale if shape == "rounded" else 0), None


def _rounded(x: float, y: float, w: float, h: float, r: float) -> str:
    """Return the path data of a rectangle with corners of radius ``r``, clockwise from its top left.

    >>> _rounded(0, 0, 100, 40, 10)
    'M10 0H90A10 10 0 0 1 100 10V30A10 10 0 0 1 90 40H10A10 10 0 0 1 0 30V10A10 10 0 0 1 10 0Z'
    """
    n = _number
    if r <= 0:
        return f"M{n(x)} {n(y)}H{n(x + w)}V{n(y + h)}H{n(x)}Z"
    arc = f"A{n(r)} {n(r)} 0 0 1 "
    left, right, top, bottom = n(x + r), n(x + w - r), n(y + r), n(y + h - r)
    return (f"M{left} {n(y)}H{right}{arc}{n(x + w)} {top}V{bottom}{arc}{right} {n(y + h)}"
            f"H{left}{arc}{n(x)} {bottom}V{top}{arc}{left} {n(y)}Z")


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
        return " ".join(map(_number, values))

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
