"""Stack the rows of boxes and route every edge between them, around the boxes.

A tree edge rises from the top of a box to the bottom of its primary parent. The other
edges (*cross-links*) leave and enter boxes through their top or bottom border, run along
horizontal tracks in the channels between rows and pass each row between two boxes, so no
route crosses a box. A cross-link between rows more than LONG_SPAN apart instead runs from
its channel to a lane right of the map, along it and back: a few bends rather than two for
every row it passes, and its cost does not grow with the map's height. A channel is as tall as
its tracks and the fan of tree edges across it need, which is why the rows are stacked here.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass, replace
from math import ceil

import networkx as nx

from app.models import Box, Point, Route

Edge = tuple[Hashable, Hashable]

CHANNEL = 32  # vertical space between two rows, at least
FAN_RISE = 0.08  # a channel grows with the widest fan of tree edges across it, so edges stay steep
MAX_CHANNEL = 140
MARGIN = 16  # around the map
TRACK_SPACING = 7  # between two cross-links running along one channel
MAX_TRACKS = 24  # a channel grows for this many cross-links at most; more share its height, closer together
LONG_SPAN = 8  # rows between the ends of a cross-link that runs along a side lane
APPROACH = 16  # least straight run of a cross-link into or out of a box, room for an arrowhead
STUB = 8  # straight run of a tree edge before it bends
JOIN = 20  # where the edges of linked premises meet, below their target: the joined arrow's one run
CLEARANCE = 8  # least distance between a cross-link and a box it passes


@dataclass(frozen=True)
class Rows:
    """The rows of boxes and the channels between them.

    Channel c is the space under row c, channel -1 the top margin. A cross-link takes one
    track in every channel it runs along.
    """

    top: list[float]  # of each row
    height: list[float]  # of each row: its tallest box
    bottom: float  # the height of the map
    tracks: dict[tuple[Edge, int], int]  # (cross-link, channel) -> its track there, from 0
    in_channel: list[int]  # the number of tracks in channel c, at c + 1
    side_lane: dict[Edge, int]  # long cross-link -> its lane right of the map, from 0
    side_lanes: int  # how many lanes that takes (lanes are shared by links whose runs do not overlap)

    @property
    def gutter(self) -> float:
        """Return the width the side lanes add to the map's right."""
        return self.side_lanes * TRACK_SPACING + (MARGIN if self.side_lanes else 0)

    def track_y(self, edge: Edge, c: int) -> float:
        """Return the y of the track ``edge`` takes in channel ``c``; tracks share the channel evenly."""
        lo = 0.0 if c < 0 else self.top[c] + self.height[c]
        hi = self.top[c + 1] if c + 1 < len(self.top) else self.bottom
        share = (self.tracks[edge, c] + 1) / (self.in_channel[c + 1] + 1)
        return round(lo + APPROACH + (hi - lo - 2 * APPROACH) * share, 1)


def stack_rows(
    G: nx.DiGraph, row: dict[Hashable, int], tree: set[Edge], spreads: list[tuple[int, float]], row_height: list[float]
) -> Rows:
    """Return the rows stacked with room for the cross-links and the ``tree`` edges between them.

    ``spreads`` holds, for each stretch of a tree edge across a channel, the row above the channel
    and how far the edge runs sideways there.

    >>> G = nx.DiGraph([("a", "c"), ("b", "c"), ("b", "a")])
    >>> row = {"a": 1, "b": 1, "c": 0}
    >>> rows = stack_rows(G, row, {("a", "c"), ("b", "c")}, [(0, 62), (0, 62)], [51, 51])
    >>> rows.top, rows.bottom, rows.tracks
    ([16, 106], 173, {(('b', 'a'), 0): 0})
    """
    rows = len(row_height)
    tracks: dict[tuple[Edge, int], int] = {}
    in_channel = [0] * (rows + 1)
    long = []
    for e in G.edges:
        if e in tree:
            continue
        du, dv = row[e[0]], row[e[1]]
        if abs(du - dv) > LONG_SPAN:
            long.append(e)
            channels = _side_channels(du, dv)
        else:
            channels = range(dv, du) if dv < du else range(du, dv) if dv > du else [du - 1]
        for c in channels:
            tracks[e, c] = in_channel[c + 1]
            in_channel[c + 1] += 1

    fan = [0.0] * (rows + 1)  # the widest spread of tree edges across each channel
    for above, sideways in spreads:
        fan[above + 1] = max(fan[above + 1], sideways)

    def channel_height(c: int) -> float:
        base = MARGIN if c in (-1, rows - 1) else max(CHANNEL, min(MAX_CHANNEL, FAN_RISE * fan[c + 1]))
        if in_channel[c + 1]:
            base = max(base, 2 * APPROACH) + min(in_channel[c + 1], MAX_TRACKS) * TRACK_SPACING
        return ceil(base)

    top = []
    y = channel_height(-1)
    for r in range(rows):
        top.append(y)
        y += row_height[r] + channel_height(r)
    stacked = Rows(top, row_height, y, tracks, in_channel, {}, 0)
    side_lane, lanes = _share_lanes(stacked, long, row)  # the lanes need the tracks' heights, known only now
    return replace(stacked, side_lane=side_lane, side_lanes=lanes)


