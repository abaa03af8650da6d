"""Evaluation: how well the miner's graph matches an expert annotation.

Two kinds of gold standard:

* a corpus in the arg-microtexts JSON-lines form (``{"id", "text", "adus", "dependency_tree"}``
  per line), scored with the measures of the argument-mining literature: central claim
  accuracy, role (pro/opp) macro F1, function (support/attack) macro F1, attachment F1 and
  segmentation F1;
* a gold map of one document (``{"text_file" | "text", "nodes": [{"id", "quote", "kind"}],
  "edges": [{"source", "target", "kind"}]}``), scored by node recall, kind accuracy and
  edge F1.

Predicted units are matched to gold units by character overlap; nothing is matched by text.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from app.errors import BadInput

Spans = list[tuple[int, int]]
ROLES = ("pro", "opp")
FUNCTIONS = ("sup", "att")


@dataclass
class GoldUnit:
    id: str
    spans: Spans
    role: str = "pro"
    kind: str = ""


@dataclass
class GoldText:
    id: str
    text: str
    units: list[GoldUnit]
    central: str
    #: source id → (target id, "sup" | "att")
    relations: dict[str, tuple[str, str]]


@dataclass
class TextScore:
    id: str
    central_ok: bool
    roles: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted) per gold unit
    functions: list[tuple[str, str]] = field(default_factory=list)
    #: gold relations found (the unit matched to the source has an edge to the one matched to the target),
    #: predicted edges, gold relations
    attachment: tuple[int, int, int] = (0, 0, 0)
    segments: tuple[int, int, int, int] = (0, 0, 0, 0)  # matched predicted, predicted, matched gold, gold


def load_corpus(path: Path) -> list[GoldText]:
    """Return the texts of a microtexts-style JSON-lines corpus; :class:`BadInput` names a bad line."""
    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            units = [GoldUnit(a["id"], [(a["start"], a["end"])], a["role"]) for a in row["adus"]]
            (central,) = [a["id"] for a in row["adus"] if a["central"]]
            relations = {d["source"]: (d["target"], d["function_simple"]) for d in row["dependency_tree"]}
            texts.append(GoldText(row["id"], row["text"], units, central, relations))
        except KeyError as exc:
            raise BadInput(f"line {number}: not a corpus record (no field {exc})")
        except (ValueError, TypeError) as exc:
            raise BadInput(f"line {number}: not a corpus record ({exc})")
    if not texts:
        raise BadInput("no texts in the corpus")
    return texts


def overlap(a: Spans, b: Spans) -> int:
    """Return how many characters two span lists share.

    >>> overlap([(0, 10)], [(5, 20), (30, 40)])
    5
    """
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(spans: Spans) -> int:
    return sum(e - s for s, e in spans)


def node_spans(graph: nx.DiGraph) -> dict[str, Spans]:
    """Return each node's spans as tuples."""
    return {n: [(s["start"], s["end"]) for s in a["spans"]] for n, a in graph.nodes(data=True)}


def best_match(spans: Spans, candidates: dict[str, Spans]) -> str | None:
    """Return the candidate sharing the most characters with ``spans``, the shorter on a tie (None if none shares any).

    >>> best_match([(0, 10)], {"item": [(0, 50)], "sentence": [(0, 20)], "other": [(60, 70)]})
    'sentence'
    """
    best, best_key = None, (0, 0)
    for key, other in candidates.items():
        shared = overlap(spans, other)
        if shared and (shared, -length(other)) > best_key:
            best, best_key = key, (shared, -length(other))
    return best


def nearest_span(spans: Spans, other: Spans) -> tuple[int, int]:
    """Return the one of ``spans`` that shares most characters with ``other`` (the first on a tie).

    A node may hold several statements of one point (a thesis and the title that states it): a gold
    unit is matched against the statement it overlaps, not against them all.

    >>> nearest_span([(0, 34), (200, 426), (7000, 7210)], [(200, 426)])
    (200, 426)
    """
    return max(spans, key=lambda span: overlap([span], other))


