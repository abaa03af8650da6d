"""Print how the viewer feels on a big map, in headless Chromium: page size, load, zoom steps, fold.

    .venv/bin/python bench/bench_viewer.py [--size 100000]

A synthetic op-ed of ``--size`` bytes (bench/bench_parse.py's) is mapped by a real server
(uvicorn in a thread, a database in a temporary folder); Debian's Chromium opens its page at
1440 x 900 and the script measures, each with the browser's own clock:

- the page's bytes, as sent (gzip) and unpacked, and the nodes drawn (a big map opens folded);
- load: from navigation to the viewer being ready;
- zoom: six wheel steps, each from the wheel event to the second animation frame after it (the
  first frame that can show the new view), median and worst; on the part the map opens on, then on
  the whole map ("Whole map": every node drawn);
- unfold: a click on a folded branch's badge until the new drawing is in the pane.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line  # noqa: E402
from bench.bench_parse import synthetic_oped  # noqa: E402

ZOOM_STEP = """async ([x, y, up]) => {
    const pane = document.getElementById("map-pane");
    const start = performance.now();
    pane.dispatchEvent(new WheelEvent("wheel", {deltaY: up ? -120 : 120, clientX: x, clientY: y, bubbles: true,
                                                 cancelable: true}));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return performance.now() - start;
}"""

UNFOLD = """async () => {
    const badge = document.querySelector("#map-pane g.hidden-badge");
    if (!badge) return null;
    const before = document.querySelector("#map-pane svg.argmap");
    const start = performance.now();
    badge.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    while (document.querySelector("#map-pane svg.argmap") === before) {
        await new Promise((done) => setTimeout(done, 5));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return performance.now() - start;
}"""


def fetch(url: str, body: bytes | None = None, gzip: bool = False) -> tuple[bytes, int]:
    """Return the body of ``url`` (POSTed ``body`` as JSON, if any) and its length as sent."""
    headers = {"Content-Type": "application/json", "Accept-Encoding": "gzip" if gzip else "identity"}
    with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=120) as response:
        sent = response.read()
    return sent, len(sent)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--size", type=int, default=100_000, help="bytes of synthetic op-ed (default 100,000)")
    args = options.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from app.config import settings
    from app.web import create_app
    from tests.browser.conftest import serving

    print(machine_line())
    with tempfile.TemporaryDirectory() as folder:
        seeds = Path(folder) / "seeds"
        seeds.mkdir()
        config = settings.__class__(db_path=Path(folder) / "bench.db", seeds_dir=seeds)
        with serving(create_app(config)) as base:
            body = json.dumps({"title": "Synthetic", "text": synthetic_oped(args.size)}).encode()
            created = json.loads(fetch(f"{base}/api/maps", body=body)[0])
            url = created["url"]
            plain, _ = fetch(base + url)
            _, packed = fetch(base + url, gzip=True)
            nodes = len(json.loads(fetch(f"{base}/api{url}")[0])["nodes"])
            print(f"map of {args.size:,} bytes: {nodes} nodes; page {len(plain):,} bytes, sent gzipped {packed:,}")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(base + url)
                page.wait_for_selector("html[data-viewer-ready=true]")
                load = page.evaluate("performance.now()")
                drawn = page.locator("#map-pane g.node").count()
                print(f"load to ready: {load:.0f} ms; nodes drawn {drawn} of {nodes}")
                pane = page.locator("#map-pane").bounding_box()
                x, y = pane["x"] + pane["width"] / 2, pane["y"] + pane["height"] / 2
                steps = [page.evaluate(ZOOM_STEP, [x, y, k < 3]) for k in range(6)]
                print(f"zoom step to its frame: median {statistics.median(steps):.0f} ms, worst {max(steps):.0f} ms "
                      f"(6 wheel steps)")
                unfold = page.evaluate(UNFOLD)
                if unfold is not None:
                    print(f"unfold a branch, fetched and drawn: {unfold:.0f} ms")
                    page.get_by_role("button", name="Whole map").click()
                    page.locator("#map-pane g.node").nth(nodes - 1).wait_for(state="attached")  # it may be culled
                    steps = [page.evaluate(ZOOM_STEP, [x, y, k < 3]) for k in range(6)]
                    print(f"whole map ({nodes} nodes drawn), zoom step to its frame: median "
                          f"{statistics.median(steps):.0f} ms, worst {max(steps):.0f} ms")
                browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
