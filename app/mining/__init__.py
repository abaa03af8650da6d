"""Mining: Document → argument graph (a ``networkx.DiGraph``).

One miner for texts of every length (:mod:`.clauses`): each clause that argues is a unit, with
the voice it speaks in; the central claim is where the text states its thesis; the relations are
the best whole tree (:mod:`.tree`). The units are labelled (:mod:`.labels`) and handed over as an
:class:`~app.graph.Extraction`, which :func:`app.graph.build_graph` makes the graph of (its nodes
and edges: see :mod:`app.graph`). A text that does not argue (:mod:`.argues`) has none.

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
from app.ingest.sentences import split_sentences
from app.mining.argues import argues as text_argues  # keeps app.mining.argues the module
from app.mining.labels import make_label, shorten
from app.mining import clauses
from app.mining.units import Unit

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
    prepared = clauses.prepare(doc) if text_argues(doc) else None
    if prepared is None:
        return _extraction(doc, [], 0, set(), [])
    units, central, overlap, confidence = prepared
    relations = clauses.attach(units, central, overlap)
    clauses.assign_kinds(units, central, relations, confidence)
    merged, relations = clauses.gather_accounts(units, central, relations)
    if doc.title_span and title_states_claim(doc.slice(doc.title_span)):  # the headline in the text, whatever
        units[central].spans.insert(0, doc.title_span)                     # title the map was given
    return _extraction(doc, units, central, merged, relations)


def _extraction(doc: Document, units: list[Unit], central: int, merged: set[int],
                relations: list[Relation]) -> Extraction:
    """Return the extraction of ``units``: the central claim first, then the others but those ``merged``
    into an account (see :func:`.clauses.gather_accounts`)."""
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
    if central and doc.title_span and _title_is_label(headline := doc.slice(doc.title_span)):
        return shorten(headline)
    start, end = next(span for span in unit.spans if span != doc.title_span)  # its own words, not the title's
    return make_label(doc.text[start:end])


def _title_is_label(title: str) -> bool:
    """A title labels the central claim when it states one in a short sentence: not "The Library Saved
    My Summer. Now It Needs Saving.", whose first sentence tells a story and whose point is the second."""
    return title_states_claim(title) and len(title.split()) <= 8 and len(split_sentences(title)) == 1


register_miner("rules", mine_rules)
