"""The miner seam: a miner registered by name maps texts through mine(), the CLI, `argmap eval` and the API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.cli import main
from app.errors import BadInput
from app.graph import Extraction, Relation, Statement
from app.ingest import ingest
from app.ingest.document import Document
from app.mining import MINERS, mine, register_miner

TINY_CORPUS = Path(__file__).resolve().parent / "fixtures" / "tiny_corpus.jsonl"
TEXT = "Trees cool streets. Shade saves lives."


def each_sentence(doc: Document) -> Extraction:
    """A miner for the tests: every sentence a claim, the first one central, the others for it."""
    sentences = [sentence for _, sentence in doc.sentences()]
    statements = [
        Statement(key=i, kind="claim" if i else "central_claim", label=doc.slice(s).rstrip("."),
                  spans=[{"start": s.start, "end": s.end}], cue="a sentence", confidence=0.5)
        for i, s in enumerate(sentences)
    ]
    relations = [Relation(i, 0, "supports", "after the first sentence") for i in range(1, len(sentences))]
    return Extraction(statements, relations, doc.title, doc.text)


@pytest.fixture
def fake_miner() -> Iterator[str]:
    register_miner("each-sentence", each_sentence)
    try:
        yield "each-sentence"
    finally:
        del MINERS["each-sentence"]


def test_mine_runs_the_miner_it_is_told_and_builds_its_graph(fake_miner: str) -> None:
    G = mine(ingest(TEXT), fake_miner)
    assert dict(G.nodes(data=True)) == {
        "trees-cool-streets": {"id": "trees-cool-streets", "kind": "central_claim", "label": "Trees cool streets",
                               "text": "Trees cool streets.", "spans": [{"start": 0, "end": 19}],
                               "confidence": 0.5, "cue": "a sentence"},
        "shade-saves-lives": {"id": "shade-saves-lives", "kind": "claim", "label": "Shade saves lives",
                              "text": "Shade saves lives.", "spans": [{"start": 20, "end": 38}],
                              "confidence": 0.5, "cue": "a sentence"},
    }
    assert list(G.edges(data=True)) == [
        ("shade-saves-lives", "trees-cool-streets", {"kind": "supports", "cue": "after the first sentence"})]
    assert G.graph == {"title": "Trees cool streets", "text": TEXT, "noise": []}


def test_the_rules_are_the_default_miner() -> None:
    assert sorted(MINERS) == ["rules"]
    assert [a["kind"] for _, a in mine(ingest("Cities should plant trees. Shade cools streets.")).nodes(data=True)] == [
        "central_claim", "claim"]


def test_an_unknown_miner_is_a_422_listing_the_known_ones(fake_miner: str) -> None:
    with pytest.raises(BadInput) as caught:
        mine(ingest(TEXT), "neural")
    assert (caught.value.status, caught.value.message) == (422, "unknown miner 'neural': choose one of each-sentence, rules")


def test_argmap_parse_maps_with_the_miner_it_is_told(fake_miner: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "trees.txt").write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(tmp_path / "trees.txt"), "--miner", fake_miner]) == 0
    amap = json.loads(capsys.readouterr().out)
    assert [(e["source"], e["kind"], e["target"]) for e in amap["edges"]] == [
        ("shade-saves-lives", "supports", "trees-cool-streets")]


def test_argmap_parse_with_an_unknown_miner_says_so_and_exits_2(tmp_path: Path, capsys) -> None:
    (tmp_path / "trees.txt").write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(tmp_path / "trees.txt"), "--miner", "neural"]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "argmap: error: --miner: unknown miner 'neural': choose one of rules\n")


def test_argmap_eval_compares_two_miners_side_by_side(fake_miner: str, capsys) -> None:
    # Every sentence for the first: the objection and its answer support the thesis instead of attacking.
    assert main(["eval", str(TINY_CORPUS), "--miner", "rules", "--against", fake_miner]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1 texts, 3 units",
        "                rules each-sentence",
        "central claim   1.000         1.000",
        "role            1.000         0.400",
        "function        1.000         0.000",
        "attachment      1.000         0.500",
        "segmentation    1.000         1.000",
    ]


def test_argmap_eval_with_an_unknown_miner_to_compare_exits_2(capsys) -> None:
    assert main(["eval", str(TINY_CORPUS), "--against", "neural"]) == 2
    assert capsys.readouterr().err == "argmap: error: --against: unknown miner 'neural': choose one of rules\n"


def test_the_api_maps_with_the_miner_a_new_map_names(fake_miner: str, empty_app: FastAPI) -> None:
    client = TestClient(empty_app)
    created = client.post("/api/maps", json={"text": TEXT, "miner": fake_miner})
    assert created.status_code == 201, created.text
    amap = client.get(f"/api/maps/{created.json()['id']}").json()
    assert [(n["id"], n["kind"]) for n in amap["nodes"]] == [
        ("trees-cool-streets", "central_claim"), ("shade-saves-lives", "claim")]


def test_the_api_answers_an_unknown_miner_with_a_422_listing_the_known_ones(empty_app: FastAPI) -> None:
    response = TestClient(empty_app).post("/api/maps", json={"text": TEXT, "miner": "neural"})
    assert (response.status_code, response.json()) == (
        422, {"error": "unknown miner 'neural': choose one of rules", "status": 422})
