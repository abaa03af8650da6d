"""The journal's diffs: applied forwards they give the new graph, backwards the old one, whatever the change."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.diffs import apply, diff

NODE_IDS = st.lists(st.sampled_from("abcdefgh"), unique=True)


@st.composite
def graphs(draw):
    nodes = [{"id": n, "label": draw(st.sampled_from(["x", "y"]))} for n in draw(NODE_IDS)]
    ids = [n["id"] for n in nodes]
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), unique=True)) if ids else []
    edges = [{"source": u, "target": v, "kind": draw(st.sampled_from(["supports", "attacks"]))} for u, v in pairs]
    return {"graph": {"title": draw(st.sampled_from(["T", "U"])), "text": "the text"}, "nodes": nodes, "edges": edges}


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(graphs(), graphs())
def test_a_diff_applied_forwards_and_backwards_gives_each_graph_exactly(before, after):
    change = diff(before, after)
    assert apply(before, change) == after
    assert apply(after, change, backwards=True) == before
    assert "text" not in change.get("graph", [{}])[0]  # the text is the map row's, never journalled


def test_a_reordering_keeps_the_whole_list():
    a = {"graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "edges": []}
    b = {"graph": {}, "nodes": [{"id": "b"}, {"id": "a"}], "edges": []}
    assert diff(a, b)["nodes"] == {"whole": [a["nodes"], b["nodes"]]}
    assert apply(b, diff(a, b), backwards=True) == a
