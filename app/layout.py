"""Lay out an argument graph top-down: a positioned box per node and a route per edge.

The map reads from the top: the central claim, below each unit what supports it, and set
apart to the right of those supporters what attacks it. Every node hangs under one
*primary parent* (the target of its out-edges nearest the root), so the graph becomes a
forest, drawn with the linear-time tidy-tree algorithm of Walker as fixed by Buchheim,
Jünger and Leipert, with separations that respect each box's width: no two tree edges
cross. The other edges (*cross-links*) leave and enter boxes through their top or bottom
border, run along horizontal tracks in the channels between rows and pass each row
between two boxes, so no route crosses a box.

Sizes follow the text: labels are wrapped with the advance widths of DejaVu Sans (the
first font the renderer declares, and wider than most fallbacks), padded by a margin.
Coordinates are decided here only; renderers draw them.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Hashable
from functools import lru_cache
from math import ceil

import networkx as nx

from app.models import Box, Layout, Point, Route

FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif"
LABEL_SIZE = 13  # px, the label lines
LINE_HEIGHT = 17
TAG_SIZE = 10  # px, the kind tag ("CLAIM") above the label, bold capitals
TAG_HEIGHT = 16  # the tag line and the space below it
PAD_X = 12  # room for a double border plus breathing space
PAD_Y = 9
MAX_BOX_WIDTH = 200
MIN_BOX_WIDTH = 96
MAX_LINES = 5  # longer labels end in "…"; the full text is in the node's tooltip
BOLD_KINDS = frozenset({"central_claim"})

SIBLING_GAP = 24  # horizontal space between two boxes of one family
COUSIN_GAP = 36  # between neighbouring boxes of different parents
ATTACK_GAP = 64  # between a node's supporters and its attackers
TREE_GAP = 80  # between the trees of a forest
CHANNEL = 48  # vertical space between two rows, at least
FAN_RISE = 0.08  # a channel grows with the widest fan of tree edges across it, so edges stay steep
MAX_CHANNEL = 140
MARGIN = 16  # around the map
TRACK_SPACING = 7  # between two cross-links running along one channel
APPROACH = 16  # least straight run of a cross-link into or out of a box, room for an arrowhead
PORT_SPACING = 14  # wanted between two edges meeting a box's border
STUB = 8  # straight run of a tree edge before it bends
CLEARANCE = 8  # least distance between a cross-link and a box it passes

# Advance widths of the printable ASCII characters " " to "~" in DejaVu Sans and DejaVu
# Sans Bold, in 1/2048 em (read from the fonts' hmtx tables).
_REGULAR = (
    "651 821 942 1716 1303 1946 1597 563 799 799 1024 1716 651 739 651 690 1303 1303 1303 1303 1303 1303 1303 "
    "1303 1303 1303 690 690 1716 1716 1716 1087 2048 1401 1405 1430 1577 1294 1178 1587 1540 604 604 1343 1141 "
    "1767 1532 1612 1235 1612 1423 1300 1251 1499 1401 2025 1403 1251 1403 799 690 799 1716 1024 1024 1255 1300 "
    "1126 1300 1260 721 1300 1298 569 569 1186 569 1995 1298 1253 1300 1300 842 1067 803 1298 1212 1675 1212 "
    "1212 1075 1303 690 1303 1716"
)
_BOLD = (
    "713 934 1067 1716 1425 2052 1786 627 936 936 1071 1716 778 850 778 748 1425 1425 1425 1425 1425 1425 1425 "
    "1425 1425 1425 819 819 1716 1716 1716 1188 2048 1585 1561 1503 1700 1399 1399 1681 1714 762 762 1587 1305 "
    "2038 1714 1741 1501 1741 1577 1475 1397 1663 1585 2259 1579 1483 1485 936 748 936 1716 1024 1024 1382 1466 "
    "1214 1466 1389 891 1466 1458 702 702 1362 702 2134 1458 1407 1466 1466 1010 1219 979 1458 1335 1892 1321 "
    "1335 1192 1458 748 1458 1716"
)
_ADVANCE = {
    bold: {chr(32 + i): int(w) for i, w in enumerate(table.split())}
    for bold, table in ((False, _REGULAR), (True, _BOLD))
}
_PUNCTUATION = {"–": 1024, "—": 2048, "‘": 778, "’": 778, "“": 1346, "”": 1346, "…": 2048, "•": 1309}
_SAFETY = 1.08  # kerning, hinting and fallback fonts may widen a line a little


@lru_cache(maxsize=4096)
def _advance(char: str, bold: bool) -> int:
    table = _ADVANCE[bold]
    if char in table:
        return table[char]
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    base = unicodedata.normalize("NFD", char)[:1]  # "é" is as wide as "e"
    if base in table:
        return table[base]
    return 2048  # anything else: a full em, wider than any Latin, Greek or Cyrillic letter


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return a generous estimate of the width in px of ``text`` set in DejaVu Sans.

    >>> round(text_width("Cars pollute", 13), 1)
    84.3
    """
    return _units(text, bold) * size / 2048 * _SAFETY


