"""The Argdown export is valid Argdown by Argdown's own parser (``@argdown/cli``, run with Node.js).

``.ci/run`` installs the pinned CLI into ``.ci/node_modules`` (``npm ci --prefix .ci``). Without
it these tests are skipped on a developer's machine, and fail under CI, where it must be there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.models import ArgumentMap
from app.render import export
from tests.imports.test_round_trips import HOSTILE_EDGES, HOSTILE_NODES
from tests.render.conftest import build_map

ARGDOWN = Path(__file__).resolve().parents[2] / ".ci" / "node_modules" / ".bin" / "argdown"


@pytest.fixture(scope="module")
def argdown_cli() -> Path:
    if not (ARGDOWN.exists() and shutil.which("node")):
        message = f"Argdown's CLI is not installed at {ARGDOWN} (bash .ci/run installs it with npm)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return ARGDOWN


def parse_with_argdown(cli: Path, amap: ArgumentMap, folder: Path) -> dict:
    source = folder / "map.argdown"
    source.write_bytes(export(amap, "argdown")[0])
    result = subprocess.run([str(cli), "json", str(source), str(folder / "out")],
                            capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output
    return json.loads((folder / "out" / "map.json").read_text())


def test_the_seed_map_parses_with_as_many_statements_and_relations(argdown_cli, seed_map, tmp_path):
    parsed = parse_with_argdown(argdown_cli, seed_map, tmp_path)
    assert len(parsed["statements"]) == len(seed_map.nodes)
    assert len(parsed["relations"]) == len(seed_map.edges)
    kinds = {s["title"]: next(m["data"]["kind"] for m in s["members"] if m.get("data")) for s in parsed["statements"].values()}
    assert sorted(kinds.values()) == sorted(n.kind for n in seed_map.nodes)


def test_hostile_labels_and_text_parse_as_written(argdown_cli, tmp_path):
    amap = build_map(HOSTILE_NODES, HOSTILE_EDGES, title="A [hostile] # title")
    parsed = parse_with_argdown(argdown_cli, amap, tmp_path)
    texts = {m["data"]["id"]: m["text"].strip() for s in parsed["statements"].values() for m in s["members"] if m.get("data")}
    assert texts["a"] == "Text with \\ [brackets] <arg> #tag @[m] // not a comment */ {data}"
    assert texts["b"] == 'Another: "quoted" text over two lines'
    assert len(parsed["relations"]) == len(HOSTILE_EDGES)


def test_a_restatement_rides_in_the_data_and_argdown_reads_the_file(argdown_cli, tmp_path):
    # Argdown has no relation for a rephrase: our export says it in the data block, which Argdown keeps.
    amap = build_map([("a", "central_claim", "Trains should be free", "Trains should be free."),
                      ("b", "claim", "Rail fares should go", "Rail fares should go."),
                      ("c", "claim", "Fares keep many off trains", "Fares keep many off trains.")],
                     [("b", "a", "restates"), ("c", "a", "supports")])
    parsed = parse_with_argdown(argdown_cli, amap, tmp_path)
    assert len(parsed["statements"]) == 3 and len(parsed["relations"]) == 1
    data = {m["data"]["id"]: m["data"] for s in parsed["statements"].values() for m in s["members"] if m.get("data")}
    assert json.loads(data["b"]["restates"]) == ["a"]


def test_linked_premises_are_written_as_a_premise_conclusion_structure_argdown_reads(argdown_cli, tmp_path):
    amap = build_map([("m", "central_claim", "Socrates is mortal", "Socrates is mortal."),
                      ("a", "claim", "All men are mortal", "All men are mortal."),
                      ("b", "claim", "Socrates is a man", "Socrates is a man.")],
                     [("a", "m", "supports"), ("b", "m", "supports")])
    amap = amap.model_copy(update={"edges": [e.model_copy(update={"group": "g1"}) for e in amap.edges]})
    parsed = parse_with_argdown(argdown_cli, amap, tmp_path)
    assert len(parsed["statements"]) == 3 and len(parsed["relations"]) == 0
    (argument,) = parsed["arguments"].values()
    assert [m["role"] for m in argument["pcs"]] == ["premise", "premise", "main-conclusion"]
