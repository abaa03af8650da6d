"""The registry of exporters: each format gives bytes, a media type and a safe file name."""

from __future__ import annotations

import json

import pytest

import app.render
from app.errors import NotFound
from app.models import ArgumentMap
from app.render import EXPORTERS, Exporter, export, filename_for, register
from app.render.svg import render_svg


def test_the_public_surface():
    assert sorted(app.render.__all__) == ["EXPORTERS", "Exporter", "export", "filename_for", "register", "render_json"]


def test_svg_export_is_the_drawing_of_the_page(small_map):
    data, media_type, filename = export(small_map, "svg")
    assert (data, media_type, filename) == (render_svg(small_map).encode(), "image/svg+xml", "cars-in-cities.svg")
    assert data.startswith(
        b'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="argmap" viewBox="0 0 844.1 323" width="100%" '
        b'height="100%" font-family="DejaVu Sans, Verdana, sans-serif" role="img" aria-labelledby="argmap-cars-title">\n'
        b'<title id="argmap-cars-title">Cars in cities</title>\n')


def test_json_export_is_the_api_json_and_round_trips(small_map):
    data, media_type, filename = export(small_map, "json")
    assert (media_type, filename) == ("application/json", "cars-in-cities.json")
    assert data.decode() == small_map.model_dump_json(indent=2)
    assert ArgumentMap.model_validate_json(data) == small_map
    document = json.loads(data)
    assert list(document) == ["id", "title", "text", "nodes", "edges", "noise", "layout", "version", "problems",
                              "speakers", "metadata"]
    assert document["nodes"][2] == {
        "id": "oslo", "kind": "evidence", "label": "Oslo had no pedestrian deaths",
        "text": "Oslo had no pedestrian deaths in 2019.", "spans": [{"start": 0, "end": 3}], "confidence": 0.9,
        "cue": "a cue", "confirmed": False}
    assert document["edges"][0] == {"source": "safer", "target": "ban-cars", "kind": "supports", "cue": "a cue",
                                    "confirmed": False, "group": None}
    assert document["layout"]["boxes"][0] == {"id": "ban-cars", "x": 135.2, "y": 16.0, "width": 199.0,
                                              "height": 48.0, "lines": ["Cities should ban cars"]}


def test_an_unknown_format_is_not_found_and_says_which_exist(small_map):
    with pytest.raises(NotFound) as error:
        export(small_map, "pdf")
    assert error.value.status == 404
    assert error.value.message == "no export format 'pdf'; choose one of: aif, argdown, dot, graphml, json, png, svg"


@pytest.mark.parametrize(
    ("title", "filename"),
    [
        ("Cities Should Ban Cars: Now!", "cities-should-ban-cars-now.svg"),
        ('../../etc/passwd"; x=<y>', "etc-passwd-x-y.svg"),
        ("Ça déménage à Zürich", "ca-demenage-a-zurich.svg"),
        ("中文", "argument-map.svg"),
        ("word " * 40, ("word-" * 16)[:-1] + ".svg"),
    ],
)
def test_file_names_are_safe_slugs_of_the_title(title, filename):
    assert filename_for(title, "svg") == filename


def test_a_registered_format_is_exported_by_its_name(small_map):
    # tests/web/test_downloads.py shows the viewer's Download menu offering it too.
    try:
        register(Exporter("txt", "text/plain", "txt", lambda amap: "\n".join(n.label for n in amap.nodes),
                          "Text", "the labels, one a line"))
        data, media_type, filename = export(small_map, "txt")
        assert (data.splitlines()[0], media_type, filename) == (b"Cities should ban cars", "text/plain",
                                                                "cars-in-cities.txt")
    finally:
        EXPORTERS.pop("txt", None)
