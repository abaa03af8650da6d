"""Property: any Unicode text, as text, Markdown or HTML, is ingested and mined without a crash, every span valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import BadInput
from app.pipeline import graph_to_map, mine_text
from app.render import export

# Pieces that steer the text into the paths a real article takes: headings, list items, cues, quotes, markup.
PIECES = st.sampled_from([
    "\n", "\n\n", "\r\n", "# ", "## ", "- ", "1. ", "* ", "**", ": ", ". ", "? ", "! ", "…", "—", "\"", "“", "”",
    "Critics argue that ", "However, ", "For example, ", "according to ", "30%", "U.S. ", "Dr. ", "e.g. ",
    "should ", "must ", "Some argue ", "In 2019, ", "By Jane Doe", "Subscribe", "<p>", "</p>", "<li>", "<h2>",
    "<script>x()</script>", "<!--", "-->", "&amp;", "]]>", "\u200b", "\x00", "\ufeff", "🙂", "é", "e\u0301",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=12), st.sampled_from(["Cities", "cars", "streets", "safer"])),
             max_size=80).map("".join),
)


def check_spans(text: str, fmt: str) -> None:
    try:
        graph = mine_text(text, fmt=fmt)
    except BadInput as exc:
        assert exc.status == 422 and "nothing to map" in exc.message
        return
    mapped = graph.graph["text"]
    for node, attrs in graph.nodes(data=True):
        assert attrs["spans"], node
        for span in attrs["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(mapped), (node, span)
            assert mapped[span["start"]:span["end"]].strip(), (node, span)
    for span in graph.graph["noise"]:
        assert 0 <= span["start"] <= span["end"] <= len(mapped)
    for source, target in graph.edges:
        assert source in graph and target in graph
    amap = graph_to_map(graph, "m")
    export(amap, "svg")


@given(TEXTS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_or_markdown_maps_with_valid_spans(text: str) -> None:
    check_spans(text, "text")


@given(TEXTS)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_html_maps_with_valid_spans(text: str) -> None:
    check_spans(text, "html")
