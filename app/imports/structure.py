"""What every reader hands over, and the graph built from it: statements, relations, a text.

A reader (:mod:`.aif`, :mod:`.argdown`) turns a file into :class:`~app.graph.Statement` and
:class:`~app.graph.Relation` records, the ones a miner hands over; :func:`graph_of_reading` fills in
what the file does not say and makes the graph with :func:`app.graph.build_graph`, as the miner
does (so :func:`app.pipeline.graph_to_map` lays it out). What the file does not say is inferred:

- **kinds from structure**, when the file has none of ours: a node that supports or attacks
  nothing is the root of a tree; the root of the largest tree is the ``central_claim``, the roots of
  the others (a debate's other issues) are claims, each at the top of its own tree; one that
  attacks an attacker is a ``rebuttal``, one that attacks anything else a ``counterclaim``; a
  supporter that nothing supports, under a node that is not a central claim, is ``evidence``;
  every other supporter is a ``claim``;
- **the text**, when the file gives none that the statements can point into: the statements
  joined, a paragraph each, and each statement's span is its paragraph;
- **labels** from the statement's text, as the miner makes them.

Imported nodes and edges are ``confirmed`` (a person drew them), so re-mining the map's text
keeps them, unless the file is our own export, which says which were.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from app.graph import Extraction, Relation, SpanData, Statement, build_graph, id_base
from app.mining.labels import make_label
from app.models import NODE_KINDS, NodeKind

__all__ = ["Reading", "Relation", "Statement", "graph_of_reading", "infer_kinds", "joined_text"]


@dataclass
class Reading:
    """What a reader found in a file."""

    statements: list[Statement]
    relations: list[Relation]
    title: str | None = None
    text: str | None = None  # the text the statements' spans index, when the file has one
    noise: list[SpanData] = field(default_factory=list)
    #: What the file says of itself beyond its title (an Argdown file's front matter: author…).
    metadata: dict[str, str] = field(default_factory=dict)
    #: How many elements of each sort the reader found (Argdown: statements, arguments, relations).
    counts: dict[str, int] = field(default_factory=dict)
    #: Where the text names who speaks (an AIFdb dialogue's "Ann: …").
    speakers: list[SpanData] = field(default_factory=list)


def infer_kinds(graph: nx.DiGraph) -> dict[str, NodeKind]:
    """Return a kind for every node of ``graph`` (edges ``u → v``: u supports or attacks v) from its place.

    >>> G = nx.DiGraph()
    >>> G.add_edges_from([("a", "c"), ("e", "a")], kind="supports")
    >>> G.add_edges_from([("x", "c"), ("r", "x")], kind="attacks")
    >>> sorted(infer_kinds(G).items())
    [('a', 'claim'), ('c', 'central_claim'), ('e', 'evidence'), ('r', 'rebuttal'), ('x', 'counterclaim')]
    """
    attackers = {u for u, _, k in graph.edges(data="kind") if k == "attacks"}
    roots = [n for n in graph if not graph.out_degree(n)]
    # the root of the largest tree (the earliest, of equal ones) is the map's central claim
    central = max(roots, key=lambda n: len(nx.ancestors(graph, n)), default=None)
    kinds: dict[str, NodeKind] = {}
    for node in graph:
        targets = list(graph.successors(node))
        if not targets:
            kinds[node] = "central_claim" if node == central else "claim"
        elif node in attackers:
            attacked = [v for v in targets if graph.edges[node, v]["kind"] == "attacks"]
            kinds[node] = "rebuttal" if any(v in attackers for v in attacked) else "counterclaim"
        elif graph.in_degree(node) == 0 and all(graph.out_degree(v) > 0 for v in targets):
            kinds[node] = "evidence"
        else:
            kinds[node] = "claim"
    return kinds


def joined_text(statements: list[Statement]) -> str:
    """Give each statement a span in a text made of the statements, a paragraph each; return that text."""
    parts: list[str] = []
    position = 0
    for statement in statements:
        text = statement.text.strip() or (statement.label or "")
        statement.spans = [{"start": position, "end": position + len(text)}]
        parts.append(text)
        position += len(text) + 2
    return "\n\n".join(parts)


def graph_of_reading(reading: Reading, source: str) -> nx.DiGraph:
    """Return the argument graph of what a reader found; ``source`` names the format in cues ("AIF")."""
    statements = reading.statements
    text = reading.text
    if text is None or any(s.spans is None for s in statements):
        text = joined_text(statements)
    for s in statements:
        s.label = (s.label or make_label(s.text) if s.text.strip() else s.label) or str(s.key)
        s.id = s.id or id_base(s.label, "statement")
    graph = build_graph(Extraction(statements, reading.relations, "", text, reading.noise), imported=source)
    inferred = infer_kinds(graph)
    for node, attributes in graph.nodes(data=True):
        if attributes["kind"] not in NODE_KINDS:
            attributes["kind"] = inferred[node]
    # A file that names itself gives the title; an AIF debate's first statement is no title for it.
    centrals = [a["label"] for _, a in graph.nodes(data=True) if a["kind"] == "central_claim"]
    neutral = f"Imported {source} map"
    graph.graph["title"] = reading.title or (centrals[0] if centrals and source != "AIF" else neutral)
    metadata = {k: v for k, v in reading.metadata.items() if k != "title"}
    if metadata:
        graph.graph["metadata"] = metadata
    if reading.speakers:
        graph.graph["speakers"] = reading.speakers
    return graph
