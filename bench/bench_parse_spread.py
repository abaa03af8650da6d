"""Parse 1 MB again and again over some minutes, to see its time across the machine's slow spells.

    .venv/bin/python bench/bench_parse_spread.py [--minutes 40] [--every 60]

Each line is one round: the median (and min, max) of three parses of the 1 MB synthetic
op-ed of bench_parse.py, with the machine's pace before the round. A shared virtual machine
runs slower in some minutes than in others; one bench run falls into one or the other.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line, pace_line  # noqa: E402
from bench.bench_parse import MB, synthetic_oped  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--minutes", type=float, default=40)
    options.add_argument("--every", type=float, default=60, help="seconds between rounds")
    args = options.parse_args(argv)

    from app.pipeline import mine_text

    print(machine_line())
    text = synthetic_oped(MB)
    mine_text(text)  # warm up imports and caches
    medians: list[float] = []
    end = time.monotonic() + args.minutes * 60
    while time.monotonic() < end:
        pace = pace_line().split(" (")[0]
        times = []
        for _ in range(3):
            gc.collect()
            start = time.perf_counter()
            mine_text(text)
            times.append(time.perf_counter() - start)
        times.sort()
        medians.append(times[1])
        print(f"{time.strftime('%H:%M:%S')}  1 MB parse: median {times[1]:.2f} s (min {times[0]:.2f}, "
              f"max {times[2]:.2f}); {pace}", flush=True)
        time.sleep(args.every)
    if medians:
        print(f"{len(medians)} rounds: medians {min(medians):.2f}-{max(medians):.2f} s, "
              f"{sum(m > 2 for m in medians)} over the 2 s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
