"""Imports: files of other argument tools → an argument graph in the miner's form.

    read_import(text) → nx.DiGraph      AIF JSON (plain, OVA, AIFdb), Argdown or Argmap's own JSON,
                                        told apart by content

Each reader collects what its file says (:mod:`.structure`), infers what it does not (kinds,
the text, labels) and hands :func:`app.pipeline.graph_to_map` a graph like the miner's, whose
``imported`` attribute names the format. Malformed files raise :class:`~app.errors.BadInput`
(422) with a message that names the JSON path or the line.
"""

from __future__ import annotations

import json

import networkx as nx

from app.collector import collection_paused
from app.imports.aif import looks_like_aif, read_aif
from app.imports.argdown import looks_like_argdown, read_argdown
from app.imports.argmap_json import looks_like_argmap, read_argmap_json
from app.models import ImportFormat

__all__ = ["ImportFormat", "detect_import", "read_aif", "read_argdown", "read_argmap_json", "read_import"]


def detect_import(text: str) -> ImportFormat | None:
    """Return the import format ``text`` is written in, or None for a text to mine.

    >>> detect_import('{"nodes": [], "edges": []}'), detect_import("[A]: Trees cool.\\n  + [B]: Shade."), detect_import("Trees.")
    ('aif', 'argdown', None)
    >>> detect_import('{"text": "", "nodes": [], "edges": [], "layout": {}}')
    'json'
    """
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if looks_like_argmap(data):
            return "json"
        if looks_like_aif(data) or data is None and '"nodes"' in stripped[:5000]:
            return "aif"  # a broken AIF file still goes to the AIF reader, which says what is wrong
        return None
    return "argdown" if looks_like_argdown(text) else None


@collection_paused()
def read_import(text: str, fmt: ImportFormat | None = None) -> nx.DiGraph:
    """Return the argument graph of an AIF or Argdown file (``fmt``: else told by :func:`detect_import`)."""
    fmt = fmt or detect_import(text)
    if fmt == "aif":
        return read_aif(text)
    if fmt == "argdown":
        return read_argdown(text)
    if fmt == "json":
        return read_argmap_json(text)
    from app.errors import BadInput

    raise BadInput("not an AIF JSON or Argdown file: AIF needs \"nodes\" and \"edges\", Argdown a [Title]: text line", 422)
