"""The whole tree at once: every unit's target chosen together, as a maximum spanning arborescence.

Every pair (unit → a possible target) gets a score: the sum of the weights of what it shows (a
reason connective pointing at the unit before, a paragraph's topic claim, shared words, the two voices…;
see :func:`pair_features`). The tree of the map is the one of highest total score rooted at the
central claim: networkx's ``maximum_spanning_arborescence`` (Edmonds' algorithm) finds it, so no
unit's choice is made before the others', and no cycle can form. A unit's candidates are its neighbours, the
central claim and the text's landmarks further off (its enumerated arguments; for an answer, the
objections the text states). This is the decoding of
Peldszus & Stede (2015), "Joint prediction in MST-style discourse parsing for argumentation mining".

Weights (:data:`WEIGHTS`): those the annotated corpora can teach (connectives, voices, shared words,
distance and direction) are :data:`FITTED`, a conditional logit model (each unit chooses one target
among its candidates) fitted on both arg-microtexts corpora pooled by ``bench/fit_attachment.py``,
which prints them and the scores they give. Fitted on one corpus only, they score the other's
attachment at 0.575 (part 2) and 0.597 (part 1), against 0.615 and 0.644 fitted on both: the
figure to expect on texts of that kind not seen. Those the corpora cannot teach are set by hand
(:data:`STRUCTURE`): the corpora are texts of one paragraph each.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from app.mining import discourse
from app.mining.argues import sentence_mode
from app.mining.overlap import Overlap, content_stems
from app.mining.units import Unit

#: The openers that point at the unit before: a reason ("because") or an example ("for example").
POINTING_BACK = ("reason", "example")

#: How many units either side of a unit its candidate targets lie (keeps long texts linear).
WINDOW = 12
#: Further off, a unit may point at the nearest landmarks (listed arguments, stated objections):
#: at most FAR_EACH_SIDE of each either side, within FAR_WINDOW units.
FAR_WINDOW = 80
FAR_EACH_SIDE = 6
#: How many of a unit's best targets the tree weighs when cycles must be broken (see best_tree).
TOP_TARGETS = 4

#: Weights set by hand: a reason or an example points at the unit before it (the connective says so), the
#: other side's voice goes on from unit to unit until the text turns, and a paragraph's topic claim
#: gathers its paragraph (the corpora, of one paragraph each, cannot teach it).
STRUCTURE: dict[str, float] = {
    "reason opener to previous": 2.0,
    "example opener to previous": 2.0,
    "other side goes on": 3.0,
    "to its paragraph's topic": 2.5,
    "paragraph topic to central": 1.5,
    "to another paragraph": -2.0,
    "to the landmark most like it": 3.0,
}

#: The weight of each feature of a pair (see :func:`pair_features`), fitted by bench/fit_attachment.py.
FITTED: dict[str, float] = {
    'voices differ': 1.42,
    'to central': 1.29,
    'target adds': -1.09,
    'other side to central': 1.02,
    'contrast opener to previous': 0.96,
    'refers back to previous': 0.96,
    'target concludes': 0.96,
    'overlap': 0.95,
    'addition opener to central': 0.94,
    'addition opener to previous': -0.94,
    'report to previous': 0.9,
    'backward': 0.83,
    'link opener to previous': -0.65,
    'none opener to previous': 0.64,
    'link opener to the other side': -0.6,
    'target answers': -0.57,
    'other side attacks a claim': 0.56,
    'concession opener to previous': 0.47,
    'position to previous': -0.47,
    'target gives a reason or example': -0.45,
    'concession opener to central': -0.43,
    'distance': -0.43,
    'none opener to central': 0.41,
    'none opener to the other side': 0.37,
    'to next': 0.35,
    'shares only with previous': 0.34,
    'more like it than the thesis': 0.27,
    'reason opener to central': 0.26,
    'link opener to central': 0.23,
    'example opener to central': -0.21,
    'target closes the text': 0.19,
    'answers the other side': -0.17,
    'to previous': -0.16,
    'most similar': -0.15,
    'target opens the text': 0.13,
    'contrast opener to central': 0.08,
    'contrast opener to the other side': 0.07,
    'two before': -0.07,
    'unit closes the text': -0.07,
    'target is a question': -0.04,
}

WEIGHTS = {**FITTED, **STRUCTURE}


@dataclass
class _Facts:
    """What the features read of each unit, found once per unit rather than once per pair."""

    refers_back: list[bool]
    reports: list[bool]
    calls: list[bool]
    concludes: list[bool]
    questions: list[bool]
    #: Each paragraph's topic claim (see :func:`_topics`); none in a text of one paragraph.
    topics: dict[int, int]
    #: The items of an enumeration of arguments, and the objections stated in the text's own words.
    listed: list[int]
    objections: list[int]
    #: The word stems of the lead-ins that name listed arguments ("Security and Data Protection:"), by unit.
    names: dict[int, frozenset[str]]

    @classmethod
    def of(cls, units: list[Unit]) -> _Facts:
        def each(test: Callable[[str], bool]) -> list[bool]:
            return [test(unit.text) for unit in units]

        return cls(refers_back=each(lambda t: discourse.found(discourse.REFERS_BACK, t) is not None),
                   reports=each(lambda t: sentence_mode(t) == "report"),
                   calls=each(lambda t: discourse.found(discourse.DEONTIC, t) is not None),
                   concludes=each(lambda t: discourse.found(discourse.CONCLUSION, t) is not None),
                   questions=each(discourse.is_question), topics=_topics(units),
                   listed=[i for i, unit in enumerate(units) if unit.listed],
                   objections=[i for i, unit in enumerate(units) if unit.voiced],
                   names={i: content_stems(_lead(unit)) for i, unit in enumerate(units) if unit.listed and unit.lead})


def pair_features(units: list[Unit], i: int, j: int, central: int, overlap: Overlap, facts: _Facts,
                  most_similar: int | None, to_central: float, landmark: int | None = None) -> dict[str, float]:
    """Return what the pair (unit ``i`` → target ``j``) shows, feature by feature (1.0 for a yes).

    ``most_similar`` is the candidate sharing most words with ``i``, ``to_central`` its similarity to the central
    claim, ``landmark`` the landmark it turns against that shares most words with it (see :func:`_landmark`).
    """
    unit, target = units[i], units[j]
    previous = j == i - 1
    f: dict[str, float] = {}

    def yes(name: str, when: bool = True) -> None:
        if when:
            f[name] = 1.0

    yes("to central", j == central)
    yes("to previous", previous)
    yes("to next", j == i + 1)
    yes("backward", j < i)
    f["distance"] = math.log(abs(i - j))
    f["overlap"] = overlap.similarity(i, j)
    yes("most similar", j == most_similar)
    opener = unit.opener or "none"
    yes(f"{opener} opener to previous", previous)
    yes(f"{opener} opener to central", j == central)
    yes("refers back to previous", previous and facts.refers_back[i])
    yes("answers the other side", unit.answers and target.voice == "opp")
    yes("voices differ", unit.voice != target.voice)
    yes("other side to central", unit.voice == "opp" and j == central)
    yes("other side goes on", unit.voice == "opp" and not unit.voiced and target.voice == "opp" and previous)
    yes("target gives a reason or example", target.opener in POINTING_BACK)
    yes("target adds", target.opener in ("addition", "link"))
    yes("target concludes", j != central and facts.concludes[j])
    yes("target answers", target.answers)
    if facts.topics:  # a text of several paragraphs
        # A reason or an example points at what it follows, over a paragraph break too ("…\nFor example, …").
        points_back = unit.opener in POINTING_BACK
        topic = facts.topics.get(unit.block)
        yes("to its paragraph's topic", j == topic and i != topic and j != central and not points_back)
        yes("paragraph topic to central", i == topic and j == central)
        yes("to the landmark most like it", j == landmark)
        yes("to another paragraph", target.block != unit.block and j != central and not (previous and points_back)
            and j != landmark)
    yes("target is a question", facts.questions[j])
    yes("target opens the text", j == 0)
    yes("target closes the text", j == len(units) - 1)
    yes("unit closes the text", i == len(units) - 1 and j == central)
    yes("two before", j == i - 2)
    yes("more like it than the thesis", j != central and f["overlap"] > to_central)
    yes(f"{opener} opener to the other side", target.voice == "opp" and unit.voice == "pro")
    yes("other side attacks a claim", unit.voice == "opp" and target.voice == "pro" and j != central)
    yes("shares only with previous", previous and f["overlap"] > 0 and to_central == 0)
    yes("report to previous", previous and facts.reports[i])
    yes("position to previous", previous and facts.calls[i])
    return f


def candidates(units: list[Unit], i: int, central: int, facts: _Facts) -> list[int]:
    """The units ``i`` may point at: those within WINDOW of it, the central claim, and further off
    the text's landmarks: the arguments it enumerates, and for a unit that answers the other side,
    the objections the text states (an answer may come before or long after its objection).

    Only a unit that answers the other side points at it: an author's point that does not turn
    against the other voice neither attacks it nor argues for it.
    """
    near = set(range(max(0, i - WINDOW), min(len(units), i + WINDOW + 1)))
    near |= set(_nearest(facts.listed, i))
    unit = units[i]
    turns = unit.voice == "opp" or unit.answers
    if unit.answers:
        near |= set(_nearest(facts.objections, i))
    return sorted({j for j in near if j != i and (turns or units[j].voice == "pro")} | {central})


def _nearest(landmarks: list[int], i: int) -> list[int]:
    """The members of the sorted ``landmarks`` nearest ``i``: at most FAR_EACH_SIDE either side, within FAR_WINDOW."""
    k = bisect_left(landmarks, i)
    return [j for j in landmarks[max(0, k - FAR_EACH_SIDE):k + FAR_EACH_SIDE] if abs(j - i) <= FAR_WINDOW]


def score(features: dict[str, float]) -> float:
    """Return the score of a pair: the weighed sum of its features."""
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())


def scored_pairs(units: list[Unit], central: int, overlap: Overlap,
                 weigh: Callable[[dict[str, float]], float] = score) -> Iterable[tuple[int, int, float]]:
    """Yield (unit, target, score) for every unit but the central claim and each of its candidates."""
    facts = _Facts.of(units)
    for i in range(len(units)):
        if i == central:
            continue
        pool = candidates(units, i, central, facts)
        sims = overlap.similarities(i, pool)
        top = max(zip(sims, (-j for j in pool)))
        most_similar = -top[1] if top[0] > 0 else None
        to_central = overlap.similarity(i, central)
        landmark = _landmark(units, i, pool, sims, to_central, facts, overlap)
        for j in pool:
            yield i, j, weigh(pair_features(units, i, j, central, overlap, facts, most_similar, to_central, landmark))


def _landmark(units: list[Unit], i: int, pool: list[int], sims: list[float], to_central: float,
              facts: _Facts, overlap: Overlap) -> int | None:
    """The landmark that unit ``i`` turns against and that shares most words with it, if one shares more
    with it than the central claim does: for an objection, an argument of the text's enumeration; for an
    answer, an objection stated in its own words."""
    unit = units[i]
    if unit.voice == "opp":  # an objection names the argument it attacks: "security risks" and "Security: …"
        own = overlap.stems(i)
        named = [(len(own & facts.names[j]), -j) for j in pool if j in facts.names]
        best = max(named, default=(0, 0))
        return -best[1] if best[0] else None
    if not unit.answers:
        return None
    best = max(zip(sims, (-j for j in pool)))  # an answer to the objection it shares most words with
    return -best[1] if best[0] > to_central and units[-best[1]].voiced else None


def _lead(unit: Unit) -> str:
    """The lead-in of a unit that opens on one (its span lies within the unit's first span)."""
    assert unit.lead is not None
    start = unit.spans[0][0]
    return unit.text[unit.lead[0] - start:unit.lead[1] - start]



def _topics(units: list[Unit]) -> dict[int, int]:
    """Return each paragraph's topic claim: its opening unit, where the author states a point of
    their own there (not the other side's, not an answer, not a reason for what came before).
    A text of one paragraph has none: its thesis is its topic."""
    if len({unit.block for unit in units}) < 2:
        return {}
    topics: dict[int, int] = {}
    for i, unit in enumerate(units):
        opens = i == 0 or units[i - 1].block != unit.block
        if opens and unit.voice == "pro" and not unit.answers and unit.opener not in POINTING_BACK:
            topics[unit.block] = i
    return topics


def best_tree(n: int, central: int, pairs: Iterable[tuple[int, int, float]]) -> dict[int, int]:
    """Return each unit's target in the tree of highest total score rooted at ``central``.

    When every unit's best target leaves no cycle, those targets are the best tree (the first step of
    Edmonds' algorithm); otherwise networkx's ``maximum_spanning_arborescence`` decides among each
    unit's TOP_TARGETS best targets and the central claim (a unit's fifth choice is never worth a cycle
    broken: it keeps the graph small, and the time linear).

    >>> best_tree(3, 0, [(1, 0, 1.0), (1, 2, 3.0), (2, 1, 3.0), (2, 0, 0.5)])
    {1: 0, 2: 1}
    """
    choices: dict[int, list[tuple[float, int]]] = {}
    for i, j, s in pairs:
        if i != central:
            choices.setdefault(i, []).append((s, -j))
    best = {i: -max(options)[1] for i, options in choices.items()}
    if nx.is_directed_acyclic_graph(nx.DiGraph(best.items())):
        return dict(sorted(best.items()))
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for i, options in choices.items():
        kept = sorted(options, reverse=True)[:TOP_TARGETS]
        kept += [(s, j) for s, j in options if j == -central]
        # The arborescence runs from the root: target → unit.
        g.add_edges_from((-j, i, {"weight": s}) for s, j in kept)
    tree = nx.maximum_spanning_arborescence(g, attr="weight", preserve_attrs=False)
    return {i: j for j, i in sorted(tree.edges())}