def _side_channels(du: int, dv: int) -> tuple[int, int]:
    """Return the channels a long cross-link from row ``du`` to row ``dv`` runs along: out of its source's
    row, then into its target's."""
    return (du - 1, dv) if dv < du else (du, dv - 1)


def _share_lanes(rows: Rows, long: list[Edge], row: dict[Hashable, int]) -> tuple[dict[Edge, int], int]:
    """Return a side lane for each long cross-link, lanes shared by links whose runs along them do not
    overlap (fewest lanes: the interval graph's greedy colouring, runs taken top first), and how many."""
    runs = []
    for e in long:
        a, b = (rows.track_y(e, c) for c in _side_channels(row[e[0]], row[e[1]]))
        runs.append((min(a, b), max(a, b), e))
    runs.sort(key=lambda run: run[:2])
    ends: list[tuple[float, int]] = []  # (where its last run ends, lane), the soonest free lane first
    lane: dict[Edge, int] = {}
    lanes = 0
    for top, bottom, e in runs:
        if ends and ends[0][0] + TRACK_SPACING <= top:
            _, k = heapq.heappop(ends)
        else:
            k, lanes = lanes, lanes + 1
        lane[e] = k
        heapq.heappush(ends, (bottom, k))
    return lane, lanes


def route_edges(
    G: nx.DiGraph, box: dict[Hashable, Box], row: dict[Hashable, int], tree: set[Edge], rows: Rows,
    lanes: dict[Hashable, list[tuple[float, int]]] | None = None,
) -> list[Route]:
    """Return a route for each edge of ``G``, in edge order, that misses every box it does not join.

    A tree edge from a wrapped line rises through the ``lanes`` of its node, (x, row) nearest first.
    """
    lanes = lanes or {}
    port = _ports(G, box, tree, row)
    in_row: list[list[Box]] = [[] for _ in rows.top]
    for n in G:
        in_row[row[n]].append(box[n])
    blocked = [_blocked_row(boxes) for boxes in in_row]
    side = max(b.x + b.width for b in box.values()) + MARGIN  # where the first side lane runs

    rises: dict[int, list[tuple[float, float]]] = {}  # the nodes of a wrapped line share their lanes

    def rise(path: list[tuple[float, int]]) -> list[tuple[float, float]]:
        """Return the points of a route up the lanes of ``path`` after its first, found once for the nodes sharing them."""
        if id(path) not in rises:
            points = []
            for x, r in path[1:]:
                points += [(x, rows.top[r] + rows.height[r] + STUB), (x, rows.top[r] - STUB)]
            rises[id(path)] = _simplify(points)
        return rises[id(path)]

    routes = []
    for k, (u, v) in enumerate(G.edges):
        s, t = port[k, 0], port[k, 1]
        bu, bv, du, dv = box[u], box[v], row[u], row[v]
        if (u, v) in tree:
            points = [(s, bu.y), (s, bu.y - STUB)]
            if u in lanes:  # along the line's bus to its lane, then up the lanes
                path = lanes[u]
                (x, r) = path[0]
                bus = (rows.top[r] + rows.height[r] + bu.y) / 2
                points = [(s, bu.y), (s, bus), (x, bus), (x, rows.top[r] - STUB)] + rise(path)
            # linked premises meet further from their target: room for the dot where they join, then one arrow
            join = JOIN if G.edges[u, v].get("group") else STUB
            points += [(t, rows.top[dv] + rows.height[dv] + join), (t, bv.y + bv.height)]
        elif dv == du:
            c = rows.track_y((u, v), du - 1)
            points = [(s, bu.y), (s, c), (t, c), (t, bv.y)]
        elif (u, v) in rows.side_lane:  # out along its channel, along its lane right of the map, in along the other
            x = side + rows.side_lane[u, v] * TRACK_SPACING
            y_out, y_in = (rows.track_y((u, v), c) for c in _side_channels(du, dv))
            up = dv < du
            points = [(s, bu.y if up else bu.y + bu.height), (s, y_out), (x, y_out), (x, y_in), (t, y_in),
                      (t, bv.y + bv.height if up else bv.y)]
        else:
            step = -1 if dv < du else 1
            first_channel = du - 1 if step < 0 else du
            y = rows.track_y((u, v), first_channel)
            points = [(s, bu.y if step < 0 else bu.y + bu.height), (s, y)]
            x = s
            for r in range(du + step, dv, step):
                x = _pass_row(blocked[r], x, t)
                points += [(x, y)]
                y = rows.track_y((u, v), r - 1 if step < 0 else r)
                points += [(x, y)]
            points += [(t, y), (t, bv.y + bv.height if step < 0 else bv.y)]
        routes.append(Route(source=str(u), target=str(v), points=[Point(x=x, y=y) for x, y in _simplify(points)]))
    return routes


