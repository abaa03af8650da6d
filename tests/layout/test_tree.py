"""The tidy forest: one primary parent per node, supporters then attackers set apart below it."""

from __future__ import annotations

import networkx as nx

from app.layout.tree import primary_parents, tidy_forest


def test_the_node_nearest_the_root_is_the_parent():
    G = nx.DiGraph([("a", "c"), ("b", "a"), ("e", "b"), ("e", "a")])
    G.nodes["c"]["kind"] = "central_claim"
    assert primary_parents(G) == {"c": None, "a": "c", "b": "a", "e": "a"}


def test_roots_without_a_central_claim_are_the_sinks_then_cycles():
    G = nx.DiGraph([("a", "b"), ("p", "q"), ("q", "p")])
    assert primary_parents(G) == {"b": None, "a": "b", "p": None, "q": "p"}


def test_siblings_are_20_px_apart_attackers_64_and_the_parent_is_centred_above():
    G = nx.DiGraph([("s1", "c", {"kind": "attacks"}), ("s2", "c", {"kind": "supports"})])
    G.add_edge("s3", "c", kind="supports")
    forest = tidy_forest(G, primary_parents(G), {"c": 100, "s1": 100, "s2": 100, "s3": 100})
    centre, row = forest.centre, forest.row
    assert centre == {"s2": 50.0, "s3": 170.0, "s1": 334.0, "c": 192.0}  # supporters first, then the attacker
    assert row == {"c": 0, "s1": 1, "s2": 1, "s3": 1}


def test_trees_stand_side_by_side_80_px_apart():
    G = nx.DiGraph([("a", "b")])
    G.add_node("o")
    forest = tidy_forest(G, primary_parents(G), {"a": 100, "b": 60, "o": 40})
    centre, row = forest.centre, forest.row
    assert centre == {"a": 50.0, "b": 50.0, "o": 200.0}
    assert row == {"a": 1, "b": 0, "o": 0}
