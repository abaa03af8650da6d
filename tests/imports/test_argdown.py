"""Reading Argdown: statements, relations by indentation, headings, data, and errors that name the line."""

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.imports import detect_import, read_argdown
from app.pipeline import graph_to_map

DEBATE = """\
# Trees for every street

[Trees]: Cities should plant more trees. // the thesis
  + [Shade]: Shade makes streets cooler.
    + Shaded asphalt was \\#1 in a study
      (of 2019).
  - <Cost>: Trees cost too much to water.
    - [Rain]: Rainwater waters them for free.
  +> [Health]

## Health

[Health]: Public health matters. /* a comment
over two lines */
  >< [Cost]
"""


def relations(graph):
    return sorted((graph.nodes[u]["label"], k, graph.nodes[v]["label"]) for u, v, k in graph.edges(data="kind"))


def test_relations_follow_symbols_and_indentation():
    graph = read_argdown(DEBATE)
    assert relations(graph) == [
        ("Cost", "attacks", "Health"),
        ("Cost", "attacks", "Trees"),
        ("Health", "attacks", "Cost"),
        ("Rain", "attacks", "Cost"),
        ("Shade", "supports", "Trees"),
        ("Shaded asphalt was #1 in a study", "supports", "Shade"),
        ("Trees", "supports", "Health"),
    ]


def test_title_headings_text_and_spans():
    amap = graph_to_map(read_argdown(DEBATE), "m")
    assert amap.title == "Trees for every street"
    assert amap.text == (
        "Cities should plant more trees.\n\nShade makes streets cooler.\n\nShaded asphalt was #1 in a study (of 2019)."
        "\n\nTrees cost too much to water.\n\nRainwater waters them for free.\n\nHealth\n\nPublic health matters."
        "\n\nCost"  # [Cost], a statement only referred to: not the argument <Cost>, as in Argdown
    )
    for n in amap.nodes:
        assert amap.text[n.spans[0].start : n.spans[0].end] == n.text
    assert {n.label: n.cue for n in amap.nodes}["Rain"] == "Argdown line 8"


def test_kinds_come_from_data_blocks_else_from_structure():
    graph = read_argdown('[A]: A claim. {kind: "evidence", id: "my-a"}\n  - [B]: B text.\n    - [C]: C text.')
    assert {n: a["kind"] for n, a in graph.nodes(data=True)} == {"my-a": "evidence", "b": "counterclaim", "c": "rebuttal"}


def test_a_statement_only_referred_to_gets_its_title_as_text():
    amap = graph_to_map(read_argdown("[A]: Text of A.\n  + [B]"), "m")
    assert {n.label: n.text for n in amap.nodes} == {"A": "Text of A.", "B": "B"}
    assert amap.text == "Text of A.\n\nB"


def test_argdown_is_recognised_by_its_content():
    assert detect_import(DEBATE) == "argdown"
    assert detect_import("Cities should plant trees. [1] See: the report.") is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("Just a sentence.\n", None),
        ("\n\n", "Argdown: no statement found; write one as [Title]: text"),
        ("[A]: a\n  + [B]: b\n\n  - [C]: c", "Argdown: line 4: the relation '-' has nothing above it to relate to; indent it below a statement"),
        ("[A]: a\n  + [B: b", "Argdown: line 2: a title opened with '[' is never closed"),
        ("[A]: a\n\n(1) premise\n(2) premise", "Argdown: line 4: a premise-conclusion structure ends with its conclusion, after an inference line (----)"),
        ("[A] a statement", "Argdown: line 1: text after '[A]' needs a colon: [Title]: text"),
    ],
)  # fmt: skip
def test_a_malformed_file_is_a_422_that_names_the_line(source, message):
    if message is None:  # plain text is an untitled statement, not an error
        assert [a["text"] for _, a in read_argdown(source).nodes(data=True)] == ["Just a sentence."]
        return
    with pytest.raises(BadInput) as error:
        read_argdown(source)
    assert (error.value.status, error.value.message) == (422, message)


def test_a_statement_whose_second_word_is_quoted_is_argdown_but_a_link_reference_is_not():
    assert detect_import("[A]: Trees 'cool' streets.") == "argdown"
    assert detect_import("[A]: a 'b") == "argdown"
    assert detect_import('See [1].\n\n[1]: https://example.org "Trees"\n[2]: /notes.html (notes)') is None


def test_a_statement_over_several_lines_is_one_text_its_span_covering_every_line():
    graph = read_argdown("[Claim]: Taxes\n  should\n  fall.\n  + [Why]: Prices\n    rise.\n")
    text = graph.graph["text"]
    spans = {n: text[a["spans"][0]["start"]:a["spans"][0]["end"]] for n, a in graph.nodes(data=True)}
    assert sorted(spans.values()) == ["Prices rise.", "Taxes should fall."]
