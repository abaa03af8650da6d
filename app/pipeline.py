"""The one place that chains the stages: text → Document → graph → layout → ArgumentMap."""

from __future__ import annotations

import codecs
import re

import networkx as nx

from app.collector import collection_paused
from app.errors import BadInput
from app.ingest import ingest
from app.layout import layout_graph
from app.mining import mine, miner_named
from app.models import IMPORT_FORMATS, ArgumentMap, Edge, ImportFormat, InputFormat, Layout, Node, Span
from app.slugs import slug


#: The most statements a map holds: past it, laying out and drawing would take minutes and gigabytes.
MAX_NODES = 50_000


def slugify(text: str, max_words: int = 8) -> str:
    """Return a lowercase, hyphenated slug of the first words of ``text``.

    >>> slugify("Plant Trees: the Cool Streets!")
    'plant-trees-the-cool-streets'
    """
    return slug(text, max_words) or "map"


def decode_input(data: bytes) -> str:
    """Return ``data`` as text, or raise :class:`BadInput` for empty, binary or undecodable input.

    Text is UTF-8. An HTML page may declare another charset (``<meta charset=...>``), as pages
    saved from older sites do; it is read in that charset, as a browser reads it.

    >>> decode_input('<meta charset="windows-1252"><p>Caf\u00e9 \u2019society\u2019</p>'.encode("cp1252"))[-21:]
    '<p>Café ’society’</p>'
    """
    if b"\x00" in data:
        raise BadInput("the input looks binary (it contains NUL bytes); give a text, Markdown or HTML file", 415)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _decode_declared(data, exc)
    if not text.strip():
        raise BadInput("nothing to map: the input is empty", 422)
    return text


# A charset an HTML page declares near its start: <meta charset="x"> or <meta http-equiv ... content="...; charset=x">.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
#: Labels browsers read as windows-1252 (the WHATWG Encoding Standard), whatever their name says.
_AS_WINDOWS_1252 = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819", "iso-ir-100"}


def _decode_declared(data: bytes, error: UnicodeDecodeError) -> str:
    """Return HTML ``data`` decoded in the charset it declares, or raise BadInput (415)."""
    not_utf8 = f"the input is not valid UTF-8 (bad byte at position {error.start}); save it as UTF-8"
    match = _META_CHARSET.search(data, 0, 4096)
    if match is None:
        raise BadInput(not_utf8, 415)
    label = match.group(1).decode("ascii").lower()
    try:
        codec = "cp1252" if label in _AS_WINDOWS_1252 else codecs.lookup(label).name
    except LookupError:
        raise BadInput(f"{not_utf8}, or in a charset Argmap knows (the page declares {label!r})", 415) from None
    if codec.startswith(("utf-16", "utf-32")):  # a page readable this far is not in these (nor does the standard take them)
        raise BadInput(not_utf8, 415)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BadInput(f"the page declares the charset {label!r} but is not valid in it (bad byte at position "
                       f"{exc.start}); save it as UTF-8", 415) from None


NO_ARGUMENT = (
    "no argument was found in this text: no sentence reads as a claim, a reason or evidence. "
    "Select a passage in the text to add a node by hand, or map a longer text"
)


EVERY_NODE_DELETED = "the map is empty: every node was deleted. Undo brings them back, or select a passage to add one"


@collection_paused()
def graph_to_map(graph: nx.DiGraph, map_id: str, version: int = 1, *, laid_out: bool = True) -> ArgumentMap:
    """Return the :class:`ArgumentMap` of a mined (or edited) graph, laid out; or, not ``laid_out``, with an
    empty layout, for a caller that lays out only a part of it (a big map's first view: see app.views)."""
    nodes = [
        Node(
            id=n,
            kind=a["kind"],
            label=a["label"],
            text=a["text"],
            spans=[Span(**s) for s in a["spans"]],
            confidence=a["confidence"],
            cue=a["cue"],
            confirmed=a.get("confirmed", False),
        )
        for n, a in graph.nodes(data=True)
    ]
    edges = [
        Edge(source=u, target=v, kind=a["kind"], cue=a["cue"], confirmed=a.get("confirmed", False), group=a.get("group"))
        for u, v, a in graph.edges(data=True)
    ]
    return ArgumentMap(
        id=map_id,
        title=graph.graph["title"],
        text=graph.graph["text"],
        nodes=nodes,
        edges=edges,
        noise=[Span(**s) for s in graph.graph.get("noise", [])],
        headings=[Span(**s) for s in graph.graph.get("headings", [])],
        title_span=Span(**graph.graph["title_span"]) if "title_span" in graph.graph else None,
        layout=layout_graph(graph) if laid_out else Layout(width=0, height=0, boxes=[], routes=[]),
        version=version,
        problems=[] if nodes else [EVERY_NODE_DELETED if graph.graph.get("rejected") else NO_ARGUMENT],
        metadata=graph.graph.get("metadata", {}),
        speakers=[Span(**s) for s in graph.graph.get("speakers", [])],
    )


@collection_paused()
def mine_text(text: str, *, title: str | None = None, fmt: InputFormat = "text", miner: str = "rules") -> nx.DiGraph:
    """Return the argument graph of ``text``: ingest, then mine; its ``text`` attribute is what the spans index.

    For HTML that is the article's text, not the markup. ``miner`` names a registered miner (see :mod:`app.mining`).
    """
    if not text.strip():
        raise BadInput("nothing to map: the input is empty", 422)
    miner_named(miner)  # an unknown miner is a 422 before any work is done
    graph = mine(ingest(text, title=title, format=fmt), miner)
    if not graph.graph["text"].strip():
        raise BadInput("nothing to map: no text was found in the page", 422)
    return graph


def graph_of(
    source: str, *, title: str | None = None, fmt: InputFormat | ImportFormat = "text", miner: str = "rules"
) -> nx.DiGraph:
    """Return the argument graph of ``source``: mined from a text by ``miner``, or read from an AIF or Argdown file.

    A graph of more than :data:`MAX_NODES` nodes is refused (413) before it is laid out."""
    if fmt in IMPORT_FORMATS:
        from app.imports import read_import

        graph = read_import(source, fmt)  # type: ignore[arg-type]
        if title:
            graph.graph["title"] = title
    else:
        graph = mine_text(source, title=title, fmt=fmt, miner=miner)  # type: ignore[arg-type]
    if len(graph) > MAX_NODES:
        raise BadInput(f"this makes a map of {len(graph):,} statements, more than the {MAX_NODES:,} a map can "
                       "hold; split the file into several maps", 413)
    return graph


def build_map(
    text: str, *, map_id: str | None = None, title: str | None = None, fmt: InputFormat | ImportFormat = "text",
    miner: str = "rules",
) -> ArgumentMap:
    """Return the argument map of ``text``: ingest, mine with ``miner`` (or import an AIF or Argdown file), lay out."""
    graph = graph_of(text, title=title, fmt=fmt, miner=miner)
    return graph_to_map(graph, map_id or slugify(graph.graph["title"]))
