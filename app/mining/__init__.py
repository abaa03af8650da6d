"""Mining: Document → argument graph (a ``networkx.DiGraph``).

Two granularities. A long text (an op-ed) keeps the units that carry a cue and attaches
them by cues, overlap and position (:mod:`.units`, :mod:`.relations`). A short text
(up to ``DENSE_MAX_SENTENCES`` sentences) argues in every clause: each clause is a unit,
related by its connective (:mod:`.short`, :mod:`.discourse`). Both are labelled
(:mod:`.labels`) and built into one graph. Node attributes:
``id kind label text spans confidence cue``; edge ``u → v`` attributes: ``kind cue``
(``u`` supports or attacks ``v``).
"""

from __future__ import annotations

import networkx as nx

from app import lexicon
from app.ingest.document import Document
from app.ingest.noise import words
from app.mining.labels import make_label, shorten
from app.mining.overlap import Overlap
from app.mining import short
from app.mining.relations import attach, choose_central, restatements
from app.mining.units import Unit, find_units, is_short
from app.slugs import slug

__all__ = ["mine"]

_STATEMENT = lexicon.pattern("STATEMENT")
_QUESTION = lexicon.pattern("QUESTION")


def title_states_claim(title: str) -> bool:
    """Return True when a title is itself a short statement (not a question, not a topic).

    >>> title_states_claim("Schools Must Teach Coding"), title_states_claim("Why We Should Walk More")
    (True, False)
    """
    return bool(_STATEMENT.search(title)) and not _QUESTION.match(title) and len(title.split()) <= 12


def mine(doc: Document) -> nx.DiGraph:
    """Return the argument graph of ``doc``.

    >>> from app.ingest import ingest
    >>> g = mine(ingest("Cities Should Plant Trees\\n\\nCities should plant more trees. "
    ...                 "For example, shaded streets are 5% cooler. Critics argue that trees cost too much."))
    >>> sorted((g.nodes[u]["kind"], d["kind"], g.nodes[v]["kind"]) for u, v, d in g.edges(data=True))
    [('counterclaim', 'attacks', 'central_claim'), ('evidence', 'supports', 'central_claim')]
    """
    graph = nx.DiGraph(title=doc.title, text=doc.text, noise=[{"start": b.start, "end": b.end} for b in doc.noise])
    if is_short(doc):
        return _mine_short(doc, graph)
    units = find_units(doc)
    if not units:
        return graph
    title_index = len(units)
    overlap = Overlap([u.words for u in units] + [words(doc.title)])
    central = choose_central(doc, units, overlap, title_index)
    head = units[central]
    merged = set(restatements(units, central, overlap))
    head.kind, head.confidence = "central_claim", round(max(head.confidence, 0.6), 2)
    head.cue = "the opening statement closest to the title and to the rest of the text"
    relations = attach(units, central, overlap)
    for i in sorted(merged):
        head.spans.extend(units[i].spans)
    if doc.title_span and title_states_claim(doc.title):
        head.spans.insert(0, doc.title_span)
        head.cue = "the title states it, and the opening restates it"
    # A restatement's supporters now support the central claim itself.
    relations = [r for r in relations if r.source not in merged]
    for r in relations:
        if r.target in merged:
            r.target = central
    ids = _add_nodes(graph, doc, units, central, merged)
    _add_edges(graph, ids, relations)
    return graph


def _mine_short(doc: Document, graph: nx.DiGraph) -> nx.DiGraph:
    """Add the clause-by-clause map of a short text to ``graph`` and return it."""
    found = short.find_units(doc)
    if not found:
        return graph
    # Only a title the text states (a heading, a quoted title) says what the text is about.
    title_index = len(found) if doc.title_span else None
    overlap = Overlap.of_texts([u.text for u in found] + [doc.title])
    central = short.choose_central(found, overlap, title_index)
    relations = short.attach(found, central)
    short.assign_kinds(found, central, relations)
    units = [Unit(u.kind, [(u.start, u.end)], u.block, 0, u.cue, u.confidence) for u in found]
    if doc.title_span and title_states_claim(doc.title):
        units[central].spans.insert(0, doc.title_span)
    ids = _add_nodes(graph, doc, units, central, set())
    _add_edges(graph, ids, relations)
    return graph


def _unique_id(slug: str, taken: set[str], last: dict[str, int]) -> str:
    """Return the first of ``slug``, ``slug-2``, ``slug-3``… not yet taken, and take it.

    ``last`` remembers how far each slug's count went: ids are only ever added to
    ``taken``, so the ones below stay taken, and a text with many equal labels stays linear.

    >>> taken, last = {"tax-2"}, {}
    >>> [_unique_id(s, taken, last) for s in ("tax", "tax", "tax", "tax-2")]
    ['tax', 'tax-3', 'tax-4', 'tax-2-2']
    """
    n = last.get(slug, 1)
    node_id = slug if n == 1 else f"{slug}-{n}"
    while node_id in taken:
        n += 1
        node_id = f"{slug}-{n}"
    last[slug] = n
    taken.add(node_id)
    return node_id


def _add_nodes(graph: nx.DiGraph, doc: Document, units: list[Unit], central: int, merged: set[int]) -> dict[int, str]:
    """Add a node for each unit but the restatements; return the node id of each unit index."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    last: dict[str, int] = {}
    order = [central] + [i for i in range(len(units)) if i != central and i not in merged]
    nodes = []
    for i in order:
        unit = units[i]
        label = _label(doc, unit, i == central)
        node_id = ids[i] = _unique_id(slug(label, 6) or unit.kind, taken, last)
        spans = sorted(set(unit.spans)) if len(unit.spans) > 1 else unit.spans
        nodes.append((node_id, {
            "id": node_id,
            "kind": unit.kind,
            "label": label,
            "text": " … ".join([doc.text[s:e] for s, e in spans]),
            "spans": [{"start": s, "end": e} for s, e in spans],
            "confidence": unit.confidence,
            "cue": unit.cue,
        }))
    # Ids at once (networkx's bookkeeping runs once), then each node's attributes.
    graph.add_nodes_from([node_id for node_id, _ in nodes])
    attributes = graph.nodes
    for node_id, data in nodes:
        attributes[node_id].update(data)
    return ids


def _add_edges(graph: nx.DiGraph, ids: dict[int, str], relations: list) -> None:
    """Add an edge for each relation between the nodes of its units."""
    graph.add_edges_from([(ids[r.source], ids[r.target], {"kind": r.kind, "cue": r.cue}) for r in relations])


def _label(doc: Document, unit: Unit, central: bool) -> str:
    if unit.lead:
        return shorten(doc.slice(unit.lead))
    heading = doc.sections[unit.section].heading
    if unit.kind == "evidence" and len(unit.sentences) >= 3 and heading is not None:
        first = doc.sections[unit.section].blocks[0]
        if first.start <= unit.start < first.end and len(doc.slice(heading).split()) <= 8:
            return shorten(doc.slice(heading))  # a section given over to one account is named by its heading
    if central and doc.title_span and title_states_claim(doc.title) and len(doc.title.split()) <= 8:
        return shorten(doc.title)
    return make_label(doc.text[unit.spans[0][0]:unit.spans[0][1]])
