"""The argument graph's contract: what its nodes, edges and graph attributes hold, how it is built and kept.

A map is a ``networkx.DiGraph``: a node per statement, keyed by its id and holding
:class:`NodeData`; an edge ``u → v`` (``u`` supports or attacks ``v``) holding :class:`EdgeData`;
the graph's own attributes are :class:`GraphData`. Every producer — a miner (:mod:`app.mining`)
or a reader of another tool's file (:mod:`app.imports`) — hands over :class:`Statement` and
:class:`Relation` records in an :class:`Extraction`, and :func:`build_graph` makes the graph;
:func:`graph_data` and :func:`graph_from_data` are its form in the store.

>>> G = build_graph(Extraction(
...     [Statement(key=0, kind="central_claim", label="Plant trees", spans=[{"start": 0, "end": 12}], cue="c"),
...      Statement(key=1, kind="evidence", label="Shade cools", spans=[{"start": 13, "end": 25}], cue="e")],
...     [Relation(1, 0, "supports", "shade")], title="Trees", text="Plant trees. Shade cools."))
>>> G.nodes["shade-cools"]["text"], list(G.edges(data=True))
('Shade cools.', [('shade-cools', 'plant-trees', {'kind': 'supports', 'cue': 'shade'})])
>>> sorted(graph_from_data(graph_data(G)).edges) == sorted(G.edges)
True
"""

from __future__ import annotations

import re

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

import networkx as nx

from app.models import EdgeKind, NodeKind
from app.slugs import UniqueIds, slug

__all__ = [
    "EdgeData", "Extraction", "GraphData", "NodeData", "Relation", "SpanData", "Statement",
    "build_graph", "graph_data", "graph_from_data", "id_base",
]

#: How many words of a label make a node's id.
ID_WORDS = 6


class SpanData(TypedDict):
    """A half-open character range ``[start, end)`` of the map's text."""

    start: int
    end: int


class NodeData(TypedDict):
    """What a node holds: a statement of the text and why the miner (or a person) made it one."""

    id: str  # the node's key again, so that a node's data says which node it is
    kind: NodeKind
    label: str
    text: str  # its spans' text, joined with " … " (an import's statement as the file gives it)
    spans: list[SpanData]
    confidence: float
    cue: str
    confirmed: NotRequired[bool]  # a person drew or edited it: re-mining keeps it (absent: mined)


class EdgeData(TypedDict):
    """What an edge ``u → v`` holds: ``u`` supports or attacks ``v``, and why."""

    kind: EdgeKind
    cue: str
    confirmed: NotRequired[bool]
    group: NotRequired[str]  # linked premises: the supports into one target that hold only together


class GraphData(TypedDict):
    """The graph's own attributes."""

    title: str
    text: str  # the text every span indexes
    noise: list[SpanData]  # page furniture found in the text (bylines, subscribe boxes)
    headings: NotRequired[list[SpanData]]  # the headings of the text's sections, in order (a mined map's)
    title_span: NotRequired[SpanData]  # where the text states its title, if it does
    imported: NotRequired[str]  # the format an imported map came in: "AIF", "Argdown", "JSON"
    rejected: NotRequired[list[list[list[int]]]]  # the spans of each node a person deleted
    rejected_edges: NotRequired[list[list[list[list[int]]]]]  # the spans of both ends of each deleted edge


@dataclass(kw_only=True)
class Statement:
    """One statement a producer hands over: it becomes one node (see :class:`NodeData`).

    A reader may leave ``label``, ``kind`` and ``spans`` to be filled before the graph is built
    (:func:`app.imports.structure.build_graph` does); a miner gives them all.
    """

    key: Hashable  # how relations name it: a miner's unit index, a file's own name for it
    label: str | None = None
    kind: NodeKind | None = None
    spans: list[SpanData] | None = None
    cue: str
    confidence: float = 1.0
    text: str | None = None  # default: the text of its spans
    id: str | None = None  # the id it asks for; default: from its label (see :func:`id_base`)
    confirmed: bool = False


