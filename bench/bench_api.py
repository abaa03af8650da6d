"""Print how fast a real server answers the API's map and standing of a 2,000-node map to 20 clients at once.

    .venv/bin/python bench/bench_api.py [--check] [--workers 2] [--requests 50]

Starts ``argmap serve --workers N`` on a new database, imports a 2,000-node Argdown map, then 20
clients, each on its own keep-alive connection, GET ``/api/maps/{id}`` (and then ``.../stand``)
``--requests`` times each: p50, p99 and requests per second. Answers are rendered once per version
of the map and kept (issue 14). Target: the map's p99 <= 200 ms with 2 workers.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line, verdict  # noqa: E402
from bench.bench_busy import big_argdown, call  # noqa: E402
from bench.bench_maps import argmap_serving, load, percentile  # noqa: E402

P99_TARGET = 200  # ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50, help="requests per client")
    args = parser.parse_args()
    print(machine_line())
    missed = False
    with tempfile.TemporaryDirectory() as folder, argmap_serving(Path(folder) / "a.db", args.workers) as (port, _):
        status, body, _ = call(port, "POST", "/api/maps", {"text": big_argdown(2000), "format": "argdown"})
        assert status == 201, body[:200]
        map_id = json.loads(body)["id"]
        for name, path in (("map", f"/api/maps/{map_id}"), ("standing", f"/api/maps/{map_id}/stand")):
            latencies, wall = load(port, path, args.clients, args.requests)
            p50, p99 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000
            line = (f"GET the 2,000-node {name}, {args.workers} workers, {args.clients} clients x {args.requests}: "
                    f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, {len(latencies) / wall:.0f} requests/s")
            if name == "map":
                missed = p99 > P99_TARGET
                line += f" (p99 {verdict(p99, P99_TARGET)}, in ms)"
            print(line, flush=True)
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
