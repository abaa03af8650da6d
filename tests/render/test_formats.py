"""The field's formats: AIF, Argdown, GraphML, DOT and PNG, each read back or checked whole."""

from __future__ import annotations

import io
import json
import struct

import networkx as nx
import pytest

import app.render.png
from app.render import EXPORTERS, export
from app.render.aif import aif_document
from app.render.argdown import escape_text, statement_titles
from app.pipeline import graph_to_map
from app.render.png import png_zoom

HOSTILE = 'Say "no" <b>&amp;</b> \\ [x] {y} // #tag @[z] *a* _b_ \x01 ünï'


def test_every_format_is_registered_with_a_media_type_and_extension():
    assert {name: (e.media_type, e.extension) for name, e in EXPORTERS.items()} == {
        "svg": ("image/svg+xml", "svg"),
        "json": ("application/json", "json"),
        "aif": ("application/json", "aif.json"),
        "argdown": ("text/plain; charset=utf-8", "argdown"),
        "graphml": ("application/graphml+xml", "graphml"),
        "dot": ("text/vnd.graphviz; charset=utf-8", "dot"),
        "png": ("image/png", "png"),
    }


# --- AIF -------------------------------------------------------------------------------------


def test_aif_has_an_i_node_per_node_and_a_scheme_node_per_edge(small_map):
    aif = aif_document(small_map)["AIF"]
    by_id = {n["nodeID"]: n for n in aif["nodes"]}
    assert sorted(n["type"] for n in aif["nodes"]) == ["CA"] * 3 + ["I"] * 5 + ["RA"] * 2
    assert {n["type"]: n["text"] for n in aif["nodes"] if n["type"] != "I"} == {
        "RA": "Default Inference", "CA": "Default Conflict",
    }  # fmt: skip
    # every relation runs premise → scheme → conclusion
    paths = []
    for scheme in (n for n in aif["nodes"] if n["type"] != "I"):
        (into,) = [e["fromID"] for e in aif["edges"] if e["toID"] == scheme["nodeID"]]
        (out,) = [e["toID"] for e in aif["edges"] if e["fromID"] == scheme["nodeID"]]
        paths.append((by_id[into]["argmap"]["id"], scheme["type"], by_id[out]["argmap"]["id"]))
    assert sorted(paths) == [("oslo", "CA", "shops"), ("oslo", "RA", "safer"), ("safer", "RA", "ban-cars"),
                             ("shops", "CA", "ban-cars"), ("spend", "CA", "shops")]  # fmt: skip


def test_aif_keeps_what_aif_has_no_place_for(small_map):
    document = json.loads(export(small_map, "aif")[0])
    assert document["text"] == small_map.text
    assert document["argmap"] == {"id": "cars", "title": "Cars in cities", "noise": [], "metadata": {}, "speakers": []}
    first = document["AIF"]["nodes"][0]
    assert first == {
        "nodeID": "1", "text": "Cities should ban private cars from their centres.", "type": "I",
        "argmap": {"id": "ban-cars", "kind": "central_claim", "label": "Cities should ban cars",
                   "spans": [{"start": 0, "end": 3}], "confidence": 0.9, "cue": "a cue", "confirmed": False},
    }  # fmt: skip


# --- Argdown ---------------------------------------------------------------------------------

EXPECTED_ARGDOWN = """\
# Cars in cities

[Cities should ban cars]: Cities should ban private cars from their centres. {id: "ban-cars", kind: "central_claim"}
  + [Streets without cars are safer]
  - [Shops will lose customers]

[Streets without cars are safer]: Streets without cars are safer for children. {id: "safer", kind: "claim"}
  + [Oslo had no pedestrian deaths]

[Oslo had no pedestrian deaths]: Oslo had no pedestrian deaths in 2019. {id: "oslo", kind: "evidence"}

[Shops will lose customers]: Critics argue that shops will lose customers. {id: "shops", kind: "counterclaim"}
  - [Oslo had no pedestrian deaths]
  - [People on foot spend more]

[People on foot spend more]: However, people on foot spend more each month. {id: "spend", kind: "rebuttal"}
"""


def test_argdown_of_a_small_map_whole(small_map):
    assert export(small_map, "argdown")[0].decode() == EXPECTED_ARGDOWN


def test_argdown_escapes_every_special_character_in_text_and_drops_control_characters():
    assert escape_text(HOSTILE) == 'Say "no" \\<b\\>&amp;\\<\\/b\\> \\\\ \\[x\\] \\{y\\} \\/\\/ \\#tag \\@\\[z\\] \\*a\\* \\_b\\_ ünï'  # the control character dropped


