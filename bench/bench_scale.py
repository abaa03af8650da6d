"""Print how Argmap scales: Argdown files of 1,000 to 50,000 statements drawn as SVG, whole process, beside
Argdown's own CLI; and the layout's cost per node as the map grows.

    .venv/bin/python bench/bench_scale.py [--sizes 1000,5000,10000,50000] [--argdown-up-to 5000]

The maps are bench_layout's synthetic maps (a branching tree of support and attack, 8% cross-links
between random nodes, which may close cycles), written as Argdown by Argmap's exporter. Each file is
drawn by ``argmap parse FILE --format svg -o OUT`` (median of three runs; peak memory of the process)
and, up to ``--argdown-up-to`` statements, by ``argdown map FILE OUT --format svg`` (once: it takes
tens of seconds; from .ci/node_modules, which ``bash .ci/run`` installs). Issue 14's targets: 5,000
statements at least 40 times as fast as Argdown's CLI; 50,000 in under 10 s and 1 GB; the layout's
cost per node growing at most 1.5 times from 1,000 to 50,000 nodes.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import ROOT, machine_line  # noqa: E402
from bench.bench_layout import synthetic_argdown, synthetic_map  # noqa: E402

ARGDOWN = ROOT / ".ci" / "node_modules" / ".bin" / "argdown"
ARGMAP = Path(sys.executable).parent / "argmap"


def argdown_file(n: int, folder: Path) -> Path:
    """Write the synthetic map of ``n`` nodes as Argdown in ``folder``; return its path."""
    path = folder / f"map{n}.argdown"
    path.write_text(synthetic_argdown(n), encoding="utf-8")
    return path


def run(command: list[str]) -> tuple[float, float]:
    """Return the wall seconds of ``command`` and the peak memory (MB) of the largest child so far."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def layout_cost(n: int) -> float:
    """Return the microseconds per node of laying out the synthetic map of ``n`` nodes (best of three)."""
    from app.layout import layout_graph

    G = synthetic_map(n)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        layout_graph(G)
        best = min(best, time.perf_counter() - start)
    return best / n * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000,10000,50000")
    parser.add_argument("--argdown-up-to", type=int, default=5000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(machine_line())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in sizes:
            source = argdown_file(n, folder)
            times, peak = [], 0.0
            for _ in range(3):
                seconds, peak = run([str(ARGMAP), "parse", str(source), "--format", "svg", "-o", str(folder / "a.svg")])
                times.append(seconds)
            ours = statistics.median(times)
            line = f"{n:>6,} statements ({source.stat().st_size / 1e6:.1f} MB): argmap {ours:.2f} s, peak {peak:.0f} MB"
            if n <= args.argdown_up_to and ARGDOWN.exists():
                theirs, _ = run([str(ARGDOWN), "map", str(source), str(folder), "--format", "svg", "--silent"])
                line += f"; argdown {theirs:.1f} s: Argmap {theirs / ours:.1f} times as fast"
            print(line, flush=True)
        costs = {n: layout_cost(n) for n in sizes}
        print("layout per node: " + ", ".join(f"{n:,}: {c:.0f} us" for n, c in costs.items())
              + f"; growth {costs[sizes[-1]] / costs[sizes[0]]:.2f}x from {sizes[0]:,} to {sizes[-1]:,} (target 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
