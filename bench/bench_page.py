"""Print the byte size of the seed's viewer page, of its SVG, and of the static files the page loads.

    .venv/bin/python bench/bench_page.py

Sizes are what the app serves (through FastAPI's TestClient), raw and gzip-compressed,
for the seed ``seeds/000_a10110a0f1e8edd2.txt`` served on its own.
"""

from __future__ import annotations

import gzip
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import SEED, machine_line  # noqa: E402


def sizes(body: bytes) -> str:
    return f"{len(body):,} bytes ({len(gzip.compress(body, 6)):,} gzipped)"


def main() -> int:
    from fastapi.testclient import TestClient

    from app import maps
    from app.config import settings
    from app.store import Store
    from app.web import create_app

    print(machine_line())
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / SEED.name).write_bytes(SEED.read_bytes())
        store = Store(Path(folder) / "bench.db")
        maps.sync_seeds(store, Path(folder), settings.max_input_bytes)
        measure(TestClient(create_app(store=store)), maps.default_map(store))
    return 0


def measure(client, amap) -> None:

    page = client.get(f"/maps/{amap.id}")
    svg = client.get(f"/maps/{amap.id}.svg")
    page.raise_for_status()
    svg.raise_for_status()
    print(f"seed map: {len(amap.nodes)} nodes, {len(amap.edges)} edges, "
          f"{amap.layout.width:.0f} x {amap.layout.height:.0f} px; source {SEED.stat().st_size:,} bytes")
    print(f"seed viewer page: {sizes(page.content)}")
    print(f"seed svg: {sizes(svg.content)}")

    assets = sorted(set(re.findall(r'(?:href|src)="(/static/[^"?#]+)', page.text)))
    total = len(page.content)
    for url in assets:
        body = client.get(url).content
        total += len(body)
        print(f"  {url}: {sizes(body)}")
    print(f"seed page with its static files: {total:,} bytes")


if __name__ == "__main__":
    sys.exit(main())
