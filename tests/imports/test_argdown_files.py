"""Argdown files as people write them: front matter, premise-conclusion structures, relations on arguments.

Each file of tests/fixtures/argdown/ (written here, after the features of Argdown's documentation)
imports without error, and our reader finds as many statements, arguments and relations as
Argdown's own parser (``argdown json`` of the ``@argdown/cli`` that .ci/run installs).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.imports.argdown import parse_argdown, read_argdown
from app.pipeline import graph_to_map
from tests.render.test_argdown_cli import argdown_cli  # noqa: F401 (a fixture)

FILES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "argdown").glob("*.argdown"))


def edges(source: str) -> set[tuple[str, str, str]]:
    g = read_argdown(source)
    return {(g.nodes[u]["label"], d["kind"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_file_imports_with_as_many_elements_as_argdown_finds(path: Path, argdown_cli: Path,  # noqa: F811
                                                                  tmp_path: Path) -> None:
    ours = parse_argdown(path.read_text(encoding="utf-8")).counts
    result = subprocess.run([str(argdown_cli), "json", str(path), str(tmp_path)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    theirs = json.loads((tmp_path / f"{path.stem}.json").read_text())
    assert ours == {"statements": len(theirs["statements"]), "arguments": len(theirs["arguments"]),
                    "relations": len(theirs["relations"])}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_file_becomes_a_map(path: Path) -> None:
    amap = graph_to_map(read_argdown(path.read_text(encoding="utf-8")), path.stem)
    assert amap.nodes and {b.id for b in amap.layout.boxes} == {n.id for n in amap.nodes}


def test_front_matter_gives_the_title_and_the_rest_is_kept_as_metadata() -> None:
    source = "===\ntitle: Libraries after dark\nauthor: Ana\ntags:\n  - civic\n===\n\n[Open]: Libraries should open late.\n"
    g = read_argdown(source)
    assert g.graph["title"] == "Libraries after dark"
    assert g.graph["metadata"] == {"author": "Ana", "tags": "- civic"}
    amap = graph_to_map(g, "m")
    assert amap.metadata == {"author": "Ana", "tags": "- civic"}
    # a three-line file with front matter and two statements, refused before
    assert len(read_argdown("===\ntitle: T\n===\n[A]: a\n  + [B]: b")) == 2


def test_a_structure_s_premises_support_its_conclusion_and_conclusions_chain() -> None:
    source = ("<Chain>\n\n(1) [Rain]: It rains in the hills.\n(2) [If]: If it rains there, the river rises.\n"
              "-- modus ponens --\n(3) [Rises]: The river rises.\n(4) [Then]: If the river rises, the road floods.\n"
              "----\n(5) [Flood]: The low road floods.\n\n<Chain>\n  +> [Close]: Close the low road.\n")
    assert edges(source) == {
        ("Rain", "supports", "Rises"), ("If", "supports", "Rises"),  # the first inference
        ("Rises", "supports", "Flood"), ("Then", "supports", "Flood"),  # the intermediate conclusion goes on
        ("Flood", "supports", "Close"),  # the argument's relation is its main conclusion's
    }
    g = read_argdown(source)
    cues = {d["cue"] for _, v, d in g.edges(data=True) if g.nodes[v]["label"] == "Rises"}
    assert cues == {"Argdown line 5: inference of Chain (modus ponens)"}  # the inference rule is the edges' cue


def test_relations_on_arguments_attach_as_argdown_means_them() -> None:
    source = ("[Ban]: Phones should be banned in class.\n  <+ <Focus>\n  <- <Safety>: Parents must reach them.\n\n"
              "<Focus>\n\n(1) [Break]: Phones break focus.\n----\n(2) [Ban]\n\n"
              "<Safety>\n  >< [Office]: The office takes calls.\n")
    assert edges(source) == {
        ("Break", "supports", "Ban"),  # <Focus> is its conclusion, [Ban]: its support of [Ban] says nothing more
        ("Safety", "attacks", "Ban"),  # an argument with no structure is a node of its own
        ("Safety", "attacks", "Office"), ("Office", "attacks", "Safety"),  # a contradiction: both ways
    }


@pytest.mark.parametrize("source, line", [
    ("(1) [A]: a\n----\n", 2),  # an inference with no conclusion
    ("(1) [A]: a\n(2) [B]: b\n", 2),  # premises and no inference
    ("[A]: a\n  +\n", 2),  # a relation that names nothing (Argdown refuses it too)
    ("* one\n  * two\n", 2),  # a nested list (Argdown refuses it too)
])
def test_a_broken_structure_is_a_422_that_names_the_line(source: str, line: int) -> None:
    from app.errors import BadInput

    with pytest.raises(BadInput) as error:
        read_argdown(source)
    assert error.value.status == 422 and f"line {line}:" in error.value.message


def test_the_metadata_of_an_argdown_file_survives_the_json_and_aif_round_trips() -> None:
    from app.imports import read_import
    from app.render import export

    source = (Path(__file__).resolve().parents[1] / "fixtures" / "argdown" / "front-matter.argdown").read_text()
    amap = graph_to_map(read_argdown(source), "m")
    assert amap.title == "Libraries after dark" and amap.metadata == {"author": "Test Writer", "date": "2026-12-02"}
    for fmt in ("json", "aif"):
        again = graph_to_map(read_import(export(amap, fmt)[0].decode(), fmt), "m")
        assert again.metadata == amap.metadata, fmt


def test_reconstructions_in_sections_read_as_argdown_reads_them() -> None:
    source = (Path(__file__).resolve().parents[1] / "fixtures" / "argdown" / "reconstructions-in-sections.argdown")
    g = read_argdown(source.read_text(encoding="utf-8"))
    assert g.graph["title"] == "Why the orchard failed"  # the front matter's, before the first heading
    paragraphs = g.graph["text"].split("\n\n")
    assert "Two explanations" in paragraphs  # headings: over their lines, without their data block
    assert "What each explanation predicts, and what was seen" in paragraphs
    label = {n: a["label"] for n, a in g.nodes(data=True)}
    groups = {(label[u], d.get("group")) for u, v, d in g.edges(data=True)
              if label[v] == "Low first" and d["kind"] == "supports"}
    # the argument described over two lines reconstructs the indented structure after it: its premises linked
    assert groups == {("Frost", "Frost explains"), ("Cold air settles on the low slopes", "Frost explains")}
    wind = {(label[u], d["kind"], label[v]) for u, v, d in g.edges(data=True) if label[u] == "Wind"}
    assert wind == {("Wind", "attacks", "Cold air settles on the low slopes")}  # a relation below a premise


def test_list_items_are_statements_and_a_wrapped_relation_keeps_its_text() -> None:
    source = (Path(__file__).resolve().parents[1] / "fixtures" / "argdown" / "lists-and-wrapped-relations.argdown")
    texts = [s.text for s in parse_argdown(source.read_text(encoding="utf-8")).statements]
    assert "Walking teaches road sense and independence." in texts  # an item, its marker gone, over two lines
    assert "Parents save time in the morning." in texts
    # a relation's statement wrapped over two lines inside a structure: the second line is its, not the conclusion's
    assert "Parents should drive children to school, since roads are dangerous." in texts
    assert "Children should walk to school." in texts
