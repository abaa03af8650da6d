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

from collections import Counter

import networkx as nx

from app.layout.metrics import (
    BOLD_KINDS,
    FONT_FAMILY,
    LABEL_SIZE,
    TAG_SIZE,
    box_size,
    kind_tag,
    text_baselines,
    text_width,
)
from app.layout.routes import MARGIN, route_edges, stack_rows
from app.layout.tree import primary_parents, tidy_forest
from app.models import Box, Layout

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
    [(115.5, 115.0), (115.5, 67.0)]
    """
    if not G:
        return Layout(width=2 * MARGIN, height=2 * MARGIN, boxes=[], routes=[])
    parent = primary_parents(G)
    edges_below = Counter(parent.values())
    size = {
        n: box_size(str(G.nodes[n].get("label", "")), str(G.nodes[n].get("kind", "claim")), edges_below[n])
        for n in G
    }
    centre, row = tidy_forest(G, parent, {n: s.width for n, s in size.items()})
    row_height = [0.0] * (max(row.values()) + 1)
    for n, s in size.items():
        row_height[row[n]] = max(row_height[row[n]], s.height)

    tree = {(u, v) for u, v in G.edges if parent[u] == v}
    rows = stack_rows(G, row, tree, centre, row_height)
    left = min(centre[n] - s.width / 2 for n, s in size.items())
    box = {}
    for n, s in size.items():
        x = round(centre[n] - s.width / 2 - left + MARGIN, 1)
        box[n] = Box(id=str(n), x=x, y=rows.top[row[n]], width=s.width, height=s.height, lines=s.lines)
    width = max(b.x + b.width for b in box.values()) + MARGIN
    routes = route_edges(G, box, row, tree, rows)
    return Layout(width=width, height=rows.bottom, boxes=list(box.values()), routes=routes)
