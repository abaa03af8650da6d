"""What every reader hands over, and the graph built from it: statements, relations, a text.

A reader (:mod:`.aif`, :mod:`.argdown`) turns a file into :class:`Statement` and
:class:`Relation` records; :func:`build_graph` makes the argument graph in the miner's form
(so :func:`app.pipeline.graph_to_map` lays it out). What the file does not say is inferred:

- **kinds from structure**, when the file has none of ours: a node that supports or attacks
  nothing is a ``central_claim``; one that attacks an attacker is a ``rebuttal``, one that
  attacks anything else a ``counterclaim``; a supporter that nothing supports, under a node
  that is not a central claim, is ``evidence``; every other supporter is a ``claim``;
- **the text**, when the file gives none that the statements can point into: the statements
  joined, a paragraph each, and each statement's span is its paragraph;
- **labels** from the statement's text, as the miner makes them.

Imported nodes and edges are ``confirmed`` (a person drew them), so re-mining the map's text
keeps them, unless the file is our own export, which says which were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import networkx as nx

from app.mining.labels import make_label
from app.models import NODE_KINDS, EdgeKind, NodeKind


@dataclass
class Statement:
    key: str  # the file's own name for it: an AIF nodeID, an Argdown title
    text: str
    cue: str  # where it came from, for a person: "AIF I-node 12", "Argdown line 4"
    label: str | None = None
    kind: NodeKind | None = None
    id: str | None = None
    spans: list[dict[str, int]] | None = None
    confidence: float = 1.0  # a person drew it
    confirmed: bool = True  # so re-mining the map's text keeps it


@dataclass
class Relation:
    source: str  # Statement.key
    target: str
    kind: EdgeKind
    cue: str
    confirmed: bool = True


@dataclass
class Reading:
    """What a reader found in a file."""

    statements: list[Statement]
    relations: list[Relation]
    title: str | None = None
    text: str | None = None  # the text the statements' spans index, when the file has one
    noise: list[dict[str, int]] = field(default_factory=list)


def infer_kinds(graph: nx.DiGraph) -> dict[str, NodeKind]:
    """Return a kind for every node of ``graph`` (edges ``u → v``: u supports or attacks v) from its place.

    >>> G = nx.DiGraph()
    >>> G.add_edges_from([("a", "c"), ("e", "a")], kind="supports")
    >>> G.add_edges_from([("x", "c"), ("r", "x")], kind="attacks")
    >>> sorted(infer_kinds(G).items())
    [('a', 'claim'), ('c', 'central_claim'), ('e', 'evidence'), ('r', 'rebuttal'), ('x', 'counterclaim')]
    """
    attackers = {u for u, _, k in graph.edges(data="kind") if k == "attacks"}
    kinds: dict[str, NodeKind] = {}
    for node in graph:
        targets = list(graph.successors(node))
        if not targets:
            kinds[node] = "central_claim"
        elif node in attackers:
            attacked = [v for v in targets if graph.edges[node, v]["kind"] == "attacks"]
            kinds[node] = "rebuttal" if any(v in attackers for v in attacked) else "counterclaim"
        elif graph.in_degree(node) == 0 and all(graph.out_degree(v) > 0 for v in targets):
            kinds[node] = "evidence"
        else:
            kinds[node] = "claim"
    return kinds


def _unique_id(base: str, taken: set[str]) -> str:
    node_id, n = base, 1
    while node_id in taken:
        n += 1
        node_id = f"{base}-{n}"
    taken.add(node_id)
    return node_id


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:6]) or "statement"


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


def build_graph(reading: Reading, source: str) -> nx.DiGraph:
    """Return the argument graph of what a reader found; ``source`` names the format in cues ("AIF")."""
    statements = reading.statements
    text = reading.text
    if text is None or any(s.spans is None for s in statements):
        text = joined_text(statements)
    taken: set[str] = set()
    ids: dict[str, str] = {}
    graph = nx.DiGraph(title="", text=text, noise=reading.noise, imported=source)
    for s in statements:
        label = (s.label or make_label(s.text) if s.text.strip() else s.label) or s.key
        ids[s.key] = node_id = _unique_id(s.id or _slug(label), taken)
        graph.add_node(node_id, id=node_id, kind=s.kind, label=label, text=s.text, spans=s.spans,
                       confidence=s.confidence, cue=s.cue, confirmed=s.confirmed)  # fmt: skip
    for r in reading.relations:
        u, v = ids[r.source], ids[r.target]
        if u != v:  # a statement that supports itself says nothing a map can draw
            graph.add_edge(u, v, kind=r.kind, cue=r.cue, confirmed=r.confirmed)
    inferred = infer_kinds(graph)
    for node, attributes in graph.nodes(data=True):
        if attributes["kind"] not in NODE_KINDS:
            attributes["kind"] = inferred[node]
    centrals = [a["label"] for _, a in graph.nodes(data=True) if a["kind"] == "central_claim"]
    graph.graph["title"] = reading.title or (centrals[0] if centrals else f"Imported {source} map")
    return graph
