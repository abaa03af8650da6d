"""Reading AIF: plain AIF, OVA files, AIFdb nodesets, and malformed files that say where they are wrong."""

from __future__ import annotations

import json

import pytest

from app.errors import BadInput
from app.imports import detect_import, read_aif
from app.pipeline import graph_to_map


def node(node_id, kind, text=""):
    return {"nodeID": node_id, "type": kind, "text": text}


def edge(i, u, v):
    return {"edgeID": str(i), "fromID": u, "toID": v}


#: A plain AIF argument: 2 and 3 support 1 through one RA; 4 attacks 1; 5 attacks 4; 6 backs 2.
PLAIN = {
    "nodes": [
        node("1", "I", "Cities should plant more trees."),
        node("2", "I", "Shade makes streets cooler."),
        node("3", "I", "Trees clean the air."),
        node("4", "I", "Trees cost too much to water."),
        node("5", "I", "Rainwater can water them for free."),
        node("6", "I", "Shaded asphalt was 10 degrees cooler."),
        node("10", "RA", "Default Inference"),
        node("11", "CA", "Default Conflict"),
        node("12", "CA", "Default Conflict"),
        node("13", "RA", "Default Inference"),
    ],
    "edges": [edge(1, "2", "10"), edge(2, "3", "10"), edge(3, "10", "1"), edge(4, "4", "11"), edge(5, "11", "1"),
              edge(6, "5", "12"), edge(7, "12", "4"), edge(8, "6", "13"), edge(9, "13", "2")],  # fmt: skip
}


def relations(graph):
    return sorted((graph.nodes[u]["label"], k, graph.nodes[v]["label"]) for u, v, k in graph.edges(data="kind"))


def test_ra_becomes_supports_ca_attacks_and_kinds_come_from_structure():
    graph = read_aif(json.dumps(PLAIN))
    assert relations(graph) == [
        ("Rainwater can water them for free", "attacks", "Trees cost too much to water"),
        ("Shade makes streets cooler", "supports", "Cities should plant more trees"),
        ("Shaded asphalt was 10 degrees cooler", "supports", "Shade makes streets cooler"),
        ("Trees clean the air", "supports", "Cities should plant more trees"),
        ("Trees cost too much to water", "attacks", "Cities should plant more trees"),
    ]
    assert {a["label"]: a["kind"] for _, a in graph.nodes(data=True)} == {
        "Cities should plant more trees": "central_claim",
        "Shade makes streets cooler": "claim",
        "Trees clean the air": "claim",
        "Trees cost too much to water": "counterclaim",
        "Rainwater can water them for free": "rebuttal",
        "Shaded asphalt was 10 degrees cooler": "evidence",
    }
    assert graph.graph["title"] == "Imported AIF map"  # a neutral name: the file names itself nowhere


def test_without_a_text_the_statements_are_joined_and_each_spans_its_paragraph():
    amap = graph_to_map(read_aif(json.dumps(PLAIN)), "m")
    assert amap.text.startswith("Cities should plant more trees.\n\nShade makes streets cooler.\n\n")
    for n in amap.nodes:
        (span,) = n.spans
        assert amap.text[span.start : span.end] == n.text


def test_an_ova_file_keeps_its_text_when_every_statement_is_in_it():
    ova = {"AIF": PLAIN, "OVA": {"nodes": [], "edges": []},
           "text": "<p>Cities should plant more trees.</p> Shade makes streets cooler. Trees clean the air. "
                   "But Trees cost too much to water. Rainwater can water them for free. "
                   "Shaded asphalt was 10 degrees cooler. &amp; more."}  # fmt: skip
    assert detect_import(json.dumps(ova)) == "aif"
    amap = graph_to_map(read_aif(json.dumps(ova)), "m")
    assert amap.text.startswith("Cities should plant more trees.\n Shade makes")
    assert amap.text.endswith("& more.")
    for n in amap.nodes:
        assert amap.text[n.spans[0].start : n.spans[0].end] == n.text


