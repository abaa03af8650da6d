"""Read Argmap's own JSON (the ``.json`` export, the API's map) back into an argument graph.

The layout is not read: the map is laid out again, as any graph is. Node ids, kinds, labels,
spans, confidences, cues and what a person confirmed come back as they were.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import ValidationError

from app.errors import BadInput
from app.graph import Extraction, Relation, SpanData, Statement, build_graph
from app.models import ArgumentMap


def looks_like_argmap(data: Any) -> bool:
    """Return True when parsed JSON has the shape of an Argmap map (text, nodes, edges and a layout)."""
    return isinstance(data, dict) and all(key in data for key in ("text", "nodes", "edges", "layout"))


def read_argmap_json(source: str) -> nx.DiGraph:
    """Return the graph of an Argmap JSON map; a malformed one raises a 422 naming the JSON path.

    >>> g = read_argmap_json('{"id": "m", "title": "T", "text": "Trees cool.", "edges": [], "layout": '
    ...                      '{"width": 0, "height": 0, "boxes": [], "routes": []},'
    ...                      '"nodes": [{"id": "t", "kind": "claim", "label": "Trees cool", "text": "Trees cool.",'
    ...                      '"spans": [{"start": 0, "end": 11}], "confidence": 1, "cue": "c"}]}')
    >>> g.graph["title"], g.nodes["t"]["spans"]
    ('T', [{'start': 0, 'end': 11}])
    """
    try:
        amap = ArgumentMap.model_validate_json(source)
    except ValidationError as exc:
        error = exc.errors()[0]
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
        raise BadInput(f"Argmap JSON: {path}: {error['msg']}", 422) from None
    ids: set[str] = set()
    for i, node in enumerate(amap.nodes):
        for j, span in enumerate(node.spans):
            if not span.start <= span.end <= len(amap.text):
                raise BadInput(f"Argmap JSON: $.nodes[{i}].spans[{j}]: [{span.start}, {span.end}) is not within "
                               f"the text ({len(amap.text)} characters)", 422)  # fmt: skip
        if node.id in ids:
            raise BadInput(f"Argmap JSON: $.nodes[{i}].id: {node.id!r} is the id of an earlier node too", 422)
        ids.add(node.id)
    for i, edge in enumerate(amap.edges):
        for end in ("source", "target"):
            if getattr(edge, end) not in ids:
                raise BadInput(f"Argmap JSON: $.edges[{i}].{end}: no node has the id {getattr(edge, end)!r}", 422)
    statements = [
        Statement(key=n.id, id=n.id, kind=n.kind, label=n.label, text=n.text, spans=[s.model_dump() for s in n.spans],
                  confidence=n.confidence, cue=n.cue, confirmed=n.confirmed)
        for n in amap.nodes
    ]
    relations = [Relation(e.source, e.target, e.kind, e.cue, e.confirmed, e.group) for e in amap.edges]
    noise: list[SpanData] = [{"start": s.start, "end": s.end} for s in amap.noise]
    graph = build_graph(Extraction(statements, relations, amap.title, amap.text, noise), imported="JSON")
    if amap.metadata:
        graph.graph["metadata"] = dict(amap.metadata)
    if amap.speakers:
        graph.graph["speakers"] = [s.model_dump() for s in amap.speakers]
    return graph
