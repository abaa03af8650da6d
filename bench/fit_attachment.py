"""Fit the weights of the attachment model (app/mining/tree.py) on one annotated corpus, score another.

    python bench/fit_attachment.py FIT.jsonl [FIT.jsonl ...] [--test TEST.jsonl ...]

    # the weights in app/mining/tree.py: both corpora pooled
    python bench/fit_attachment.py ../shared/corpora/microtexts-part1.jsonl ../shared/corpora/microtexts-part2-dev.jsonl
    # how they do on a corpus they were not fitted on
    python bench/fit_attachment.py ../shared/corpora/microtexts-part1.jsonl --test ../shared/corpora/microtexts-part2-dev.jsonl

Each unit of a text chooses its target among its candidates (a conditional logit model over the
features of app.mining.tree.pair_features); the weights that make the annotated targets most likely,
with an L2 penalty, are fitted by gradient ascent and printed as Python, ready for tree.FITTED
(the hand-set tree.STRUCTURE stays as it is). Then every corpus is scored with them (argmap
eval's measures), those fitted on and those only tested.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.evaluation import best_match, load_corpus, score_text, summarize  # noqa: E402
from app.ingest import ingest  # noqa: E402
from app.mining import mine, tree  # noqa: E402
from app.mining.clauses import prepare  # noqa: E402

L2 = 0.05
STEPS = 600
RATE = 0.5


def rows(path: Path) -> list[tuple[list[dict[str, float]], int]]:
    """For each unit whose annotated target is one of its candidates: the candidates' features, the right one."""
    out = []
    for gold in load_corpus(path):
        doc = ingest(gold.text)
        prepared = prepare(doc)
        if prepared is None:
            continue
        units, central, overlap, _ = prepared
        spans = {str(i): u.spans for i, u in enumerate(units)}
        match = {g.id: best_match(g.spans, spans) for g in gold.units}
        features: dict[int, list[tuple[int, dict[str, float]]]] = {}
        for i, j, f in tree.featured_pairs(units, central, overlap):
            features.setdefault(i, []).append((j, f))
        for source, (target, _) in gold.relations.items():
            s, t = match[source], match[target]
            if s is None or t is None or s == t or int(s) == central:
                continue
            pool = features.get(int(s), [])
            right = next((k for k, (j, _) in enumerate(pool) if j == int(t)), None)
            if right is not None:
                out.append(([f for _, f in pool], right))
    return out


def fit(data: list[tuple[list[dict[str, float]], int]]) -> dict[str, float]:
    fixed = tree.STRUCTURE
    names = sorted({name for pool, _ in data for f in pool for name in f} - fixed.keys())
    w = {**dict.fromkeys(names, 0.0), **fixed}
    for _ in range(STEPS):
        grad = {name: -L2 * w[name] for name in w}  # the fixed weights' gradients are dropped
        for pool, right in data:
            scores = [sum(w.get(n, 0.0) * v for n, v in f.items()) for f in pool]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            for f, e in zip(pool, exp):
                p = e / total
                for n, v in f.items():
                    grad[n] = grad.get(n, 0.0) - p * v
            for n, v in pool[right].items():
                grad[n] = grad.get(n, 0.0) + v
        for n in names:
            w[n] += RATE * grad[n] / len(data)
    return {n: round(w[n], 2) for n in names if abs(w[n]) >= 0.01}


def main() -> None:
    args = sys.argv[1:]
    split = args.index("--test") if "--test" in args else len(args)
    fitted, tested = [Path(p) for p in args[:split]], [Path(p) for p in args[split + 1:]]
    data = [row for path in fitted for row in rows(path)]
    weights = fit(data)
    print(f"# fitted on {', '.join(p.name for p in fitted)}: {len(data)} units")
    print("FITTED = {")
    for name, value in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"    {name!r}: {value},")
    print("}")
    tree.WEIGHTS.clear()
    tree.WEIGHTS.update({**weights, **tree.STRUCTURE})
    for path in fitted + tested:
        scores = summarize([score_text(g, mine(ingest(g.text))) for g in load_corpus(path)])
        role = "fitted" if path in fitted else "tested"
        print(f"{role} {path.name}:", " ".join(f"{k} {v:.3f}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
