"""The viewer's static files: the CSS colours are the renderer's, the JS is plain and self-contained."""

from __future__ import annotations

import re

import pytest

from app.config import settings
from app.models import NODE_KINDS
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


def test_static_files_load_nothing_from_elsewhere() -> None:
    assert re.findall(r"https?://", CSS) == []
    assert re.findall(r"https?://", JS) == ["http://"]  # the SVG namespace, not a request
    assert "http://www.w3.org/2000/svg" in JS
    assert "@import" not in CSS and "import " not in JS and "innerHTML" not in JS and "eval(" not in JS