def covers_half(a: Spans, b: Spans) -> bool:
    """Return True when ``a`` and ``b`` each cover at least half of the other."""
    shared = overlap(a, b)
    return shared * 2 >= length(a) and shared * 2 >= length(b)


def central_node(graph: nx.DiGraph) -> str | None:
    return next((n for n, k in graph.nodes(data="kind") if k == "central_claim"), None)


def roles(graph: nx.DiGraph) -> dict[str, str]:
    """Return each node's role: "opp" when an odd number of attacks lies on its path to the central claim.

    >>> g = nx.DiGraph([("b", "a", {"kind": "attacks"}), ("c", "b", {"kind": "attacks"})])
    >>> g.nodes["a"]["kind"] = "central_claim"
    >>> sorted(roles(g).items())
    [('a', 'pro'), ('b', 'opp'), ('c', 'pro')]
    """
    out = {n: "pro" for n in graph}
    root = central_node(graph)
    if root is None:
        return out
    queue, seen = deque([root]), {root}
    while queue:
        target = queue.popleft()
        for source in graph.predecessors(target):
            if source not in seen:
                seen.add(source)
                attacked = graph.edges[source, target]["kind"] == "attacks"
                out[source] = ("opp" if out[target] == "pro" else "pro") if attacked else out[target]
                queue.append(source)
    return out


def function_of(graph: nx.DiGraph, node: str) -> str:
    """Return "sup", "att" or "none": the kind of the node's (first) outgoing relation."""
    for _, _, kind in graph.out_edges(node, data="kind"):
        return "sup" if kind == "supports" else "att"
    return "none"


def score_text(gold: GoldText, graph: nx.DiGraph) -> TextScore:
    """Return the scores of one predicted graph against one annotated text."""
    predicted = node_spans(graph)
    gold_spans = {u.id: u.spans for u in gold.units}
    role = roles(graph)
    root = central_node(graph)
    central_match = best_match(gold_spans[gold.central], predicted)
    score = TextScore(gold.id, central_ok=root is not None and central_match == root)
    matches = {unit.id: best_match(unit.spans, predicted) for unit in gold.units}
    for unit in gold.units:
        match = matches[unit.id]
        score.roles.append((unit.role, role[match] if match is not None else "none"))
        if unit.id != gold.central:  # the central claim has no function
            gold_function = gold.relations[unit.id][1] if unit.id in gold.relations else "none"
            score.functions.append((gold_function, function_of(graph, match) if match is not None else "none"))
    found = sum(
        1 for source, (target, _) in gold.relations.items()
        if matches[source] is not None and matches[target] is not None and graph.has_edge(matches[source], matches[target])
    )
    score.attachment = (found, graph.number_of_edges(), len(gold.relations))
    score.segments = _segments(predicted, gold_spans)
    return score


def _segments(predicted: dict[str, Spans], gold: dict[str, Spans]) -> tuple[int, int, int, int]:
    """A predicted unit and a gold unit match when each covers at least half of the other."""
    matched_predicted, matched_gold = set(), set()
    for p, ps in predicted.items():
        for g, gs in gold.items():
            if covers_half(ps, gs):
                matched_predicted.add(p)
                matched_gold.add(g)
    return len(matched_predicted), len(predicted), len(matched_gold), len(gold)


def f1(true_positives: int, predicted: int, gold: int) -> float:
    """Return the F1 of ``true_positives`` out of ``predicted`` and ``gold`` counts.

    >>> f1(3, 4, 6)
    0.6
    """
    if not predicted or not gold or not true_positives:
        return 0.0
    precision, recall = true_positives / predicted, true_positives / gold
    return round(2 * precision * recall / (precision + recall), 6)


def macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> float:
    """Return the mean over ``labels`` (those that occur) of each label's F1 on (gold, predicted) pairs.

    >>> macro_f1([("pro", "pro"), ("opp", "pro"), ("opp", "opp")], ("pro", "opp"))
    0.666667
    """
    labels = tuple(label for label in labels if any(label in pair for pair in pairs))
    if not labels:
        return 0.0
    scores = [
        f1(sum(1 for g, p in pairs if g == p == label), sum(1 for _, p in pairs if p == label),
           sum(1 for g, _ in pairs if g == label))
        for label in labels
    ]
    return round(sum(scores) / len(scores), 6)


def summarize(scores: list[TextScore]) -> dict[str, float]:
    """Return the corpus-level scores, pooled over all texts."""
    roles_ = [pair for s in scores for pair in s.roles]
    functions = [pair for s in scores for pair in s.functions]
    attachment = [sum(s.attachment[i] for s in scores) for i in range(3)]
    segments = [sum(s.segments[i] for s in scores) for i in range(4)]
    precision = segments[0] / segments[1] if segments[1] else 0.0
    recall = segments[2] / segments[3] if segments[3] else 0.0
    return {
        "central claim": round(sum(s.central_ok for s in scores) / len(scores), 6),
        "role": macro_f1(roles_, ROLES),
        "function": macro_f1(functions, FUNCTIONS),
        "attachment": f1(*attachment),
        "segmentation": round(2 * precision * recall / (precision + recall), 6) if precision + recall else 0.0,
    }


@dataclass
class GoldMap:
    text: str
    units: list[GoldUnit]
    #: (source id, target id, "supports" | "attacks")
    edges: list[tuple[str, str, str]]


def load_gold_map(path: Path) -> GoldMap:
    """Return a gold map; each quote must occur exactly once in the text (:class:`BadInput` otherwise)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["text"] if "text" in data else (path.parent / data["text_file"]).read_text(encoding="utf-8")
        units = []
        for node in data["nodes"]:
            quote = node["quote"]
            start = text.find(quote)
            if start < 0 or text.find(quote, start + 1) >= 0:
                raise BadInput(f"node {node['id']!r}: its quote must occur exactly once in the text")
            units.append(GoldUnit(node["id"], [(start, start + len(quote))], kind=node["kind"]))
        edges = [(e["source"], e["target"], e["kind"]) for e in data["edges"]]
    except KeyError as exc:
        raise BadInput(f"not a gold map (no field {exc})")
    except (ValueError, TypeError, OSError) as exc:
        raise BadInput(f"not a gold map ({exc})")
    return GoldMap(text, units, edges)


def score_map(gold: GoldMap, graph: nx.DiGraph) -> dict[str, float]:
    """Return node recall, kind accuracy (over found nodes) and edge F1 of a graph against a gold map.

    A gold node is found when its best-matching node (the statement of it that overlaps most, see
    :func:`nearest_span`) and it each cover half of the other; a gold
    edge is found when the found nodes of its ends have an edge of the same kind. Precision counts
    only predicted edges between nodes that match gold nodes: the gold map need not be exhaustive.
    """
    predicted = node_spans(graph)
    found: dict[str, str] = {}
    for unit in gold.units:
        match = best_match(unit.spans, predicted)
        if match is not None and covers_half(unit.spans, [nearest_span(predicted[match], unit.spans)]):
            found[unit.id] = match
    kinds = {unit.id: unit.kind for unit in gold.units}
    right_kind = sum(1 for g, p in found.items() if graph.nodes[p]["kind"] == kinds[g])
    hit = sum(
        1 for s, t, kind in gold.edges
        if s in found and t in found and graph.has_edge(found[s], found[t])
        and graph.edges[found[s], found[t]]["kind"] == kind
    )
    matched = set(found.values())
    predicted_edges = sum(1 for u, v in graph.edges if u in matched and v in matched)
    return {
        "node recall": round(len(found) / len(gold.units), 6),
        "kind accuracy": round(right_kind / len(found), 6) if found else 0.0,
        "edge F1": f1(hit, predicted_edges, len(gold.edges)),
    }
