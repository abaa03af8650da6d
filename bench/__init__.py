"""Benchmarks that print figures: ``python bench/bench_parse.py``, ``python bench/bench_page.py``.

They are scripts, not tests: timings depend on the machine, so each prints a machine line
beside its figures, and ``--check`` turns a missed target into exit code 1.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a10110a0f1e8edd2.txt"


def machine_line() -> str:
    """Return ``machine: nproc N, CPU model, Python X.Y.Z`` for this machine."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"machine: nproc {nproc}, {model}, Python {platform.python_version()}; {pace_line()}"


def pace_line() -> str:
    """Return how fast the machine runs Python right now, as the time of a fixed loop.

    A shared virtual machine has slow spells, when every program runs slower: on this
    project's machine the loop takes about 38 ms in quiet periods and up to 60 ms in slow
    spells. Printed beside the figures, it tells which a run fell into.
    """
    return f"pace {min(_loop() for _ in range(3)) * 1000:.0f} ms (a fixed 1M-step Python loop; higher is slower)"


def _loop() -> float:
    start, total = time.perf_counter(), 0
    for i in range(1_000_000):
        total += i & 7
    return time.perf_counter() - start


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of ``repeat`` calls of ``run``, after one warm-up call."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command_seconds(command: list[str], runs: int) -> float:
    """Return the median wall time of ``runs`` whole processes of ``command``, after one that warms the disk cache."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def verdict(value: float, target: float) -> str:
    return f"target <= {target:g}: {'ok' if value <= target else 'MISSED'}"
