"""The viewer in a real Chromium: selection, text pane, keyboard, deep links, download, drawing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from app.models import ArgumentMap, Node

SVG = "{http://www.w3.org/2000/svg}"
SEED_ID = "open-source-ai-is-the-path-forward"
KIND_NAMES = {
    "central_claim": "Central claim",
    "claim": "Claim",
    "counterclaim": "Counterclaim",
    "rebuttal": "Rebuttal",
    "evidence": "Evidence",
}

# True when the element's box lies inside the text pane's visible rectangle.
IN_TEXT_PANE = """(selector) => {
  const element = document.querySelector(selector);
  const pane = document.getElementById("text-pane").getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.top >= pane.top && box.bottom <= pane.bottom && box.left >= pane.left && box.right <= pane.right;
}"""


def open_viewer(page: Page, path: str = f"/maps/{SEED_ID}") -> Page:
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
    return page


def node_at(page: Page, node_id: str):
    return page.locator(f'#map-pane g.node[data-id="{node_id}"]')


def ranges(spans) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def expect_selected(page: Page, node: Node) -> None:
    expect(page).to_have_url(f"{page.url.split('#')[0]}#node={node.id}")
    expect(node_at(page, node.id)).to_have_class(re.compile(r"\bis-selected\b"))
    expect(page.locator("#details-label")).to_have_text(node.label)
    expect(page.locator("#details-kind")).to_have_text(KIND_NAMES[node.kind])


@pytest.fixture(scope="module")
def last_claim(seed_map: ArgumentMap) -> Node:
    """The claim that starts last in the text: selecting it must scroll the text pane."""
    claims = [n for n in seed_map.nodes if n.kind == "claim"]
    assert claims, "the seed map has no claim"
    return max(claims, key=lambda n: min(s.start for s in n.spans))


def test_clicking_a_claim_selects_it_marks_its_span_and_scrolls_to_it(
    page: Page, seed_map: ArgumentMap, last_claim: Node, artifacts: Path
) -> None:
    open_viewer(page)
    page.screenshot(path=artifacts / "viewer.png")
    assert page.locator("#text-pane").evaluate("pane => pane.scrollTop") == 0

    # Focusing a node brings it into view (a wide map does not start fitted), then a click selects it.
    node_at(page, last_claim.id).focus()
    node_at(page, last_claim.id).click()

    expect_selected(page, last_claim)
    expect(page.locator("#details-cue")).to_have_text(last_claim.cue)
    expect(page.locator("#details-text")).to_have_text(last_claim.text)
    active = page.locator("#source-text mark.active")
    marked = active.evaluate_all("marks => marks.map(m => [Number(m.dataset.start), Number(m.dataset.end)])")
    assert ranges(marked) == ranges((s.start, s.end) for s in last_claim.spans)
    first = f'#source-text mark.active[data-start="{min(s.start for s in last_claim.spans)}"]'
    page.wait_for_function(IN_TEXT_PANE, arg=first, timeout=5000)
    assert page.locator("#text-pane").evaluate("pane => pane.scrollTop") > 0

    neighbours = {e.target for e in seed_map.edges if e.source == last_claim.id}
    neighbours |= {e.source for e in seed_map.edges if e.target == last_claim.id}
    shown = page.locator("#map-pane g.node.is-neighbour").evaluate_all("gs => gs.map(g => g.dataset.id)")
    assert set(shown) == neighbours
    expect(page.locator("#map-pane svg")).to_contain_class("has-selection")
    page.screenshot(path=artifacts / "viewer-selected.png")


def test_relation_links_select_and_history_goes_back(page: Page, seed_map: ArgumentMap, last_claim: Node) -> None:
    nodes = {n.id: n for n in seed_map.nodes}
    supported = [e.target for e in seed_map.edges if e.source == last_claim.id and e.kind == "supports"]
    attacked = [e.target for e in seed_map.edges if e.source == last_claim.id and e.kind == "attacks"]
    assert supported or attacked, "the claim points to nothing"
    heading, target = ("Supports", supported[0]) if supported else ("Attacks", attacked[0])
    open_viewer(page, f"/maps/{SEED_ID}#node={last_claim.id}")
    expect(page.locator("#details-relations dt").first).to_have_text(heading)

    page.locator(f'#details-relations a[data-node="{target}"]').click()
    expect_selected(page, nodes[target])
    page.go_back()
    expect_selected(page, last_claim)
    page.go_forward()
    expect_selected(page, nodes[target])


def test_clicking_a_highlighted_span_selects_its_innermost_node(page: Page, seed_map: ArgumentMap) -> None:
    nodes = {n.id: n for n in seed_map.nodes}
    open_viewer(page)
    # The passage covered by the most nodes: with nesting, the innermost must win.
    mark = page.locator("#source-text mark.span").evaluate_all(
        "marks => marks.map(m => m.dataset.nodes.split(' ')).sort((a, b) => b.length - a.length)[0]"
    )
    selector = f'#source-text mark.span[data-nodes="{" ".join(mark)}"]'
    page.locator(selector).first.scroll_into_view_if_needed()
    box = page.locator(selector).first.evaluate(
        "m => { const r = m.getClientRects()[0]; return {x: r.x + r.width / 2, y: r.y + r.height / 2}; }"
    )
    page.mouse.click(box["x"], box["y"])
    expect_selected(page, nodes[mark[0]])


def test_keyboard_moves_between_nodes_selects_and_clears(page: Page, seed_map: ArgumentMap) -> None:
    open_viewer(page)
    order = page.locator("#map-pane g.node").evaluate_all("gs => gs.map(g => g.dataset.id)")
    assert order == [n.id for n in seed_map.nodes]
    focused = "() => document.activeElement.dataset.id ?? null"
    centre = "id => { const b = document.getElementById('node-' + id).getBBox(); return [b.x + b.width / 2, b.y + b.height / 2]; }"

    node_at(page, order[0]).focus()
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == order[1]
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(focused) == order[0]

    moves = 0
    for key, axis, sign in [("ArrowRight", 0, 1), ("ArrowDown", 1, 1), ("ArrowLeft", 0, -1), ("ArrowUp", 1, -1)]:
        before = page.evaluate(focused)
        page.keyboard.press(key)
        after = page.evaluate(focused)
        if after != before:
            moves += 1
            assert (page.evaluate(centre, after)[axis] - page.evaluate(centre, before)[axis]) * sign > 0, key
    assert moves >= 2, "the arrow keys did not move between nodes"

    chosen = page.evaluate(focused)
    page.keyboard.press("Enter")
    expect_selected(page, next(n for n in seed_map.nodes if n.id == chosen))
    page.keyboard.press("Escape")
    expect(page.locator("#map-pane g.node.is-selected")).to_have_count(0)
    expect(page.locator("#source-text mark.active")).to_have_count(0)
    expect(page.locator("#details-hint")).to_be_visible()
    assert "#" not in page.url


def test_deep_link_opens_with_the_node_selected(page: Page, seed_map: ArgumentMap) -> None:
    evidence = next(n for n in seed_map.nodes if n.kind == "evidence")
    open_viewer(page, f"/maps/{seed_map.id}#node={evidence.id}")
    expect_selected(page, evidence)
    expect(page.locator("#source-text mark.active").first).to_have_attribute("data-start", str(evidence.spans[0].start))


def test_pan_zoom_and_fit_move_the_drawing(page: Page) -> None:
    open_viewer(page)
    view = page.locator("#map-pane")  # its data-view: the part of the drawing in view, in SVG units

    def shown() -> list[float]:
        return [float(v) for v in view.get_attribute("data-view").split()]

    central = page.locator("#map-pane g.node.kind-central_claim .shape")
    page.get_by_role("button", name="Fit", exact=True).click()
    fitted = shown()
    drawn = page.request.get(f"/maps/{SEED_ID}.svg").text()  # the drawing's own size: its viewBox's
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([0-9.]+) ([0-9.]+)"', drawn).groups())
    assert fitted[0] <= 0 and fitted[0] + fitted[2] >= width and fitted[1] + fitted[3] >= height  # the drawing whole
    pane = view.bounding_box()
    assert central.bounding_box()["x"] >= pane["x"] and central.bounding_box()["y"] >= pane["y"]  # on screen
    small = central.bounding_box()["width"]
    page.get_by_role("button", name="Zoom in").click()
    zoomed = shown()
    assert zoomed[2] == pytest.approx(fitted[2] / 1.25)
    assert central.bounding_box()["width"] == pytest.approx(small * 1.25, rel=0.02)  # drawn larger on screen

    before = central.bounding_box()
    page.mouse.move(pane["x"] + pane["width"] / 2, pane["y"] + pane["height"] / 2)
    page.mouse.down()
    page.mouse.move(pane["x"] + pane["width"] / 2 + 200, pane["y"] + pane["height"] / 2 + 100, steps=5)
    page.mouse.up()
    panned = shown()
    scale = page.evaluate("document.querySelector('#map-pane').clientWidth") / zoomed[2]  # pixels per unit
    assert panned == pytest.approx([zoomed[0] - 200 / scale, zoomed[1] - 100 / scale, zoomed[2], zoomed[3]])
    after = central.bounding_box()  # the drawing followed the pointer
    assert (after["x"] - before["x"], after["y"] - before["y"]) == pytest.approx((200, 100), abs=1)
    expect(page.locator("#map-pane g.node.is-selected")).to_have_count(0)

    page.mouse.wheel(0, -300)
    expect(view).not_to_have_attribute("data-view", " ".join(str(v) for v in panned))
    page.get_by_role("button", name="Fit", exact=True).click()
    assert shown() == pytest.approx(fitted)


def test_download_button_gives_the_svg(page: Page, seed_map: ArgumentMap) -> None:
    open_viewer(page)
    page.get_by_text("Download", exact=True).click()  # the menu opens
    with page.expect_download() as info:
        page.locator("#download-svg").click()
    download = info.value
    assert download.suggested_filename == "open-source-ai-is-the-path-forward.svg"
    root = ET.parse(download.path()).getroot()
    assert root.tag == f"{SVG}svg"
    ids = [g.get("data-id") for g in root.iter(f"{SVG}g") if "node" in g.get("class", "").split()]
    assert ids == [n.id for n in seed_map.nodes]


def test_every_label_line_lies_inside_its_node_box(page: Page) -> None:
    open_viewer(page)
    outside = page.locator("#map-pane g.node").evaluate_all(
        """nodes => nodes.flatMap(node => {
          const shape = node.querySelector(".shape").getBoundingClientRect();
          return [...node.querySelectorAll("text")].flatMap(text => {
            const box = text.getBoundingClientRect();
            const inside = box.left >= shape.left - 0.5 && box.right <= shape.right + 0.5
              && box.top >= shape.top - 0.5 && box.bottom <= shape.bottom + 0.5;
            return inside ? [] : [`${node.dataset.id}: "${text.textContent}"`];
          });
        })"""
    )
    assert page.locator("#map-pane g.node text").count() > 0
    assert outside == []


def _fitted_boxes_and_label_px(page: Page) -> tuple[list[list[float]], float]:
    """Click Fit; return the boxes on screen, each in view and none under the pinned legend, and the label
    text's height in pixels (the label font's size in the SVG times pixels per SVG unit)."""
    page.get_by_role("button", name="Fit", exact=True).click()
    pane = page.locator("#map-pane").bounding_box()
    boxes = page.locator("#map-pane g.node path.shape").evaluate_all(
        "paths => paths.map(p => { const r = p.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })")
    key = page.locator("#map-key").bounding_box()
    for left, top, right, bottom in boxes:
        assert pane["x"] <= left and right <= pane["x"] + pane["width"]
        assert pane["y"] <= top and bottom <= key["y"]
    label_px = page.evaluate("""() => {
        const svg = document.querySelector('#map-pane svg');
        const label = svg.querySelector('g.node text.label');
        return Number(label.getAttribute('font-size')) * svg.getScreenCTM().a;
    }""")
    return boxes, label_px


def test_fit_shows_the_whole_seed_map_on_a_laptop_screen(page: Page, seed_map: ArgumentMap) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    open_viewer(page)
    boxes, label_px = _fitted_boxes_and_label_px(page)
    assert len(boxes) == len(seed_map.nodes)
    assert label_px >= 5  # its 42 nodes: a zoom step or two to read them


def test_fit_shows_a_map_of_thirty_nodes_with_legible_labels_on_a_laptop_screen(page: Page) -> None:
    from bench.bench_layout import synthetic_argdown

    response = page.request.post("/api/maps", data={"text": synthetic_argdown(30, seed=3), "format": "argdown"})
    assert response.status == 201
    page.set_viewport_size({"width": 1440, "height": 900})
    open_viewer(page, response.json()["url"])
    boxes, label_px = _fitted_boxes_and_label_px(page)
    assert len(boxes) == 30
    assert label_px >= 9


def test_the_keyboard_reaches_passages_relations_and_the_download_menu(page: Page, seed_map: ArgumentMap) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    open_viewer(page)
    # A highlighted passage takes the focus and Enter selects its node.
    mark = page.locator("#source-text mark.span").first
    mark.focus()
    page.keyboard.press("Enter")
    chosen = mark.get_attribute("data-nodes").split(" ")[0]
    expect(page.locator(f'#map-pane g.node[data-id="{chosen}"]')).to_have_class(re.compile(r"\bis-selected\b"))
    # Following a relation puts the focus on the node reached.
    link = page.locator("#details-relations a[data-node]").first
    reached = link.get_attribute("data-node")
    link.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f'#map-pane g.node[data-id="{reached}"]')).to_be_focused()
    expect(page.locator(f'#map-pane g.node[data-id="{reached}"]')).to_have_class(re.compile(r"\bis-selected\b"))
    # Escape closes the Download menu (and leaves the selection); so does a click outside it.
    menu = page.locator("#download-menu")
    page.locator("#download-menu summary").click()
    expect(menu).to_have_attribute("open", "")
    page.keyboard.press("Escape")
    expect(menu).not_to_have_attribute("open", "")
    expect(page.locator("#download-menu summary")).to_be_focused()
    expect(page.locator(f'#map-pane g.node[data-id="{reached}"]')).to_have_class(re.compile(r"\bis-selected\b"))
    page.locator("#download-menu summary").click()
    page.locator("#details").click(position={"x": 5, "y": 5})
    expect(menu).not_to_have_attribute("open", "")


def test_tab_moves_the_view_only_to_bring_a_box_into_sight(page: Page) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    open_viewer(page)
    page.get_by_role("button", name="Fit", exact=True).click()
    view = page.locator("#map-pane")  # its data-view: the part of the drawing in view
    fitted = view.get_attribute("data-view")
    page.locator("#map-pane g.node").first.focus()
    for _ in range(6):
        page.keyboard.press("Tab")
        assert view.get_attribute("data-view") == fitted  # every box is in sight
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Zoom in").click()
    zoomed = view.get_attribute("data-view")
    out_of_sight = page.evaluate("""() => {
        const pane = document.querySelector('#map-pane').getBoundingClientRect();
        return [...document.querySelectorAll('#map-pane g.node')].findIndex(node => {
            const r = node.getBoundingClientRect();
            return r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom;
        });
    }""")
    assert out_of_sight >= 0
    page.locator("#map-pane g.node").nth(out_of_sight).focus()
    assert view.get_attribute("data-view") != zoomed
