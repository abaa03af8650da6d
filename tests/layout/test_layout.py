"""The layout: boxes that do not overlap, a top-down reading order, routes that miss every box."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

from app.layout import layout_graph, primary_parents
from app.layout.routes import CHANNEL
from app.models import Box, Layout
from bench.bench_layout import synthetic_map

SUPPORTS, ATTACKS = "supports", "attacks"


def argument(nodes: dict[str, str], edges: list[tuple[str, str, str]]) -> nx.DiGraph:
    """Return a graph of the miner's shape from ``{id: kind}`` and ``(source, target, kind)``."""
    G = nx.DiGraph(title="A map", text="", noise=[])
    for n, kind in nodes.items():
        G.add_node(n, id=n, kind=kind, label=f"The {kind} called {n}", text=n, spans=[], confidence=1.0, cue="")
    for u, v, kind in edges:
        G.add_edge(u, v, kind=kind, cue="")
    return G


def boxes_of(layout: Layout) -> dict[str, Box]:
    return {b.id: b for b in layout.boxes}


def overlaps(a: Box, b: Box) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def segment_enters(p: tuple[float, float], q: tuple[float, float], b: Box) -> bool:
    """Return whether segment pq meets the inside of box b (its border excluded)."""
    eps = 0.01
    lo_t, hi_t = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for delta, start, lo, hi in ((dx, p[0], b.x, b.x + b.width), (dy, p[1], b.y, b.y + b.height)):
        lo, hi = lo + eps, hi - eps
        if delta == 0:
            if not lo < start < hi:
                return False
            continue
        t1, t2 = (lo - start) / delta, (hi - start) / delta
        lo_t, hi_t = max(lo_t, min(t1, t2)), min(hi_t, max(t1, t2))
    return lo_t < hi_t


def cross(p, q, r, s) -> bool:
    """Return whether segments pq and rs cross or touch at a point that is not an end of both."""

    def orient(a, b, c) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2, d3, d4 = orient(r, s, p), orient(r, s, q), orient(p, q, r), orient(p, q, s)
    return d1 * d2 < 0 and d3 * d4 < 0


def check_layout(G: nx.DiGraph) -> Layout:
    """Assert what readers rely on, and return the layout."""
    layout = layout_graph(G)
    box = boxes_of(layout)
    assert list(box) == [str(n) for n in G]
    for a, b in combinations(layout.boxes, 2):
        assert not overlaps(a, b), (a.id, b.id)
    for b in layout.boxes:
        assert 0 <= b.x and b.x + b.width <= layout.width and 0 <= b.y and b.y + b.height <= layout.height
    assert [(r.source, r.target) for r in layout.routes] == [(str(u), str(v)) for u, v in G.edges]
    for route in layout.routes:
        pts = [(p.x, p.y) for p in route.points]
        assert len(pts) >= 2
        for end, b in ((pts[0], box[route.source]), (pts[-1], box[route.target])):
            on_x = b.x <= end[0] <= b.x + b.width and end[1] in (b.y, b.y + b.height)
            assert on_x, (route.source, route.target, end)
        for p, q in zip(pts, pts[1:]):
            assert p[0] == q[0] or p[1] == q[1] or route.target == str(primary_parents(G)[route.source])
            for b in layout.boxes:
                assert not segment_enters(p, q, b), (route.source, route.target, b.id)
    return layout


def tree_crossings(G: nx.DiGraph, layout: Layout) -> int:
    parent = primary_parents(G)
    segments = [
        (p, q, r.source)
        for r in layout.routes
        if parent[r.source] == r.target
        for p, q in zip([(a.x, a.y) for a in r.points], [(a.x, a.y) for a in r.points[1:]])
    ]
    return sum(1 for (p, q, a), (r, s, b) in combinations(segments, 2) if a != b and cross(p, q, r, s))


def test_supporters_below_their_target_attackers_to_the_right_of_them():
    G = argument(
        {"c": "central_claim", "s1": "claim", "s2": "evidence", "x": "counterclaim", "r": "rebuttal"},
        [("s1", "c", SUPPORTS), ("x", "c", ATTACKS), ("s2", "c", SUPPORTS), ("r", "x", ATTACKS)],
    )
    box = boxes_of(check_layout(G))
    assert min(box.values(), key=lambda b: b.y).id == "c"
    for child, target in [("s1", "c"), ("s2", "c"), ("x", "c"), ("r", "x")]:
        assert box[child].y >= box[target].y + box[target].height + CHANNEL
    assert box["s1"].y == box["s2"].y == box["x"].y
    assert box["s1"].x + box["s1"].width < box["s2"].x  # insertion order
    assert box["x"].x - (box["s2"].x + box["s2"].width) >= 60  # set apart
    centre = {n: b.x + b.width / 2 for n, b in box.items()}
    assert centre["c"] == pytest.approx((centre["s1"] + centre["x"]) / 2, abs=0.1)


def test_the_central_claims_component_comes_first_and_components_sit_side_by_side():
    G = argument(
        {"x": "claim", "y": "evidence", "c": "central_claim", "s1": "claim", "s2": "claim", "o": "evidence"},
        [("y", "x", SUPPORTS), ("s1", "c", SUPPORTS), ("s2", "c", SUPPORTS)],
    )
    box = boxes_of(check_layout(G))
    assert box["c"].y == box["x"].y == box["o"].y
    first, second, third = [box[n] for n in ("c", "s1", "s2")], [box["x"], box["y"]], [box["o"]]
    assert max(b.x + b.width for b in first) + 80 == pytest.approx(min(b.x for b in second), abs=0.1)
    assert max(b.x + b.width for b in second) + 80 == pytest.approx(min(b.x for b in third), abs=0.1)


