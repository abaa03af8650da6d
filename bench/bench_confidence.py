"""Print, by band of confidence, the share of mined nodes that match an annotated unit of the same kind.

    .venv/bin/python bench/bench_confidence.py [--check] [CORPUS.jsonl ...]

Default: both corpora of ``../shared/corpora``. A node matches when it and the annotated unit it
overlaps most each cover half of the other, and its kind agrees: the central claim with the
annotated central claim, a counterclaim with a unit of the opposing voice, a claim, evidence or
rebuttal with another unit of the author's voice. If confidence means something, the share rises
from band to band; ``--check`` exits 1 where it does not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import ROOT  # noqa: E402

BANDS = ((0.0, "below 0.5"), (0.5, "0.5 to 0.7"), (0.7, "0.7 and above"))
AUTHOR_KINDS = {"claim", "evidence", "rebuttal"}


def band_of(confidence: float) -> str:
    return [name for low, name in BANDS if confidence >= low][-1]


def shares(corpus: Path) -> dict[str, tuple[int, int]]:
    """Return, per band, (nodes that match a unit of their kind, nodes)."""
    from app.evaluation import best_match, covers_half, load_corpus
    from app.pipeline import mine_text

    counts = {name: [0, 0] for _, name in BANDS}
    for text in load_corpus(corpus):
        graph = mine_text(text.text)
        gold = {unit.id: unit.spans for unit in text.units}
        voice = {unit.id: unit.role for unit in text.units}
        for _, node in graph.nodes(data=True):
            spans = [(s["start"], s["end"]) for s in node["spans"]]
            match = best_match(spans, gold)
            right = False
            if match is not None and covers_half(spans, gold[match]):
                if match == text.central:
                    right = node["kind"] == "central_claim"
                elif voice[match] == "opp":
                    right = node["kind"] == "counterclaim"
                else:
                    right = node["kind"] in AUTHOR_KINDS
            band = counts[band_of(node["confidence"])]
            band[0] += right
            band[1] += 1
    return {name: (right, total) for name, (right, total) in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path,
                        default=sorted((ROOT.parent / "shared" / "corpora").glob("*.jsonl")))
    parser.add_argument("--check", action="store_true", help="exit 1 unless the share rises from band to band")
    args = parser.parse_args(argv)
    rising = True
    print(f"{'corpus':<24}" + "".join(f"{name:>22}" for _, name in BANDS))
    for corpus in args.corpora:
        figures = shares(corpus)
        cells = [f"{right / total:.2f} of {total:>4}" if total else "—" for right, total in figures.values()]
        print(f"{corpus.stem:<24}" + "".join(f"{cell:>22}" for cell in cells))
        values = [right / total for right, total in figures.values() if total]
        rising = rising and all(a < b for a, b in zip(values, values[1:]))
    print("the share rises with confidence: " + ("yes" if rising else "NO"))
    return 1 if args.check and not rising else 0


if __name__ == "__main__":
    raise SystemExit(main())
