"""The whole tree at once: every unit's target chosen together, as a maximum spanning arborescence.

Every pair (unit → a possible target) gets a score: the sum of the weights of what it shows (a
reason connective pointing at the unit before, a paragraph's topic claim, shared words, the two voices…;
see :func:`pair_features`). The tree of the map is the one of highest total score rooted at the
central claim: Edmonds' algorithm finds it (:func:`best_tree`), so no unit's choice is made before
the others', and no cycle can form. A unit's candidates are its neighbours and the central claim,
and, for a unit that turns against a voice, the text's landmarks further off (its enumerated
arguments; for an answer, the objections the text states). This is the decoding of
Peldszus & Stede (2015), "Joint prediction in MST-style discourse parsing for argumentation mining".

Weights (:data:`WEIGHTS`): those the annotated corpora can teach (connectives, voices, shared words,
distance and direction) are :data:`FITTED`, a conditional logit model (each unit chooses one target
among its candidates) fitted on both arg-microtexts corpora pooled by ``bench/fit_attachment.py``,
which prints them and the scores they give. Fitted on one corpus only, they score the other's
attachment at 0.587 (part 2) and 0.600 (part 1), against 0.624 and 0.644 fitted on both: the
figure to expect on texts of that kind not seen. Those the corpora cannot teach are set by hand
(:data:`STRUCTURE`): the corpora are texts of one paragraph each.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.mining import discourse
from app.mining.overlap import Overlap, content_stems
from app.mining.units import Unit

#: The openers that point at the unit before: a reason ("because") or an example ("for example").
POINTING_BACK = ("reason", "example")

#: How many units either side of a unit its candidate targets lie (keeps long texts linear).
WINDOW = 5
#: Further off, a unit may point at the nearest landmarks (listed arguments, stated objections):
#: at most FAR_EACH_SIDE of each either side, within FAR_WINDOW units.
FAR_WINDOW = 80
FAR_EACH_SIDE = 6

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
    questions: list[bool]
    #: Each paragraph's topic claim (see :func:`_topics`); none in a text of one paragraph.
    topics: dict[int, int]
    #: The items of an enumeration of arguments, and the objections stated in the text's own words.
    listed: list[int]
    objections: list[int]
    #: The word stems of the lead-ins that name listed arguments ("Security and Data Protection:"), by unit.
    names: dict[int, frozenset[str]]
    #: What each unit shows as a target (see :func:`target_features`).
    target_features: list[dict[str, float]] = field(default_factory=list)

    @classmethod
    def of(cls, units: list[Unit], central: int) -> _Facts:
        def each(test: Callable[[str], bool]) -> list[bool]:
            return [test(unit.text) for unit in units]

        facts = cls(refers_back=each(lambda t: discourse.found(discourse.REFERS_BACK, t) is not None),
                   questions=each(discourse.is_question), topics=_topics(units),
                   listed=[i for i, unit in enumerate(units) if unit.listed],
                   objections=[i for i, unit in enumerate(units) if unit.voiced],
                   names={i: content_stems(_lead(unit)) for i, unit in enumerate(units) if unit.listed and unit.lead})
        facts.target_features = [target_features(units, j, central, facts) for j in range(len(units))]
        return facts


@dataclass
class _Reach:
    """What one unit's features read of all its candidates: found once per unit, not once per pair."""

    #: Its similarity to each candidate, and to the central claim.
    similarity: dict[int, float]
    to_central: float
    #: The candidate sharing most words with it, if any shares one.
    most_similar: int | None
    #: The landmark it turns against that shares most words with it (see :func:`_landmark`).
    landmark: int | None

    @classmethod
    def of(cls, units: list[Unit], i: int, pool: list[int], central: int, overlap: Overlap,
           facts: _Facts) -> _Reach:
        sims = overlap.similarities(i, pool)  # the central claim is one of the pool
        top = max(zip(sims, (-j for j in pool)))
        similarity = dict(zip(pool, sims))
        to_central = similarity[central]
        return cls(similarity=similarity, to_central=to_central,
                   most_similar=-top[1] if top[0] > 0 else None,
                   landmark=_landmark(units, i, pool, sims, to_central, facts, overlap))


