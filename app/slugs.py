"""Slugs and unique names: the lowercase, hyphenated words of a text, for map ids, node ids and file names;
numbered when a name is taken already."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, max_words: int | None = None) -> str:
    """Return the first ``max_words`` runs of ASCII letters and digits of ``text``, lowercased and hyphenated.

    Other characters only separate words; a text without any gives "" (callers choose a fallback).

    >>> slug("Plant Trees: the Cool Streets!"), slug("Plant Trees: the Cool Streets!", 2), slug("¿…?")
    ('plant-trees-the-cool-streets', 'plant-trees', '')
    """
    return "-".join(_WORD.findall(text.lower())[:max_words])


class UniqueIds:
    """Hands out names not taken yet: ``base``, else ``base-2``, ``base-3``… (or another ``numbered`` form).

    It remembers how far each base's count went: names only ever join the taken ones, so the
    ones below stay taken, and a text with many equal labels stays linear. ``key`` says which
    names count as the same (``str.casefold``: "Tax" is taken by "tax").

    >>> ids = UniqueIds({"tax-2"})
    >>> [ids.take(base) for base in ("tax", "tax", "tax", "tax-2")]
    ['tax', 'tax-3', 'tax-4', 'tax-2-2']
    >>> titles = UniqueIds(numbered="{base} ({n})", key=str.casefold)
    >>> [titles.take(base) for base in ("Tax", "tax")]
    ['Tax', 'tax (2)']
    """

    def __init__(self, taken: Collection[str] = (), *, numbered: str = "{base}-{n}",
                 key: Callable[[str], str] = str) -> None:
        self._key = key
        self._taken = {key(name) for name in taken}
        self._numbered = numbered
        self._last: dict[str, int] = {}

    def take(self, base: str) -> str:
        """Return the first name of ``base``'s row not taken yet, and take it."""
        n = self._last.get(base, 1)
        name = base if n == 1 else self._numbered.format(base=base, n=n)
        while self._key(name) in self._taken:
            n += 1
            name = self._numbered.format(base=base, n=n)
        self._last[base] = n
        self._taken.add(self._key(name))
        return name
