"""Bring your own text, in a real Chromium: paste, see the map, edit it, restart the server, find the edit."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from app import maps
from tests.browser.conftest import serving
from tests.conftest import OP_ED, app_on


def select_text(page: Page, start: int, end: int) -> None:
    """Select characters [start, end) of the text pane, as a person dragging over them would."""
    page.evaluate(
        """([start, end]) => {
          const root = document.getElementById("source-text");
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.data.length;
            if (seen <= start && start <= seen + length) range.setStart(node, start - seen);
            if (seen <= end && end <= seen + length) { range.setEnd(node, end - seen); break; }
            seen += length;
          }
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }""",
        [start, end],
    )


def drawn_label(page: Page, kind: str) -> str:
    """Return the label of the first node of ``kind`` as the map draws it, its lines joined by spaces."""
    return " ".join(page.locator(f"#map-pane g.node.kind-{kind}").first.locator("tspan").all_text_contents())


def test_paste_map_edit_restart_and_find_the_edit(page: Page, tmp_path: Path, artifacts: Path) -> None:
    (tmp_path / "seeds").mkdir()
    db = tmp_path / "argmap.db"
    with serving(app_on(db, tmp_path / "seeds")) as url:
        page.goto(url + "/")
        page.screenshot(path=artifacts / "home.png")
        page.fill("#new-title", "Car-free centres")
        page.fill("#new-text", OP_ED)
        page.screenshot(path=artifacts / "new-map-form.png")
        page.click("#new-map-submit")
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        expect(page.locator(".map-title")).to_have_text("Car-free centres")
        assert "key=" not in page.url  # the key is kept by the browser, not left in the address
        map_path = urlsplit(page.url).path
        assert re.fullmatch(r"/maps/[A-Za-z0-9_-]{22,}", map_path)
        expect(page.locator("#edit-tools")).to_be_visible()
        expect(page.locator('[data-edit="undo"]')).to_be_disabled()

        # Rename the central claim.
        page.locator("#map-pane g.node.kind-central_claim").first.click()
        expect(page.locator("#node-editor")).to_be_visible()
        page.fill("#edit-label", "Ban the cars <b>now</b>")
        page.click("#edit-rename")
        expect(page.locator("#edit-status")).to_have_text("Renamed.")
        expect(page.locator("#details-label")).to_have_text("Ban the cars <b>now</b>")
        assert drawn_label(page, "central_claim") == "Ban the cars <b>now</b>"

        # Select words in the text pane and add them as evidence.
        start = OP_ED.index("people on foot spend more")
        select_text(page, start, start + len("people on foot spend more"))
        expect(page.locator("#selection-bar")).to_be_visible()
        page.select_option("#selection-kind", "evidence")
        page.screenshot(path=artifacts / "editor-selection.png")
        page.click("#selection-add")
        expect(page.locator("#edit-status")).to_have_text("Node added.")
        expect(page.locator("#details-label")).to_have_text("People on foot spend more")
        expect(page.locator(f'#source-text mark.active[data-start="{start}"]')).to_have_count(1)

        # Undo the new node, and redo it.
        page.click('[data-edit="undo"]')
        expect(page.locator("#edit-status")).to_have_text("Undone.")
        expect(page.locator("#map-pane g.node.kind-evidence")).to_have_count(1)
        page.click('[data-edit="redo"]')
        expect(page.locator("#edit-status")).to_have_text("Redone.")
        expect(page.locator("#map-pane g.node.kind-evidence")).to_have_count(2)
        page.screenshot(path=artifacts / "editor.png")

    # A restart: a new app on the same database file, at the same address (localStorage is per origin).
    with serving(app_on(db, tmp_path / "seeds"), port=urlsplit(url).port) as url:
        page.goto(url + map_path)
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        assert drawn_label(page, "central_claim") == "Ban the cars <b>now</b>"
        expect(page.locator("#map-pane g.node.kind-evidence")).to_have_count(2)
        expect(page.locator("#edit-tools")).to_be_visible()  # the browser still holds the key
        page.click('[data-edit="edit-link"]')
        expect(page.locator("#edit-status")).to_contain_text(f"Whoever opens this link can edit the map; keep it to "
                                                             f"yourself: {url}{map_path}#key=")
        page.goto(url + "/")
        expect(page.locator("#own-maps a")).to_have_text(["Car-free centres"])


def test_without_the_key_the_map_is_read_only(page: Page, tmp_path: Path, live_server: str) -> None:
    page.goto(live_server + "/maps/open-source-ai-is-the-path-forward")
    expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
    expect(page.locator("#edit-tools")).to_be_hidden()
    page.locator("#map-pane g.node").first.click()
    expect(page.locator("#node-editor")).to_be_hidden()


def test_kind_edges_and_delete_from_the_details_panel(page: Page, tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    app = app_on(tmp_path / "argmap.db", tmp_path / "seeds")
    amap, key = maps.create_map(app.state.store, OP_ED)
    evidence = next(n for n in amap.nodes if n.kind == "evidence")
    counter = next(n for n in amap.nodes if n.kind == "counterclaim")
    claim = next(n for n in amap.nodes if n.kind in ("claim", "rebuttal") and (evidence.id, n.id) not in
                 {(e.source, e.target) for e in amap.edges} and (n.id, evidence.id) not in
                 {(e.source, e.target) for e in amap.edges})
    edges = lambda: {(e.source, e.target): e.kind for e in maps.get_map(app.state.store, amap.id).edges}  # noqa: E731

    with serving(app) as url:
        page.goto(f"{url}/maps/{amap.id}#key={key}")
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        page.goto(f"{url}/maps/{amap.id}#node={evidence.id}")
        expect(page.locator("#node-editor")).to_be_visible()

        page.select_option("#edit-kind", "claim")
        expect(page.locator("#edit-status")).to_have_text("Kind changed.")
        expect(page.locator(f'#map-pane g.node[data-id="{evidence.id}"]')).to_have_attribute("data-kind", "claim")

        page.select_option("#edit-edge-kind", "attacks")
        page.select_option("#edit-edge-target", claim.id)
        page.click("#edit-add-edge")
        expect(page.locator("#edit-status")).to_have_text("Edge added.")
        assert edges()[evidence.id, claim.id] == "attacks"
        expect(page.locator(f'#map-pane g.edge[data-source="{evidence.id}"][data-target="{claim.id}"]')).to_have_count(1)

        page.get_by_role("button", name=f"Make the edge with “{claim.label}” supports instead").click()
        expect(page.locator("#edit-status")).to_have_text("The edge now supports.")
        assert edges()[evidence.id, claim.id] == "supports"
        page.get_by_role("button", name=f"Reverse the edge with “{claim.label}”").click()
        expect(page.locator("#edit-status")).to_have_text("Edge reversed.")
        assert edges()[claim.id, evidence.id] == "supports" and (evidence.id, claim.id) not in edges()
        page.get_by_role("button", name=f"Remove the edge with “{claim.label}”").click()
        expect(page.locator("#edit-status")).to_have_text("Edge removed.")
        assert (claim.id, evidence.id) not in edges()

        page.goto(f"{url}/maps/{amap.id}#node={counter.id}")
        expect(page.locator("#node-editor")).to_be_visible()
        page.click("#edit-delete")
        expect(page.locator("#edit-status")).to_have_text("Node deleted. Undo brings it back.")
        expect(page.locator(f'#map-pane g.node[data-id="{counter.id}"]')).to_have_count(0)
        expect(page.locator(f'#source-text mark[data-nodes~="{counter.id}"]')).to_have_count(0)
        page.keyboard.press("Control+z")
        expect(page.locator("#edit-status")).to_have_text("Undone.")
        expect(page.locator(f'#map-pane g.node[data-id="{counter.id}"]')).to_have_count(1)


@pytest.mark.answers_with_an_error(403)
def test_a_link_with_a_wrong_key_never_replaces_the_key_this_browser_holds(page: Page, live_server: str) -> None:
    made = page.request.post(live_server + "/api/maps", data={
        "title": "Keys", "text": "Towns should keep night buses. Critics argue that they cost too much."})
    assert made.ok
    url, key = made.json()["url"], made.json()["edit_key"]
    page.goto(f"{live_server}{url}#key={key}")  # the owner's link: kept
    expect(page.locator("#edit-tools")).to_be_visible()
    page.goto(live_server + "/")
    page.goto(f"{live_server}{url}#key=not-the-key")  # someone's wrong link, opened afresh
    expect(page.locator("#edit-status")).to_contain_text("edit key is wrong")
    expect(page.locator("#edit-tools")).to_be_visible()  # the owner's key still opens the map
    held = page.evaluate("JSON.parse(localStorage.getItem('argmap:maps'))")
    assert held[url.rsplit("/", 1)[1]]["key"] == key
    assert "#key" not in page.url  # taken out of the address either way


@pytest.mark.answers_with_an_error(409)
def test_a_change_on_a_map_someone_changed_meanwhile_reloads_it_and_says_so(page: Page, tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    app = app_on(tmp_path / "argmap.db", tmp_path / "seeds")
    amap, key = maps.create_map(app.state.store, OP_ED)
    evidence = next(n for n in amap.nodes if n.kind == "evidence")
    with serving(app) as url:
        page.goto(f"{url}/maps/{amap.id}#key={key}")
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        page.goto(f"{url}/maps/{amap.id}#node={evidence.id}")
        expect(page.locator("#node-editor")).to_be_visible()
        # someone else, in another tab: the map is at version 2 now
        assert page.request.patch(f"{url}/api/maps/{amap.id}/nodes/{evidence.id}", data={"label": "Theirs"},
                                  headers={"X-Edit-Key": key}).ok
        page.select_option("#edit-kind", "claim")
        expect(page.locator("#edit-status")).to_contain_text("Someone else changed this map meanwhile")
        expect(page.locator(f'#map-pane g.node[data-id="{evidence.id}"]')).to_have_attribute("data-kind", "evidence")
        expect(page.locator(f'#map-pane g.node[data-id="{evidence.id}"] tspan').first).to_have_text("Theirs")
        assert maps.get_map(app.state.store, amap.id).version == 2  # the blind change was not made
