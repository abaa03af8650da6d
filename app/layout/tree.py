"""Place the nodes of an argument graph as a tidy forest: a centre x and a row for each node.

Every node hangs under one *primary parent* (the target of its out-edges nearest a root),
so the graph becomes a forest: below each unit what supports it, set apart to the right of
those supporters what attacks it. The forest is drawn with the linear-time tidy-tree
algorithm of Walker as fixed by Buchheim, Jünger and Leipert, with separations that respect
each box's width, so no two tree edges cross.
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx

SIBLING_GAP = 24  # horizontal space between two boxes of one family
COUSIN_GAP = 36  # between neighbouring boxes of different parents
ATTACK_GAP = 64  # between a node's supporters and its attackers
TREE_GAP = 80  # between the trees of a forest


def primary_parents(G: nx.DiGraph) -> dict[Hashable, Hashable | None]:
    """Return each node's parent in the layout's spanning forest (``None`` for a root).

    Roots are the central claims, then nodes with no out-edge, then (in cycles) the first
    node not yet placed. A node's parent is the target of its out-edges that is nearest a
    root; among equally near ones, the target of its first such edge.

    >>> G = nx.DiGraph([("a", "c"), ("b", "a"), ("b", "c")])
    >>> G.nodes["c"]["kind"] = "central_claim"
    >>> primary_parents(G)
    {'c': None, 'a': 'c', 'b': 'c'}
    """
    parent: dict[Hashable, Hashable | None] = {}

    def grow(root: Hashable) -> None:
        parent[root] = None
        frontier = [root]
        while frontier:
            level = set(frontier)
            found = {u: None for v in frontier for u in G.pred[v] if u not in parent}
            for u in found:
                parent[u] = next(v for v in G.succ[u] if v in level)
            frontier = list(found)

    candidates = [n for n in G if G.nodes[n].get("kind") == "central_claim"]
    candidates += [n for n in G if not G.succ[n]] + list(G)
    for n in candidates:
        if n not in parent:
            grow(n)
    return parent


def tidy_forest(
    G: nx.DiGraph, parent: dict[Hashable, Hashable | None], width: dict[Hashable, float]
) -> tuple[dict[Hashable, float], dict[Hashable, int]]:
    """Return the x of each node's centre and its row (0 for the roots), given its box's width.

    The trees stand side by side from x = 0, none reaching under another's boxes.

    >>> G = nx.DiGraph([("a", "c"), ("b", "c")])
    >>> tidy_forest(G, primary_parents(G), {"a": 100, "b": 100, "c": 100})
    ({'a': 50.0, 'c': 112.0, 'b': 174.0}, {'a': 1, 'c': 0, 'b': 1})
    """
    nodes = list(G)
    index = {n: i + 1 for i, n in enumerate(nodes)}  # 0 is a virtual root above the forest
    children, gap = _families(G, parent, index)
    widths = [0.0] + [width[n] for n in nodes]
    centre = _tidy_tree(children, widths, gap)
    cursor = 0.0
    for root in children[0]:
        tree = _preorder(children, root)
        left, right = min(centre[v] - widths[v] / 2 for v in tree), max(centre[v] + widths[v] / 2 for v in tree)
        for v in tree:
            centre[v] += cursor - left
        cursor += right - left + TREE_GAP

    depth = [-1] * (len(nodes) + 1)
    for v in _preorder(children):
        for w in children[v]:
            depth[w] = depth[v] + 1
    return {n: centre[index[n]] for n in nodes}, {n: depth[index[n]] for n in nodes}


def _families(
    G: nx.DiGraph, parent: dict[Hashable, Hashable | None], index: dict[Hashable, int]
) -> tuple[list[list[int]], list[float]]:
    """Return each node's children, left to right, and the gap wanted on each node's left.

    Children come in insertion order, supporters before attackers; the roots (children of
    the virtual root 0) are the trees of the central claim's component first, then the
    other components in insertion order.
    """
    children: list[list[int]] = [[] for _ in range(len(index) + 1)]
    gap = [float(SIBLING_GAP)] * (len(index) + 1)
    component = {n: i for i, nodes_i in enumerate(nx.weakly_connected_components(G)) for n in nodes_i}
    roots = [n for n, p in parent.items() if p is None]  # central claims first
    main = component[roots[0]] if G.nodes[roots[0]].get("kind") == "central_claim" else -1
    roots.sort(key=lambda r: (component[r] != main, component[r]))
    children[0] = [index[r] for r in roots]
    for r in roots[1:]:
        gap[index[r]] = TREE_GAP
    for v in G:
        kids = [u for u in G.pred[v] if parent[u] == v]
        kids.sort(key=lambda u: (G.edges[u, v].get("kind") == "attacks", index[u]))
        children[index[v]] = [index[u] for u in kids]
        for left, u in zip(kids, kids[1:]):
            if G.edges[u, v].get("kind") == "attacks" and G.edges[left, v].get("kind") != "attacks":
                gap[index[u]] = ATTACK_GAP
    return children, gap


def _tidy_tree(children: list[list[int]], width: list[float], gap: list[float]) -> list[float]:
    """Return the x of each node's centre in the tidy drawing of the tree rooted at 0.

    ``gap[v]`` is the space wanted between v's subtree and its left siblings' subtrees.
    Buchheim, Jünger & Leipert (2002), run without recursion so that deep trees pass.
    """
    n = len(children)
    prelim, mod, shift, change, mid = [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n
    thread, ancestor, number, parent = [-1] * n, list(range(n)), [0] * n, [-1] * n
    for v, kids in enumerate(children):
        for i, w in enumerate(kids):
            parent[w], number[w] = v, i

    def next_left(v: int) -> int:
        return children[v][0] if children[v] else thread[v]

    def next_right(v: int) -> int:
        return children[v][-1] if children[v] else thread[v]

    def apportion(v: int, default: int) -> int:
        w = children[parent[v]][number[v] - 1]
        vir = vor = v
        vil, vol = w, children[parent[v]][0]
        sir, sor, sil, sol = mod[vir], mod[vor], mod[vil], mod[vol]
        space = max(gap[v], COUSIN_GAP)
        while next_right(vil) >= 0 and next_left(vir) >= 0:
            vil, vir, vol, vor = next_right(vil), next_left(vir), next_left(vol), next_right(vor)
            ancestor[vor] = v
            move = (prelim[vil] + sil) - (prelim[vir] + sir) + (width[vil] + width[vir]) / 2 + space
            if move > 0:
                a = ancestor[vil] if parent[ancestor[vil]] == parent[v] else default
                subtrees = number[v] - number[a]
                change[v] -= move / subtrees
                shift[v] += move
                change[a] += move / subtrees
                prelim[v] += move
                mod[v] += move
                sir += move
                sor += move
            sil += mod[vil]
            sir += mod[vir]
            sol += mod[vol]
            sor += mod[vor]
        if next_right(vil) >= 0 and next_right(vor) < 0:
            thread[vor] = next_right(vil)
            mod[vor] += sil - sor
        if next_left(vir) >= 0 and next_left(vol) < 0:
            thread[vol] = next_left(vir)
            mod[vol] += sir - sol
            default = v
        return default

    postorder, stack = [], [0]
    while stack:
        v = stack.pop()
        postorder.append(v)
        stack.extend(children[v])
    for v in reversed(postorder):
        kids = children[v]
        if not kids:
            continue
        default = kids[0]
        prelim[kids[0]] = mid[kids[0]]
        for left, w in zip(kids, kids[1:]):
            prelim[w] = prelim[left] + (width[left] + width[w]) / 2 + gap[w]
            if children[w]:
                mod[w] = prelim[w] - mid[w]
            default = apportion(w, default)
        moved = changed = 0.0
        for w in reversed(kids):
            prelim[w] += moved
            mod[w] += moved
            changed += change[w]
            moved += shift[w] + changed
        mid[v] = (prelim[kids[0]] + prelim[kids[-1]]) / 2

    x = [0.0] * n
    stack2 = [(0, 0.0)]
    while stack2:
        v, m = stack2.pop()
        x[v] = prelim[v] + m
        stack2.extend((w, m + mod[v]) for w in children[v])
    return x


def _preorder(children: list[list[int]], root: int = 0) -> list[int]:
    """Return the nodes of the tree under ``root``, each before its children, children left to right."""
    order, stack = [], [root]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(reversed(children[v]))
    return order
