"""The scores of the miner against an annotation: tiny corpora with known answers."""

import json
from pathlib import Path

import networkx as nx
import pytest

from app.errors import BadInput
from app.evaluation import load_corpus, score_text, summarize

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "tiny_corpus.jsonl"
#: "We should act now. Some say it costs too much. But waiting costs more.": thesis, objection, answer.
GOLD = json.loads(FIXTURE.read_text(encoding="utf-8"))


def corpus_file(tmp_path, rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def graph(nodes, edges):
    g = nx.DiGraph()
    for name, kind, start, end in nodes:
        g.add_node(name, kind=kind, spans=[{"start": start, "end": end}])
    for source, target, kind in edges:
        g.add_edge(source, target, kind=kind)
    return g


def test_a_perfect_map_scores_one_everywhere(tmp_path):
    (gold,) = load_corpus(corpus_file(tmp_path, [GOLD]))
    g = graph(
        [("c", "central_claim", 0, 18), ("o", "counterclaim", 19, 46), ("r", "rebuttal", 47, 70)],
        [("o", "c", "attacks"), ("r", "o", "attacks")],
    )
    assert summarize([score_text(gold, g)]) == {
        "central claim": 1.0, "role": 1.0, "function": 1.0, "attachment": 1.0, "segmentation": 1.0,
    }


def test_first_sentence_supported_by_all_baseline(tmp_path):
    (gold,) = load_corpus(corpus_file(tmp_path, [GOLD]))
    g = graph(
        [("c", "central_claim", 0, 18), ("o", "claim", 19, 46), ("r", "claim", 47, 70)],
        [("o", "c", "supports"), ("r", "c", "supports")],
    )
    scores = summarize([score_text(gold, g)])
    assert scores["central claim"] == 1.0
    # Roles: pro is right twice out of two predicted pro... of three; opp never predicted.
    assert scores["role"] == pytest.approx((0.8 + 0.0) / 2)
    assert scores["function"] == 0.0  # both gold functions are attacks; none predicted
    assert scores["attachment"] == pytest.approx(0.5)  # a2 -> a1 found; 1 of 2 edges, 1 of 2 relations
    assert scores["segmentation"] == 1.0


def test_segmentation_needs_half_of_each_side(tmp_path):
    (gold,) = load_corpus(corpus_file(tmp_path, [GOLD]))
    # One unit over the whole text covers each ADU but is not half covered by any.
    g = graph([("c", "central_claim", 0, 70)], [])
    scores = summarize([score_text(gold, g)])
    assert scores["segmentation"] == 0.0 and scores["central claim"] == 1.0


def test_malformed_corpus_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(BadInput, match="line 2"):
        load_corpus(path)
