"""The viewer on a phone: nothing scrolls sideways, every part is reachable, and touch drags and pinches."""

from __future__ import annotations

import pytest
from playwright.sync_api import CDPSession, Page, expect

from app.models import ArgumentMap

PHONE = {"width": 390, "height": 844}
pytestmark = pytest.mark.browser_context_args(viewport=PHONE, has_touch=True, is_mobile=True)


@pytest.fixture
def phone(page: Page) -> Page:
    return page


def view_box(page: Page) -> list[float]:
    """Return the part of the drawing in view, in its units: x, y, width, height."""
    return [float(v) for v in page.locator("#map-pane").get_attribute("data-view").split()]


def touch(session: CDPSession, kind: str, points: list[tuple[float, float]]) -> None:
    """Real touch input, as the browser gets it from a touch screen."""
    session.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": x, "y": y} for x, y in points]})


def test_a_phone_shows_map_details_and_text_without_sideways_scrolling(phone: Page, seed_map: ArgumentMap) -> None:
    phone.goto(f"/maps/{seed_map.id}")
    expect(phone.locator("html")).to_have_attribute("data-viewer-ready", "true")
    assert phone.viewport_size == PHONE and phone.evaluate("matchMedia('(pointer: coarse)').matches")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for part in ["#map-pane", "#details", "#text-pane", ".map-title", "#download-menu summary", "#stand-toggle"]:
        box = phone.locator(part).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], part
    assert phone.locator("#map-pane").bounding_box()["height"] >= 300
    phone.locator("#download-menu summary").click()  # the menu opens within the screen
    menu = phone.locator(".download-list").bounding_box()
    assert menu["x"] >= 0 and menu["x"] + menu["width"] <= PHONE["width"]
    phone.locator("#download-menu summary").click()
    phone.locator("#source-text mark.span").first.scroll_into_view_if_needed()
    expect(phone.locator("#source-text mark.span").first).to_be_in_viewport()


def test_one_finger_drags_the_map_and_two_pinch_it(phone: Page, seed_map: ArgumentMap) -> None:
    phone.goto(f"/maps/{seed_map.id}")
    expect(phone.locator("html")).to_have_attribute("data-viewer-ready", "true")
    pane = phone.locator("#map-pane").bounding_box()
    cx, cy = pane["x"] + pane["width"] / 2, pane["y"] + pane["height"] / 2
    before = view_box(phone)
    session = phone.context.new_cdp_session(phone)
    touch(session, "touchStart", [(cx, cy)])
    for step in range(1, 6):
        touch(session, "touchMove", [(cx - 12 * step, cy - 8 * step)])
    touch(session, "touchEnd", [])
    dragged = view_box(phone)
    assert dragged[2:] == pytest.approx(before[2:]) and dragged[:2] != pytest.approx(before[:2])

    touch(session, "touchStart", [(cx - 40, cy), (cx + 40, cy)])
    for step in range(1, 6):
        touch(session, "touchMove", [(cx - 40 - 12 * step, cy), (cx + 40 + 12 * step, cy)])
    touch(session, "touchEnd", [])
    pinched = view_box(phone)
    assert pinched[2] == pytest.approx(dragged[2] * 80 / 200, rel=0.05)  # spread 80 -> 200 px: 2.5 times closer