@lru_cache(maxsize=16384)  # words recur: measure each once
def _units(text: str, bold: bool) -> int:
    table = _ADVANCE[bold]
    return sum(table[c] if c in table else _advance(c, bold) for c in text)


def wrap_label(label: str, max_width: float, bold: bool = False) -> list[str]:
    """Return ``label`` cut into lines of at most ``max_width`` px, at most :data:`MAX_LINES` of them.

    >>> wrap_label("Streets without cars are safer for every child", 176)
    ['Streets without cars are', 'safer for every child']
    """

    def fits(line: str) -> bool:
        return text_width(line, LABEL_SIZE, bold) <= max_width

    space = text_width(" ", LABEL_SIZE, bold)
    lines: list[str] = []
    used = max_width  # width of the last line
    for word in label[:_MOST_CHARS].split():
        size = text_width(word, LABEL_SIZE, bold)
        if lines and used + space + size <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
            used += space + size
            continue
        while size > max_width:  # a word too long for a line is cut where it must be
            cut = _fitting(word, max_width, bold)
            lines.append(word[:cut])
            word = word[cut:]
            size = text_width(word, LABEL_SIZE, bold)
        if word:
            lines.append(word)
            used = size
    if len(lines) > MAX_LINES:
        last = lines[MAX_LINES - 1]
        while last and not fits(last + "…"):
            last = last[:-1].rstrip()
        lines = lines[: MAX_LINES - 1] + [last + "…"]
    return lines


_MOST_CHARS = 300  # more than MAX_LINES lines hold even of the narrowest characters


def _fitting(word: str, max_width: float, bold: bool) -> int:
    """Return how many leading characters of ``word`` fit in ``max_width`` px (at least one)."""
    total = 0.0
    for i, char in enumerate(word):
        total += text_width(char, LABEL_SIZE, bold)
        if total > max_width:
            return max(1, i)
    return len(word)


def kind_tag(kind: str) -> str:
    """Return the tag shown above a label: the kind in capitals.

    >>> kind_tag("central_claim")
    'CENTRAL CLAIM'
    """
    return kind.replace("_", " ").upper()


def text_baselines(box: Box) -> tuple[float, list[float]]:
    """Return the baselines of a box's kind tag and of each of its label lines."""
    tag = box.y + PAD_Y + TAG_SIZE * 0.93
    first = box.y + PAD_Y + TAG_HEIGHT + (LINE_HEIGHT + LABEL_SIZE * 0.7) / 2
    return tag, [first + i * LINE_HEIGHT for i in range(len(box.lines))]