def pair_features(units: list[Unit], i: int, j: int, central: int, facts: _Facts, reach: _Reach) -> dict[str, float]:
    """Return what the pair (unit ``i`` → target ``j``) shows, feature by feature (1.0 for a yes):
    what the target is (:func:`target_features`) and how the two stand to each other."""
    return {**facts.target_features[j], **_between(units, i, j, central, facts, reach)}


def target_features(units: list[Unit], j: int, central: int, facts: _Facts) -> dict[str, float]:
    """Return what target ``j`` shows whichever unit points at it."""
    target = units[j]
    f: dict[str, float] = {}
    if target.opener in POINTING_BACK:
        f["target gives a reason or example"] = 1.0
    if target.opener in ("addition", "link"):
        f["target adds"] = 1.0
    if j != central and target.concludes_at is not None:
        f["target concludes"] = 1.0
    if target.answers:
        f["target answers"] = 1.0
    if facts.questions[j]:
        f["target is a question"] = 1.0
    if j == 0:
        f["target opens the text"] = 1.0
    if j == len(units) - 1:
        f["target closes the text"] = 1.0
    return f


def _between(units: list[Unit], i: int, j: int, central: int, facts: _Facts, reach: _Reach) -> dict[str, float]:
    """Return how unit ``i`` and its target ``j`` stand to each other, feature by feature."""
    unit, target = units[i], units[j]
    previous, to_central = j == i - 1, j == central
    overlap = reach.similarity[j]
    f = {"distance": math.log(abs(i - j)), "overlap": overlap}
    opener = unit.opener or "none"
    if to_central:
        f["to central"] = f[f"{opener} opener to central"] = 1.0
        if unit.voice == "opp":
            f["other side to central"] = 1.0
        if i == len(units) - 1:
            f["unit closes the text"] = 1.0
    elif overlap > reach.to_central:
        f["more like it than the thesis"] = 1.0
    if previous:
        f["to previous"] = f[f"{opener} opener to previous"] = 1.0
        if facts.refers_back[i]:
            f["refers back to previous"] = 1.0
        if unit.voice == "opp" and not unit.voiced and target.voice == "opp":
            f["other side goes on"] = 1.0
        if overlap > 0 and reach.to_central == 0:
            f["shares only with previous"] = 1.0
        if unit.reports:
            f["report to previous"] = 1.0
        if unit.calls:
            f["position to previous"] = 1.0
    if j == i + 1:
        f["to next"] = 1.0
    if j == i - 2:
        f["two before"] = 1.0
    if j < i:
        f["backward"] = 1.0
    if j == reach.most_similar:
        f["most similar"] = 1.0
    if unit.answers and target.voice == "opp":
        f["answers the other side"] = 1.0
    if unit.voice != target.voice:
        f["voices differ"] = 1.0
        if target.voice == "opp":
            f[f"{opener} opener to the other side"] = 1.0
        elif not to_central:
            f["other side attacks a claim"] = 1.0
    if facts.topics:  # a text of several paragraphs
        # A reason or an example points at what it follows, over a paragraph break too ("…\nFor example, …").
        points_back = unit.opener in POINTING_BACK
        topic = facts.topics.get(unit.block)
        if j == topic and i != topic and not to_central and not points_back:
            f["to its paragraph's topic"] = 1.0
        if i == topic and to_central:
            f["paragraph topic to central"] = 1.0
        if j == reach.landmark:
            f["to the landmark most like it"] = 1.0
        elif target.block != unit.block and not to_central and not (
                previous and (points_back or unit.answers and target.voice == "opp")):  # "Myth: X.¶Fact: Y."
            f["to another paragraph"] = 1.0
    return f


