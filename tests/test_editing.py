"""Edits on tiny literal graphs: each change, its guards, the JSON round trip, and re-mining that keeps them."""

from __future__ import annotations

import copy
import functools

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from app.editing import (
    add_edge, add_node, change_node, delete_edge, delete_node, graph_data, graph_from_data, remine, reverse_edge,
    set_edge_kind,
)
from app.errors import BadInput, Conflict, NotFound
from app.pipeline import graph_to_map, mine_text
from app.render import export
from tests.conftest import OP_ED

TEXT = "Cars must go. Streets get safer. Shops lose trade."


def mined() -> nx.DiGraph:
    """The graph a miner might give: a central claim, a supporter, an attacker."""
    G = nx.DiGraph(title="Cars", text=TEXT, noise=[])
    for node_id, kind, start, end in [("go", "central_claim", 0, 13), ("safer", "claim", 14, 32),
                                      ("trade", "counterclaim", 33, 50)]:
        G.add_node(node_id, id=node_id, kind=kind, label=TEXT[start:end], text=TEXT[start:end],
                   spans=[{"start": start, "end": end}], confidence=0.5, cue="mined")
    G.add_edge("safer", "go", kind="supports", cue="mined")
    G.add_edge("trade", "go", kind="attacks", cue="mined")
    return G


def test_the_json_round_trip_keeps_everything() -> None:
    G = mined()
    again = graph_from_data(graph_data(G))
    assert nx.utils.graphs_equal(again, G)
    assert again.graph == G.graph


def test_change_node_confirms_and_guards() -> None:
    G = mined()
    change_node(G, "safer", label="  Safer   streets ", kind="evidence")
    assert {k: G.nodes["safer"][k] for k in ("label", "kind", "cue", "confirmed")} == {
        "label": "Safer streets", "kind": "evidence", "cue": "added by a person: kind set by hand", "confirmed": True}
    with pytest.raises(NotFound, match="no node 'x'"):
        change_node(G, "x", label="y")
    with pytest.raises(BadInput, match="empty"):
        change_node(G, "go", label="   ")


def test_a_new_node_is_exactly_its_trimmed_span() -> None:
    G = mined()
    node_id = add_node(G, "evidence", [(13, 32)])
    assert G.nodes[node_id]["spans"] == [{"start": 14, "end": 32}]
    assert (G.nodes[node_id]["text"], G.nodes[node_id]["kind"], G.nodes[node_id]["confirmed"]) == (
        "Streets get safer.", "evidence", True)
    for bad in ([(5, 5)], [(40, 51)], [(13, 14)]):
        with pytest.raises(BadInput):
            add_node(G, "claim", bad)


def test_edges_add_reverse_switch_and_delete() -> None:
    G = mined()
    add_edge(G, "trade", "safer", "attacks")
    with pytest.raises(Conflict):
        add_edge(G, "trade", "safer", "supports")
    with pytest.raises(BadInput, match="itself"):
        add_edge(G, "go", "go", "supports")
    reverse_edge(G, "trade", "safer")
    assert G.edges["safer", "trade"] == {"kind": "attacks", "cue": "added by a person", "confirmed": True}
    set_edge_kind(G, "safer", "trade", "supports")
    assert G.edges["safer", "trade"]["kind"] == "supports"
    delete_edge(G, "safer", "trade")
    assert not G.has_edge("safer", "trade")
    with pytest.raises(NotFound, match="no edge from 'safer' to 'trade'"):
        delete_edge(G, "safer", "trade")


def test_remine_keeps_what_a_person_did() -> None:
    G = mined()
    change_node(G, "safer", label="Safer streets")
    delete_node(G, "trade")
    mine_again = mined()
    mine_again.add_node("new", id="new", kind="evidence", label="Cars", text="Cars", spans=[{"start": 0, "end": 4}],
                        confidence=0.5, cue="mined")  # overlaps the central claim, which is not confirmed
    merged = remine(G, mine_again)
    assert list(merged) == ["safer", "go", "new"]
    assert merged.nodes["safer"]["label"] == "Safer streets"  # confirmed: kept as edited
    assert "trade" not in merged  # deleted: stays out
    assert set(merged.edges) == {("safer", "go")}
    assert merged.graph["rejected"] == [[[33, 50]]]


def test_remine_sends_a_mined_node_s_edges_to_the_confirmed_node_it_overlaps() -> None:
    G = mined()
    custom = add_node(G, "claim", [(14, 24)])  # "Streets get": overlaps the mined "safer"
    merged = remine(G, mined())
    assert "safer" not in merged
    assert set(merged.edges) == {(custom, "go"), ("trade", "go")}


@functools.cache
def _mined_op_ed() -> dict:
    return graph_data(mine_text(OP_ED))


def op_ed_graph() -> nx.DiGraph:
    """A fresh copy of the test op-ed's mined graph."""
    return graph_from_data(copy.deepcopy(_mined_op_ed()))


KINDS = ["central_claim", "claim", "counterclaim", "rebuttal", "evidence"]
OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["label", "kind", "delete", "add", "edge", "reverse", "switch", "unlink"]),
              st.integers(0, 40), st.integers(0, 40), st.integers(0, 400), st.integers(1, 120)),
    max_size=25,
)


@given(OPERATIONS)
@settings(max_examples=150, deadline=None)
def test_any_sequence_of_edits_leaves_a_map_that_lays_out_and_re_mines(operations) -> None:
    """Cycles, several central claims, no nodes: whatever people do, the map draws and its spans hold."""
    G = op_ed_graph()
    text = G.graph["text"]
    for name, i, j, start, length in operations:
        nodes, edges = list(G), list(G.edges)
        try:
            if name == "add":
                add_node(G, KINDS[i % 5], [(start % len(text), min(len(text), start % len(text) + length))])
            elif name in ("label", "kind", "delete") and nodes:
                node = nodes[i % len(nodes)]
                if name == "label":
                    change_node(G, node, label=f"label {j}")
                elif name == "kind":
                    change_node(G, node, kind=KINDS[j % 5])
                else:
                    delete_node(G, node)
            elif name == "edge" and nodes:
                add_edge(G, nodes[i % len(nodes)], nodes[j % len(nodes)], ["supports", "attacks"][j % 2])
            elif name in ("reverse", "switch", "unlink") and edges:
                u, v = edges[i % len(edges)]
                {"reverse": lambda: reverse_edge(G, u, v), "unlink": lambda: delete_edge(G, u, v),
                 "switch": lambda: set_edge_kind(G, u, v, "attacks")}[name]()
        except (BadInput, Conflict):
            pass  # refused with a message, the graph untouched
    for graph in (G, remine(G, op_ed_graph())):
        amap = graph_to_map(graph_from_data(graph_data(graph)), "m")
        assert {b.id for b in amap.layout.boxes} == {n.id for n in amap.nodes}
        for node in amap.nodes:
            assert all(0 <= s.start < s.end <= len(text) for s in node.spans)
        export(amap, "svg")


def test_a_deleted_edge_stays_out_after_remining_until_a_person_adds_it_again() -> None:
    G = mined()
    delete_edge(G, "trade", "go")
    merged = remine(G, mined())
    assert set(merged.edges) == {("safer", "go")}  # the mined attack is not brought back
    assert set(remine(graph_from_data(graph_data(merged)), mined()).edges) == {("safer", "go")}  # nor later
    add_edge(merged, "trade", "go", "attacks")
    assert merged.graph["rejected_edges"] == []
    assert set(remine(merged, mined()).edges) == {("safer", "go"), ("trade", "go")}
