"""The formats a new map's input can be in, each once: its file suffixes, and whether it is mined or imported.

The web form, the API, ``argmap parse`` and ``argmap export``, the seeds and re-mining all read
this table; :mod:`app.formats` guesses a format with it, and :mod:`app.models` spells its names
as the Literal types the API schema shows (a test keeps the two equal). It imports nothing of
the app, so every module can.

>>> [f.name for f in FORMATS.values() if f.imported]
['aif', 'argdown', 'json']
>>> format_of_file("notes.MD"), format_of_file("map.json"), format_of_file("README")
('markdown', None, None)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str  # as the API, the form and the store spell it: "markdown"
    label: str  # as the new-map form offers it
    #: File name endings that say a file is in this format; one that several formats share (".json")
    #: says nothing, and the content decides.
    suffixes: tuple[str, ...]
    #: What else the form's file picker offers for it, besides the suffixes.
    media_types: tuple[str, ...]
    #: A map made elsewhere, read as it is; else a text the miner maps.
    imported: bool
    #: How re-mining reads the text the store keeps: HTML is kept as its extracted text, which is
    #: Markdown; an imported map as its statements, plain text.
    remined_as: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", "Plain text", (".txt", ".text"), ("text/plain",), False, "text"),
    Format("markdown", "Markdown", (".md", ".markdown"), ("text/markdown",), False, "markdown"),
    Format("html", "HTML page (the article is kept, menus and scripts dropped)", (".html", ".htm"), ("text/html",),
           False, "markdown"),
    Format("aif", "AIF JSON map (OVA, AIFdb)", (".json",), ("application/json",), True, "text"),
    Format("argdown", "Argdown map", (".argdown", ".ad"), (), True, "text"),
    Format("json", "Argmap JSON map (a download of this app)", (".json",), ("application/json",), True, "text"),
)}


def _formats_by_suffix() -> dict[str, str]:
    """Return the format each suffix names, leaving out the suffixes that several formats share."""
    owners: dict[str, list[str]] = {}
    for f in FORMATS.values():
        for suffix in f.suffixes:
            owners.setdefault(suffix, []).append(f.name)
    return {suffix: names[0] for suffix, names in owners.items() if len(names) == 1}


_BY_SUFFIX = _formats_by_suffix()


def format_of_file(filename: str) -> str | None:
    """Return the format the suffix of ``filename`` names, or None when it names none (or several: ``.json``)."""
    dot = filename.rfind(".")
    return _BY_SUFFIX.get(filename[dot:].lower()) if dot >= 0 else None


def mined_suffixes() -> dict[str, str]:
    """Return the format of each file suffix of a text the miner maps (what a seeds folder may hold).

    >>> mined_suffixes()[".htm"]
    'html'
    """
    return {suffix: f.name for f in FORMATS.values() if not f.imported for suffix in f.suffixes}


def file_picker_accepts() -> str:
    """Return the ``accept`` list of the form's file picker: every suffix, then every media type, each once.

    >>> file_picker_accepts()
    '.txt,.text,.md,.markdown,.html,.htm,.json,.argdown,.ad,text/plain,text/markdown,text/html,application/json'
    """
    suffixes = [s for f in FORMATS.values() for s in f.suffixes]
    media_types = [m for f in FORMATS.values() for m in f.media_types]
    return ",".join(dict.fromkeys(suffixes + media_types))
