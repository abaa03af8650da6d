"""Round trips: our map → AIF → our map, and our map → Argdown → our map, keep what a map is."""

from __future__ import annotations

import pytest

from app.imports import read_import
from app.models import ArgumentMap
from app.pipeline import graph_to_map
from app.render import export
from tests.render.conftest import build_map

HOSTILE_NODES = [
    ("a", "central_claim", "Same [label] {x}", "Text with \\ [brackets] <arg> #tag @[m] // not a comment */ {data}"),
    ("b", "claim", "Same [label] {x}", "Another: \"quoted\" text\nover two lines"),
    ("c", "evidence", "C", "C."),
    ("d", "counterclaim", "Untitled 1", "A counterclaim."),
    ("e", "rebuttal", "ünïcödé — “quotes”", "Rebuttal."),
    ("f", "evidence", "A \\ b\x00 // c /* d <!-- e #f *g* _h_ @i <j>", "Evidence: 1/2 < 3 */ --> {x}"),
]
HOSTILE_EDGES = [("b", "a", "supports"), ("c", "b", "supports"), ("d", "a", "attacks"), ("e", "d", "attacks"),
                 ("c", "d", "attacks"), ("f", "c", "supports")]  # fmt: skip


def essence(amap: ArgumentMap):
    return ({(n.id, n.kind, n.label) for n in amap.nodes}, {(e.source, e.target, e.kind) for e in amap.edges})


@pytest.fixture(scope="module", params=["seed", "small", "hostile"])
def original(request, seed_map) -> ArgumentMap:
    if request.param == "seed":
        return seed_map
    if request.param == "small":
        return build_map()
    return build_map(HOSTILE_NODES, HOSTILE_EDGES, title="A [hostile] # title")


def again(amap: ArgumentMap, fmt: str) -> ArgumentMap:
    return graph_to_map(read_import(export(amap, fmt)[0].decode()), amap.id, version=amap.version)


def test_aif_round_trip_gives_back_the_same_map(original):
    assert again(original, "aif").model_dump() == original.model_dump()  # as the JSON gives it (no section headings)


def test_argdown_round_trip_keeps_nodes_edges_kinds_labels_and_title(original):
    back = again(original, "argdown")
    assert essence(back) == essence(original)
    assert back.title == original.title
    assert {n.id: " ".join(n.text.split()) for n in back.nodes} == {n.id: " ".join(n.text.split()) for n in original.nodes}
