"""Print how long making a map takes through the API, and how fast a real server answers map pages.

    .venv/bin/python bench/bench_maps.py [--check] [--clients 20] [--requests 100]

Starts ``argmap serve`` (uvicorn, one process) on a new database in a temporary folder, then:

- POST /api/maps with the seed article (median of 10) and with a 100 KB synthetic op-ed (median of 3);
- PATCH (rename a node) on each of those maps: the edit, the new layout and the answer (median of 5);
- GET of the seed's map page by 20 clients at once, each with its own keep-alive connection,
  ``--requests`` times each: p50 and p99 latency and requests per second. Target: p99 <= 100 ms.
- the same for the 100 KB map's page.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import ROOT, SEED, machine_line, verdict  # noqa: E402
from bench.bench_parse import synthetic_oped  # noqa: E402

SEED_ID = "open-source-ai-is-the-path-forward"
P99_TARGET = 0.100  # seconds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    command = [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--db", str(db),
               "--workers", str(workers)]
    # a bench is one client making hundreds of maps and changes: the per-client write limits are off
    env = {**os.environ, "ARGMAP_CREATES_PER_MINUTE": "0", "ARGMAP_EDITS_PER_MINUTE": "0"}
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/api/maps")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit(f"the server did not start: {server.stderr.read().decode()}")


@contextmanager
def argmap_serving(db: Path, workers: int = 1) -> Iterator[tuple[int, subprocess.Popen]]:
    """Run ``argmap serve`` (``workers`` processes) on database ``db`` while the block runs; give its port and
    process."""
    port = free_port()
    server = start_server(db, port, workers)
    try:
        yield port, server
    finally:
        server.terminate()
        server.wait()


def request(port: int, method: str, path: str, body: dict | None = None, headers: dict | None = None) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request(method, path, json.dumps(body).encode() if body is not None else None,
                       {"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    answer = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path} answered {response.status}: {answer[:200]!r}")
    return answer


def timed_edit(port: int, map_id: str, key: str, node_id: str, label: str) -> float:
    start = time.perf_counter()
    request(port, "PATCH", f"/api/maps/{map_id}/nodes/{node_id}", {"label": label}, {"X-Edit-Key": key})
    return time.perf_counter() - start


def post_map(port: int, text: str) -> tuple[float, str, str]:
    """Return the seconds one POST /api/maps took, the new map's id and its edit key."""
    body = json.dumps({"text": text}).encode()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    start = time.perf_counter()
    connection.request("POST", "/api/maps", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    answer = response.read()
    elapsed = time.perf_counter() - start
    if response.status != 201:
        raise SystemExit(f"POST /api/maps answered {response.status}: {answer[:200]!r}")
    created = json.loads(answer)
    return elapsed, created["id"], created["edit_key"]


def load(port: int, path: str, clients: int, requests: int) -> tuple[list[float], float]:
    """Return every request's latency, and the wall time, of ``clients`` clients GETting ``path`` at once."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    barrier = threading.Barrier(clients + 1)

    def client(i: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path)  # warm-up: the connection, and the page cache
        connection.getresponse().read()
        barrier.wait()
        for _ in range(requests):
            start = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            latencies[i].append(time.perf_counter() - start)
            assert response.status == 200

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    return [t for per_client in latencies for t in per_client], time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the seed page's p99 misses its target")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=100, help="requests per client")
    args = parser.parse_args(argv)

    print(machine_line())
    seed_text = SEED.read_text(encoding="utf-8")
    article = synthetic_oped(100_000)
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        server = start_server(Path(folder) / "bench.db", port)
        try:
            seed_runs = [post_map(port, seed_text) for _ in range(11)][1:]
            seed_times = [t for t, _, _ in seed_runs]
            seed_made = seed_runs[0][1:]
            print(f"create a map of the seed ({len(seed_text.encode()):,} bytes), POST /api/maps, median of 10: "
                  f"{statistics.median(seed_times) * 1000:.1f} ms")
            big = [post_map(port, article) for _ in range(3)]
            big_made = big[0][1:]
            print(f"create a map of a {len(article.encode()):,}-byte op-ed, median of 3: "
                  f"{statistics.median(t for t, _, _ in big) * 1000:.0f} ms")

            for name, (map_id, key) in [("seed", seed_made), ("100 KB", big_made)]:
                first = json.loads(request(port, "GET", f"/api/maps/{map_id}"))["nodes"][0]["id"]
                times = [timed_edit(port, map_id, key, first, f"Label {i}") for i in range(5)]
                print(f"rename a node of the {name} map, PATCH, median of 5: {statistics.median(times) * 1000:.0f} ms")

            missed = False
            for name, path in [("seed map page", f"/maps/{SEED_ID}"), ("100 KB map page", f"/maps/{big_made[0]}")]:
                latencies, wall = load(port, path, args.clients, args.requests)
                p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
                line = (f"GET {name}, {args.clients} clients x {args.requests}: p50 {p50 * 1000:.1f} ms, "
                        f"p99 {p99 * 1000:.1f} ms, {len(latencies) / wall:.0f} requests/s")
                if name == "seed map page":
                    line += f" (p99 {verdict(p99 * 1000, P99_TARGET * 1000)}, in ms)"
                    missed = p99 > P99_TARGET
                print(line)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
