"""Place the nodes of an argument graph as a tidy forest: a centre x and a row for each node.

Every node hangs under one *primary parent* (the target of its out-edges nearest a root),
so the graph becomes a forest: below each unit what supports it, set apart to the right of
those supporters what attacks it. The forest is drawn with the linear-time tidy-tree
algorithm of Walker as fixed by Buchheim, Jünger and Leipert, with separations that respect
each box's width, so no two tree edges cross.

A family wider than the map should be (``budget``, see app.layout.wrap_width) wraps into lines,
as a paragraph does: the first line of supporters (and of attackers) under their target, the next
lines each below the subtrees of the line before, the deepest subtrees first. The edges of the
lines below rise through a *lane*: an invisible node LANE wide at the start of each line, with a
chain of such nodes down past that line's subtrees, so the tidy-tree algorithm keeps the lane
free of boxes and the lines below may reach under the shallow subtrees beside it.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from math import ceil

import networkx as nx

SIBLING_GAP = 20  # horizontal space between two boxes of one family
COUSIN_GAP = 28  # between neighbouring boxes of different parents
ATTACK_GAP = 64  # between a node's supporters and its attackers
TREE_GAP = 80  # between the trees of a forest
LANE = 12  # the width kept free for the edges of a family's wrapped lines


@dataclass(frozen=True)
class Forest:
    """Where the tidy forest puts each node: its centre's x, its row (0 for the roots), and the
    lanes its edge to its parent rises through, nearest first, as (x, row)."""

    centre: dict[Hashable, float]
    row: dict[Hashable, int]
    lanes: dict[Hashable, list[tuple[float, int]]]


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
    G: nx.DiGraph, parent: dict[Hashable, Hashable | None], width: dict[Hashable, float], budget: float = float("inf")
) -> Forest:
    """Return where each node goes, given its box's width; families wider than ``budget`` wrap.

    The trees stand side by side from x = 0, none reaching under another's boxes; when they
    would run wider than ``budget`` (or the first tree), the next ones start a shelf below.

    >>> G = nx.DiGraph([("a", "c"), ("b", "c")])
    >>> tidy_forest(G, primary_parents(G), {"a": 100, "b": 100, "c": 100})
    Forest(centre={'a': 50.0, 'c': 110.0, 'b': 170.0}, row={'a': 1, 'c': 0, 'b': 1}, lanes={})
    >>> forest = tidy_forest(G, primary_parents(G), {"a": 100, "b": 100, "c": 100}, budget=150)
    >>> forest  # b wraps to a line below a; its edge rises through a lane at the start of a's line
    Forest(centre={'a': 126.0, 'c': 88.0, 'b': 50.0}, row={'a': 1, 'c': 0, 'b': 2}, lanes={'b': [(50.0, 1)]})
    """
    nodes = list(G)
    index = {n: i + 1 for i, n in enumerate(nodes)}  # 0 is a virtual root above the forest
    children, gap, attacking = _families(G, parent, index)
    widths = [0.0] + [width[n] for n in nodes]
    lane_of = _wrap(children, widths, gap, attacking, budget)
    centre = _tidy_tree(children, widths, gap, lane_of)
    depth = [-1] * len(children)
    up = [0] * len(children)  # each node's parent in the tree drawn, lanes included
    for v in _preorder(children):
        for w in children[v]:
            depth[w], up[w] = depth[v] + 1, v
    # The trees stand side by side, on shelves as wide as the widest of budget and the first tree.
    cursor, shelf, shelf_rows, shelf_width = 0.0, 0, 0, 0.0
    for root in children[0]:
        tree = _preorder(children, root)
        left, right = min(centre[v] - widths[v] / 2 for v in tree), max(centre[v] + widths[v] / 2 for v in tree)
        if cursor and cursor + right - left > max(budget, shelf_width):
            cursor, shelf = 0.0, shelf + shelf_rows
        for v in tree:
            centre[v] += cursor - left
            depth[v] += shelf
        shelf_rows = max(shelf_rows if cursor else 0, 1 + max(depth[v] for v in tree) - shelf)
        cursor += right - left + TREE_GAP
        shelf_width = max(shelf_width, cursor - TREE_GAP)
    # The nodes of a wrapped line share one list of the lanes above it, and each lane's list is
    # built on the next one's: linear in the nodes, however many lines a family wraps into.
    rise: dict[int, list[tuple[float, int]]] = {}
    for v in _preorder(children):
        if v in lane_of:
            rise[v] = [(centre[v], depth[v])] + rise.get(up[v], [])
    lanes = {n: rise[up[index[n]]] for n in nodes if up[index[n]] in lane_of}
    return Forest({n: centre[index[n]] for n in nodes}, {n: depth[index[n]] for n in nodes}, lanes)


def _families(
    G: nx.DiGraph, parent: dict[Hashable, Hashable | None], index: dict[Hashable, int]
) -> tuple[list[list[int]], list[float], set[int]]:
    """Return each node's children, left to right, the gap wanted on each node's left, and the
    nodes that attack their parent.

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
    attacking = {index[u] for u, v in G.edges if parent[u] == v and G.edges[u, v].get("kind") == "attacks"}
    for v in G:
        kids = sorted((index[u] for u in G.pred[v] if parent[u] == v), key=lambda u: (u in attacking, u))
        children[index[v]] = kids
        for left, u in zip(kids, kids[1:]):
            if u in attacking and left not in attacking:
                gap[u] = ATTACK_GAP
    return children, gap, attacking


