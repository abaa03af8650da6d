"""Edits a person makes to a mined graph, and re-mining that keeps them.

Plain functions that take the argument graph first and change it in place; each raises
a named error (:class:`NotFound`, :class:`BadInput`, :class:`Conflict`) before it changes
anything. A node or edge a person touched is marked ``confirmed``; :func:`remine` keeps
confirmed units and drops mined ones that overlap them or that a person deleted.

>>> G = nx.DiGraph(title="T", text="Cars must go. Streets get safer.", noise=[])
>>> a = add_node(G, "central_claim", [(0, 13)])
>>> b = add_node(G, "claim", [(14, 32)], label="Safer streets")
>>> add_edge(G, b, a, "supports")
>>> reverse_edge(G, b, a)
>>> sorted(G.edges), G.nodes[a]["label"], G.nodes[b]["confirmed"]
([('cars-must-go', 'safer-streets')], 'Cars must go', True)
>>> graph_from_data(graph_data(G)).edges[a, b]["kind"]
'supports'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx

from app.errors import BadInput, Conflict, NotFound
from app.graph import graph_data, graph_from_data, id_base
from app.slugs import UniqueIds
from app.mining.labels import make_label

__all__ = [
    "add_edge", "add_node", "change_node", "delete_edge", "delete_node", "graph_data", "graph_from_data",
    "remine", "reverse_edge", "set_edge_kind",
]

PERSON_CUE = "added by a person"


def _node(G: nx.DiGraph, node_id: str) -> dict[str, Any]:
    if node_id not in G:
        raise NotFound(f"the map has no node {node_id!r}")
    return G.nodes[node_id]


def _edge(G: nx.DiGraph, source: str, target: str) -> dict[str, Any]:
    _nodes(G, source, target)
    if not G.has_edge(source, target):
        raise NotFound(f"the map has no edge from {source!r} to {target!r}")
    return G.edges[source, target]


def _nodes(G: nx.DiGraph, *node_ids: str) -> None:
    for node_id in node_ids:
        _node(G, node_id)


def change_node(G: nx.DiGraph, node_id: str, *, label: str | None = None, kind: str | None = None) -> None:
    """Rename a node or change its kind (or both); the node becomes confirmed."""
    attrs = _node(G, node_id)
    if label is not None:
        if not label.strip():
            raise BadInput("a label needs words; this one is empty", 422)
        attrs["label"] = " ".join(label.split())
    if kind is not None and kind != attrs["kind"]:
        attrs["kind"] = kind
        attrs["cue"] = f"{PERSON_CUE}: kind set by hand"
    attrs["confirmed"] = True


def delete_node(G: nx.DiGraph, node_id: str) -> None:
    """Remove a node and its edges; re-mining will not bring back a unit with the same spans."""
    attrs = _node(G, node_id)
    G.graph.setdefault("rejected", []).append([[s["start"], s["end"]] for s in attrs["spans"]])
    G.remove_node(node_id)


def add_node(G: nx.DiGraph, kind: str, spans: Sequence[tuple[int, int]], label: str | None = None) -> str:
    """Add a confirmed node over ``spans`` of the map's text and return its id."""
    text = G.graph["text"]
    clean = sorted(set(spans))
    for start, end in clean:
        if not 0 <= start < end <= len(text):
            raise BadInput(f"the span [{start}, {end}) is not a piece of the map's text (0 to {len(text)})", 422)
        if not text[start:end].strip():
            raise BadInput(f"the span [{start}, {end}) holds only white space", 422)
    # A selection's ends often take in spaces; a span is exactly its words.
    trimmed = []
    for start, end in clean:
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        trimmed.append((start, end))
    body = " … ".join(text[s:e] for s, e in trimmed)
    label = " ".join(label.split()) if label and label.strip() else make_label(body) or body[:60]
    node_id = UniqueIds(G).take(id_base(label, kind.replace("_", "-")))
    G.add_node(
        node_id, id=node_id, kind=kind, label=label, text=body,
        spans=[{"start": s, "end": e} for s, e in trimmed], confidence=1.0, cue=PERSON_CUE, confirmed=True,
    )
    return node_id


