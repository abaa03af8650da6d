"""Benchmarks that print figures: ``python bench/bench_parse.py``, ``python bench/bench_page.py``.

They are scripts, not tests: timings depend on the machine, so each prints a machine line
beside its figures, and ``--check`` turns a missed target into exit code 1.
"""

from __future__ import annotations

import os
import platform
import statistics
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
    return f"machine: nproc {nproc}, {model}, Python {platform.python_version()}"


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of ``repeat`` calls of ``run``, after one warm-up call."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def verdict(value: float, target: float) -> str:
    return f"target <= {target:g}: {'ok' if value <= target else 'MISSED'}"
