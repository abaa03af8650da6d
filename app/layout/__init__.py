"""Lay out an argument graph top-down: a positioned box per node and a route per edge.

The map reads from the top: the central claim, below each unit what supports it, and set
apart to the right of those supporters what attacks it. Three steps, a module each:

- :mod:`~app.layout.metrics` sizes each box to its wrapped label;
- :mod:`~app.layout.tree` places the boxes as a tidy forest of primary parents, so no two
  tree edges cross;
- :mod:`~app.layout.routes` stacks the rows and routes every edge around the boxes.

Coordinates are decided here only; renderers draw them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from math import sqrt

import networkx as nx

from app.collector import collection_paused
from app.layout.metrics import (
    BOLD_KINDS,
    FONT_FAMILY,
    LABEL_SIZE,
    MAX_BOX_WIDTH,
    TAG_SIZE,
    BoxSize,
    box_size,
    kind_tag,
    text_baselines,
    text_width,
)
from app.layout.routes import CHANNEL, MARGIN, Rows, route_edges, stack_rows
from app.layout.tree import SIBLING_GAP, Forest, primary_parents, tidy_forest
from app.models import Box, Layout

#: The shape a wide map wraps to, width : height (see wrap_width), and how many layouts may be tried to reach it.
ASPECT = 2.0
WRAP_TRIES = 4

# What the renderers and the pipeline use; the rest lives in the modules by job.
__all__ = [
    "BOLD_KINDS",
    "FONT_FAMILY",
    "LABEL_SIZE",
    "TAG_SIZE",
    "Box",
    "Layout",
    "kind_tag",
    "layout_graph",
    "primary_parents",
    "text_baselines",
    "text_width",
]


@collection_paused()
def layout_graph(G: nx.DiGraph) -> Layout:
    """Return the layout of an argument graph: a box per node, a route per edge.

    >>> G = nx.DiGraph()
    >>> G.add_node("c", kind="central_claim", label="Cities should ban cars")
    >>> G.add_node("r", kind="claim", label="Cars pollute")
    >>> G.add_edge("r", "c", kind="supports")
    >>> layout = layout_graph(G)
    >>> top, below = layout.boxes
    >>> top.id, top.lines, below.y > top.y + top.height
    ('c', ['Cities should ban cars'], True)
    >>> [(p.x, p.y) for p in layout.routes[0].points]  # from the top of r up to the bottom of c
    [(115.5, 96.0), (115.5, 64.0)]
    """
    if not G:
        return Layout(width=2 * MARGIN, height=2 * MARGIN, boxes=[], routes=[])
    parent = primary_parents(G)
    bundles: dict[Hashable, set[tuple[str, str]]] = {}  # a bundle of tree edges for each kind, and linked group
    for u, p in parent.items():
        if p is not None:
            data = G.edges[u, p]
            bundles.setdefault(p, set()).add((data.get("kind", "supports"), data.get("group") or ""))
    size = {
        n: box_size(str(G.nodes[n].get("label", "")), str(G.nodes[n].get("kind", "claim")), len(bundles.get(n, ())))
        for n in G
    }
    tree = {(u, v) for u, v in G.edges if parent[u] == v}
    forest, rows = _wrapped_forest(G, parent, tree, size)
    centre, row = forest.centre, forest.row
    left = min(centre[n] - s.width / 2 for n, s in size.items())
    box = {}
    for n, s in size.items():
        x = round(centre[n] - s.width / 2 - left + MARGIN, 1)
        box[n] = Box(id=str(n), x=x, y=rows.top[row[n]], width=s.width, height=s.height, lines=s.lines)
    width = max(b.x + b.width for b in box.values()) + MARGIN + rows.gutter
    shifted: dict[int, list[tuple[float, int]]] = {}  # the nodes of a line share their lanes: shift each list once
    lanes = {n: shifted.get(id(path)) or shifted.setdefault(id(path), [(round(x - left + MARGIN, 1), r) for x, r in path])
             for n, path in forest.lanes.items()}
    routes = route_edges(G, box, row, tree, rows, lanes)
    return Layout(width=width, height=rows.bottom, boxes=list(box.values()), routes=routes)


def wrap_width(sizes: Iterable[BoxSize]) -> float:
    """Return the width a family may take before it wraps, at first: that of a map of these boxes
    drawn ASPECT : 1 (its boxes and the space between them), and never less than four wide boxes.

    >>> wrap_width([box_size("Cars pollute", "claim", 0)] * 30)  # four wide boxes
    880
    >>> wrap_width([box_size("Cars pollute and make the streets loud and unsafe for children", "claim", 0)] * 30)
    1168
    """
    area = sum((s.width + SIBLING_GAP) * (s.height + CHANNEL) for s in sizes)
    return round(max(4 * (MAX_BOX_WIDTH + SIBLING_GAP), sqrt(ASPECT * area)))


def _wrapped_forest(
    G: nx.DiGraph, parent: dict[Hashable, Hashable | None], tree: set[tuple[Hashable, Hashable]],
    size: dict[Hashable, BoxSize],
) -> tuple[Forest, Rows]:
    """Return the tidy forest whose wrapped families give a drawing between 1 : 1 and 2 : 1, and its rows.

    Wrapping packs less tightly than the boxes' area says (a line is as deep as its deepest
    subtree; cross-links take room between the rows), so the width allowed is corrected from the
    shape it gave, a few times at most.
    """
    width = {n: s.width for n, s in size.items()}
    budget = wrap_width(size.values())
    for _ in range(WRAP_TRIES):
        forest = tidy_forest(G, parent, width, budget)
        row_height = [0.0] * (max(forest.row.values()) + 1)
        for n, s in size.items():
            row_height[forest.row[n]] = max(row_height[forest.row[n]], s.height)
        rows = stack_rows(G, forest.row, tree, _spreads(tree, forest), row_height)
        drawn = max(x + width[n] / 2 for n, x in forest.centre.items()) - min(
            x - width[n] / 2 for n, x in forest.centre.items()) + rows.gutter
        shape = drawn / rows.bottom
        if not forest.lanes or 1.0 <= shape <= 2.0:
            break
        budget *= sqrt(1.5 / shape)  # towards the middle of the shapes wanted
    return forest, rows


def _spreads(tree: set[tuple[Hashable, Hashable]], forest: Forest) -> list[tuple[int, float]]:
    """Return, for each tree edge, the row above the channel it crosses slanting and how far it runs
    sideways there: into its parent, from the node or from the lane it rises through (a wrapped
    line reaches its lane along a level bus, see app.layout.routes)."""
    spreads = []
    for u, v in tree:
        x = forest.lanes[u][-1][0] if u in forest.lanes else forest.centre[u]
        spreads.append((forest.row[v], abs(x - forest.centre[v])))
    return spreads
