"""Parts of a map to show: branches collapsed, or one node in focus; laid out anew.

A big map reads best a few levels at a time. A *view* names the branches folded away (each
collapsed node keeps its place, its subtree is hidden and counted) or one node to focus on (its
ancestors up to the root, itself and what supports or attacks it). Branches are those of the
layout's tree (:func:`app.layout.primary_parents`): every node hangs under one parent.

The part shown is an :class:`~app.models.ArgumentMap` of its own, laid out as any map is, so its
drawing and every export of it read as well as the whole map's.

>>> from app.pipeline import build_map
>>> amap = build_map("Cities should ban cars. Cars pollute the air. For example, Oslo's air got cleaner. "
...                  "Critics argue that shops lose customers.")
>>> central = amap.nodes[0].id
>>> part, hidden = apply_view(amap, View(collapsed=frozenset({central})))
>>> [n.id for n in part.nodes] == [central], hidden[central] == len(amap.nodes) - 1
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from app.errors import BadInput
from app.layout import layout_graph, primary_parents
from app.models import ArgumentMap

#: A map of more nodes than this opens collapsed to its first levels (see default_view).
OPEN_WHOLE_MAX = 60
#: A first level of more nodes than this is folded too: the map opens on its roots (a flat map of tens of
#: thousands of objections would otherwise open on all of them).
OPEN_LEVEL_MAX = 1000


@dataclass(frozen=True)
class View:
    """The branches folded away, or the node in focus (a focus shows all of its own part)."""

    collapsed: frozenset[str] = field(default_factory=frozenset)
    focus: str | None = None

    @property
    def whole(self) -> bool:
        return not self.collapsed and self.focus is None


def parents(amap: ArgumentMap) -> dict[str, str | None]:
    """Return each node's parent in the map's tree (``None`` for a root)."""
    return primary_parents(_graph(amap))  # type: ignore[return-value]


def default_view(amap: ArgumentMap, parent: dict[str, str | None] | None = None) -> View:
    """Return the view a map opens in: the whole map, or for more than OPEN_WHOLE_MAX nodes its first
    two levels (its first level if two are still too many, its roots if the first level has more than
    OPEN_LEVEL_MAX nodes), each branch below folded away. ``parent`` is the map's tree (:func:`parents`),
    if the caller has it already."""
    if len(amap.nodes) <= OPEN_WHOLE_MAX:
        return View()
    parent = parent if parent is not None else parents(amap)
    depth = _depths(parent)
    has_children = {p for p in parent.values() if p is not None}
    if sum(1 for n in parent if depth[n] <= 2) <= OPEN_WHOLE_MAX:
        level = 2
    else:
        level = 1 if sum(1 for n in parent if depth[n] <= 1) <= OPEN_LEVEL_MAX else 0
    return View(collapsed=frozenset(n for n in parent if depth[n] == level and n in has_children))


def make_view(amap: ArgumentMap, collapsed: Iterable[str] = (), focus: str | None = None) -> View:
    """Return the view of ``amap`` that folds ``collapsed`` away or focuses on ``focus``; an id the map
    does not have is a 422 that names it."""
    known = {n.id for n in amap.nodes}
    unknown = sorted({*collapsed, *([focus] if focus is not None else [])} - known)
    if unknown:
        raise BadInput(f"the map has no node {unknown[0]!r} to collapse or focus on", 422)
    return View(collapsed=frozenset(collapsed), focus=focus)


def apply_view(amap: ArgumentMap, view: View,
               parent: dict[str, str | None] | None = None) -> tuple[ArgumentMap, dict[str, int]]:
    """Return the part of ``amap`` the view shows, laid out, and how many nodes each shown node hides
    (``parent``: the map's tree, if the caller has it already)."""
    if view.whole:
        return amap, {}
    parent = parent if parent is not None else parents(amap)
    children: dict[str | None, list[str]] = {}
    for n, p in parent.items():
        children.setdefault(p, []).append(n)
    if view.focus is not None:
        shown = {view.focus, *children.get(view.focus, [])}
        p = parent[view.focus]
        while p is not None and p not in shown:
            shown.add(p)
            p = parent[p]
    else:
        shown = set()
        stack = [n for n, p in parent.items() if p is None]
        while stack:
            n = stack.pop()
            shown.add(n)
            if n not in view.collapsed:
                stack.extend(children.get(n, []))
    hidden: dict[str, int] = {}  # each hidden node counts for the nearest node shown above it
    for n, above in _shown_above(parent, shown).items():
        if above is not None:
            hidden[above] = hidden.get(above, 0) + 1
    part = amap.model_copy(update={
        "nodes": [n for n in amap.nodes if n.id in shown],
        "edges": [e for e in amap.edges if e.source in shown and e.target in shown],
    })
    return part.model_copy(update={"layout": layout_graph(_graph(part))}), hidden


def _shown_above(parent: dict[str, str | None], shown: set[str]) -> dict[str, str | None]:
    """Return, for each node not ``shown``, the nearest shown node above it (None if none is): each chain
    of hidden nodes is walked once, however deep the tree."""
    above: dict[str, str | None] = {}
    for start in parent:
        chain, n = [], start
        while n is not None and n not in shown and n not in above:
            chain.append(n)
            n = parent[n]
        # Every node of the chain has the chain's top above it, hidden too: they share what is shown above.
        found = None if n is None else n if n in shown else above[n]
        above.update(dict.fromkeys(chain, found))
    return above


def _depths(parent: dict[str, str | None]) -> dict[str, int]:
    depth: dict[str, int] = {}
    for start in parent:
        chain, n = [], start
        while n is not None and n not in depth:
            chain.append(n)
            n = parent[n]
        base = depth[n] if n is not None else -1
        for k, m in enumerate(reversed(chain), start=1):
            depth[m] = base + k
    return depth


def _graph(amap: ArgumentMap) -> nx.DiGraph:
    """The map as the layout reads it: each node's kind and label, each edge's kind."""
    G = nx.DiGraph()
    G.add_nodes_from((n.id, {"kind": n.kind, "label": n.label}) for n in amap.nodes)
    G.add_edges_from((e.source, e.target, {"kind": e.kind, "group": e.group}) for e in amap.edges)
    return G