@dataclass
class Relation:
    """``source`` supports or attacks ``target`` (each a :attr:`Statement.key`), and why."""

    source: Hashable
    target: Hashable
    kind: EdgeKind
    cue: str
    confirmed: bool = False
    #: Linked premises: the supports of one target that hold only together share a group.
    group: str | None = None


@dataclass
class Extraction:
    """What a miner finds in a document: statements (in the order of the nodes), relations, the text."""

    statements: list[Statement]
    relations: list[Relation]
    title: str
    text: str
    noise: list[SpanData] = field(default_factory=list)
    #: The headings of the text's sections and where it states its title: what exporters group by.
    headings: list[SpanData] = field(default_factory=list)
    title_span: SpanData | None = None


#: An id that is one path segment of a URL as it is: unreserved characters (RFC 3986), opened by a letter or digit.
URL_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")


def id_base(label: str, fallback: str) -> str:
    """Return the id a node with ``label`` asks for: its first words as a slug, else ``fallback``.

    >>> id_base("Cities Should Plant More Trees Now, Says Everyone", "claim"), id_base("…", "claim")
    ('cities-should-plant-more-trees-now', 'claim')
    """
    return slug(label, ID_WORDS) or fallback


def build_graph(extraction: Extraction, **attributes: Any) -> nx.DiGraph:
    """Return the argument graph of ``extraction``: a node per statement, in order, an edge per relation.

    ``attributes`` are more graph attributes (an import's ``imported``). A statement's id is the
    one it asks for when it is safe in an address (:data:`URL_SAFE_ID`: an imported "a/b" or ".."
    could not be edited through the API), else one made from its label, its kind or "statement",
    made unique; an id not taken is named in the node's cue. A relation of a statement to itself
    says nothing a map can draw and is left out.
    """
    graph = nx.DiGraph(title=extraction.title, text=extraction.text, noise=extraction.noise, **attributes)
    if extraction.headings:
        graph.graph["headings"] = extraction.headings
    if extraction.title_span is not None:
        graph.graph["title_span"] = extraction.title_span
    text = extraction.text
    ids: dict[Hashable, str] = {}
    unique = UniqueIds()
    nodes: list[tuple[str, NodeData]] = []
    for s in extraction.statements:
        assert s.label is not None and s.spans is not None, "a statement is built with its label and spans"
        asked = s.id if s.id is None or URL_SAFE_ID.fullmatch(s.id) else None
        node_id = ids[s.key] = unique.take(asked or id_base(s.label, s.kind or "statement"))
        cue = s.cue if s.id is None or asked else f"{s.cue} (its id {s.id!r} was not safe in an address)"
        data: NodeData = {
            "id": node_id,
            "kind": s.kind,  # type: ignore[typeddict-item]  # a reader infers kinds from the graph built
            "label": s.label,
            "text": s.text if s.text is not None else " … ".join(text[p["start"]:p["end"]] for p in s.spans),
            "spans": s.spans,
            "confidence": s.confidence,
            "cue": cue,
        }
        if s.confirmed:
            data["confirmed"] = True
        nodes.append((node_id, data))
    graph.add_nodes_from(nodes)
    graph.add_edges_from([(ids[r.source], ids[r.target], _edge_data(r)) for r in extraction.relations
                          if ids[r.source] != ids[r.target]])
    return graph


def _edge_data(relation: Relation) -> EdgeData:
    data: EdgeData = {"kind": relation.kind, "cue": relation.cue}
    if relation.confirmed:
        data["confirmed"] = True
    if relation.group is not None:
        data["group"] = relation.group
    return data


def graph_data(G: nx.DiGraph) -> dict[str, Any]:
    """Return ``G`` as JSON-ready node-link data (graph attributes included), as the store keeps it."""
    return nx.node_link_data(G, edges="edges")


def graph_from_data(data: dict[str, Any]) -> nx.DiGraph:
    """Return the graph of :func:`graph_data`'s output."""
    G = nx.node_link_graph(data, directed=True, multigraph=False, edges="edges")
    for node_id, attrs in G.nodes(data=True):
        attrs["id"] = node_id  # node-link data keeps a node's id as its key only; NodeData repeats it
    return G