def test_cross_links_go_around_boxes():
    G = argument(
        {"c": "central_claim", "a": "claim", "b": "claim", "a1": "evidence", "a2": "evidence", "b1": "evidence"},
        [("a", "c", SUPPORTS), ("b", "c", SUPPORTS), ("a1", "a", SUPPORTS), ("a2", "a", SUPPORTS)]
        + [("b1", "b", SUPPORTS), ("a1", "b", SUPPORTS), ("b1", "c", ATTACKS), ("c", "a2", ATTACKS)],
    )
    layout = check_layout(G)
    assert tree_crossings(G, layout) == 0
    long_link = next(r for r in layout.routes if (r.source, r.target) == ("b1", "c"))
    assert len(long_link.points) > 2


def test_a_cross_link_over_many_rows_runs_along_a_side_lane_shared_only_when_runs_do_not_overlap():
    # A chain of 24 claims under the central claim; three cross-links over more than LONG_SPAN rows.
    nodes = {"c": "central_claim"} | {f"n{i}": "claim" for i in range(1, 25)}
    edges = [("n1", "c", SUPPORTS)] + [(f"n{i + 1}", f"n{i}", SUPPORTS) for i in range(1, 24)]
    edges += [("n1", "n12", ATTACKS), ("n2", "n14", ATTACKS), ("n13", "n24", SUPPORTS)]
    G = argument(nodes, edges)
    layout = check_layout(G)  # misses every box, ends on the borders
    assert len({b.x + b.width / 2 for b in layout.boxes}) == 1  # the chain is the tree, one column
    right = max(b.x + b.width for b in layout.boxes)
    lane = {}
    for r in layout.routes:
        if (r.source, r.target) in {("n1", "n12"), ("n2", "n14"), ("n13", "n24")}:
            assert len(r.points) <= 6  # a few bends, not two for each row it passes
            lane[r.source] = max(p.x for p in r.points)
            assert lane[r.source] > right
    assert lane["n1"] != lane["n2"]  # their runs overlap: two lanes
    assert lane["n13"] == lane["n1"] == min(lane.values())  # below both runs: it takes the first lane again
    assert layout.width > max(lane.values())


def test_a_cycle_a_self_loop_and_an_orphan_do_not_crash():
    G = argument({"c": "central_claim", "a": "claim", "b": "claim", "o": "evidence"}, [])
    G.add_edges_from([("a", "c"), ("b", "a"), ("c", "b"), ("a", "a")], kind=SUPPORTS, cue="")
    layout = check_layout(G)
    assert len(layout.boxes) == 4 and len(layout.routes) == 4


def test_an_empty_graph_has_an_empty_layout():
    assert layout_graph(nx.DiGraph()).boxes == []


def test_a_deep_chain_lays_out_without_recursion_limits():
    G = argument({f"n{i}": "claim" for i in range(1500)}, [(f"n{i + 1}", f"n{i}", SUPPORTS) for i in range(1499)])
    layout = layout_graph(G)
    assert len({b.x + b.width / 2 for b in layout.boxes}) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_argument_maps_keep_every_promise(seed):
    G = synthetic_map(160, seed)
    layout = check_layout(G)
    assert tree_crossings(G, layout) == 0
    box = boxes_of(layout)
    parent = primary_parents(G)
    for child, p in parent.items():
        if p is not None:
            assert box[child].y > box[p].y + box[p].height


def test_the_layout_is_deterministic():
    G = synthetic_map(120, 5)
    assert layout_graph(G) == layout_graph(G.copy())


def test_a_wide_family_wraps_into_lines_and_its_edges_rise_through_a_lane():
    # 40 supporters and 3 attackers of one claim, some with evidence of their own: one row would be 40 boxes wide.
    nodes = {"c": "central_claim"} | {f"s{i}": "claim" for i in range(40)} | {f"a{i}": "counterclaim" for i in range(3)}
    nodes |= {f"e{i}": "evidence" for i in range(0, 40, 7)}
    edges = [(f"s{i}", "c", SUPPORTS) for i in range(40)] + [(f"a{i}", "c", ATTACKS) for i in range(3)]
    edges += [(f"e{i}", f"s{i}", SUPPORTS) for i in range(0, 40, 7)]
    G = argument(nodes, edges)
    layout = check_layout(G)
    assert tree_crossings(G, layout) == 0
    assert 1 <= layout.width / layout.height <= 2
    box = boxes_of(layout)
    assert len({box[f"s{i}"].y for i in range(40)}) >= 3  # several lines
    # The tree edges into the claim arrive bundled: the supporters' at one point, the attackers' at another.
    ends = {}
    for route in layout.routes:
        if route.target == "c":
            ends.setdefault(G.edges[route.source, "c"]["kind"], set()).add(route.points[-1].x)
    assert len(ends[SUPPORTS]) == 1 and len(ends[ATTACKS]) == 1
    assert min(ends[ATTACKS]) > max(ends[SUPPORTS])


def test_a_small_map_does_not_wrap():
    G = argument({"c": "central_claim", "a": "claim", "b": "claim", "x": "counterclaim"},
                 [("a", "c", SUPPORTS), ("b", "c", SUPPORTS), ("x", "c", ATTACKS)])
    box = boxes_of(check_layout(G))
    assert box["a"].y == box["b"].y == box["x"].y


def test_the_seed_map_is_drawn_at_most_two_to_one_and_many_separate_trees_stand_on_shelves():
    from app.pipeline import mine_text
    from bench import SEED

    seed = layout_graph(mine_text(SEED.read_text(encoding="utf-8")))
    assert 0.5 <= seed.width / seed.height <= 2
    forest = argument({f"t{i}": "claim" for i in range(60)}, [])  # sixty lone statements, as an import may give
    layout = check_layout(forest)
    assert 0.5 <= layout.width / layout.height <= 3