def test_argdown_titles_are_unique_and_bracket_free(map_of):
    amap = map_of([("a", "claim", "Same [label]", "t"), ("b", "claim", "Same [label]", "t"),
                   ("c", "central_claim", "same (label) (2)", "t")], [])  # fmt: skip
    assert statement_titles(amap.nodes) == {"a": "Same (label)", "b": "Same (label) (2)", "c": "same (label) (2) (2)"}


def test_argdown_groups_nodes_under_the_headings_of_their_sections():
    text = "Trees\n\n## Heat\n\nPlant trees. Shade cools.\n\n## Cost\n\nWater costs.\n"
    G = nx.DiGraph(title="Trees", text=text, noise=[], title_span={"start": 0, "end": 5},
                   headings=[{"start": 10, "end": 14}, {"start": 46, "end": 50}])
    for node_id, kind, start, end in [("plant", "central_claim", 16, 28), ("water", "counterclaim", 52, 64),
                                      ("shade", "claim", 29, 41)]:  # out of the text's order
        G.add_node(node_id, id=node_id, kind=kind, label=text[start:end - 1], text=text[start:end],
                   spans=[{"start": start, "end": end}], confidence=1.0, cue="c")
    G.add_edge("shade", "plant", kind="supports", cue="c")
    G.add_edge("water", "plant", kind="attacks", cue="c")
    # Sections and statements follow the text; relations follow the map's edges, listed by source (water first).
    assert export(graph_to_map(G, "trees"), "argdown")[0].decode() == """\
# Trees

## Heat

[Plant trees]: Plant trees. {id: "plant", kind: "central_claim"}
  - [Water costs]
  + [Shade cools]

[Shade cools]: Shade cools. {id: "shade", kind: "claim"}

## Cost

[Water costs]: Water costs. {id: "water", kind: "counterclaim"}
"""


# --- GraphML ---------------------------------------------------------------------------------


def test_graphml_reads_back_with_networkx(small_map):
    G = nx.read_graphml(io.BytesIO(export(small_map, "graphml")[0]))
    assert G.graph["title"] == "Cars in cities"
    assert {n: (a["kind"], a["label"]) for n, a in G.nodes(data=True)} == {
        "ban-cars": ("central_claim", "Cities should ban cars"), "safer": ("claim", "Streets without cars are safer"),
        "oslo": ("evidence", "Oslo had no pedestrian deaths"), "shops": ("counterclaim", "Shops will lose customers"),
        "spend": ("rebuttal", "People on foot spend more"),
    }
    assert set(G.edges(data="kind")) == {("safer", "ban-cars", "supports"), ("oslo", "safer", "supports"),
                                         ("shops", "ban-cars", "attacks"), ("spend", "shops", "attacks"),
                                         ("oslo", "shops", "attacks")}
    assert json.loads(G.nodes["oslo"]["spans"]) == [{"start": 0, "end": 3}]


def test_graphml_drops_characters_xml_cannot_hold(map_of):
    amap = map_of([("a", "central_claim", HOSTILE, HOSTILE)], [])
    G = nx.read_graphml(io.BytesIO(export(amap, "graphml")[0]))
    assert G.nodes["a"]["label"] == HOSTILE.replace("\x01", "")


# --- DOT -------------------------------------------------------------------------------------


def test_dot_of_a_small_map_whole(map_of):
    amap = map_of([("a", "central_claim", 'Say "no"', "Say \"no\" \\ now"), ("b", "counterclaim", "B", "b")],
                  [("b", "a", "attacks")])  # fmt: skip
    assert export(amap, "dot")[0].decode() == """\
digraph "cars" {
  graph [label="Cars in cities", labelloc=t, rankdir=BT];
  node [shape=box, style=filled, fontname="DejaVu Sans", fontcolor="#1a1a1a"];
  "a" [label="Say \\"no\\"", tooltip="Say \\"no\\" \\\\ now", kind="central_claim", fillcolor="#d9eaf7", color="#0072b2", style="filled,bold", penwidth="2.5"];
  "b" [label="B", tooltip="b", kind="counterclaim", fillcolor="#fbe3d2", color="#d55e00", style="filled,dashed", penwidth="2"];
  "b" -> "a" [kind="attacks", color="#d55e00", style="dashed", arrowhead="tee", tooltip="a cue"];
}
"""


def test_dot_quotes_hostile_text_so_that_every_statement_stays_on_its_line(map_of):
    amap = map_of([("a\"; x -> y", "central_claim", HOSTILE + "\nline two", HOSTILE)], [])
    lines = export(amap, "dot")[0].decode().splitlines()
    assert len(lines) == 5  # digraph, graph, node defaults, the node, the closing brace
    assert lines[3].startswith('  "a\\"; x -> y" [label="Say \\"no\\" <b>&amp;</b> \\\\ [x] {y}')
    assert "\\nline two" in lines[3]


