"""The map as GraphML, for graph tools (yEd, Gephi, Cytoscape, networkx).

Nodes carry kind, label, text, confidence, cue and where the layout put their box; spans,
which GraphML has no type for, are a JSON string (``[{"start": 0, "end": 12}]``); edges carry
kind and cue. networkx writes it, so ``networkx.read_graphml`` reads it back.
"""

from __future__ import annotations

import json
import re

import networkx as nx

from app.models import ArgumentMap
from app.slugs import UniqueIds

# Characters XML 1.0 cannot hold (networkx would write them and make the file unreadable).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def map_graph(amap: ArgumentMap) -> nx.DiGraph:
    """Return the map as a DiGraph whose attributes are all strings, numbers or booleans."""
    boxes = {box.id: box for box in amap.layout.boxes}
    G = nx.DiGraph(title=_xml(amap.title))
    # an id may hold characters XML forbids (an imported file's): drop them, and keep the ids apart
    taken = UniqueIds()
    ids = {node.id: taken.take(_xml(node.id) or "node") for node in amap.nodes}
    for node in amap.nodes:
        box = boxes.get(node.id)
        position = {"x": box.x, "y": box.y, "width": box.width, "height": box.height} if box else {}
        G.add_node(ids[node.id], kind=node.kind, label=_xml(node.label), text=_xml(node.text),
                   spans=json.dumps([span.model_dump() for span in node.spans]),
                   confidence=node.confidence, cue=_xml(node.cue), confirmed=node.confirmed, **position)  # fmt: skip
    for edge in amap.edges:
        G.add_edge(ids[edge.source], ids[edge.target], kind=edge.kind, cue=_xml(edge.cue), confirmed=edge.confirmed)
    return G


def render_graphml(amap: ArgumentMap) -> str:
    """Return the map as a GraphML document."""
    lines = nx.generate_graphml(map_graph(amap), encoding="utf-8", prettyprint=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(lines) + "\n"
