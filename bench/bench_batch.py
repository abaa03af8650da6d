"""Print the throughput of `argmap parse --jsonl` with one job and with every core (issue 14, point 6).

    .venv/bin/python bench/bench_batch.py [--texts 100] [--size 20000] [--runs 3]

Writes a JSON Lines file of ``--texts`` synthetic op-eds of ``--size`` bytes each, then times the whole
command with ``--jobs 1``, with ``--jobs`` the number of cores, and (with the dask extra) with
``--scheduler`` on a local Dask cluster of as many single-threaded workers. Target: at least 1.7 times
the throughput of one job on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line  # noqa: E402
from bench.bench_parse import synthetic_oped  # noqa: E402

ARGMAP = Path(sys.executable).parent / "argmap"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=100)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(machine_line())
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "in.jsonl"
        corpus.write_text("".join(json.dumps({"id": f"t{i}", "text": synthetic_oped(args.size, seed=i)}) + "\n"
                                  for i in range(args.texts)))
        times: dict[int, list[float]] = {1: [], cores: []}
        for _ in range(args.runs):  # one job and every core in turn: a slow spell falls on both
            for jobs in times:
                start = time.perf_counter()
                subprocess.run([str(ARGMAP), "parse", "--jsonl", str(corpus), "-o", f"{folder}/out{jobs}.jsonl",
                                "--jobs", str(jobs)], check=True)
                times[jobs].append(time.perf_counter() - start)
        rates = {jobs: args.texts / statistics.median(spent) for jobs, spent in times.items()}
        for jobs, rate in rates.items():
            print(f"--jobs {jobs}: {rate:.1f} texts/s, median of {args.runs} ({args.texts} texts of {args.size:,} bytes)")
        same = (Path(folder) / "out1.jsonl").read_bytes() == (Path(folder) / f"out{cores}.jsonl").read_bytes()
        print(f"{cores} jobs / 1 job: {rates[cores] / rates[1]:.2f}x (target 1.7 on 2 cores); the same output: {same}")
        try:
            from distributed import LocalCluster
        except ImportError:
            print("no Dask here (pip install 'argmap[dask]'): the cluster run is skipped")
            return 0
        with LocalCluster(n_workers=cores, threads_per_worker=1, dashboard_address=None) as cluster:
            start = time.perf_counter()
            subprocess.run([str(ARGMAP), "parse", "--jsonl", str(corpus), "-o", f"{folder}/dask.jsonl",
                            "--scheduler", cluster.scheduler_address], check=True)
            rate = args.texts / (time.perf_counter() - start)
        same = (Path(folder) / "out1.jsonl").read_bytes() == (Path(folder) / "dask.jsonl").read_bytes()
        print(f"--scheduler (a local Dask cluster of {cores} single-threaded workers): {rate:.1f} texts/s, "
              f"{rate / rates[1]:.2f}x one job; the same output: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
