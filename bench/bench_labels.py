"""Print the share of labels that end in "…" (cut sentences), on the seed, each corpus and the fixtures.

    .venv/bin/python bench/bench_labels.py [--check] [--show N]

Issue 10's target: at most 30% on the seed and on each corpus in ../shared/corpora. ``--show N``
prints N cut labels of each source, to see what the rule leaves.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ingest import ingest  # noqa: E402
from app.mining import mine  # noqa: E402
from bench import ROOT, SEED  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
FIXTURES = ROOT / "tests" / "fixtures"
TARGET = 0.30


def labels(text: str) -> list[str]:
    """Return the labels of the map of ``text``."""
    return [a["label"] for _, a in mine(ingest(text)).nodes(data=True)]


def sources() -> list[tuple[str, list[str]]]:
    """Return (name, texts) for the seed, each corpus (one text a line) and the fixtures' texts."""
    found = [("seed", [SEED.read_text(encoding="utf-8")])]
    for corpus in sorted(CORPORA.glob("*.jsonl")) + sorted(FIXTURES.glob("*.jsonl")):
        lines = corpus.read_text(encoding="utf-8").splitlines()
        found.append((corpus.stem, [json.loads(line)["text"] for line in lines if line.strip()]))
    for folder in (FIXTURES, FIXTURES / "no_argument"):
        texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
        if texts:
            found.append((str(folder.relative_to(ROOT)), texts))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the seed or a corpus misses the target")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N cut labels of each source")
    args = parser.parse_args(argv)
    missed = False
    print(f"{'source':<28} {'texts':>5} {'labels':>6} {'cut …':>6} {'share':>6}")
    for name, texts in sources():
        every = [label for text in texts for label in labels(text)]
        cut = [label for label in every if label.endswith("…")]
        share = len(cut) / len(every) if every else 0.0
        print(f"{name:<28} {len(texts):>5} {len(every):>6} {len(cut):>6} {share:>6.1%}")
        for label in cut[: args.show]:
            print("    " + label)
        if (name == "seed" or name.startswith("microtexts")) and share > TARGET:
            missed = True
    print(f"target: at most {TARGET:.0%} on the seed and each corpus: {'missed' if missed else 'met'}")
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
