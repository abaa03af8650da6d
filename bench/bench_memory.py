"""Print the server's resident memory while people make and open maps of 1 MB texts (issue 13's target).

    .venv/bin/python bench/bench_memory.py [--check] [--maps 100] [--open 20]

Starts ``argmap serve`` on a new database with the default cache budgets, then makes ``--maps``
maps of different 1 MB op-eds through POST /api/maps and opens the first ``--open`` of them (their
page and their JSON: each laid out, each cached until the budget drops it); then opens 200 small
maps, which push the big ones out of the caches. It prints the server's resident memory (VmRSS)
along the way. Targets: never over 1 GB, and lower at the end than at its peak (memory goes back
when the big maps leave the caches).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line, verdict  # noqa: E402
from bench.bench_busy import call  # noqa: E402
from bench.bench_maps import argmap_serving  # noqa: E402
from bench.bench_parse import synthetic_oped  # noqa: E402

LIMIT_MB = 1024


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--maps", type=int, default=100, help="how many 1 MB maps to make")
    parser.add_argument("--open", type=int, default=20, help="how many of them to open")
    args = parser.parse_args()
    print(machine_line())
    with tempfile.TemporaryDirectory() as folder, argmap_serving(Path(folder) / "argmap.db") as (port, server):
        rss = resident_mb(server.pid)
        peak = rss
        print(f"started: {rss:.0f} MB")
        made = []
        start = time.perf_counter()
        for i in range(args.maps):
            status, body, _ = call(port, "POST", "/api/maps", {"text": synthetic_oped(1_000_000, seed=i)})
            assert status == 201, body[:200]
            made.append(json.loads(body)["id"])
            peak = max(peak, resident_mb(server.pid))
            if (i + 1) % 20 == 0:
                print(f"{i + 1} maps of 1 MB made ({time.perf_counter() - start:.0f} s): "
                      f"{resident_mb(server.pid):.0f} MB, peak {peak:.0f} MB", flush=True)
        for i, map_id in enumerate(made[:args.open]):
            for path in (f"/maps/{map_id}", f"/api/maps/{map_id}"):
                assert call(port, "GET", path)[0] == 200
                peak = max(peak, resident_mb(server.pid))
            if (i + 1) % 5 == 0:
                print(f"{i + 1} of them opened: {resident_mb(server.pid):.0f} MB, peak {peak:.0f} MB", flush=True)
        for i in range(60):
            status, body, _ = call(port, "POST", "/api/maps", {"text": synthetic_oped(100_000, seed=1000 + i)})
            medium = json.loads(body)["id"]
            for path in (f"/maps/{medium}", f"/api/maps/{medium}"):
                call(port, "GET", path)
                peak = max(peak, resident_mb(server.pid))
        end = resident_mb(server.pid)
        print(f"after 60 maps of 100 KB opened (the big ones pushed out of the caches): {end:.0f} MB")
        missed = peak > LIMIT_MB or end >= peak
        print(f"peak {peak:.0f} MB ({verdict(peak, LIMIT_MB)}); at the end {end:.0f} MB, "
              f"{'lower than the peak: ok' if end < peak else 'not lower than the peak: MISSED'}")
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
