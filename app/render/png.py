"""The map as PNG, rasterised from the very SVG the page shows, by resvg (no browser, no cairo).

A map can be tens of thousands of pixels wide; the picture is scaled so that it has at most
``MAX_PIXELS`` pixels (a 4-byte pixel each while it is drawn), and small maps are drawn at
twice their size so that slides get crisp text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import resvg_py

from app.models import ArgumentMap
from app.render.svg import render_svg

MAX_PIXELS = 16_000_000  # 64 MB of RGBA while drawing, whatever the map's size
PREFERRED_ZOOM = 2.0
_SIZE = re.compile(r'<svg\b[^>]*?\sviewBox="0 0 ([0-9.]+) ([0-9.]+)" width="100%" height="100%"')


def png_zoom(width: float, height: float, max_pixels: int = MAX_PIXELS) -> float:
    """Return the zoom for a ``width`` × ``height`` drawing: 2, or less so it fits ``max_pixels``.

    >>> png_zoom(800, 600)
    2.0
    >>> zoom = png_zoom(55_000, 3_000)
    >>> round(zoom, 3), 55_000 * zoom * 3_000 * zoom <= MAX_PIXELS
    (0.311, True)
    """
    area = max(width, 1.0) * max(height, 1.0)
    return min(PREFERRED_ZOOM, math.sqrt(max_pixels / area) * 0.999)


def render_png(amap: ArgumentMap, hidden: Mapping[str, int] | None = None) -> bytes:
    """Return the map's SVG (see render_svg) drawn as PNG, at most ``MAX_PIXELS`` pixels."""
    svg = render_svg(amap, hidden)
    size = _SIZE.search(svg)
    assert size is not None, "render_svg always writes the root's viewBox, and width and height 100%"
    # resvg draws at the root's width and height: the viewBox's, not a browser window's 100%
    svg = svg[:size.start()] + size[0].replace('width="100%" height="100%"', f'width="{size[1]}" height="{size[2]}"') \
        + svg[size.end():]
    zoom = png_zoom(float(size[1]), float(size[2]), MAX_PIXELS)
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=zoom, background="#ffffff"))
