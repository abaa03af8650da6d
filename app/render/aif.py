"""The map as AIF JSON, the Argument Interchange Format as OVA and AIFdb exchange it.

Every node becomes an I-node (a statement). Every edge becomes a scheme node between its
ends: an RA node ("Default Inference") for ``supports``, a CA node ("Default Conflict") for
``attacks``, with the AIF edges premise → RA → conclusion and attacker → CA → target.

The file has OVA's shape, ``{"AIF": {...}, "text": ...}``; AIF readers ignore keys they do
not know, so what AIF has no place for — our ids, kinds, labels, spans, confidences, cues —
rides along in an ``"argmap"`` object on each node, and the map's title and noise in a
top-level ``"argmap"``. :mod:`app.imports.aif` reads them back, so a round trip loses nothing.
"""

from __future__ import annotations

import json
from typing import Any

from app.models import ArgumentMap

SCHEMES = {"supports": ("RA", "Default Inference"), "attacks": ("CA", "Default Conflict")}


def aif_document(amap: ArgumentMap) -> dict[str, Any]:
    """Return the map as an OVA-style AIF document (a JSON-ready dict).

    >>> from app.models import Layout
    >>> empty = ArgumentMap(id="m", title="T", text="", nodes=[], edges=[],
    ...                     layout=Layout(width=0, height=0, boxes=[], routes=[]))
    >>> sorted(aif_document(empty)["AIF"])
    ['descriptorfulfillments', 'edges', 'locutions', 'nodes', 'participants', 'schemefulfillments']
    """
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    node_ids: dict[str, str] = {}
    for node in amap.nodes:
        node_ids[node.id] = str(len(nodes) + 1)
        nodes.append({
            "nodeID": node_ids[node.id],
            "text": node.text,
            "type": "I",
            "argmap": {
                "id": node.id,
                "kind": node.kind,
                "label": node.label,
                "spans": [span.model_dump() for span in node.spans],
                "confidence": node.confidence,
                "cue": node.cue,
                "confirmed": node.confirmed,
            },
        })
    for edge in amap.edges:
        scheme_type, scheme_text = SCHEMES[edge.kind]
        scheme_id = str(len(nodes) + 1)
        nodes.append({
            "nodeID": scheme_id,
            "text": scheme_text,
            "type": scheme_type,
            "argmap": {"cue": edge.cue, "confirmed": edge.confirmed},
        })
        for from_id, to_id in ((node_ids[edge.source], scheme_id), (scheme_id, node_ids[edge.target])):
            edges.append({"edgeID": str(len(edges) + 1), "fromID": from_id, "toID": to_id, "formEdgeID": None})
    return {
        "AIF": {
            "nodes": nodes,
            "edges": edges,
            "locutions": [],
            "participants": [],
            "schemefulfillments": [],
            "descriptorfulfillments": [],
        },
        "text": amap.text,
        "argmap": {
            "id": amap.id,
            "title": amap.title,
            "noise": [span.model_dump() for span in amap.noise],
        },
    }


def render_aif(amap: ArgumentMap) -> str:
    """Return the map as AIF JSON text (see :func:`aif_document`)."""
    return json.dumps(aif_document(amap), ensure_ascii=False, indent=1)
