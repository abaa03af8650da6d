"""Print how a real server holds up under heavy work and many edits at once (issue 13's targets).

    .venv/bin/python bench/bench_busy.py [--check]

Starts ``argmap serve`` on a new database, imports a 5,000-node Argdown map, then:

- one PATCH on it (rename a node, ``Prefer: return=minimal``), 30 one after the other: the median. Target <= 200 ms;
- 100 PATCHes at once (20 connections), each renaming another node: how many answered 5xx
  (target 0) and whether every accepted one is in the map afterwards;
- while the PNG of that map is drawn and a 2 MB text is mapped (the heaviest work there is),
  a static file and the seed's page are asked for every 50 ms: the slowest answer. Target <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import http.client

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line, verdict  # noqa: E402
from bench.bench_maps import SEED_ID, argmap_serving  # noqa: E402
from bench.bench_parse import synthetic_oped  # noqa: E402

NODES = 5000


def big_argdown(n: int = NODES, seed: int = 3) -> str:
    """An Argdown map of ``n`` statements, each supporting or attacking one of the fifty before it."""
    pick = random.Random(seed)
    blocks = ["[S0]: The town should build a bridge over the river."]
    for i in range(1, n):
        relation = "+>" if pick.random() < 0.8 else "->"
        blocks.append(f"[S{i}]: Statement {i} says a thing about item {i}.\n  {relation} [S{pick.randrange(max(0, i - 50), i)}]")
    return "\n\n".join(blocks)


def call(port: int, method: str, path: str, body: dict | None = None,
         headers: dict | None = None) -> tuple[int, bytes, float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    start = time.perf_counter()
    connection.request(method, path, json.dumps(body).encode() if body is not None else None,
                       {"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    answer = response.read()
    return response.status, answer, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    print(machine_line())
    missed = False
    with tempfile.TemporaryDirectory() as folder, argmap_serving(Path(folder) / "argmap.db") as (port, _):
        status, body, seconds = call(port, "POST", "/api/maps", {"text": big_argdown(), "format": "argdown"})
        assert status == 201, body[:300]
        made = json.loads(body)
        map_id, key = made["id"], made["edit_key"]
        print(f"import of a {NODES:,}-node Argdown map: {seconds:.2f} s")
        nodes = [n["id"] for n in json.loads(call(port, "GET", f"/api/maps/{map_id}")[1])["nodes"]]
        edit = {"X-Edit-Key": key, "Prefer": "return=minimal"}

        times = sorted(call(port, "PATCH", f"/api/maps/{map_id}/nodes/{nodes[i]}", {"label": f"One {i}"},
                            edit)[2] for i in range(30))
        one = times[len(times) // 2]
        missed |= one > 0.2
        print(f"one PATCH on {NODES:,} nodes, median of 30: {one * 1000:.0f} ms ({verdict(one * 1000, 200)}); "
              f"fastest {times[0] * 1000:.0f} ms, 9 in 10 under {times[26] * 1000:.0f} ms")

        def rename(i: int) -> int:
            return call(port, "PATCH", f"/api/maps/{map_id}/nodes/{nodes[100 + i]}", {"label": f"Many {i}"},
                        edit)[0]

        start = time.perf_counter()
        with ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(rename, range(100)))
        took = time.perf_counter() - start
        now = {n["id"]: n["label"] for n in json.loads(call(port, "GET", f"/api/maps/{map_id}")[1])["nodes"]}
        kept = all(now[nodes[100 + i]] == f"Many {i}" for i, s in enumerate(statuses) if s == 200)
        errors = sum(s >= 500 for s in statuses)
        missed |= errors > 0 or not kept
        print(f"100 PATCHes at once: {statuses.count(200)} made, {errors} answered 5xx, every made one kept: "
              f"{kept}; {took:.1f} s in all")

        worst = [0.0, 0.0]
        done = threading.Event()

        def heavy() -> None:
            with ThreadPoolExecutor(2) as pool:
                png = pool.submit(call, port, "GET", f"/maps/{map_id}.png")
                text = pool.submit(call, port, "POST", "/api/maps", {"text": synthetic_oped(2_000_000)})
                print(f"meanwhile: the PNG answered {png.result()[0]} in {png.result()[2]:.1f} s, "
                      f"the 2 MB text {text.result()[0]} in {text.result()[2]:.1f} s")
            done.set()

        worker = threading.Thread(target=heavy)
        worker.start()
        time.sleep(0.3)
        asked = 0
        while not done.is_set():
            for k, path in enumerate(("/static/viewer.css", f"/maps/{SEED_ID}")):
                worst[k] = max(worst[k], call(port, "GET", path)[2])
            asked += 1
            time.sleep(0.05)
        worker.join()
        for k, what in enumerate(("a static file", "the seed's page")):
            missed |= worst[k] > 0.1
            print(f"{what} while they ran, slowest of {asked}: {worst[k] * 1000:.0f} ms "
                  f"({verdict(worst[k] * 1000, 100)})")
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
