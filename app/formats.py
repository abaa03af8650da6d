"""Which format a user's input is in: by its file name's suffix, else by its content.

The web form and ``argmap parse`` both ask here, so a file reads the same way through either.
"""

from __future__ import annotations

import re

from app.imports import detect_import
from app.input_formats import format_of_file
from app.models import ImportFormat, InputFormat

# A page or a fragment of one: it opens with a tag (after comments) and closes one soon after.
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|[a-z][a-z0-9]*[\s/>])", re.IGNORECASE | re.DOTALL)
_HTML_CLOSE = re.compile(r"</[a-z][a-z0-9]*\s*>|/>", re.IGNORECASE)


def guess_format(text: str, filename: str | None = None) -> InputFormat | ImportFormat:
    """Return the format of ``text``: by the file's suffix if it has a known one, else by its content
    (AIF JSON, Argdown, HTML if it starts like a page, else text).

    >>> guess_format("<!DOCTYPE html><p>Hi"), guess_format("<section><p>Hi</p>"), guess_format("<3 cars")
    ('html', 'html', 'text')
    >>> guess_format("# Title"), guess_format("x", "notes.md")
    ('text', 'markdown')
    >>> guess_format('{"nodes": [], "edges": []}', "map.json"), guess_format("[A]: Trees cool.\\n  + [B]: Shade.")
    ('aif', 'argdown')
    """
    named = format_of_file(filename) if filename else None
    if named is not None:
        return named
    imported = detect_import(text)
    if imported is not None:
        return imported
    if _HTML_START.match(text) and (text.lstrip()[:15].lower().startswith("<!doctype html")
                                    or _HTML_CLOSE.search(text, 0, 20_000)):
        return "html"
    return "text"
