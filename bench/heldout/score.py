"""Score a miner on the held-out gold maps: one line per map, then the mean.

    cd /work/main && .venv/bin/python bench/heldout/score.py [--miner NAME]

The columns are those of ``argmap eval`` (node recall, kind accuracy, edge F1) plus "central": whether
the gold central claim is found (matched as ``score_map`` matches nodes) by a node the miner marked
central_claim. Do not tune the miner on these maps: they are held out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.evaluation import best_match, covers_half, load_gold_map, nearest_span, node_spans, score_map  # noqa: E402
from app.pipeline import mine_text  # noqa: E402


def central_found(gold, graph) -> bool:
    predicted = node_spans(graph)
    (unit,) = [u for u in gold.units if u.kind == "central_claim"]
    match = best_match(unit.spans, predicted)
    return (match is not None and covers_half(unit.spans, [nearest_span(predicted[match], unit.spans)])
            and graph.nodes[match]["kind"] == "central_claim")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--miner", default="rules")
    args = parser.parse_args()
    rows = []
    for path in sorted(Path(__file__).parent.glob("*.json")):
        gold = load_gold_map(path)
        graph = mine_text(gold.text, miner=args.miner)
        figures = score_map(gold, graph)
        rows.append((path.stem, figures["node recall"], figures["kind accuracy"], figures["edge F1"],
                     central_found(gold, graph)))
    print(f"{'map':<30} {'recall':>7} {'kinds':>7} {'edge F1':>7} {'central':>7}")
    for name, recall, kinds, edges, central in rows:
        print(f"{name:<30} {recall:>7.3f} {kinds:>7.3f} {edges:>7.3f} {'yes' if central else 'no':>7}")
    n = len(rows)
    means = [sum(r[i] for r in rows) / n for i in (1, 2, 3)]
    print(f"{'mean':<30} {means[0]:>7.3f} {means[1]:>7.3f} {means[2]:>7.3f} {sum(r[4] for r in rows):>4}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