def _wrap(children: list[list[int]], width: list[float], gap: list[float], attacking: set[int],
          budget: float) -> set[int]:
    """Wrap each family wider than ``budget`` into lines, in place; return the lanes added.

    Supporters and attackers wrap apart, each line opening on a lane when more lines follow,
    so no edge rising through a lane crosses another edge into the same target (supporters and
    attackers meet their target at two points, see app.layout.routes).
    """
    extent = list(width)  # a subtree's width, as wide as its widest line
    levels = [0] * len(children)  # how many rows a subtree reaches below its root
    lanes: set[int] = set()

    def new_lane(kids: list[int]) -> int:
        children.append(kids)
        width.append(LANE)
        extent.append(LANE)
        gap.append(SIBLING_GAP)
        levels.append(1 + max((levels[k] for k in kids), default=-1))
        lanes.add(len(children) - 1)
        return len(children) - 1

    def span(line: list[int]) -> float:
        return sum(extent[k] for k in line) + sum(gap[k] for k in line[1:])

    for v in reversed(_preorder(children)):
        if v != 0 and children[v]:  # the forest's trees stand side by side as they are
            groups = [[k for k in children[v] if k not in attacking], [k for k in children[v] if k in attacking]]
            wrapped = [_lines(group, extent, gap, levels, budget) for group in groups if group]
            below = max(levels[k] for lines in wrapped for k in lines[0])  # the rows under the first line
            children[v] = []
            for lines in wrapped:
                lane = None
                for k in range(len(lines) - 1, 0, -1):
                    lane = new_lane(_with_lane(lines[k], lane))
                    for _ in range(below if k == 1 else max(levels[u] for u in lines[k - 1])):
                        lane = new_lane([lane])  # down past the subtrees of the line above
                children[v] += _with_lane(lines[0], lane)
            extent[v] = max([width[v], span(children[v])] + [span(line) for lines in wrapped for line in lines[1:]])
        levels[v] = 1 + max((levels[k] for k in children[v]), default=-1)
    return lanes


def _lines(family: list[int], extent: list[float], gap: list[float], levels: list[int],
           budget: float) -> list[list[int]]:
    """Return ``family`` cut into as few lines, of about even width, as keep each within ``budget``;
    the deepest subtrees first, so that each line is about as deep as its subtrees (a line takes
    the rows of its deepest).

    >>> _lines([1, 2, 3, 4, 5], [0, 100, 100, 100, 100, 100], [24.0] * 6, [0, 0, 0, 1, 0, 0], 300)
    [[3, 1], [2], [4, 5]]
    """
    widths = [extent[k] + gap[k] for k in family]
    total = sum(widths)
    count = ceil(total / budget)
    if count <= 1:
        return [family]
    family = sorted(family, key=lambda k: -levels[k])
    widths = [extent[k] + gap[k] for k in family]
    lines: list[list[int]] = [[]]
    done = 0.0
    for k, w in zip(family, widths):
        if lines[-1] and done + w / 2 > total * len(lines) / count:
            lines.append([])
        lines[-1].append(k)
        done += w
    return lines


def _with_lane(line: list[int], lane: int | None) -> list[int]:
    """Return ``line`` with ``lane`` before it (or as it is, with no lane)."""
    return line if lane is None else [lane] + line


def _tidy_tree(children: list[list[int]], width: list[float], gap: list[float], lanes: set[int]) -> list[float]:
    """Return the x of each node's centre in the tidy drawing of the tree rooted at 0.

    ``gap[v]`` is the space wanted between v's subtree and its left siblings' subtrees. A node
    stands centred above its children, but a lane above its first child: so the lines of a
    wrapped family start under one another, as a paragraph's do.
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
        mid[v] = prelim[kids[0]] if v in lanes else (prelim[kids[0]] + prelim[kids[-1]]) / 2

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
