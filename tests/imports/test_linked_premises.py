"""Linked premises: supports that hold only together are one group, drawn joined, kept in every round trip."""

from __future__ import annotations

import json

from app.imports import read_import
from app.imports.aif import read_aif
from app.imports.argdown import read_argdown
from app.models import ArgumentMap
from app.pipeline import graph_to_map
from app.render import export

AIF_LINKED = {
    "nodes": [{"nodeID": "1", "type": "I", "text": "Socrates is mortal."},
              {"nodeID": "2", "type": "I", "text": "All men are mortal."},
              {"nodeID": "3", "type": "I", "text": "Socrates is a man."},
              {"nodeID": "4", "type": "I", "text": "Plato said so."},
              {"nodeID": "5", "type": "RA", "text": "Default Inference"},
              {"nodeID": "6", "type": "RA", "text": "Default Inference"}],
    "edges": [{"edgeID": "1", "fromID": "2", "toID": "5"}, {"edgeID": "2", "fromID": "3", "toID": "5"},
              {"edgeID": "3", "fromID": "5", "toID": "1"}, {"edgeID": "4", "fromID": "4", "toID": "6"},
              {"edgeID": "5", "fromID": "6", "toID": "1"}],
}  # fmt: skip


def linked(amap: ArgumentMap) -> set[tuple[frozenset[str], str]]:
    """The groups of linked premises of a map, by the labels of their premises and target."""
    label = {n.id: n.label for n in amap.nodes}
    groups: dict[tuple[str, str], set[str]] = {}
    for e in amap.edges:
        if e.group is not None:
            groups.setdefault((e.group, e.target), set()).add(label[e.source])
    return {(frozenset(premises), label[target]) for (_, target), premises in groups.items()}


def test_an_ra_node_with_two_premises_is_one_group_and_a_single_premise_is_none() -> None:
    amap = graph_to_map(read_aif(json.dumps(AIF_LINKED)), "m")
    assert linked(amap) == {(frozenset({"All men are mortal", "Socrates is a man"}), "Socrates is mortal")}
    alone = [e for e in amap.edges if e.group is None]
    assert len(alone) == 1 and alone[0].kind == "supports"  # Plato's word supports on its own


def test_the_group_is_kept_through_aif_argdown_and_json() -> None:
    amap = graph_to_map(read_aif(json.dumps(AIF_LINKED)), "m")
    aif = json.loads(export(amap, "aif")[0])
    ra = [n for n in aif["AIF"]["nodes"] if n["type"] == "RA"]
    into = {r["nodeID"]: sum(1 for e in aif["AIF"]["edges"] if e["toID"] == r["nodeID"]) for r in ra}
    assert sorted(into.values()) == [1, 2]  # one RA node with both premises, one with Plato's word
    argdown = export(amap, "argdown")[0].decode()
    assert "----" in argdown and "(1) [All men are mortal]" in argdown  # a premise-conclusion structure
    for fmt in ("aif", "argdown", "json"):
        again = graph_to_map(read_import(export(amap, fmt)[0].decode(), fmt), "m")
        assert linked(again) == linked(amap), fmt
        assert {(e.source, e.kind, e.target) for e in again.edges} == {(e.source, e.kind, e.target) for e in amap.edges}


def test_a_structure_s_premises_are_linked_and_drawn_as_one_joined_arrow() -> None:
    source = "<Socrates>\n\n(1) [Men]: All men are mortal.\n(2) [Man]: Socrates is a man.\n----\n(3) [Mortal]: Socrates is mortal.\n"
    amap = graph_to_map(read_argdown(source), "m")
    assert linked(amap) == {(frozenset({"Men", "Man"}), "Mortal")}
    routes = {(r.source, r.target): r.points for r in amap.layout.routes}
    ends = {(routes[e.source, e.target][-1].x, routes[e.source, e.target][-1].y) for e in amap.edges}
    assert len(ends) == 1  # they meet at one point of the target, one arrow on from there
    svg = export(amap, "svg")[0].decode()
    assert svg.count('class="junction"') == 1


def test_a_conclusion_titled_with_angle_brackets_keeps_its_linked_premises_through_argdown() -> None:
    odd = json.loads(json.dumps(AIF_LINKED).replace("Socrates is mortal.", "<Socrates> is mortal >"))
    amap = graph_to_map(read_aif(json.dumps(odd)), "m")
    again = graph_to_map(read_import(export(amap, "argdown")[0].decode(), "argdown"), "m")
    assert linked(again) == linked(amap) == {(frozenset({"All men are mortal", "Socrates is a man"}),
                                              "<Socrates> is mortal >")}