def _box_size(label: str, kind: str, edges_below: int) -> tuple[list[str], float, float]:
    """Return a box's lines, width and height; a box many edges meet widens to part their arrowheads."""
    bold = kind in BOLD_KINDS
    wanted = min(MAX_BOX_WIDTH * 1.5, PORT_SPACING * (edges_below + 1))
    lines = wrap_label(label, max(MAX_BOX_WIDTH, wanted) - 2 * PAD_X, bold)
    inner = max([text_width(kind_tag(kind), TAG_SIZE, True)] + [text_width(s, LABEL_SIZE, bold) for s in lines])
    width = max(MIN_BOX_WIDTH, wanted, ceil(inner) + 2 * PAD_X)
    height = 2 * PAD_Y + TAG_HEIGHT + LINE_HEIGHT * max(1, len(lines))
    return lines, width, height


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
    nodes = list(G)
    if not nodes:
        return Layout(width=2 * MARGIN, height=2 * MARGIN, boxes=[], routes=[])
    index = {n: i + 1 for i, n in enumerate(nodes)}  # 0 is a virtual root above the forest
    parent = primary_parents(G)

    # Children in insertion order, supporters before attackers; trees of the central
    # claim's component first, then the other components in insertion order.
    children: list[list[int]] = [[] for _ in range(len(nodes) + 1)]
    gap = [float(SIBLING_GAP)] * (len(nodes) + 1)
    component = {n: i for i, nodes_i in enumerate(nx.weakly_connected_components(G)) for n in nodes_i}
    roots = [n for n, p in parent.items() if p is None]  # central claims first
    main = component[roots[0]] if G.nodes[roots[0]].get("kind") == "central_claim" else -1
    roots.sort(key=lambda r: (component[r] != main, component[r]))
    children[0] = [index[r] for r in roots]
    for r in roots[1:]:
        gap[index[r]] = TREE_GAP
    for v in nodes:
        kids = [u for u in G.pred[v] if parent[u] == v]
        kids.sort(key=lambda u: (G.edges[u, v].get("kind") == "attacks", index[u]))
        children[index[v]] = [index[u] for u in kids]
        for left, u in zip(kids, kids[1:]):
            if G.edges[u, v].get("kind") == "attacks" and G.edges[left, v].get("kind") != "attacks":
                gap[index[u]] = ATTACK_GAP
    sizes = [
        _box_size(str(G.nodes[n].get("label", "")), str(G.nodes[n].get("kind", "claim")), len(children[i]))
        for i, n in enumerate(nodes, start=1)
    ]
    width = [0.0] + [w for _, w, _ in sizes]
    centre = _tidy_tree(children, width, gap)
    # Trees stand side by side, none reaching under another's boxes.
    cursor = 0.0
    for root in children[0]:
        tree = _preorder(children, root)
        left, right = min(centre[v] - width[v] / 2 for v in tree), max(centre[v] + width[v] / 2 for v in tree)
        for v in tree:
            centre[v] += cursor - left
        cursor += right - left + TREE_GAP

    depth = [-1] * (len(nodes) + 1)
    for v in _preorder(children):
        for w in children[v]:
            depth[w] = depth[v] + 1
    rows = max(depth) + 1
    row_height = [0.0] * rows
    for i, (_, _, h) in enumerate(sizes, start=1):
        row_height[depth[i]] = max(row_height[depth[i]], h)

    return _place(G, nodes, index, parent, sizes, centre, depth, row_height)


def _preorder(children: list[list[int]], root: int = 0) -> list[int]:
    order, stack = [], [root]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(reversed(children[v]))
    return order


def _place(
    G: nx.DiGraph,
    nodes: list[Hashable],
    index: dict[Hashable, int],
    parent: dict[Hashable, Hashable | None],
    sizes: list[tuple[list[str], float, float]],
    centre: list[float],
    depth: list[int],
    row_height: list[float],
) -> Layout:
    """Turn tree coordinates into boxes, give each edge its ports, tracks and route."""
    rows = len(row_height)
    d = {n: depth[index[n]] for n in nodes}
    tree = [(u, v) for u, v in G.edges if parent[u] == v]
    is_tree = set(tree)

    # The channel under row c is channel c; channel -1 is the top margin. A cross-link
    # takes one track in every channel it runs along.
    tracks: dict[tuple, int] = {}
    in_channel = [0] * (rows + 1)
    for e in G.edges:
        if e in is_tree:
            continue
        du, dv = d[e[0]], d[e[1]]
        channels = range(dv, du) if dv < du else range(du, dv) if dv > du else [du - 1]
        for c in channels:
            tracks[e, c] = in_channel[c + 1]
            in_channel[c + 1] += 1

    fan = [0.0] * (rows + 1)  # the widest spread of tree edges across each channel
    for u, v in tree:
        fan[d[v] + 1] = max(fan[d[v] + 1], abs(centre[index[u]] - centre[index[v]]))
    top, height = _row_tops(row_height, fan, in_channel)

    left = min(centre[index[n]] - sizes[i][1] / 2 for i, n in enumerate(nodes))
    box: dict[Hashable, Box] = {}
    for i, n in enumerate(nodes):
        lines, w, h = sizes[i]
        x = round(centre[index[n]] - w / 2 - left + MARGIN, 1)
        box[n] = Box(id=str(n), x=x, y=top[d[n]], width=w, height=h, lines=lines)
    width = max(b.x + b.width for b in box.values()) + MARGIN

    def channel_y(c: int, k: int) -> float:
        lo = 0.0 if c < 0 else top[c] + row_height[c]
        hi = top[c + 1] if c + 1 < rows else height
        return round(lo + APPROACH + (hi - lo - 2 * APPROACH) * (k + 1) / (in_channel[c + 1] + 1), 1)

    port = _ports(G, box, is_tree, d)

    in_row: list[list[Box]] = [[] for _ in range(rows)]
    for n in nodes:
        in_row[d[n]].append(box[n])
    blocked = [_blocked_row(row) for row in in_row]

    routes = []
    for k, (u, v) in enumerate(G.edges):
        s, t = port[k, 0], port[k, 1]
        bu, bv = box[u], box[v]
        if (u, v) in is_tree:
            row_bottom = top[d[v]] + row_height[d[v]]
            points = [(s, bu.y), (s, bu.y - STUB), (t, row_bottom + STUB), (t, bv.y + bv.height)]
        elif d[v] == d[u]:
            c = channel_y(d[u] - 1, tracks[(u, v), d[u] - 1])
            points = [(s, bu.y), (s, c), (t, c), (t, bv.y)]
        else:
            step = -1 if d[v] < d[u] else 1
            first_channel = d[u] - 1 if step < 0 else d[u]
            y = channel_y(first_channel, tracks[(u, v), first_channel])
            points = [(s, bu.y if step < 0 else bu.y + bu.height), (s, y)]
            x = s
            for r in range(d[u] + step, d[v], step):
                x = _pass_row(blocked[r], x, t)
                c = r - 1 if step < 0 else r
                points += [(x, y)]
                y = channel_y(c, tracks[(u, v), c])
                points += [(x, y)]
            points += [(t, y), (t, bv.y + bv.height if step < 0 else bv.y)]
        routes.append(Route(source=str(u), target=str(v), points=[Point(x=x, y=y) for x, y in _simplify(points)]))

    return Layout(width=width, height=height, boxes=list(box.values()), routes=routes)


