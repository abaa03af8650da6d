"""The viewer's "Which claims stand?" toggle and its download menu, in a real browser."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from app.models import ArgumentMap
from app.semantics import claims_that_stand
from tests.browser.test_viewer import node_at, open_viewer


def test_which_claims_stand_marks_every_node_and_explains_a_status(page: Page, seed_map: ArgumentMap, artifacts) -> None:
    verdicts = claims_that_stand(seed_map)
    out = next(node for node, v in verdicts.items() if v.status == "out")
    open_viewer(page)
    toggle = page.get_by_role("button", name="Which claims stand?")
    expect(page.locator("#stand-key")).to_be_hidden()
    expect(page.locator(".stand-badge").first).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#stand-key")).to_be_visible()
    badges = page.locator("#map-pane .stand-badge")
    expect(badges).to_have_count(len(seed_map.nodes))
    shown = dict(zip(badges.evaluate_all("bs => bs.map(b => b.dataset.id)"), badges.all_text_contents()))
    assert shown == {node: v.status for node, v in verdicts.items()}
    expect(node_at(page, out)).to_have_css("opacity", "0.45")  # after its transition
    page.screenshot(path=str(artifacts / "viewer-which-claims-stand.png"))

    node_at(page, out).click()
    expect(page.locator("#details-stand")).to_be_visible()
    expect(page.locator("#details-stand-chip")).to_have_text("out")
    expect(page.locator("#details-stand-reason")).to_have_text(verdicts[out].reason.removeprefix("out: "))

    page.reload()  # the toggle stays on for the session (an edit reloads the page)
    expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
    expect(page.get_by_role("button", name="Which claims stand?")).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="Which claims stand?").click()
    expect(page.locator("#stand-key")).to_be_hidden()
    expect(page.locator("#details-stand")).to_be_hidden()
    expect(badges.first).to_be_hidden()


def test_the_download_menu_offers_every_format(page: Page, seed_map: ArgumentMap) -> None:
    open_viewer(page)
    page.get_by_text("Download", exact=True).click()
    names = page.locator(".download-list li:visible .download-name").all_text_contents()
    assert names == ["SVG", "PNG", "JSON", "AIF", "Argdown", "GraphML", "DOT"]  # the whole map: no view to offer
    with page.expect_download() as info:
        page.locator("#download-png").click()
    assert info.value.suggested_filename == "open-source-ai-is-the-path-forward.png"
    with open(info.value.path(), "rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    page.get_by_text("Download", exact=True).click() if not page.locator("#download-aif").is_visible() else None
    with page.expect_download() as info:
        page.locator("#download-aif").click()
    assert info.value.suggested_filename == "open-source-ai-is-the-path-forward.aif.json"
    with open(info.value.path(), encoding="utf-8") as aif:
        document = json.load(aif)
    assert sum(n["type"] == "I" for n in document["AIF"]["nodes"]) == len(seed_map.nodes)


ARGDOWN = """\
# Trees for every street

[Trees]: Cities should plant more trees.
  + [Shade]: Shade makes streets cooler.
  - [Cost]: Trees cost too much to water.
    - [Rain]: Rainwater waters them for free.
"""


def test_an_argdown_file_uploaded_in_the_form_opens_as_a_map(page: Page, tmp_path) -> None:
    from tests.browser.conftest import serving
    from tests.conftest import app_on

    (tmp_path / "seeds").mkdir()
    source = tmp_path / "trees.argdown"
    source.write_text(ARGDOWN)
    with serving(app_on(tmp_path / "argmap.db", tmp_path / "seeds")) as url:
        page.goto(url + "/")
        page.set_input_files("#new-file", str(source))
        page.click("#new-map-submit")
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        expect(page.locator(".map-title")).to_have_text("Trees for every street")
        kinds = page.locator("#map-pane g.node").evaluate_all("ns => ns.map(n => [n.dataset.id, n.dataset.kind])")
        assert sorted(kinds) == [["cost", "counterclaim"], ["rain", "rebuttal"], ["shade", "claim"],
                                 ["trees", "central_claim"]]  # fmt: skip
        page.get_by_role("button", name="Which claims stand?").click()
        statuses = dict(zip(page.locator(".stand-badge").evaluate_all("bs => bs.map(b => b.dataset.id)"),
                            page.locator(".stand-badge").all_text_contents()))  # fmt: skip
        assert statuses == {"trees": "in", "shade": "in", "cost": "out", "rain": "in"}



@pytest.mark.answers_with_an_error(422)
def test_an_import_error_keeps_the_form_filled_and_says_where(page: Page, tmp_path) -> None:
    from tests.browser.conftest import serving
    from tests.conftest import app_on

    (tmp_path / "seeds").mkdir()
    broken = tmp_path / "broken.argdown"
    broken.write_text("[Trees]: Cities should plant trees.\n  + [Shade: Shade cools streets.\n")
    with serving(app_on(tmp_path / "argmap.db", tmp_path / "seeds")) as url:
        page.goto(url + "/")
        page.fill("#new-title", "My trees")
        page.set_input_files("#new-file", str(broken))
        page.select_option("#new-format", "argdown")
        page.click("#new-map-submit")
        problem = page.locator("#form-problem")
        expect(problem).to_be_visible()
        expect(problem).to_contain_text("line 2")  # where the problem is
        assert page.url == url + "/"
        # The form is as it was: the file still chosen, the format and the title kept.
        assert page.locator("#new-file").evaluate("input => [...input.files].map(f => f.name)") == ["broken.argdown"]
        expect(page.locator("#new-format")).to_have_value("argdown")
        expect(page.locator("#new-title")).to_have_value("My trees")
        expect(page.locator("#new-map-submit")).to_be_enabled()
        # Mended, the same form makes the map.
        broken.write_text("[Trees]: Cities should plant trees.\n  + [Shade]: Shade cools streets.\n")
        page.set_input_files("#new-file", str(broken))
        page.click("#new-map-submit")
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        expect(page.locator(".map-title")).to_have_text("My trees")


@pytest.mark.answers_with_an_error(429)
def test_too_many_new_maps_says_when_to_try_again_and_keeps_the_text(page: Page, tmp_path) -> None:
    from tests.browser.conftest import serving
    from tests.conftest import app_on

    (tmp_path / "seeds").mkdir()
    text = "Towns should keep night buses. Night workers need them, because nothing else runs then."
    with serving(app_on(tmp_path / "argmap.db", tmp_path / "seeds", creates_per_minute=1)) as url:
        page.goto(url + "/")
        page.fill("#new-text", text)
        page.click("#new-map-submit")
        expect(page.locator("html")).to_have_attribute("data-viewer-ready", "true")
        page.goto(url + "/")
        page.fill("#new-text", text)
        page.click("#new-map-submit")
        problem = page.locator("#form-problem")
        expect(problem).to_have_text(re.compile(r"^Too many new maps from your address: at most 1 a minute; "
                                                r"try again in \d+ s\.$"))
        expect(page.locator("#new-text")).to_have_value(text)
