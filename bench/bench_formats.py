"""Time each export of a synthetic 2,000-node map, and the import of a 2,000-node AIF file.

    .venv/bin/python bench/bench_formats.py [--nodes 2000] [--runs 3]

The map is bench_layout's synthetic map, with a text (its labels, a paragraph each) that
the spans point into. Exports are timed on the laid-out map (the layout is not counted);
imports are timed to the graph and to the laid-out map. The AIF file is timed twice: as
our export writes it (kinds, labels and spans in "argmap" fields) and stripped to plain AIF
(I, RA and CA nodes only: kinds inferred, labels made, the statements joined into a text).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.imports import read_aif, read_argdown  # noqa: E402
from app.pipeline import graph_to_map  # noqa: E402
from app.render import EXPORTERS, export  # noqa: E402
from app.semantics import claims_that_stand  # noqa: E402
from bench import machine_line, median_seconds  # noqa: E402
from bench.bench_layout import synthetic_map  # noqa: E402


def with_text(G):
    """Give every node of ``G`` a span in a text made of the labels, a paragraph each."""
    parts, position = [], 0
    for _, attributes in G.nodes(data=True):
        attributes["spans"] = [{"start": position, "end": position + len(attributes["text"])}]
        parts.append(attributes["text"])
        position += len(attributes["text"]) + 2
    G.graph["text"] = "\n\n".join(parts)
    return G


def plain_aif(document: str) -> str:
    """Return our AIF export without what only Argmap writes: a file as another tool would give it."""
    data = json.loads(document)
    for node in data["AIF"]["nodes"]:
        node.pop("argmap", None)
    return json.dumps({"nodes": data["AIF"]["nodes"], "edges": data["AIF"]["edges"], "locutions": []})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    print(machine_line())
    amap = graph_to_map(with_text(synthetic_map(args.nodes)), "bench")
    print(f"map: {len(amap.nodes)} nodes, {len(amap.edges)} edges, {amap.layout.width:,.0f} x {amap.layout.height:,.0f} px")
    for fmt in sorted(EXPORTERS):
        seconds = median_seconds(lambda: export(amap, fmt), args.runs)
        size = len(export(amap, fmt)[0])
        print(f"export {fmt:<8} {seconds * 1000:8.1f} ms  {size:>12,} bytes")

    ours = export(amap, "aif")[0].decode()
    plain = plain_aif(ours)
    argdown = export(amap, "argdown")[0].decode()
    for name, read, document in (("AIF (ours)", read_aif, ours), ("AIF (plain)", read_aif, plain),
                                 ("Argdown", read_argdown, argdown)):  # fmt: skip
        to_graph = median_seconds(lambda: read(document), args.runs)
        to_map = median_seconds(lambda: graph_to_map(read(document), "bench"), args.runs)
        print(f"import {name:<12} {len(document):>10,} bytes: graph {to_graph * 1000:7.1f} ms, "
              f"laid-out map {to_map * 1000:7.1f} ms")  # fmt: skip
    stand = median_seconds(lambda: claims_that_stand(amap), args.runs)
    print(f"which claims stand (grounded labelling) {stand * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
