"""The graph contract: the one builder of miners and importers, unique ids, and the store's round trip."""

from __future__ import annotations

import networkx as nx

from app.graph import Extraction, Relation, Statement, build_graph, graph_data, graph_from_data
from app.slugs import UniqueIds

TEXT = "Tax sugar. Tax sugar. Sugar rots teeth."


def statement(key: int, start: int, end: int, label: str, **more) -> Statement:
    return Statement(key=key, kind="claim", label=label, spans=[{"start": start, "end": end}], cue="c", **more)


def test_equal_labels_get_numbered_ids_in_the_order_given() -> None:
    G = build_graph(Extraction([statement(0, 0, 10, "Tax sugar"), statement(1, 11, 21, "Tax sugar"),
                                statement(2, 22, 39, "…")], [], title="T", text=TEXT))
    assert list(G) == ["tax-sugar", "tax-sugar-2", "claim"]  # a label without words: the kind names it


def test_a_statement_keeps_the_id_and_text_it_gives() -> None:
    G = build_graph(Extraction([statement(0, 0, 10, "Tax sugar", id="t1", text="Tax sugar!")], [], "T", TEXT))
    assert (list(G), G.nodes["t1"]["text"]) == (["t1"], "Tax sugar!")


def test_text_of_several_spans_is_joined_with_an_ellipsis() -> None:
    two = Statement(key=0, kind="claim", label="Tax", spans=[{"start": 0, "end": 10}, {"start": 22, "end": 39}],
                    cue="c")
    assert build_graph(Extraction([two], [], "T", TEXT)).nodes["tax"]["text"] == "Tax sugar. … Sugar rots teeth."


def test_relations_join_statements_by_key_and_a_self_relation_is_left_out() -> None:
    G = build_graph(Extraction(
        [statement(0, 0, 10, "Tax sugar"), statement(1, 22, 39, "Sugar rots teeth")],
        [Relation(1, 0, "supports", "why"), Relation(0, 0, "attacks", "itself", confirmed=True)], "T", TEXT))
    assert list(G.edges(data=True)) == [("sugar-rots-teeth", "tax-sugar", {"kind": "supports", "cue": "why"})]


def test_confirmed_is_kept_only_where_a_person_drew_it() -> None:
    G = build_graph(Extraction([statement(0, 0, 10, "Tax sugar", confirmed=True), statement(1, 22, 39, "Rot")],
                               [Relation(1, 0, "supports", "why", confirmed=True)], "T", TEXT), imported="AIF")
    assert [G.nodes[n].get("confirmed") for n in G] == [True, None]
    assert G.edges["rot", "tax-sugar"]["confirmed"] is True
    assert G.graph == {"title": "T", "text": TEXT, "noise": [], "imported": "AIF"}


def test_unique_ids_skip_the_ones_taken() -> None:
    ids = UniqueIds({"tax", "tax-3"})
    assert [ids.take("tax"), ids.take("tax"), ids.take("sugar")] == ["tax-2", "tax-4", "sugar"]


def test_graph_data_round_trips_a_small_map() -> None:
    G = nx.DiGraph(title="T", text=TEXT, noise=[{"start": 0, "end": 3}], rejected=[[[11, 21]]])
    G.add_node("a", id="a", kind="central_claim", label="Tax sugar", text="Tax sugar.",
               spans=[{"start": 0, "end": 10}], confidence=0.6, cue="c")
    G.add_node("b", id="b", kind="evidence", label="Rot", text="Sugar rots teeth.",
               spans=[{"start": 22, "end": 39}], confidence=1.0, cue="p", confirmed=True)
    G.add_edge("b", "a", kind="supports", cue="why", confirmed=True)
    again = graph_from_data(graph_data(G))
    assert nx.utils.graphs_equal(again, G)
    assert again.graph == G.graph
