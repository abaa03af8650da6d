"""The viewer's static files: the CSS colours are the renderer's, the JS takes the kinds from the page and is
plain and self-contained."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from app.config import settings
from app.models import NODE_KINDS, ArgumentMap
from app.render.palette import NODE_STYLES

CSS = (settings.static_dir / "viewer.css").read_text(encoding="utf-8")
JS = (settings.static_dir / "viewer.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", NODE_KINDS)
def test_text_pane_colours_are_the_maps(kind: str) -> None:
    style = NODE_STYLES[kind]
    assert f"--{kind}-fill: {style.fill};" in CSS
    assert f"--{kind}-stroke: {style.stroke};" in CSS
    assert f"--{kind}-ink: {style.ink};" in CSS
    assert f".source-text mark.kind-{kind} {{ --tint: var(--{kind}-fill); --tone: var(--{kind}-stroke); }}" in CSS
    assert f".kind-chip.kind-{kind} {{ background: var(--{kind}-ink); }}" in CSS
    assert f".source-text mark.in-{kind} {{ box-shadow: inset 0 -2px var(--{kind}-stroke); }}" in CSS


def test_the_css_colours_no_kind_the_palette_lacks() -> None:
    for rule in (r"--(\w+)-fill:", r"\.kind-chip\.kind-(\w+) ", r"mark\.kind-(\w+) ", r"mark\.in-(\w+) "):
        assert re.findall(rule, CSS) == list(NODE_KINDS)


def test_the_page_gives_the_script_and_the_menus_each_kinds_name(client: TestClient, seed_map: ArgumentMap) -> None:
    page = client.get(f"/maps/{seed_map.id}").text
    names = re.search(r'<script type="application/json" id="kind-names">(.*?)</script>', page)
    assert names is not None and json.loads(names.group(1)) == {
        "central_claim": "Central claim", "claim": "Claim", "counterclaim": "Counterclaim", "rebuttal": "Rebuttal",
        "evidence": "Evidence"}
    kind_menu = re.search(r'<select id="edit-kind">(.*?)</select>', page)
    assert kind_menu is not None and re.findall(r'<option value="(\w+)">([^<]*)</option>', kind_menu.group(1)) == [
        ("central_claim", "Central claim"), ("claim", "Claim"), ("counterclaim", "Counterclaim"),
        ("rebuttal", "Rebuttal"), ("evidence", "Evidence")]
    assert "Counterclaim" not in JS  # the script reads the names the page gives it


def test_static_files_load_nothing_from_elsewhere() -> None:
    assert re.findall(r"https?://", CSS) == []
    assert re.findall(r"https?://", JS) == ["http://"]  # the SVG namespace, not a request
    assert "http://www.w3.org/2000/svg" in JS
    assert "@import" not in CSS and "import " not in JS and "innerHTML" not in JS and "eval(" not in JS