def test_an_aifdb_nodeset_reads_its_dialogue_layer_for_the_text():
    nodeset = {
        "nodes": [
            node("1", "I", "Cities should plant more trees"), node("2", "I", "trees cost too much"),
            node("3", "L", "Ann : Cities should plant more trees"), node("4", "L", "Bob : trees cost too much"),
            node("5", "YA", "Asserting"), node("6", "YA", "Asserting"), node("7", "TA", "Default Transition"),
            node("8", "CA", "Default Conflict"), node("9", "YA", "Disagreeing"),
        ],
        "edges": [edge(1, "4", "7"), edge(2, "7", "3"), edge(3, "3", "5"), edge(4, "5", "1"), edge(5, "4", "6"),
                  edge(6, "6", "2"), edge(7, "2", "8"), edge(8, "8", "1"), edge(9, "7", "9"), edge(10, "9", "8")],
        "locutions": [{"nodeID": "3", "personID": 1}, {"nodeID": "4", "personID": 2}],
    }  # fmt: skip
    amap = graph_to_map(read_aif(json.dumps(nodeset)), "m")
    # the transition runs from Bob's locution to Ann's: the dialogue is read in that order, a line each,
    # the annotator's "Ann : " prefix read as who speaks, and each statement spans what was said
    assert amap.text == "Bob: trees cost too much\nAnn: Cities should plant more trees"
    assert [amap.text[s.start:s.end] for s in amap.speakers] == ["Bob", "Ann"]
    spans = {n.label: amap.text[n.spans[0].start : n.spans[0].end] for n in amap.nodes}
    assert spans == {"Cities should plant more trees": "Cities should plant more trees",
                     "Trees cost too much": "trees cost too much"}  # fmt: skip
    assert [(e.kind, e.cue) for e in amap.edges] == [("attacks", "AIF CA node 8: Default Conflict")]


def test_an_undercut_attacks_what_the_inference_concludes():
    data = {"nodes": [node("1", "I", "A holds."), node("2", "I", "B holds."), node("3", "I", "B is no reason."),
                      node("4", "RA"), node("5", "CA")],
            "edges": [edge(1, "2", "4"), edge(2, "4", "1"), edge(3, "3", "5"), edge(4, "5", "4")]}  # fmt: skip
    assert relations(read_aif(json.dumps(data))) == [("B holds", "supports", "A holds"), ("B is no reason", "attacks", "A holds")]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{", "AIF: not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
        ("[]", 'AIF: $: the file must be a JSON object with "nodes" and "edges" (or an "AIF" object holding them)'),
        ('{"nodes": {}, "edges": []}', 'AIF: $.nodes: "nodes" must be a list'),
        ('{"AIF": {"nodes": [], "edges": 3}}', 'AIF: $.AIF.edges: "edges" must be a list'),
        ('{"nodes": [{"nodeID": "1", "type": "I", "text": "a"}, {"nodeID": "2"}], "edges": []}',
         'AIF: $.nodes[1].type: each node needs a "type" such as "I", "RA", "CA" or "L"'),
        ('{"nodes": [{"nodeID": "1", "type": "I", "text": 5}], "edges": []}',
         "AIF: $.nodes[0].text: the text of an I-node must be a string"),
        ('{"nodes": [{"type": "I", "text": "a"}], "edges": []}', 'AIF: $.nodes[0].nodeID: "nodeID" must be a string or a number'),
        ('{"nodes": [{"nodeID": 1, "type": "I", "text": "a"}, {"nodeID": "1", "type": "I", "text": "b"}], "edges": []}',
         "AIF: $.nodes[1].nodeID: the id '1' is used by an earlier node too"),
        ('{"nodes": [{"nodeID": "1", "type": "I", "text": "a"}], "edges": [{"fromID": "1", "toID": "9"}]}',
         "AIF: $.edges[0].toID: no node has the id '9'"),
        ('{"nodes": [{"nodeID": "1", "type": "RA", "text": "a"}], "edges": []}',
         'AIF: $.nodes: no I-node (a node with "type": "I"): the file states nothing to map'),
        ('{"nodes": [{"nodeID": "p", "type": "I", "text": "a"}, {"nodeID": "q", "type": "I", "text": "b"}, '
         '{"nodeID": "c", "type": "I", "text": "c"}, {"nodeID": "d", "type": "I", "text": "d"}, '
         '{"nodeID": "r", "type": "RA", "text": "x"}], "edges": [{"fromID": "p", "toID": "r"}, '
         '{"fromID": "q", "toID": "r"}, {"fromID": "r", "toID": "c"}, {"fromID": "r", "toID": "d"}]}',
         "AIF: $.nodes: the RA node 'r' has 2 premises and 2 conclusions; an inference or a conflict links its "
         "premises to one statement: split it into one RA node per conclusion"),
    ],
)  # fmt: skip
def test_a_malformed_file_is_a_422_that_names_the_json_path(document, message):
    with pytest.raises(BadInput) as error:
        read_aif(document)
    assert (error.value.status, error.value.message) == (422, message)


