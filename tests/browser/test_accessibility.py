"""axe-core finds no accessibility violation on the pages, at desktop and phone sizes.

axe-core is the version pinned in .ci/package-lock.json (installed by .ci/run); it is added to
each page before the page's own scripts run, through the browser's debugging protocol, so the
pages' Content Security Policy stays as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from app.models import ArgumentMap
from bench.bench_parse import synthetic_oped

AXE = Path(__file__).resolve().parents[2] / ".ci" / "node_modules" / "axe-core" / "axe.min.js"
SIZES = {"desktop": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def axe_page(page: Page) -> Page:
    if not AXE.exists():
        pytest.fail(f"axe-core is not installed at {AXE} (bash .ci/run installs it with npm)", pytrace=False)
    page.add_init_script(path=str(AXE))
    return page


def violations(page: Page) -> list[str]:
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ["violations"]});
        return result.violations.map(v => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
    }""")
    return found


def open_ready(page: Page, path: str) -> None:
    page.goto(path)
    if path.startswith("/maps/"):
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")


@pytest.mark.parametrize("size", SIZES)
def test_the_home_page(axe_page: Page, size: str) -> None:
    axe_page.set_viewport_size(SIZES[size])
    open_ready(axe_page, "/")
    assert violations(axe_page) == []


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", ["plain", "selected", "stand"])
def test_the_seed_viewer(axe_page: Page, seed_map: ArgumentMap, size: str, state: str) -> None:
    axe_page.set_viewport_size(SIZES[size])
    evidence = next(n for n in seed_map.nodes if n.kind == "evidence")
    open_ready(axe_page, f"/maps/{seed_map.id}" + (f"#node={evidence.id}" if state == "selected" else ""))
    if state == "stand":
        axe_page.locator("#stand-toggle").click()
        expect(axe_page.locator("#stand-toggle")).to_have_attribute("aria-pressed", "true")
    assert violations(axe_page) == []


TEXTS = {
    "small": "Towns should keep their night buses. Night buses carry the people who clean offices. "
             "Critics argue that they cost too much. However, the cost is small.",
    "big": synthetic_oped(30_000),  # opens folded, with badges that count what each branch hides
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text", TEXTS)
def test_a_map_a_user_made(axe_page: Page, size: str, text: str) -> None:
    axe_page.set_viewport_size(SIZES[size])
    response = axe_page.request.post("/api/maps", data={"title": "A user's map", "text": TEXTS[text]})
    assert response.ok
    open_ready(axe_page, response.json()["url"])
    assert violations(axe_page) == []
