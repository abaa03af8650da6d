"""Imported files may name their nodes anything: the ids a map keeps are safe in an address, and self-loops go."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from app.graph import URL_SAFE_ID
from app.imports import read_import
from app.pipeline import graph_to_map
from app.render import EXPORTERS, export

ODD_IDS = ["a/b", "..", ".", "x y", "100%", "?q#f", "é", "-lead"]


def argmap_json(ids: list[str]) -> str:
    text = " ".join(f"Claim {i} holds." for i in range(len(ids)))
    nodes = [{"id": node_id, "kind": "central_claim" if i == 0 else "claim", "label": f"Claim {i}",
              "text": f"Claim {i} holds.", "spans": [{"start": i * 15, "end": i * 15 + 14}], "confidence": 1,
              "cue": "test"} for i, node_id in enumerate(ids)]
    edges = [{"source": node_id, "target": ids[0], "kind": "supports", "cue": "test"} for node_id in ids[1:]]
    edges.append({"source": ids[1], "target": ids[1], "kind": "attacks", "cue": "a self-loop"})
    return json.dumps({"id": "m", "title": "Odd ids", "text": text, "nodes": nodes, "edges": edges,
                       "layout": {"width": 0, "height": 0, "boxes": [], "routes": []}})


def test_ids_unsafe_in_an_address_are_replaced_and_the_original_named_in_the_cue():
    graph = read_import(argmap_json(["ok-id", *ODD_IDS]), "json")
    assert all(URL_SAFE_ID.fullmatch(node) for node in graph)
    assert "ok-id" in graph
    cues = [graph.nodes[n]["cue"] for n in graph if n != "ok-id"]
    assert [c.split("its id ")[1].split(" was")[0] for c in cues] == [repr(i) for i in ODD_IDS]


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_a_map_of_odd_ids_and_a_self_loop_exports_in_every_format_and_reads_back(fmt: str):
    amap = graph_to_map(read_import(argmap_json(["ok-id", *ODD_IDS]), "json"), "m")
    assert all(e.source != e.target for e in amap.edges)  # a self-loop says nothing a map can draw: left out
    content = export(amap, fmt)[0]
    if fmt in ("aif", "argdown", "json"):
        back = graph_to_map(read_import(content.decode(), fmt), "m")
        assert [(n.id, n.label) for n in back.nodes] == [(n.id, n.label) for n in amap.nodes]
        assert {(e.source, e.target) for e in back.edges} == {(e.source, e.target) for e in amap.edges}


def test_every_node_of_an_odd_import_can_be_edited_through_the_api(client_for: Callable[..., tuple]):
    client, _, _ = client_for()
    made = client.post("/api/maps", json={"text": argmap_json(["ok-id", *ODD_IDS]), "format": "json"}).json()
    amap = client.get(f"/api/maps/{made['id']}").json()
    for node in amap["nodes"]:
        answer = client.patch(f"/api/maps/{made['id']}/nodes/{node['id']}", json={"label": "Renamed"},
                              headers={"X-Edit-Key": made["edit_key"]})
        assert answer.status_code == 200, (node["id"], answer.text)


@pytest.mark.parametrize("label", ["a // b /* c */", "*/ x /*", "http://x.org/a*b", "x /// y", "a <!-- b -->",
                                   "ctl\x01\x1f", "[x]: y", "{id: 1}", "\\"])
def test_labels_that_look_like_argdown_syntax_come_back_from_argdown_as_they_were(label: str):
    ids = ["first", "second"]
    source = json.loads(argmap_json(ids))
    source["nodes"][0]["label"] = label
    amap = graph_to_map(read_import(json.dumps(source), "json"), "m")
    back = graph_to_map(read_import(export(amap, "argdown")[0].decode(), "argdown"), "m")
    assert [n.label for n in back.nodes] == [n.label for n in amap.nodes]
