"""The seed op-ed's map: every point the end-to-end issue asks of it."""

import re
from pathlib import Path

import networkx as nx
import pytest

from app.ingest import ingest
from app.mining import mine
from tests.ingest.test_ingest import SEED_NOISE

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "seeds" / "000_a10110a0f1e8edd2.txt").read_text(encoding="utf-8")
LISTED = [
    "Modifiability and Cost Efficiency",
    "Security and Data Protection",
    "Avoiding Vendor Lock-In",
    "Broad Ecosystem Support",
    "Long-Term Viability",
]


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    return mine(ingest(TEXT))


def by_label(graph, label):
    found = [n for n, a in graph.nodes(data=True) if a["label"] == label]
    assert len(found) == 1, f"no single node labelled {label!r}"
    return found[0]


def containing(graph, words, kind=None):
    found = [n for n, a in graph.nodes(data=True) if words in a["text"] and (kind is None or a["kind"] == kind)]
    assert found, f"no {kind or 'node'} contains {words!r}"
    return found[0]


def test_node_and_edge_attributes(graph):
    for node, a in graph.nodes(data=True):
        assert a["id"] == node and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", node)
        assert a["kind"] in {"central_claim", "claim", "counterclaim", "rebuttal", "evidence"}
        words = a["label"].split()
        assert 1 <= len(words) <= 12 or "not" in words  # about ten words; a cut never drops a "not"
        assert 0.0 <= a["confidence"] <= 1.0
        assert a["cue"] and a["spans"]
        for span in a["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(TEXT)
        # The node's text is its spans' text.
        assert a["text"] == " … ".join(TEXT[s["start"] : s["end"]] for s in a["spans"])
    for _, _, a in graph.edges(data=True):
        assert a["kind"] in {"supports", "attacks"} and a["cue"]


def test_one_central_claim_the_path_forward(graph):
    central = [n for n, a in graph.nodes(data=True) if a["kind"] == "central_claim"]
    assert len(central) == 1
    a = graph.nodes[central[0]]
    assert a["label"] == "Open Source AI is the Path Forward"
    assert "open source AI is not only beneficial but crucial" in a["text"]
    assert graph.out_degree(central[0]) == 0
    # Every node reaches the central claim.
    assert nx.ancestors(graph, central[0]) == set(graph) - {central[0]}


def test_five_listed_claims_support_the_central_claim(graph):
    central = next(n for n, a in graph.nodes(data=True) if a["kind"] == "central_claim")
    for label in LISTED:
        node = by_label(graph, label)
        a = graph.nodes[node]
        assert a["kind"] == "claim"
        assert a["cue"] == "item of a numbered list of arguments"
        assert graph.edges[node, central]["kind"] == "supports"
        # The claim spans its list item's first sentence, from its lead-in; what the item says after it
        # (evidence, a further point) hangs under the claim.
        span = a["spans"][0]
        item = TEXT[span["start"] : span["end"]]
        assert item.startswith(label + ":") and item.endswith(".")
        rest = TEXT[span["end"] : TEXT.index("\n", span["end"])].strip()
        if rest:
            under = containing(graph, rest[:30])
            assert graph.has_edge(under, node)


def test_critics_points_are_counterclaims_that_attack(graph):
    for words in ("misused by bad actors", "truly compete with the resources", "exacerbate existing inequalities"):
        node = containing(graph, words, "counterclaim")
        targets = [(v, d["kind"]) for _, v, d in graph.out_edges(node, data=True)]
        assert targets and all(kind == "attacks" for _, kind in targets)
        assert all(graph.nodes[v]["kind"] in ("central_claim", "claim") for v, _ in targets)
    misuse = containing(graph, "misused by bad actors", "counterclaim")
    assert graph.nodes[misuse]["cue"] == "attributed to others: 'Some argue'"
    assert "Security and Data Protection" in [graph.nodes[v]["label"] for v in graph.successors(misuse)]


def test_evidence_supports_the_claims_it_backs(graph):
    cost = containing(graph, "Llama 3.1 405B, for instance", "evidence")
    assert list(graph.successors(cost)) == [by_label(graph, "Modifiability and Cost Efficiency")]
    assert graph.nodes[cost]["cue"] == "example: 'for instance'"
    partners = containing(graph, "partnering with Amazon, Databricks, Nvidia", "evidence")
    assert list(graph.successors(partners)) == [by_label(graph, "Broad Ecosystem Support")]
    history = containing(graph, "closed-source versions of Unix", "evidence")
    assert "Today, Linux is the industry standard" in graph.nodes[history]["text"]
    record = containing(graph, "history of successful open source projects", "evidence")
    for node in (history, record):
        (_, target, kind), = graph.out_edges(node, data="kind")
        assert kind == "supports" and graph.nodes[target]["kind"] in ("central_claim", "claim", "rebuttal")


def test_transparency_rebuts_misuse(graph):
    rebuttal = containing(graph, "reducing the risk of unintentional harm", "rebuttal")
    misuse = containing(graph, "misused by bad actors", "counterclaim")
    assert graph.edges[rebuttal, misuse]["kind"] == "attacks"


def test_noise_is_not_in_the_map(graph):
    everything = " ".join(a["text"] for _, a in graph.nodes(data=True))
    for noise in ("By Editor", "Subscribe", "Discover more", "Processing", "Continue reading", "July 23, 2024"):
        assert noise not in everything
    assert [TEXT[s["start"] : s["end"]] for s in graph.graph["noise"]] == SEED_NOISE


def test_deterministic():
    first, second = mine(ingest(TEXT)), mine(ingest(TEXT))
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(data=True)) == list(second.edges(data=True))


def test_no_word_of_the_seed_in_app():
    seed_words = ["Zuckerberg", "Llama", "Meta", "Linux", "Atlantic Post", "open source", "Open Source", "Path Forward"]
    for path in (ROOT / "app").rglob("*"):
        if path.suffix not in (".py", ".html", ".j2", ".js", ".css"):
            continue
        source = path.read_text(encoding="utf-8")
        for word in seed_words:
            assert word not in source, f"{path.relative_to(ROOT)} names {word!r}"
