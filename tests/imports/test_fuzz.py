"""Property: whatever a file holds, a reader gives a map or a BadInput (a 422), never a crash."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import BadInput
from app.imports import read_aif, read_argdown
from app.pipeline import graph_to_map

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

node_ids = st.one_of(st.sampled_from(["1", "2", "3", "4", "5"]), st.integers(0, 5), st.none(), st.booleans())
values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                      max_leaves=6)  # fmt: skip
aif_nodes = st.fixed_dictionaries(
    {"nodeID": node_ids, "type": st.sampled_from(["I", "RA", "CA", "L", "YA", "TA", "MA", 3]),
     "text": st.one_of(st.text(max_size=20), st.integers())},
    optional={"argmap": st.dictionaries(st.sampled_from(["id", "kind", "label", "spans", "confidence", "cue", "confirmed"]),
                                        values, max_size=4)},
)  # fmt: skip
aif_edges = st.fixed_dictionaries({"fromID": node_ids, "toID": node_ids})
aif_files = st.one_of(
    st.fixed_dictionaries({"nodes": st.lists(aif_nodes, max_size=6), "edges": st.lists(aif_edges, max_size=6)}),
    st.fixed_dictionaries({"AIF": st.fixed_dictionaries({"nodes": st.lists(aif_nodes, max_size=6),
                                                         "edges": st.lists(aif_edges, max_size=6)}),
                           "text": values, "argmap": values | st.fixed_dictionaries({"title": values, "noise": values})}),
    values,
)  # fmt: skip


def maps_or_says_why(read, source: str) -> None:
    try:
        graph = read(source)
    except BadInput as exc:
        assert exc.status == 422 and exc.message
        return
    amap = graph_to_map(graph, "m")
    for node in amap.nodes:
        assert all(0 <= s.start <= s.end <= len(amap.text) for s in node.spans)


@FAST
@given(aif_files)
def test_any_json_gives_an_aif_map_or_a_422(data):
    maps_or_says_why(read_aif, json.dumps(data))


argdown_lines = st.lists(
    st.one_of(
        st.sampled_from(["", "# H", "## Sub", "[A]: a", "[B]", "<Arg>: x", "  + [A]", "  - [B]: b", "    +> [C]",
                         "  >< [A]", "  _ <Arg>", "plain text", "(1) p", "----", "/* c", "*/", "<!-- x -->", "{id: 1}",
                         "[A]: a {kind: \"evidence\", id: \"x\"}", "  + [A", "\\[esc\\]: t"]),
        st.text(max_size=15),
    ),
    max_size=12,
)  # fmt: skip


@FAST
@given(argdown_lines)
def test_any_text_gives_an_argdown_map_or_a_422(lines):
    maps_or_says_why(read_argdown, "\n".join(lines))
