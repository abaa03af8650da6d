"""The viewer's Download menu: every exporter of the registry, in its order, each with a working link."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from fastapi.testclient import TestClient

from app.models import ArgumentMap
from app.render import EXPORTERS, Exporter, register

_ITEM = re.compile(r'<a id="download-([^"]+)" href="([^"]+)" download><span class="download-name">([^<]*)</span> '
                   r'<span class="download-note">([^<]*)</span></a>')


def menu(page: str) -> list[tuple[str, ...]]:
    """Return the Download menu of a viewer page: (format, link, name, note) for each item."""
    return [tuple(html.unescape(part) for part in item) for item in _ITEM.findall(page)]


def test_the_menu_names_each_format_and_says_what_it_is_for(client: TestClient, seed_map: ArgumentMap) -> None:
    link = f"/maps/{seed_map.id}"
    assert menu(client.get(link).text) == [
        ("svg", f"{link}.svg", "SVG", "the drawing, as on this page"),
        ("png", f"{link}.png", "PNG", "an image for slides"),
        ("json", f"{link}.json", "JSON", "Argmap's data: text, nodes, spans, layout"),
        ("aif", f"{link}.aif", "AIF", "for OVA and AIFdb"),
        ("argdown", f"{link}.argdown", "Argdown", "statements and relations as text"),
        ("graphml", f"{link}.graphml", "GraphML", "for yEd, Gephi, Cytoscape"),
        ("dot", f"{link}.dot", "DOT", "for Graphviz"),
    ]


def test_a_new_format_is_one_registration_that_the_menu_offers(client_for: Callable) -> None:
    client, amap, _ = client_for("Cities should plant trees\n\nCities should plant trees. Trees give shade.\n")
    try:
        register(Exporter("txt", "text/plain; charset=utf-8", "txt", lambda m: "\n".join(n.label for n in m.nodes),
                          "Text", "the labels, one a line"))
        assert menu(client.get(f"/maps/{amap.id}").text)[-1] == (
            "txt", f"/maps/{amap.id}.txt", "Text", "the labels, one a line")
        response = client.get(f"/maps/{amap.id}.txt")
        assert response.status_code == 200
        assert response.headers["content-disposition"] == 'attachment; filename="cities-should-plant-trees.txt"'
        assert response.text.splitlines()[0] == "Cities should plant trees"
    finally:
        EXPORTERS.pop("txt", None)
