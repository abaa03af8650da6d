"""Parts of a map: branches folded away or one node in focus, counted, laid out anew; big maps open folded."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.errors import BadInput
from app.models import ArgumentMap
from app.pipeline import graph_to_map
from app.views import OPEN_WHOLE_MAX, View, apply_view, default_view, make_view, parents
from bench.bench_layout import synthetic_map


@pytest.fixture(scope="module")
def big_map() -> ArgumentMap:
    return graph_to_map(synthetic_map(300, seed=4, cross_links=0.05), "big")


def depth_of(amap: ArgumentMap) -> dict[str, int]:
    parent = parents(amap)
    depth = {}
    for n in parent:
        d, p = 0, parent[n]
        while p is not None:
            d, p = d + 1, parent[p]
        depth[n] = d
    return depth


def test_a_small_map_opens_whole(seed_map: ArgumentMap) -> None:
    assert default_view(seed_map) == View()
    assert apply_view(seed_map, View()) == (seed_map, {})


def test_a_big_map_opens_on_its_first_levels_and_counts_what_it_hides(big_map: ArgumentMap) -> None:
    view = default_view(big_map)
    part, hidden = apply_view(big_map, view)
    depth = depth_of(big_map)
    shown = {n.id for n in part.nodes}
    assert max(depth[n] for n in shown) <= 2 and len(shown) < len(big_map.nodes)
    assert len(shown) <= OPEN_WHOLE_MAX or max(depth[n] for n in shown) == 1
    assert set(hidden) <= view.collapsed and len(shown) + sum(hidden.values()) == len(big_map.nodes)
    assert {b.id for b in part.layout.boxes} == shown
    assert all(e.source in shown and e.target in shown for e in part.edges)


def test_a_map_with_a_first_level_of_thousands_opens_on_its_root(monkeypatch) -> None:
    from app import views
    from app.imports import read_import

    source = "[Claim]: Taxes should fall.\n" + "".join(f"  - Objection {i} holds.\n    - Answer {i} holds.\n"
                                                        for i in range(40))
    wide = graph_to_map(read_import(source, "argdown"), "wide")
    assert default_view(wide).collapsed != {wide.nodes[0].id}  # 40 objections: the first level is shown
    monkeypatch.setattr(views, "OPEN_LEVEL_MAX", 30)
    view = default_view(wide)
    part, hidden = apply_view(wide, view)
    assert view.collapsed == {wide.nodes[0].id} and [n.id for n in part.nodes] == [wide.nodes[0].id]
    assert hidden == {wide.nodes[0].id: 80}


def test_a_folded_branch_hides_all_below_it_and_nothing_else(big_map: ArgumentMap) -> None:
    parent = parents(big_map)
    folded = max(parent, key=lambda n: sum(1 for m in parent.values() if m == n))  # the node with most children
    part, hidden = apply_view(big_map, make_view(big_map, [folded]))
    below = set()
    for n in parent:
        p = parent[n]
        while p is not None and p != folded:
            p = parent[p]
        if p == folded:
            below.add(n)
    assert {n.id for n in part.nodes} == {n.id for n in big_map.nodes} - below
    assert hidden == {folded: len(below)}


def test_a_focus_shows_the_node_its_ancestors_and_its_children(big_map: ArgumentMap) -> None:
    parent = parents(big_map)
    focus = next(n for n in parent if parent[n] is not None and parent[parent[n]] is not None and n in parent.values())
    part, hidden = apply_view(big_map, make_view(big_map, focus=focus))
    expected = {focus, parent[focus], parent[parent[focus]]} | {n for n, p in parent.items() if p == focus}
    root = parent[parent[focus]]
    while root is not None:
        expected.add(root)
        root = parent[root]
    assert {n.id for n in part.nodes} == expected
    assert sum(hidden.values()) + len(expected) <= len(big_map.nodes)


def test_an_unknown_node_is_a_422_that_names_it(seed_map: ArgumentMap) -> None:
    with pytest.raises(BadInput) as error:
        make_view(seed_map, ["no-such-node"])
    assert error.value.status == 422 and "'no-such-node'" in error.value.message


def test_the_export_of_a_view_is_that_part_drawn_anew(client: TestClient, seed_map: ArgumentMap) -> None:
    central = seed_map.nodes[0].id
    svg = client.get(f"/maps/{seed_map.id}.svg", params={"collapsed": central})
    assert svg.status_code == 200 and svg.text.count('class="node ') == 1
    assert f'data-id="{central}"' in svg.text and f"+{len(seed_map.nodes) - 1}" in svg.text  # the badge
    focused = client.get(f"/maps/{seed_map.id}.json", params={"focus": central}).json()
    assert {n["id"] for n in focused["nodes"]} == {central} | {n for n, p in parents(seed_map).items() if p == central}
    assert len(focused["layout"]["boxes"]) == len(focused["nodes"])
    png = client.get(f"/maps/{seed_map.id}.png", params={"collapsed": central})
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    wrong = client.get(f"/maps/{seed_map.id}.svg", params={"focus": "no-such-node"})
    assert wrong.status_code == 422 and "no-such-node" in wrong.text


def test_each_hidden_node_counts_for_the_nearest_shown_node_above_it_however_deep():
    # A chain three hundred deep (an objection answered, answered again…) and branches off it, folded
    # at two places: each hidden node counts once, for the nearest node shown above it.
    import networkx as nx

    g = nx.DiGraph(title="A chain", text="", noise=[])

    def add(node: str, kind: str) -> None:
        g.add_node(node, id=node, kind=kind, label=node, text=node, spans=[], confidence=0.5, cue="")

    add("n0", "central_claim")
    for i in range(1, 300):
        add(f"n{i}", "claim")
        g.add_edge(f"n{i}", f"n{i - 1}", kind="supports", cue="")
        if i % 50 == 0:
            add(f"b{i}", "evidence")
            g.add_edge(f"b{i}", f"n{i}", kind="supports", cue="")
    amap = graph_to_map(g, "chain", laid_out=False)
    part, hidden = apply_view(amap, View(collapsed=frozenset({"n10", "n100"})))
    assert {n.id for n in part.nodes} == {f"n{i}" for i in range(11)}
    assert hidden == {"n10": 289 + 5}  # n11-n299 and the branches b50-b250 below n10
