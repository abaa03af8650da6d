"""Argmap's own JSON read back: the same map; malformed maps named by their JSON path."""

from __future__ import annotations

import json

import pytest

from app.errors import BadInput
from app.imports import detect_import, read_import
from app.pipeline import graph_to_map
from app.render import export
from tests.render.conftest import build_map


def test_our_json_export_reads_back_as_the_same_map(seed_map):
    for original in (seed_map, build_map()):
        data = export(original, "json")[0].decode()
        assert detect_import(data) == "json"
        # The same map as its JSON gives it (the text's section headings, for Argdown, are not in the JSON).
        assert graph_to_map(read_import(data), original.id, version=original.version).model_dump() == original.model_dump()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m["nodes"][1].update(kind="opinion"),
         "Argmap JSON: $.nodes[1].kind: Input should be 'central_claim', 'claim', 'counterclaim', 'rebuttal' or 'evidence'"),
        (lambda m: m["nodes"][0]["spans"].append({"start": 2, "end": 99}),
         "Argmap JSON: $.nodes[0].spans[1]: [2, 99) is not within the text (16 characters)"),
        (lambda m: m["edges"][0].update(target="nowhere"), "Argmap JSON: $.edges[0].target: no node has the id 'nowhere'"),
        (lambda m: m["nodes"][1].update(id=m["nodes"][0]["id"]),
         "Argmap JSON: $.nodes[1].id: 'ban-cars' is the id of an earlier node too"),
    ],
)  # fmt: skip
def test_a_malformed_map_is_a_422_naming_the_json_path(change, message):
    data = json.loads(export(build_map(), "json")[0])
    change(data)
    with pytest.raises(BadInput) as error:
        read_import(json.dumps(data))
    assert (error.value.status, error.value.message) == (422, message)