def _ports(
    G: nx.DiGraph, box: dict[Hashable, Box], tree: set[Edge], row: dict[Hashable, int]
) -> dict[tuple[int, int], float]:
    """Return the x where edge k leaves (end 0) and enters (end 1) its boxes.

    Edges meet a box's top border (tree edges and cross-links going up or along a row) or
    its bottom border, spread along it in the order of their other ends, so the edges of
    one box do not cross each other there. The tree edges into a box come in bundled: one point for
    each kind (its attackers' to the right of its supporters') and one for each group of linked premises.
    """
    wanted: dict[tuple, dict[Hashable, list]] = {}
    for k, (u, v) in enumerate(G.edges):
        up = (u, v) in tree or row[v] < row[u]
        source_side = "top" if up or row[v] == row[u] else "bottom"
        wanted.setdefault((u, source_side), {})[k, 0] = [(box[v].x + box[v].width / 2, k, 0)]
        # tree edges into a box come in bundled: one point for each kind, and for each group of linked premises
        data = G.edges[u, v]
        bundle = ("tree", data.get("kind", "supports"), data.get("group") or "") if (u, v) in tree else (k, 1)
        wanted.setdefault((v, "bottom" if up else "top"), {}).setdefault(bundle, []).append(
            (box[u].x + box[u].width / 2, k, 1))
    port = {}
    for (n, _), groups in wanted.items():
        b = box[n]
        # each bundle where the middle of its other ends is, so that the edges do not cross
        slots = sorted((sorted(ends)[len(ends) // 2][0], key[:2] == ("tree", "attacks"), sorted(ends))
                       for key, ends in groups.items())
        for j, (_, _, ends) in enumerate(slots):
            for _, k, end in ends:
                port[k, end] = round(b.x + b.width * (j + 1) / (len(slots) + 1), 1)
    return port


def _blocked_row(boxes: list[Box]) -> tuple[list[float], list[float]]:
    """Return the x-intervals of a row that a vertical line must avoid, sorted and merged: starts, ends.

    >>> _blocked_row([Box(id=n, x=x, y=0, width=w, height=9, lines=[]) for n, x, w in [("a", 10, 50), ("b", 70, 30)]])
    ([2.0], [108.0])
    """
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
    """Return where a route now at ``x`` and heading for ``target`` crosses a row between its boxes.

    >>> blocked = ([2, 192], [108, 248])
    >>> _pass_row(blocked, 50, 300), _pass_row(blocked, 150, 300)  # round the nearer end; already clear
    (192, 150)
    """
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
    """Return ``points`` without repeats and without the middle one of three on a vertical or horizontal line.

    >>> _simplify([(0, 0), (0, 0), (0, 5), (0, 9), (4, 9)])
    [(0, 0), (0, 9), (4, 9)]
    """
    out: list[tuple[float, float]] = []
    for p in points:
        if out and p == out[-1]:
            continue
        if len(out) >= 2 and (out[-2][0] == out[-1][0] == p[0] or out[-2][1] == out[-1][1] == p[1]):
            out[-1] = p
            continue
        out.append(p)
    return out