def test_a_debate_with_several_issues_keeps_each_as_its_own_tree_and_names_its_speakers():
    # Two issues, each with a supporter; the speakers are known from AIFdb's locutions and participants.
    nodeset = {
        "nodes": [node("1", "I", "Trains should be free"), node("2", "I", "Fares keep many off trains"),
                  node("3", "I", "Libraries should open late"), node("4", "I", "Students work after school"),
                  node("5", "I", "Shops need night staff"), node("6", "RA"), node("7", "RA"), node("8", "RA"),
                  node("9", "L", "Trains should be free"), node("10", "YA", "Asserting")],
        "edges": [edge(1, "2", "6"), edge(2, "6", "1"), edge(3, "4", "7"), edge(4, "7", "3"), edge(5, "5", "8"),
                  edge(6, "8", "1"), edge(7, "9", "10"), edge(8, "10", "1")],
        "locutions": [{"nodeID": "9", "personID": 7}],
        "participants": [{"participantID": 7, "firstname": "Ann", "surname": "Lee"}],
    }  # fmt: skip
    amap = graph_to_map(read_aif(json.dumps(nodeset)), "m")
    kinds = {n.label: n.kind for n in amap.nodes}
    assert kinds["Trains should be free"] == "central_claim"  # the larger tree's root
    assert kinds["Libraries should open late"] == "claim"  # the other issue: a root, not a second central claim
    assert [n.kind for n in amap.nodes].count("central_claim") == 1
    assert amap.title == "Imported AIF map"
    # the locution has no annotator's prefix: its participant's name is its speaker
    assert amap.text.startswith("Ann Lee: Trains should be free")
    assert [amap.text[s.start:s.end] for s in amap.speakers] == ["Ann Lee"]
    rows = {b.id: b.y for b in amap.layout.boxes}
    ids = {n.label: n.id for n in amap.nodes}
    assert rows[ids["Libraries should open late"]] == rows[ids["Trains should be free"]]  # two trees side by side


def test_a_rephrase_becomes_a_restates_relation_drawn_exported_and_read_back():
    from app.imports.argdown import read_argdown
    from app.render import export

    nodeset = {
        "nodes": [node("1", "I", "Trains should be free"), node("2", "I", "Rail fares should go"),
                  node("3", "I", "Fares keep many off trains"), node("4", "MA", "Default Rephrase"), node("5", "RA")],
        "edges": [edge(1, "2", "4"), edge(2, "4", "1"), edge(3, "3", "5"), edge(4, "5", "1")],
    }  # fmt: skip
    amap = graph_to_map(read_aif(json.dumps(nodeset)), "m")
    label = {n.id: n.label for n in amap.nodes}
    assert {(label[e.source], e.kind, label[e.target]) for e in amap.edges} == {
        ("Rail fares should go", "restates", "Trains should be free"),
        ("Fares keep many off trains", "supports", "Trains should be free"),
    }
    svg = export(amap, "svg")[0].decode()
    assert 'class="edge edge-restates"' in svg and "-restates)" in svg and ">restates</text>" in svg  # drawn, in the legend
    aif = json.loads(export(amap, "aif")[0])
    assert [n["text"] for n in aif["AIF"]["nodes"] if n["type"] == "MA"] == ["Default Rephrase"]
    for fmt, read in (("aif", read_aif), ("argdown", read_argdown)):
        again = graph_to_map(read(export(amap, fmt)[0].decode()), "m")
        assert {(e.source, e.kind, e.target) for e in again.edges} == {(e.source, e.kind, e.target) for e in amap.edges}
    mined = export(graph_to_map(read_aif(json.dumps({"nodes": nodeset["nodes"][:1] + nodeset["nodes"][2:3] + [
        node("5", "RA")], "edges": nodeset["edges"][2:]})), "m"), "svg")[0].decode()
    assert "restates" not in mined  # a map with no rephrase says nothing of it, legend included
