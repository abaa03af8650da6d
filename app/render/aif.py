"""The map as AIF JSON, the Argument Interchange Format as OVA and AIFdb exchange it.

Every node becomes an I-node (a statement). Every edge becomes a scheme node between its
ends: an RA node ("Default Inference") for ``supports``, a CA node ("Default Conflict") for
``attacks``, with the AIF edges premise → RA → conclusion and attacker → CA → target.

The file has OVA's shape, ``{"AIF": {...}, "OVA": {...}, "text": ...}``: the ``"OVA"`` block
places every node where Argmap drew it (``{"nodeID", "visible", "x", "y", "timestamp"}``, a
statement at its box's top-left corner, a scheme node midway between the boxes it joins), so
OVA shows the map as Argmap laid it out. AIF readers ignore keys they do not know, so what AIF
has no place for — our ids, kinds, labels, spans, confidences, cues — rides along in an
``"argmap"`` object on each node, and the map's title, noise, metadata and speakers in a top-level
``"argmap"``. :mod:`app.imports.aif` reads them back, so a round trip loses nothing.
"""

from __future__ import annotations

import json
from typing import Any

from app.models import ArgumentMap

SCHEMES = {"supports": ("RA", "Default Inference"), "attacks": ("CA", "Default Conflict"),
           "restates": ("MA", "Default Rephrase")}


def aif_document(amap: ArgumentMap) -> dict[str, Any]:
    """Return the map as an OVA-style AIF document (a JSON-ready dict).

    >>> from app.models import Layout
    >>> empty = ArgumentMap(id="m", title="T", text="", nodes=[], edges=[],
    ...                     layout=Layout(width=0, height=0, boxes=[], routes=[]))
    >>> sorted(aif_document(empty)["AIF"]), sorted(aif_document(empty)["OVA"])
    (['descriptorfulfillments', 'edges', 'locutions', 'nodes', 'participants', 'schemefulfillments'], \
['edges', 'firstname', 'nodes', 'surname', 'url'])
    """
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    node_ids: dict[str, str] = {}
    box = {b.id: b for b in amap.layout.boxes}
    places: list[dict[str, Any]] = []  # OVA's layout of every node
    for node in amap.nodes:
        node_ids[node.id] = str(len(nodes) + 1)
        b = box.get(node.id)
        places.append(_place(node_ids[node.id], b.x if b else 0.0, b.y if b else 0.0))
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
    schemes: dict[tuple[str, str], str] = {}  # (group, target) → the RA node of linked premises
    scheme_extras: dict[str, dict[str, Any]] = {}
    for index, edge in enumerate(amap.edges):
        scheme_type, scheme_text = SCHEMES[edge.kind]
        if edge.group is not None and (edge.group, edge.target) in schemes:  # one RA node, several premises
            scheme = schemes[edge.group, edge.target]
            edges.append({"edgeID": str(len(edges) + 1), "fromID": node_ids[edge.source], "toID": scheme,
                          "formEdgeID": None})
            scheme_extras[scheme]["order"].append(index)  # where each premise's edge stood in the map
            continue
        scheme_id = str(len(nodes) + 1)
        if edge.group is not None:
            schemes[edge.group, edge.target] = scheme_id
        ends = [box[n] for n in (edge.source, edge.target) if n in box]
        middle = [sum(b.x + b.width / 2 for b in ends) / len(ends), sum(b.y + b.height / 2 for b in ends) / len(ends)] \
            if ends else [0.0, 0.0]
        places.append(_place(scheme_id, *middle))
        nodes.append({
            "nodeID": scheme_id,
            "text": scheme_text,
            "type": scheme_type,
            "argmap": scheme_extras.setdefault(scheme_id, {
                "cue": edge.cue, "confirmed": edge.confirmed, "order": [index],
                **({"group": edge.group} if edge.group else {})}),
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
        "OVA": {
            "firstname": "",
            "surname": "",
            "url": "",
            "nodes": places,
            "edges": [{"fromID": e["fromID"], "toID": e["toID"], "visible": True} for e in edges],
        },
        "text": amap.text,
        "argmap": {
            "id": amap.id,
            "title": amap.title,
            "noise": [span.model_dump() for span in amap.noise],
            "metadata": amap.metadata,
            "speakers": [span.model_dump() for span in amap.speakers],
        },
    }


def _place(node_id: str, x: float, y: float) -> dict[str, Any]:
    return {"nodeID": node_id, "visible": True, "x": round(x), "y": round(y), "timestamp": ""}


def render_aif(amap: ArgumentMap) -> str:
    """Return the map as AIF JSON text (see :func:`aif_document`)."""
    return json.dumps(aif_document(amap), ensure_ascii=False, indent=1)