def candidates(units: list[Unit], i: int, central: int, facts: _Facts) -> list[int]:
    """The units ``i`` looks at: those within WINDOW of it, the central claim, and, for a unit that
    turns against a voice, the text's landmarks further off: an objection may attack one of the
    arguments the text enumerates; an answer may also answer an objection the text states, before or
    long after it. Of those far landmarks only the one it turns against (:func:`_landmark`) is a target
    it may point at (see :func:`targets`).

    Only a unit that answers the other side points at it: an author's point that does not turn
    against the other voice neither attacks it nor argues for it.
    """
    near = set(range(max(0, i - WINDOW), min(len(units), i + WINDOW + 1)))
    unit = units[i]
    turns = unit.voice == "opp" or unit.answers
    if turns:
        near |= set(_nearest(facts.listed, i))
    if unit.answers:
        near |= set(_nearest(facts.objections, i))
    return sorted({j for j in near if j != i and (turns or units[j].voice == "pro")} | {central})


def _nearest(landmarks: list[int], i: int) -> list[int]:
    """The members of the sorted ``landmarks`` nearest ``i``: at most FAR_EACH_SIDE either side, within FAR_WINDOW."""
    k = bisect_left(landmarks, i)
    return [j for j in landmarks[max(0, k - FAR_EACH_SIDE):k + FAR_EACH_SIDE] if abs(j - i) <= FAR_WINDOW]


def score(features: dict[str, float]) -> float:
    """Return the score of a pair: the weighed sum of its features."""
    total = 0.0
    for name, value in features.items():  # a plain loop: a third faster than sum() over a generator here
        total += WEIGHTS.get(name, 0.0) * value
    return total


def scored_pairs(units: list[Unit], central: int, overlap: Overlap) -> Iterable[tuple[int, int, float]]:
    """Yield (unit, target, score) for every unit but the central claim and each of its candidates:
    the score of ``pair_features``, its target's part weighed once per target."""
    facts = _Facts.of(units, central)
    target_scores = [score(f) for f in facts.target_features]
    for i, j, reach in _pairs(units, central, overlap, facts):
        yield i, j, target_scores[j] + score(_between(units, i, j, central, facts, reach))


def featured_pairs(units: list[Unit], central: int, overlap: Overlap) -> Iterable[tuple[int, int, dict[str, float]]]:
    """Yield (unit, target, features) for every pair that :func:`scored_pairs` scores (to fit the weights)."""
    facts = _Facts.of(units, central)
    for i, j, reach in _pairs(units, central, overlap, facts):
        yield i, j, pair_features(units, i, j, central, facts, reach)


def _pairs(units: list[Unit], central: int, overlap: Overlap, facts: _Facts) -> Iterable[tuple[int, int, _Reach]]:
    for i in range(len(units)):
        if i == central:
            continue
        pool = candidates(units, i, central, facts)
        reach = _Reach.of(units, i, pool, central, overlap, facts)
        for j in targets(i, pool, central, reach):
            yield i, j, reach


