"""Property: any map, whatever its labels and texts, survives the AIF and Argdown round trips."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.imports import read_import
from app.models import EDGE_KINDS, NODE_KINDS
from app.pipeline import graph_to_map
from app.render import export
from tests.render.conftest import build_map

ids = st.from_regex(r"[a-z0-9]+(-[a-z0-9]+){0,3}", fullmatch=True)
words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)
labels = words.filter(lambda s: s.strip())


@st.composite
def maps(draw):
    node_ids = draw(st.lists(ids, min_size=1, max_size=7, unique=True))
    nodes = [(n, draw(st.sampled_from(NODE_KINDS)), draw(labels), draw(words)) for n in node_ids]
    pairs = [(u, v) for u in node_ids for v in node_ids if u != v]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10)) if pairs else []
    edges = [(u, v, draw(st.sampled_from(EDGE_KINDS))) for u, v in chosen]
    amap = build_map(nodes, edges, title=draw(labels))
    # the supports into some targets are linked premises: one group each
    linked = draw(st.sets(st.sampled_from(node_ids)))
    grouped = amap.model_copy(update={"edges": [
        e.model_copy(update={"group": f"g-{e.target}"}) if e.kind == "supports" and e.target in linked else e
        for e in amap.edges]})
    return graph_to_map(read_import(grouped.model_dump_json(), "json"), amap.id)  # laid out with its groups


def as_a_heading(title: str) -> str:
    """Return what an Argdown heading keeps of a title: one line, without control characters, never empty."""
    kept = "".join(c for c in title if c in "\t\n\r" or unicodedata.category(c) != "Cc")
    return " ".join(kept.split()) or "Argument map"


def again(amap, fmt):
    return graph_to_map(read_import(export(amap, fmt)[0].decode("utf-8")), amap.id, version=amap.version)


def test_a_title_comes_back_from_argdown_as_its_heading_keeps_it():
    titles = {"Trees \x01for\n\t all ": "Trees for all", "\x00 ": "Argument map", "a\x0bb [x] #1 // c": "ab [x] #1 // c"}
    for title, heading in titles.items():
        assert again(build_map([("a", "claim", "A", "a")], [], title=title), "argdown").title == heading
        assert as_a_heading(title) == heading


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps())
def test_any_map_survives_aif_unchanged(amap):
    assert again(amap, "aif").model_dump() == amap.model_dump()  # as the JSON gives it (no section headings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps())
def test_any_map_keeps_its_nodes_kinds_labels_edges_and_title_through_argdown(amap):
    back = again(amap, "argdown")
    assert {(n.id, n.kind, n.label) for n in back.nodes} == {(n.id, n.kind, n.label) for n in amap.nodes}
    assert {(e.source, e.target, e.kind) for e in back.edges} == {(e.source, e.target, e.kind) for e in amap.edges}
    assert {(e.source, e.target, e.group) for e in back.edges} == {(e.source, e.target, e.group) for e in amap.edges}
    assert back.title == as_a_heading(amap.title)