# --- PNG -------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_is_the_svg_drawn_at_twice_its_size(small_map):
    # The SVG is 844.1 by 323 (tests/render/test_svg.py); 1688.2 pixels round to 1688.
    assert png_size(export(small_map, "png")[0]) == (1688, 646)


def test_png_is_scaled_down_to_the_pixel_cap(small_map, monkeypatch):
    monkeypatch.setattr(app.render.png, "MAX_PIXELS", 40_000)
    # A zoom of sqrt(40,000 / (844.1 × 323)) × 0.999 = 0.3826 draws 323.0 × 123.6: 39,729 pixels once rounded.
    assert png_size(export(small_map, "png")[0]) == (323, 124)


@pytest.mark.parametrize(("width", "height"), [(1, 1), (800, 600), (55_000, 3_000), (100_000, 100_000)])
def test_png_zoom_keeps_every_map_under_the_cap(width, height):
    zoom = png_zoom(width, height)
    assert 0 < zoom <= 2
    assert width * zoom * height * zoom <= app.render.png.MAX_PIXELS


def test_argdown_titles_lose_what_a_title_cannot_hold_and_the_label_is_kept_in_the_data(map_of):
    # in the data no "/" at all: "\\/*" would still open a comment to Argdown's reader
    amap = map_of([("a", "central_claim", "A \\ b\x00 [c] // d <!-- e", "t")], [])
    assert export(amap, "argdown")[0].decode().splitlines()[2] == (
        '[A / b (c) / / d < ! - - e]: t {id: "a", kind: "central_claim", label: "A \\\\ b\\u0000 [c] \\u002f\\u002f d \\u003c!-- e"}'
    )


def test_the_seed_png_and_svg_fit_a_slide(seed_map):
    # At most 2 : 1 (a slide is 16 : 9), and the SVG scales to the window or slide it is put in.
    width, height = png_size(export(seed_map, "png")[0])
    assert 0.5 <= width / height <= 2
    svg = export(seed_map, "svg")[0].decode()
    root = svg[:svg.index(">")]
    assert 'width="100%" height="100%"' in root and "viewBox=" in root


def test_the_aif_export_places_every_node_where_argmap_drew_it_for_ova(seed_map):
    document = json.loads(export(seed_map, "aif")[0])
    aif, ova = document["AIF"], document["OVA"]
    assert [n["nodeID"] for n in ova["nodes"]] == [n["nodeID"] for n in aif["nodes"]]
    assert all(set(n) == {"nodeID", "visible", "x", "y", "timestamp"} and n["visible"] for n in ova["nodes"])
    assert [(e["fromID"], e["toID"]) for e in ova["edges"]] == [(e["fromID"], e["toID"]) for e in aif["edges"]]
    place = {n["nodeID"]: (n["x"], n["y"]) for n in ova["nodes"]}
    box = {b.id: b for b in seed_map.layout.boxes}
    for node in aif["nodes"]:
        if node["type"] == "I":  # a statement at its box's top-left corner
            b = box[node["argmap"]["id"]]
            assert place[node["nodeID"]] == (round(b.x), round(b.y))
    for node in (n for n in aif["nodes"] if n["type"] in ("RA", "CA")):  # a scheme between its ends
        ends = [e["fromID"] for e in aif["edges"] if e["toID"] == node["nodeID"]]
        ends += [e["toID"] for e in aif["edges"] if e["fromID"] == node["nodeID"]]
        xs = sorted(place[end][0] for end in ends)
        assert xs[0] - 200 <= place[node["nodeID"]][0] <= xs[-1] + 200


def test_exports_of_hostile_ids_labels_and_long_texts_stay_valid(map_of):
    import xml.dom.minidom

    from app.imports import read_import
    from app.pipeline import graph_to_map

    amap = map_of([("a\x01b", "central_claim", "Label", "Text"), ("ab", "claim", "x /// y <!-- z", "t"),
                   ("c", "evidence", "Long", "x" * 20_000 + '"\\')],
                  [("ab", "a\x01b", "supports"), ("c", "ab", "supports")])
    graphml = export(amap, "graphml")[0]
    xml.dom.minidom.parseString(graphml)  # well-formed: the control character is dropped from the id
    assert graphml.count(b"<node id=") == 3  # and "ab" keeps its own id apart from what "a\x01b" became
    back = graph_to_map(read_import(export(amap, "argdown")[0].decode(), "argdown"), "m")
    assert sorted(n.label for n in back.nodes) == ["Label", "Long", "x /// y <!-- z"]  # "///" is no comment
    dot = export(amap, "dot")[0].decode()
    assert max(len(s) for s in dot.split('"')) <= 16_384  # Graphviz's limit for a string
