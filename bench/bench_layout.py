"""Time the layout and the SVG of a synthetic 2,000-node argument map; the target is 1 s.

    .venv/bin/python bench/bench_layout.py [--nodes 2000] [--runs 5] [--check]

Prints the median time of the layout alone and of layout + ``graph_to_map`` + SVG (what
a page or an export costs once the graph is mined), and the size of the result.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.layout import layout_graph  # noqa: E402
from app.pipeline import graph_to_map  # noqa: E402
from app.render.svg import render_svg  # noqa: E402
from bench import machine_line, median_seconds, verdict  # noqa: E402

TARGET = 1.0  # seconds for layout + SVG of 2,000 nodes

WORDS = "open source models let people study improve and share the code they run every day".split()


def synthetic_map(n: int, seed: int = 0, cross_links: float = 0.08) -> nx.DiGraph:
    """Return a random argument-like map of ``n`` nodes (tests/test_layout.py checks layouts of it too).

    A branching tree of support with attackers and rebuttals, early shallow targets favoured, an
    orphan every 37 nodes, and ``cross_links`` times ``n`` extra edges (which may close cycles).
    """
    rng = random.Random(seed)
    G = nx.DiGraph(title="Synthetic map", text="", noise=[])

    def add(node: str, kind: str) -> None:
        label = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
        G.add_node(node, id=node, kind=kind, label=label, text=label, spans=[], confidence=0.5, cue="")

    add("n0", "central_claim")
    for i in range(1, n):
        target = f"n{int(i * rng.random() ** 2)}"
        kind = G.nodes[target]["kind"]
        if kind == "counterclaim":
            role, edge = "rebuttal", "attacks"
        elif kind == "evidence" or rng.random() < 0.7:
            role, edge = rng.choice(["claim", "claim", "evidence"]), "supports"
        else:
            role, edge = "counterclaim", "attacks"
        add(f"n{i}", role)
        if i % 37 == 0:
            continue  # an orphan
        G.add_edge(f"n{i}", target, kind=edge, cue="")
    nodes = list(G)
    for _ in range(int(n * cross_links)):
        u, v = rng.sample(nodes, 2)
        if not G.has_edge(u, v):
            G.add_edge(u, v, kind=rng.choice(["supports", "attacks"]), cue="")
    return G


def synthetic_argdown(n: int, seed: int = 0) -> str:
    """Return :func:`synthetic_map` of ``n`` nodes written as Argdown by Argmap's exporter: a file to import."""
    from app.pipeline import graph_to_map
    from app.render import export

    return export(graph_to_map(synthetic_map(n, seed), f"map{n}", laid_out=False), "argdown")[0].decode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 if layout+svg misses the target")
    args = parser.parse_args()

    print(machine_line())
    G = synthetic_map(args.nodes)
    svg = render_svg(amap := graph_to_map(G, "bench"))
    print(
        f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
        f"map {amap.layout.width:,.0f} x {amap.layout.height:,.0f} px; SVG {len(svg):,} bytes"
    )
    layout_time = median_seconds(lambda: layout_graph(G), args.runs)
    print(f"layout {args.nodes} nodes: {layout_time:.3f} s (median of {args.runs})")
    total = median_seconds(lambda: render_svg(graph_to_map(G, "bench")), args.runs)
    print(f"layout+svg {args.nodes} nodes: {total:.3f} s (median of {args.runs}); {verdict(total, TARGET)}")
    return 1 if args.check and total > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
