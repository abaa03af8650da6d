"""Look at it: screenshots of the viewer as people see it, kept in test-artifacts/ for a person to open.

The seed at 1440 x 900 (fitted) and on a 390 x 844 phone, a 100 KB op-ed (opened folded) and a
two-node map. Each test also checks what the picture must show: every node of the seed fitted in
the pane, the big map's overview, the small map centred in its pane. README's pictures
(docs/screenshots/) are these files, copied.
"""

from __future__ import annotations

import struct
from pathlib import Path

from playwright.sync_api import Page, expect

from app.models import ArgumentMap
from bench.bench_parse import synthetic_oped


def open_viewer(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


def shoot(page: Page, artifacts: Path, name: str) -> Path:
    path = artifacts / f"{name}.png"
    page.screenshot(path=path)
    size = page.viewport_size
    assert png_size(path) == (size["width"], size["height"])
    return path


def test_the_seed_fitted_on_a_laptop(page: Page, seed_map: ArgumentMap, artifacts: Path) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    open_viewer(page, f"/maps/{seed_map.id}")
    page.get_by_role("button", name="Fit", exact=True).click()
    pane = page.locator("#map-pane").bounding_box()
    for box in page.locator("#map-pane g.node").all():
        b = box.bounding_box()
        assert pane["x"] <= b["x"] and b["x"] + b["width"] <= pane["x"] + pane["width"]
    shoot(page, artifacts, "seed-1440x900")


def test_the_seed_on_a_phone(page: Page, seed_map: ArgumentMap, artifacts: Path) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_viewer(page, f"/maps/{seed_map.id}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shoot(page, artifacts, "seed-390x844")


def test_a_100_kb_op_ed(page: Page, artifacts: Path) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    response = page.request.post("/api/maps", data={"title": "A 100 KB op-ed", "text": synthetic_oped(100_000)})
    assert response.ok
    open_viewer(page, response.json()["url"])
    expect(page.locator("#minimap")).to_be_visible()
    expect(page.get_by_role("button", name="Whole map")).to_be_visible()
    shoot(page, artifacts, "synthetic-100kb-1440x900")


def test_a_two_node_map(page: Page, artifacts: Path) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    response = page.request.post("/api/maps", data={
        "title": "Night buses", "text": "Towns should keep their night buses. Critics argue that they cost too much."})
    assert response.ok
    open_viewer(page, response.json()["url"])
    expect(page.locator("#map-pane g.node")).to_have_count(2)
    pane = page.locator("#map-pane").bounding_box()
    boxes = [b.bounding_box() for b in page.locator("#map-pane g.node").all()]
    middle = (min(b["x"] for b in boxes) + max(b["x"] + b["width"] for b in boxes)) / 2
    assert abs(middle - (pane["x"] + pane["width"] / 2)) < pane["width"] * 0.1  # centred, not at the left edge
    shoot(page, artifacts, "two-nodes-1440x900")
