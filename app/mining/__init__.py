"""Mining: Document → argument graph (a ``networkx.DiGraph``).

Two granularities. A long text (an op-ed) keeps the units that carry a cue and attaches
them by cues, overlap and position (:mod:`.units`, :mod:`.relations`). A short text
(up to ``DENSE_MAX_SENTENCES`` sentences) argues in every clause: each clause is a unit,
related by its connective (:mod:`.short`, :mod:`.discourse`). Both are labelled
(:mod:`.labels`) and handed over as an :class:`~app.graph.Extraction`, which
:func:`app.graph.build_graph` makes the graph of (its nodes and edges: see :mod:`app.graph`).

The rules are one miner among those :func:`mine` can run: a miner is any function from a
:class:`~app.ingest.document.Document` to an Extraction, registered by name in :data:`MINERS`.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from app import lexicon
from app.errors import BadInput
from app.graph import Extraction, Relation, SpanData, Statement, build_graph
from app.ingest.document import Document
from app.ingest.noise import words
from app.mining.argues import argues as text_argues  # keeps app.mining.argues the module
from app.mining.labels import make_label, shorten
from app.mining.overlap import Overlap
from app.mining import short
from app.mining.relations import attach, choose_central, restatements
from app.mining.units import Unit, find_units, is_short

__all__ = ["MINERS", "Miner", "mine", "mine_rules", "miner_named", "register_miner"]

_STATEMENT = lexicon.pattern("STATEMENT")
_QUESTION = lexicon.pattern("QUESTION")


def title_states_claim(title: str) -> bool:
    """Return True when a title is itself a short statement (not a question, not a topic).

    >>> title_states_claim("Schools Must Teach Coding"), title_states_claim("Why We Should Walk More")
    (True, False)
    """
    folded = lexicon.fold(title)
    return bool(_STATEMENT.search(folded)) and not _QUESTION.match(folded) and len(title.split()) <= 12


#: A miner: a document in, what it finds out (see :mod:`app.graph`).
Miner = Callable[[Document], Extraction]

#: The miners ``mine`` can run, by name.
MINERS: dict[str, Miner] = {}


def register_miner(name: str, miner: Miner) -> Miner:
    """Make ``miner`` available to :func:`mine` (and the CLI's and API's ``miner``) as ``name``; return it."""
    MINERS[name] = miner
    return miner


def miner_named(name: str) -> Miner:
    """Return the miner registered as ``name``; an unknown name is a 422 that lists the known ones.

    >>> miner_named("rules").__name__
    'mine_rules'
    """
    miner = MINERS.get(name)
    if miner is None:
        raise BadInput(f"unknown miner {name!r}: choose one of {', '.join(sorted(MINERS))}", 422)
    return miner


def mine(doc: Document, miner: str = "rules") -> nx.DiGraph:
    """Return the argument graph of ``doc``, found by the miner registered as ``miner``.

    >>> from app.ingest import ingest
    >>> g = mine(ingest("Cities Should Plant Trees\\n\\nCities should plant more trees. "
    ...                 "For example, shaded streets are 5% cooler. Critics argue that trees cost too much."))
    >>> sorted((g.nodes[u]["kind"], d["kind"], g.nodes[v]["kind"]) for u, v, d in g.edges(data=True))
    [('counterclaim', 'attacks', 'central_claim'), ('evidence', 'supports', 'central_claim')]
    """
    return build_graph(miner_named(miner)(doc))


def mine_rules(doc: Document) -> Extraction:
    """Return the units of ``doc`` and their relations as the rules find them (the miner "rules").

    A text that does not argue (a story, a recipe, a timetable: see :mod:`.argues`) has none.
    """
    if not text_argues(doc):
        return _extraction(doc, [], 0, set(), [])
    if is_short(doc):
        return _mine_short(doc)
    units = find_units(doc)
    if not units:
        return _extraction(doc, [], 0, set(), [])
    title_index = len(units)
    overlap = Overlap([u.words for u in units] + [words(doc.title)])
    central = choose_central(doc, units, overlap, title_index)
    head = units[central]
    merged = set(restatements(units, central, overlap))
    head.kind, head.confidence = "central_claim", round(max(head.confidence, 0.6), 2)
    head.cue = "the opening statement closest to the title and to the rest of the text"
    relations = attach(units, central, overlap)
    for i in sorted(merged):
        head.spans.extend(units[i].spans)
    if doc.title_span and title_states_claim(doc.title):
        head.spans.insert(0, doc.title_span)
        head.cue = "the title states it, and the opening restates it"
    # A restatement's supporters now support the central claim itself.
    relations = [r for r in relations if r.source not in merged]
    for r in relations:
        if r.target in merged:
            r.target = central
    return _extraction(doc, units, central, merged, relations)


def _mine_short(doc: Document) -> Extraction:
    """Return the clause-by-clause units and relations of a short text."""
    prepared = short.prepare(doc)
    if prepared is None:
        return _extraction(doc, [], 0, set(), [])
    units, central, overlap, confidence = prepared
    relations = short.attach(units, central, overlap)
    short.assign_kinds(units, central, relations, confidence)
    merged, relations = short.gather_accounts(units, central, relations)
    if doc.title_span and title_states_claim(doc.title):
        units[central].spans.insert(0, doc.title_span)
    return _extraction(doc, units, central, merged, relations)


def _extraction(doc: Document, units: list[Unit], central: int, merged: set[int],
                relations: list[Relation]) -> Extraction:
    """Return the extraction of ``units``: the central claim first, then the others but the restatements."""
    order = [central] + [i for i in range(len(units)) if i != central and i not in merged] if units else []
    statements = []
    for i in order:
        unit = units[i]
        spans = sorted(set(unit.spans)) if len(unit.spans) > 1 else unit.spans
        statements.append(Statement(key=i, kind=unit.kind, label=_label(doc, unit, i == central),
                                    spans=[{"start": s, "end": e} for s, e in spans], cue=unit.cue,
                                    confidence=unit.confidence))  # fmt: skip
    noise: list[SpanData] = [{"start": b.start, "end": b.end} for b in doc.noise]
    headings: list[SpanData] = [{"start": s.heading.start, "end": s.heading.end}
                                for s in doc.sections if s.heading is not None]
    title_span: SpanData | None = None
    if doc.title_span is not None:
        title_span = {"start": doc.title_span[0], "end": doc.title_span[1]}
    return Extraction(statements, relations, doc.title, doc.text, noise, headings, title_span)


def _label(doc: Document, unit: Unit, central: bool) -> str:
    if unit.lead:
        return shorten(doc.slice(unit.lead))
    heading = doc.sections[unit.section].heading
    if unit.kind == "evidence" and len(unit.sentences) >= 3 and heading is not None:
        first = doc.sections[unit.section].blocks[0]
        if first.start <= unit.start < first.end and len(doc.slice(heading).split()) <= 8:
            return shorten(doc.slice(heading))  # a section given over to one account is named by its heading
    if central and doc.title_span and title_states_claim(doc.title) and len(doc.title.split()) <= 8:
        return shorten(doc.title)
    return make_label(doc.text[unit.spans[0][0]:unit.spans[0][1]])


register_miner("rules", mine_rules)
