"""Print how the viewer feels on maps of thousands of nodes, in headless Chromium, each figure by the browser's
own clock: load, the whole map drawn, click -> highlight, zoom step.

    .venv/bin/python bench/bench_viewer_scale.py [--nodes 2000,10000]

Each map is bench_layout's synthetic map (support, attack, 8% cross-links) written as Argdown and
imported through the API of a real server (``argmap serve``, a database in a temporary folder).
Debian's Chromium opens its page at 1440 x 900:

- load: navigation to the viewer being ready (``html[data-viewer-ready]``); a big map opens on its
  first levels;
- whole map: a click on "Whole map" until every node is drawn and the next frame is shown;
- click: a real mouse click on a node in view, selecting it (node highlighted, its edges and neighbours
  marked, its text found, the editor filled: the page is opened as the map's maker, with its edit key),
  from the input to the next frame: the Event Timing API's duration, median and worst of six nodes;
- zoom: a wheel step (not in the Event Timing API), from the event to the second animation frame after
  it (the first that can show the new view), median and worst of six.

Issue 14's targets: 2,000 nodes load <= 2 s, click <= 100 ms, zoom step <= 50 ms; 10,000 nodes load
<= 5 s, click <= 200 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine_line  # noqa: E402
from bench.bench_layout import synthetic_argdown  # noqa: E402
from bench.bench_maps import argmap_serving, request  # noqa: E402
from bench.bench_viewer import ZOOM_STEP  # noqa: E402

WATCH_EVENTS = """() => {
    window.clicks = [];
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (entry.name === "click") window.clicks.push([entry.startTime, entry.duration]);
        }
    }).observe({type: "event", durationThreshold: 16, buffered: false});
}"""

# The duration of the click that started after ``since`` (the entry comes after the frame it waited for).
CLICK_AFTER = """async (since) => {
    for (let waited = 0; waited < 3000; waited += 50) {
        const entry = window.clicks.find(([start]) => start >= since);
        if (entry) return entry[1];
        await new Promise((done) => setTimeout(done, 50));
    }
    return null;
}"""

NODES_IN_VIEW = """(count) => {
    const pane = document.getElementById("map-pane").getBoundingClientRect();
    const inside = [];
    for (const node of document.querySelectorAll("#map-pane g.node")) {
        const r = node.querySelector(".shape").getBoundingClientRect();
        if (r.width > 10 && r.left > pane.left + 10 && r.right < pane.right - 10 && r.top > pane.top + 10
            && r.bottom < pane.bottom - 80) inside.push([node.dataset.id, r.left + r.width / 2, r.top + r.height / 2]);
    }
    return inside.filter((_, i) => i % Math.max(1, Math.floor(inside.length / count)) === 0).slice(0, count);
}"""

EVENT_FLOOR = 16  # ms: the Event Timing API reports no event shorter than this; one not reported counts as 16

WHOLE_MAP = """async (nodes) => {
    const start = performance.now();
    document.querySelector('[data-action="whole"]').click();
    while (document.querySelectorAll("#map-pane g.node").length < nodes) {
        await new Promise((done) => setTimeout(done, 5));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return performance.now() - start;
}"""


def measure(page, base: str, url: str, nodes: int) -> str:
    page.goto(base + url)
    page.wait_for_selector("html[data-viewer-ready=true]", timeout=120_000)
    load = page.evaluate("performance.now()")
    figures = [f"load {load:.0f} ms"]
    if page.locator("#map-pane g.node").count() < nodes:
        whole = page.evaluate(WHOLE_MAP, nodes)
        figures.append(f"whole map drawn {whole:.0f} ms")
    page.evaluate(WATCH_EVENTS)
    for _ in range(3):  # further out than it opens (0.8 -> 0.41 px a unit): more nodes in view, labels still drawn
        page.get_by_role("button", name="Zoom out").click()
    page.wait_for_timeout(300)
    clicks = []
    for node_id, x, y in page.evaluate(NODES_IN_VIEW, 6):
        since = page.evaluate("performance.now()")
        page.mouse.click(x, y)
        page.wait_for_function("(id) => location.hash.includes(encodeURIComponent(id))", arg=node_id)
        duration = page.evaluate(CLICK_AFTER, since)  # none: under the API's 16 ms floor
        clicks.append(EVENT_FLOOR if duration is None else duration)
        page.wait_for_timeout(300)
    if clicks:
        figures.append(f"click -> highlight median {statistics.median(clicks):.0f} ms, worst {max(clicks):.0f} ms "
                       f"({len(clicks)} nodes)")
    pane = page.locator("#map-pane").bounding_box()
    x, y = pane["x"] + pane["width"] / 2, pane["y"] + pane["height"] / 2
    steps = [page.evaluate(ZOOM_STEP, [x, y, k % 2 == 0]) for k in range(6)]
    figures.append(f"zoom step median {statistics.median(steps):.0f} ms, worst {max(steps):.0f} ms")
    return "; ".join(figures)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--nodes", default="2000,10000")
    args = options.parse_args(argv)

    from playwright.sync_api import sync_playwright

    print(machine_line())
    with tempfile.TemporaryDirectory() as folder, argmap_serving(Path(folder) / "bench.db") as (port, _):
        base = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
            for n in (int(v) for v in args.nodes.split(",")):
                created = json.loads(request(port, "POST", "/api/maps", {"text": synthetic_argdown(n), "format": "argdown"}))
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                # as its maker sees it: the edit key in this browser, the editor on
                keys = json.dumps({created["id"]: {"key": created["edit_key"]}})
                page.add_init_script(f"localStorage.setItem('argmap:maps', {json.dumps(keys)})")
                print(f"{n:,} nodes: {measure(page, base, created['url'], n)}", flush=True)
                page.close()
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