def add_edge(G: nx.DiGraph, source: str, target: str, kind: str) -> None:
    """Add the confirmed edge ``source`` supports or attacks ``target``."""
    _nodes(G, source, target)
    if source == target:
        raise BadInput("a node cannot support or attack itself", 422)
    if G.has_edge(source, target):
        raise Conflict(f"{source!r} already {G.edges[source, target]['kind']} {target!r}; change or remove that edge")
    G.add_edge(source, target, kind=kind, cue=PERSON_CUE, confirmed=True)
    pair = _spans_pair(G, source, target)
    G.graph["rejected_edges"] = [r for r in G.graph.get("rejected_edges", []) if r != pair]  # wanted again


def delete_edge(G: nx.DiGraph, source: str, target: str) -> None:
    """Remove an edge; re-mining will not bring back an edge between units with the same spans."""
    _edge(G, source, target)
    G.graph.setdefault("rejected_edges", []).append(_spans_pair(G, source, target))
    G.remove_edge(source, target)


def _spans_pair(G: nx.DiGraph, source: str, target: str) -> list[list[list[int]]]:
    """The spans of an edge's two ends, as JSON keeps them: how a deleted edge is known after re-mining."""
    return [[[s["start"], s["end"]] for s in G.nodes[n]["spans"]] for n in (source, target)]


def set_edge_kind(G: nx.DiGraph, source: str, target: str, kind: str) -> None:
    """Make an edge supports or attacks; it becomes confirmed."""
    attrs = _edge(G, source, target)
    if attrs["kind"] != kind:
        attrs.update(kind=kind, cue=f"{PERSON_CUE}: kind set by hand")
    attrs["confirmed"] = True


def reverse_edge(G: nx.DiGraph, source: str, target: str) -> None:
    """Turn an edge around: ``target`` now supports or attacks ``source``."""
    attrs = dict(_edge(G, source, target))
    if G.has_edge(target, source):
        raise Conflict(f"{target!r} already {G.edges[target, source]['kind']} {source!r}; remove that edge first")
    G.remove_edge(source, target)
    G.add_edge(target, source, **{**attrs, "confirmed": True})


def _ranges(spans: Iterable[dict[str, int]]) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in spans]


def remine(G: nx.DiGraph, fresh: nx.DiGraph) -> nx.DiGraph:
    """Return ``fresh`` (the text mined again) merged with what a person did to ``G``.

    Confirmed nodes stay as they are, and so do the edges between them and confirmed edges;
    a mined node that overlaps a confirmed one gives way to it (its edges go to the confirmed
    node), a mined node with the spans of a node a person deleted stays out, and so does a
    mined edge between units with the spans of an edge a person deleted.
    """
    kept = [n for n, a in G.nodes(data=True) if a.get("confirmed")]
    rejected = {tuple(map(tuple, spans)) for spans in G.graph.get("rejected", [])}
    rejected_edges = G.graph.get("rejected_edges", [])
    merged = nx.DiGraph(**{**fresh.graph, "rejected": [list(map(list, r)) for r in sorted(rejected)],
                           "rejected_edges": rejected_edges})
    for n in kept:
        merged.add_node(n, **G.nodes[n])
    covered = [(n, start, end) for n in kept for start, end in _ranges(G.nodes[n]["spans"])]
    instead: dict[str, str | None] = {}
    ids = UniqueIds(merged)
    for n, attrs in fresh.nodes(data=True):
        spans = _ranges(attrs["spans"])
        if tuple(map(tuple, spans)) in rejected:
            instead[n] = None
            continue
        overlapping = next((k for k, s, e in covered for start, end in spans if start < e and s < end), None)
        if overlapping is not None:
            instead[n] = overlapping
            continue
        new_id = ids.take(n)
        merged.add_node(new_id, **{**attrs, "id": new_id})
        instead[n] = new_id
    for u, v, attrs in G.edges(data=True):
        if u in merged and v in merged and (attrs.get("confirmed") or (u in kept and v in kept)):
            merged.add_edge(u, v, **attrs)
    for u, v, attrs in fresh.edges(data=True):
        source, target = instead.get(u), instead.get(v)
        if source and target and source != target and not merged.has_edge(source, target):
            if not merged.has_edge(target, source) and _spans_pair(merged, source, target) not in rejected_edges:
                merged.add_edge(source, target, **attrs)
    return merged
