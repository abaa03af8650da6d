"""The text pane's passages: cut at every span boundary, innermost node first, the text kept exactly."""

from __future__ import annotations

from app.models import ArgumentMap, Layout, Node, Span
from app.web.source_text import Passage, passages

NO_LAYOUT = Layout(width=0, height=0, boxes=[], routes=[])


def node(id: str, kind: str, *spans: tuple[int, int]) -> Node:
    return Node(
        id=id, kind=kind, label=id, text="", spans=[Span(start=s, end=e) for s, e in spans], confidence=1.0, cue=""
    )


def amap(text: str, nodes: list[Node], noise: list[tuple[int, int]] = ()) -> ArgumentMap:
    return ArgumentMap(
        id="m", title="m", text=text, nodes=nodes, edges=[], noise=[Span(start=s, end=e) for s, e in noise],
        layout=NO_LAYOUT,
    )


def test_plain_text_is_one_passage() -> None:
    assert passages(amap("No argument here.", [])) == [Passage(0, 17, "No argument here.")]


def test_empty_text_has_no_passages() -> None:
    assert passages(amap("", [])) == []


def test_evidence_inside_a_claim_is_coloured_by_the_evidence() -> None:
    text = "1. Cost: open models are cheaper, e.g. 50% less. Next."
    result = passages(amap(text, [node("cost", "claim", (3, 48)), node("half", "evidence", (39, 47))]))
    assert result == [
        Passage(0, 3, "1. "),
        Passage(3, 39, "Cost: open models are cheaper, e.g. ", ("cost",), "claim"),
        Passage(39, 47, "50% less", ("half", "cost"), "evidence", "claim"),
        Passage(47, 48, ".", ("cost",), "claim"),
        Passage(48, 54, " Next."),
    ]


def test_overlapping_spans_split_into_three() -> None:
    result = passages(amap("abcdef", [node("x", "claim", (0, 4)), node("y", "counterclaim", (2, 6))]))
    assert [(p.text, p.nodes, p.kind) for p in result] == [
        ("ab", ("x",), "claim"),
        ("cd", ("x", "y"), "claim"),  # the same length: the node listed first in the map wins
        ("ef", ("y",), "counterclaim"),
    ]


def test_a_node_with_two_spans_is_highlighted_twice() -> None:
    result = passages(amap("aa bb cc", [node("x", "rebuttal", (0, 2), (6, 8))]))
    assert [(p.text, p.nodes) for p in result] == [("aa", ("x",)), (" bb ", ()), ("cc", ("x",))]


def test_noise_is_marked_and_spans_past_the_end_are_clipped() -> None:
    text = "By Editor\n\nClaim."
    result = passages(amap(text, [node("c", "central_claim", (11, 99)), node("gone", "claim", (40, 50))], [(0, 9)]))
    assert result == [
        Passage(0, 9, "By Editor", noise=True),
        Passage(9, 11, "\n\n"),
        Passage(11, 17, "Claim.", ("c",), "central_claim"),
    ]


def test_passages_concatenate_to_the_text() -> None:
    text = "one two three four five six seven"
    spans = [(0, 7), (4, 13), (8, 33), (14, 18), (14, 18), (30, 33)]
    nodes = [node(f"n{i}", "claim", span) for i, span in enumerate(spans)]
    result = passages(amap(text, nodes, noise=[(19, 23)]))
    assert "".join(p.text for p in result) == text
    assert all(text[p.start : p.end] == p.text for p in result)
    assert [p.start for p in result[1:]] == [p.end for p in result[:-1]]
