"""Argument maps built from hand-made graphs, so the renderers are tested apart from the miner."""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import pytest

from app.models import ArgumentMap
from app.pipeline import graph_to_map

#: (id, kind, label, text) of a small map with every kind of node.
NODES = [
    ("ban-cars", "central_claim", "Cities should ban cars", "Cities should ban private cars from their centres."),
    ("safer", "claim", "Streets without cars are safer", "Streets without cars are safer for children."),
    ("oslo", "evidence", "Oslo had no pedestrian deaths", "Oslo had no pedestrian deaths in 2019."),
    ("shops", "counterclaim", "Shops will lose customers", "Critics argue that shops will lose customers."),
    ("spend", "rebuttal", "People on foot spend more", "However, people on foot spend more each month."),
]
#: (source, target, kind), the last one a cross-link.
EDGES = [
    ("safer", "ban-cars", "supports"),
    ("oslo", "safer", "supports"),
    ("shops", "ban-cars", "attacks"),
    ("spend", "shops", "attacks"),
    ("oslo", "shops", "attacks"),
]


def build_map(nodes=NODES, edges=EDGES, title: str = "Cars in cities") -> ArgumentMap:
    G = nx.DiGraph(title=title, text="The source text.", noise=[])
    for node_id, kind, label, text in nodes:
        G.add_node(node_id, id=node_id, kind=kind, label=label, text=text, spans=[{"start": 0, "end": 3}],
                   confidence=0.9, cue="a cue")  # fmt: skip
    for u, v, kind in edges:
        G.add_edge(u, v, kind=kind, cue="a cue")
    return graph_to_map(G, "cars")


@pytest.fixture
def small_map() -> ArgumentMap:
    return build_map()


@pytest.fixture
def map_of() -> Callable[..., ArgumentMap]:
    """Return :func:`build_map`: ``map_of(nodes, edges, title=...)``."""
    return build_map