def targets(i: int, pool: list[int], central: int, reach: _Reach) -> list[int]:
    """The candidates of unit ``i`` whose pair is scored: those within WINDOW, the central claim and the
    far landmark it turns against. The other far landmarks it only compares itself with: a pair that
    crosses the text with no landmark's claim to it never won the tree (192 maps of texts of every
    shape, the corpora and the seed came out the same without them), and they were a third of the pairs."""
    return [j for j in pool if abs(j - i) <= WINDOW or j == central or j == reach.landmark]


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
    their own there (not the other side's, not a reason or an example for what came before). A
    paragraph that opens on an answer to an objection ("He addresses the concern that…") argues
    that answer: it gathers the paragraph too. A text of one paragraph has none: its thesis is its topic."""
    if len({unit.block for unit in units}) < 2:
        return {}
    topics: dict[int, int] = {}
    for i, unit in enumerate(units):
        opens = i == 0 or units[i - 1].block != unit.block
        if opens and unit.voice == "pro" and unit.opener not in POINTING_BACK:
            topics[unit.block] = i
    return topics


def best_tree(n: int, central: int, pairs: Iterable[tuple[int, int, float]]) -> dict[int, int]:
    """Return each unit's target in the tree of highest total score rooted at ``central``: Edmonds'
    algorithm (Chu & Liu 1965, Edmonds 1967).

    Each unit takes its best target. The units whose chain of best targets reaches the central claim
    keep them: no tree does better by them, and from then on they count as part of the root. Where the
    other choices close cycles, each cycle becomes one node whose ways out are worth what they gain
    over the choice they break; that smaller graph is solved the same way, and each cycle is broken
    where its chosen way out leaves it. All the cycles of a round are contracted at once.
    networkx's ``maximum_spanning_arborescence`` finds the same total (a property test compares them)
    but keeps a copy of its whole graph for every cycle it contracts: 104 s for the 12,776 units of the
    1 MB bench text, and past 2 GB for 1 MB of sentences each with a cue.

    >>> best_tree(3, 0, [(1, 0, 1.0), (1, 2, 3.0), (2, 1, 3.0), (2, 0, 0.5)])
    {1: 0, 2: 1}
    """
    options: dict[int, dict[int, float]] = {}  # unit → {target: score}
    for i, j, s in pairs:
        if i != central:
            options.setdefault(i, {})[j] = s
    if any(j not in options and j != central for ways in options.values() for j in ways):
        raise ValueError("a target has no target of its own and is not the root")
    rounds = []  # per round: the choices settled, the cycles' best choices and the names before it
    fresh = max(n, central + 1)  # names for contracted cycles
    kept_best: dict[int, int] = {}  # the best choices of the units whose options a round left as they were
    while options:
        best = {i: kept_best[i] if i in kept_best else max(ways, key=lambda j: (ways[j], -j))
                for i, ways in options.items()}
        settled, cycles = _settle(best)
        renamed = dict.fromkeys(settled, central) | {i: fresh + k for k, cycle in enumerate(cycles) for i in cycle}
        fresh += len(cycles)
        contracted: dict[int, dict[int, float]] = {}
        before: dict[tuple[int, int], tuple[int, int]] = {}  # (node, target) → the pair it stands for
        kept_best = {}
        for i, ways in options.items():
            if i in settled:
                continue
            if i not in renamed and renamed.keys().isdisjoint(ways):
                contracted[i], kept_best[i] = ways, best[i]  # nothing it may point at changed: it stays
                continue
            node, broken = renamed.get(i, i), ways[best[i]]
            kept = contracted.setdefault(node, {})
            for j, s in ways.items():
                target = renamed.get(j, j)
                if target != node and kept.get(target, -math.inf) < s - broken:
                    kept[target] = s - broken
                    before[node, target] = (i, j)
        if not all(contracted.values()):
            raise ValueError("some units have no way to the root")
        rounds.append(({i: best[i] for i in settled}, {i: best[i] for cycle in cycles for i in cycle}, before))
        options = contracted
    chosen: dict[int, int] = {}
    for settled, in_cycles, before in reversed(rounds):  # each cycle broken where it is left
        chosen = dict(before.get(pair, pair) for pair in chosen.items())
        chosen = in_cycles | chosen | settled
    return dict(sorted(chosen.items()))


def _settle(best: dict[int, int]) -> tuple[set[int], list[list[int]]]:
    """Walk the graph in which each node points at ``best[node]``: return the nodes whose walk ends at
    the root (a node with no choice) and the cycles the others run into."""
    settled: set[int] = set()
    cycles = []
    seen: dict[int, int] = {}  # node → the walk that reached it first
    for start in best:
        walk, i = [], start
        while i in best and i not in seen:
            seen[i] = start
            walk.append(i)
            i = best[i]
        if i not in best or i in settled:
            settled.update(walk)
        elif seen[i] == start:  # the walk came back to itself: a cycle from i on
            cycles.append(walk[walk.index(i):])
    return settled, cycles
