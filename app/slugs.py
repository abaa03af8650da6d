"""Slugs: the lowercase, hyphenated words of a text, for map ids, node ids and file names."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, max_words: int | None = None) -> str:
    """Return the first ``max_words`` runs of ASCII letters and digits of ``text``, lowercased and hyphenated.

    Other characters only separate words; a text without any gives "" (callers choose a fallback).

    >>> slug("Plant Trees: the Cool Streets!"), slug("Plant Trees: the Cool Streets!", 2), slug("¿…?")
    ('plant-trees-the-cool-streets', 'plant-trees', '')
    """
    return "-".join(_WORD.findall(text.lower())[:max_words])
