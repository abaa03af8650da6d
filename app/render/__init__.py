"""Exporters: pure functions from an :class:`~app.models.ArgumentMap` to the bytes of a file.

Each format is registered once with its media type, file extension and what the viewer's
Download menu calls it; the web layer's export route and the CLI both call :func:`export`, and the
menu lists the formats in the order they were registered. Add a format with :func:`register`.

>>> sorted(EXPORTERS)
['aif', 'argdown', 'dot', 'graphml', 'json', 'png', 'svg']
>>> filename_for("Cities Should Ban Cars: Now!", "svg")
'cities-should-ban-cars-now.svg'
"""

from __future__ import annotations

import unicodedata
from importlib import import_module
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.collector import collection_paused
from app.errors import NotFound
from app.models import ArgumentMap
from app.slugs import slug

__all__ = ["EXPORTERS", "Exporter", "export", "filename_for", "register", "render_json"]


@dataclass(frozen=True)
class Exporter:
    name: str  # the format as URLs and the CLI spell it: "svg"
    media_type: str
    extension: str
    render: Callable[[ArgumentMap], str | bytes]
    label: str  # as the Download menu names it: "SVG"
    note: str  # what the file is for, beside the label in the menu
    #: It draws the map, and so draws how many nodes a partial view folds away under a node:
    #: ``render(amap, hidden)`` (see app.views).
    draws: bool = False
    #: It keeps Python's interpreter lock for seconds (resvg drawing): the server runs it in a worker process.
    heavy: bool = False


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Make ``exporter`` available under its name, and return it."""
    EXPORTERS[exporter.name] = exporter
    return exporter


def filename_for(title: str, extension: str) -> str:
    """Return a file name safe on every system: the title's first words, hyphenated, ASCII only."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = slug(ascii_title)[:80].rstrip("-") or "argument-map"
    return f"{stem}.{extension}"


@collection_paused()
def export(amap: ArgumentMap, fmt: str, hidden: Mapping[str, int] | None = None) -> tuple[bytes, str, str]:
    """Return the map in format ``fmt`` as ``(content, media type, file name)``; ``hidden`` says how many
    nodes a partial view folds away under each of its nodes (drawn by the formats that draw)."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise NotFound(f"no export format {fmt!r}; choose one of: {', '.join(sorted(EXPORTERS))}")
    content = exporter.render(amap, hidden) if exporter.draws else exporter.render(amap)  # type: ignore[call-arg]
    data = content.encode("utf-8") if isinstance(content, str) else content
    return data, exporter.media_type, filename_for(amap.title, exporter.extension)


def render_json(amap: ArgumentMap) -> str:
    """Return the map as the API gives it."""
    return amap.model_dump_json(indent=2)


def _imported(module: str, name: str) -> Callable[..., str | bytes]:
    """Return a renderer that imports ``module`` when first called: a command that writes SVG does not
    pay for resvg, Graphviz or XML writers (start-up time, issue 14)."""

    def render(*args: object) -> str | bytes:
        return getattr(import_module(module), name)(*args)

    render.__name__ = name
    return render


register(Exporter("svg", "image/svg+xml", "svg", _imported("app.render.svg", "render_svg"), "SVG",
                  "the drawing, as on this page", draws=True))
register(Exporter("png", "image/png", "png", _imported("app.render.png", "render_png"), "PNG", "an image for slides",
                  draws=True, heavy=True))
register(Exporter("json", "application/json", "json", render_json, "JSON", "Argmap's data: text, nodes, spans, layout"))
register(Exporter("aif", "application/json", "aif.json", _imported("app.render.aif", "render_aif"), "AIF",
                  "for OVA and AIFdb"))  # they open .json
register(Exporter("argdown", "text/plain; charset=utf-8", "argdown", _imported("app.render.argdown", "render_argdown"),
                  "Argdown", "statements and relations as text"))
register(Exporter("graphml", "application/graphml+xml", "graphml", _imported("app.render.graphml", "render_graphml"),
                  "GraphML", "for yEd, Gephi, Cytoscape"))
register(Exporter("dot", "text/vnd.graphviz; charset=utf-8", "dot", _imported("app.render.dot", "render_dot"), "DOT",
                  "for Graphviz"))
