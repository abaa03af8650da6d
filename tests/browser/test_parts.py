"""Big maps stay navigable: fold and unfold branches, focus on a node, open big maps folded."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from app.models import ArgumentMap
from app.views import parents
from bench.bench_parse import synthetic_oped


def open_viewer(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")


def drawn(page: Page) -> int:
    return page.locator("#map-pane g.node").count()


def test_fold_a_branch_and_unfold_it_from_its_badge(page: Page, seed_map: ArgumentMap) -> None:
    central = seed_map.nodes[0].id
    open_viewer(page, f"/maps/{seed_map.id}#node={central}")
    whole = page.get_by_role("button", name="Whole map")
    expect(whole).to_be_hidden()
    page.locator("#part-fold").click()
    expect(page.locator("#map-pane g.node")).to_have_count(1)
    badge = page.locator(f'#map-pane g.hidden-badge[data-id="{central}"]')
    expect(badge.locator("text")).to_have_text(f"+{len(seed_map.nodes) - 1}")
    expect(whole).to_be_visible()
    expect(page.locator("#part-fold")).to_have_text(f"Unfold branch ({len(seed_map.nodes) - 1})")
    page.get_by_text("Download", exact=True).click()
    expect(page.locator("#download-part-svg")).to_be_visible()
    assert page.locator("#download-part-svg").get_attribute("href") == f"/maps/{seed_map.id}.svg?collapsed={central}"
    page.keyboard.press("Escape")
    badge.click()
    expect(page.locator("#map-pane g.node")).to_have_count(len(seed_map.nodes))
    expect(whole).to_be_hidden()


def test_focus_from_the_keyboard_and_a_passage_of_a_hidden_node_unfolds_it(page: Page, seed_map: ArgumentMap) -> None:
    parent = parents(seed_map)
    focus = next(n for n in parent if parent[n] is not None and n in parent.values())
    children = {n for n, p in parent.items() if p == focus}
    open_viewer(page, f"/maps/{seed_map.id}")
    page.locator(f'#map-pane g.node[data-id="{focus}"]').focus()
    page.keyboard.press("f")
    expect(page.locator("#map-pane g.node")).to_have_count(len(children) + 2)  # with its parent, the root
    expect(page.locator(f'#map-pane g.node[data-id="{focus}"]')).to_be_focused()
    page.keyboard.press("f")
    expect(page.locator("#map-pane g.node")).to_have_count(len(seed_map.nodes))
    # Fold another branch, then everything under the root; a passage of a node folded away unfolds the
    # branches that lead to it (not the other one) and selects it.
    root = seed_map.nodes[0].id
    other = next(n for n in parent if parent[n] == root and n != focus and n in parent.values())
    for node in (other, root):
        page.locator(f'#map-pane g.node[data-id="{node}"]').focus()
        page.keyboard.press("c")
    expect(page.locator("#map-pane g.node")).to_have_count(1)
    leaf = next(n for n in children if page.locator(f'#source-text mark.span[data-nodes^="{n}"]').count())
    page.locator(f'#source-text mark.span[data-nodes^="{leaf}"]').first.click()
    expect(page.locator(f'#map-pane g.node[data-id="{leaf}"]')).to_have_class(re.compile(r"\bis-selected\b"))
    expect(page.locator(f'#map-pane g.hidden-badge[data-id="{other}"]')).to_have_count(1)
    assert drawn(page) < len(seed_map.nodes)


def test_a_big_map_opens_on_its_first_levels(page: Page) -> None:
    response = page.request.post("/api/maps", data={"title": "Big", "text": synthetic_oped(30_000)})
    assert response.ok
    url = response.json()["url"]
    total = len(page.request.get(f"/api{url}").json()["nodes"])
    assert total > 60
    open_viewer(page, url)
    assert 0 < drawn(page) < total
    assert page.locator("#map-pane g.hidden-badge").count() > 0
    expect(page.get_by_role("button", name="Whole map")).to_be_visible()
    page.get_by_role("button", name="Whole map").click()
    expect(page.locator("#map-pane g.node")).to_have_count(total)


def test_the_overview_shows_when_the_map_is_larger_than_the_pane_and_moves_the_view(page: Page,
                                                                                      seed_map: ArgumentMap) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    open_viewer(page, f"/maps/{seed_map.id}")
    pane = page.locator("#map-pane")  # its data-view: the part of the drawing in view, in SVG units
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Zoom in").click()
    minimap = page.locator("#minimap")
    expect(minimap).to_be_visible()
    assert minimap.locator("rect:not(.minimap-view)").count() == len(seed_map.nodes)
    before = pane.get_attribute("data-view")
    box = minimap.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.9, box["y"] + box["height"] * 0.9)  # to the bottom right
    after = [float(v) for v in pane.get_attribute("data-view").split()]
    old = [float(v) for v in before.split()]
    assert after[0] > old[0] and after[1] > old[1] and after[2:] == old[2:]
    page.get_by_role("button", name="Fit", exact=True).click()
    expect(minimap).to_be_hidden()  # everything is in view


def test_a_map_of_hundreds_of_nodes_draws_what_is_near_the_view_and_keeps_every_node_reachable(page: Page) -> None:
    from bench.bench_layout import synthetic_argdown

    response = page.request.post("/api/maps", data={"text": synthetic_argdown(600, seed=7), "format": "argdown"})
    assert response.status == 201
    page.set_viewport_size({"width": 1280, "height": 800})
    open_viewer(page, response.json()["url"])
    page.get_by_role("button", name="Whole map").click()
    nodes = page.locator("#map-pane g.node")
    expect(nodes).to_have_count(600)
    # Far from the view, nodes and edges are out of the drawing; moving the view brings them back.
    culled = page.locator("#map-pane g.node.is-culled")
    assert 0 < culled.count() < 600
    expect(page.locator("#map-pane g.node.is-culled").first).to_be_hidden()
    far = culled.first.get_attribute("data-id")
    page.get_by_role("button", name="Fit", exact=True).click()
    expect(culled).to_have_count(0)  # all of it in view: all drawn, the labels left out at this scale
    expect(page.locator("#map-pane svg.argmap")).to_have_class(re.compile(r"\bis-far\b"))
    expect(page.locator("#map-pane text.label").first).to_be_hidden()
    # Long routes are drawn in pieces (one per run), their arrowhead on the last.
    long_edges = page.locator("#map-pane g.edge:has(path + path)")
    assert long_edges.count() > 0
    assert long_edges.first.locator("path[marker-end]").count() == 1
    # Tab reaches the next node in order even when it was out of the drawing, and brings it into view.
    for _ in range(4):
        page.get_by_role("button", name="Zoom in").click()
    ids = nodes.evaluate_all("(all) => all.map((n) => n.dataset.id)")
    start = ids.index(far) - 1
    page.locator(f'#map-pane g.node[data-id="{ids[start]}"]').focus()
    page.keyboard.press("Tab")
    reached = page.locator(f'#map-pane g.node[data-id="{far}"]')
    expect(reached).to_be_focused()
    expect(reached).to_be_in_viewport()
    # A selection is drawn on a layer of its own over the map (the node's border, its neighbours', its edges),
    # the map itself neither dimmed nor restyled; clearing it empties the layer.
    page.keyboard.press("Enter")
    expect(reached).to_have_class(re.compile(r"\bis-selected\b"))
    expect(reached).to_have_attribute("aria-pressed", "true")
    degree = page.locator(f'#map-pane g.edge[data-source="{far}"], #map-pane g.edge[data-target="{far}"]').count()
    layer = page.locator("#map-pane svg.selection-layer")
    assert layer.locator("path").count() >= 1 + degree  # its border and at least one path per edge
    other = page.locator("#map-pane g.node:not(.is-selected):not(.is-neighbour):not(.is-culled)").first
    assert other.evaluate("(n) => getComputedStyle(n).opacity") == "1"
    page.keyboard.press("Escape")
    expect(layer.locator("path")).to_have_count(0)
    expect(reached).to_have_attribute("aria-pressed", "false")