def _row_tops(row_height: list[float], fan: list[float], in_channel: list[int]) -> tuple[list[float], float]:
    """Return the top of each row and the height of the map, given what runs along each channel."""
    rows = len(row_height)

    def channel_height(c: int) -> float:
        base = MARGIN if c in (-1, rows - 1) else max(CHANNEL, min(MAX_CHANNEL, FAN_RISE * fan[c + 1]))
        tracks = in_channel[c + 1]
        if tracks:
            base = max(base, 2 * APPROACH) + tracks * TRACK_SPACING
        return ceil(base)

    top = []
    y = channel_height(-1)
    for r in range(rows):
        top.append(y)
        y += row_height[r] + channel_height(r)
    return top, y


def _ports(G: nx.DiGraph, box: dict[Hashable, Box], is_tree: set, d: dict) -> dict[tuple[int, int], float]:
    """Return the x where edge k leaves (end 0) and enters (end 1) its boxes.

    Edges meet a box's top border (tree edges and cross-links going up or along a row) or
    its bottom border, spread along it in the order of their other ends, so the edges of
    one box do not cross each other there.
    """
    wanted: dict[tuple, list] = {}
    for k, (u, v) in enumerate(G.edges):
        up = (u, v) in is_tree or d[v] < d[u]
        source_side = "top" if up or d[v] == d[u] else "bottom"
        wanted.setdefault((u, source_side), []).append((box[v].x + box[v].width / 2, k, 0))
        wanted.setdefault((v, "bottom" if up else "top"), []).append((box[u].x + box[u].width / 2, k, 1))
    port = {}
    for (n, _), ends in wanted.items():
        b = box[n]
        ends.sort()
        for j, (_, k, end) in enumerate(ends):
            port[k, end] = round(b.x + b.width * (j + 1) / (len(ends) + 1), 1)
    return port


def _blocked_row(boxes: list[Box]) -> tuple[list[float], list[float]]:
    """Return the x-intervals of a row that a vertical line must avoid, sorted and merged."""
    starts: list[float] = []
    ends: list[float] = []
    for b in sorted(boxes, key=lambda b: b.x):
        a, z = b.x - CLEARANCE, b.x + b.width + CLEARANCE
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], z)
        else:
            starts.append(a)
            ends.append(z)
    return starts, ends


def _pass_row(blocked: tuple[list[float], list[float]], x: float, target: float) -> float:
    """Return where a route now at ``x`` and heading for ``target`` crosses a row between its boxes."""
    starts, ends = blocked
    i = bisect_right(starts, x) - 1
    if i < 0 or x > ends[i]:
        return x  # already clear of the row's boxes
    left_free = (ends[i - 1] if i > 0 else float("-inf"), starts[i])
    right_free = (ends[i], starts[i + 1] if i + 1 < len(starts) else float("inf"))
    options = []
    for lo, hi in (left_free, right_free):
        p = min(max(target, lo), hi)
        options.append((abs(x - p) + abs(p - target), p))
    return min(options)[1]


def _simplify(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop repeated points and the middle one of three on a vertical or horizontal line."""
    out: list[tuple[float, float]] = []
    for p in points:
        if out and p == out[-1]:
            continue
        if len(out) >= 2 and (out[-2][0] == out[-1][0] == p[0] or out[-2][1] == out[-1][1] == p[1]):
            out[-1] = p
            continue
        out.append(p)
    return out
