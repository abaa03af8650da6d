"""Print how long a whole `argmap parse` process takes to draw the seed as SVG, beside Argdown's own CLI.

    .venv/bin/python bench/bench_startup.py [--runs 7]

Both are timed as a person runs them, whole process, median of ``--runs``: ``argmap parse
SEED --format svg -o OUT`` (mining included) and ``argdown map bench/startup/seed_analyst.argdown
OUT --format svg`` (the analyst's map of the same op-ed, tests/fixtures/seed_gold.json, written as
Argdown; Argdown's CLI from .ci/node_modules, which `bash .ci/run` installs). Issue 14's target:
Argmap at least 5 times faster.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import ROOT, SEED, command_seconds, machine_line  # noqa: E402

ARGDOWN = ROOT / ".ci" / "node_modules" / ".bin" / "argdown"
ANALYST_MAP = ROOT / "bench" / "startup" / "seed_analyst.argdown"
ARGMAP = Path(sys.executable).parent / "argmap"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(machine_line())
    with tempfile.TemporaryDirectory() as folder:
        ours = command_seconds([str(ARGMAP), "parse", str(SEED), "--format", "svg", "-o", f"{folder}/seed.svg"], args.runs)
        print(f"argmap parse SEED --format svg, whole process, median of {args.runs}: {ours * 1000:.0f} ms")
        if not ARGDOWN.exists():
            print(f"Argdown's CLI is not installed ({ARGDOWN}): run bash .ci/run once")
            return 0
        theirs = command_seconds([str(ARGDOWN), "map", str(ANALYST_MAP), folder, "--format", "svg", "--silent"], args.runs)
        print(f"argdown map ANALYST_MAP --format svg, whole process, median of {args.runs}: {theirs * 1000:.0f} ms")
        print(f"Argmap is {theirs / ours:.1f} times as fast (target: 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
