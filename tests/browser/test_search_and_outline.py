"""Find a node from the keyboard, and read the map as an outline in step with the selection."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from app.models import ArgumentMap
from app.views import parents


def open_viewer(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")


def test_slash_searches_labels_and_texts_and_enter_selects(page: Page, seed_map: ArgumentMap) -> None:
    open_viewer(page, f"/maps/{seed_map.id}")
    target = next(n for n in seed_map.nodes if n.kind == "evidence")
    words = [w for w in target.text.split() if len(w) > 5][:2]  # words of its text, not only its label
    page.locator("#map-pane").click(position={"x": 5, "y": 5})
    page.keyboard.press("/")
    expect(page.locator("#map-search")).to_be_focused()
    page.keyboard.type(" ".join(words))
    options = page.locator("#search-results [role=option]")
    expect(options.first).to_be_visible()
    expected = [n.id for n in seed_map.nodes if all(w.lower() in f"{n.label} {n.text}".lower() for w in words)]
    assert [o.get_attribute("data-node") for o in options.all()] == expected[:30]
    for _ in range(expected.index(target.id)):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator(f'#map-pane g.node[data-id="{target.id}"]')).to_have_class(re.compile(r"\bis-selected\b"))
    expect(page.locator(f'#map-pane g.node[data-id="{target.id}"]')).to_be_focused()
    expect(page.locator("#search-results")).to_be_hidden()
    page.locator("#map-search").fill("zzzz no such words")
    expect(page.locator("#search-results")).to_contain_text("No node says that.")


def test_the_outline_lists_the_tree_and_follows_the_selection(page: Page, seed_map: ArgumentMap) -> None:
    open_viewer(page, f"/maps/{seed_map.id}")
    page.get_by_role("button", name="Outline").click()
    outline = page.locator("#outline")
    expect(outline).to_be_visible()
    links = outline.locator("a[data-node]")
    expect(links).to_have_count(len(seed_map.nodes))
    parent = parents(seed_map)
    # every node is listed inside its parent's item
    for node in seed_map.nodes[1:6]:
        item = outline.locator(f'li:has(> a[data-node="{parent[node.id]}"]) a[data-node="{node.id}"]')
        expect(item).to_have_count(1)
    chosen = seed_map.nodes[3]
    outline.locator(f'a[data-node="{chosen.id}"]').click()
    expect(page).to_have_url(re.compile(f"#node={chosen.id}$"))
    expect(outline.locator(f'a[data-node="{chosen.id}"]')).to_have_attribute("aria-current", "true")
    # a passage in the text moves the outline's mark too
    other = next(n for n in seed_map.nodes if n.kind == "evidence" and n.id != chosen.id)
    page.locator(f'#source-text mark.span[data-nodes^="{other.id}"]').first.click()
    expect(outline.locator(f'a[data-node="{other.id}"]')).to_have_attribute("aria-current", "true")
    expect(outline.locator("a[aria-current]")).to_have_count(1)
    page.keyboard.press("o")  # the key toggles it too
    expect(outline).to_be_hidden()
