"""Gates: cheap literal tests that let a regular expression run only where it can match.

Most sentences hold none of a cue's words, and finding a literal costs a fraction of a
regex search. A gate is a set of keys, literal pieces of the pattern one of which every
match contains: it may let through a text the regex then rejects, never turn away one
the regex would match (tests/mining/test_gates.py checks this over our texts).

Ingest gates its page-furniture pattern. The miner asks some twenty gates of every
sentence; :class:`KeyFinder` finds all their keys in one pass (an Aho-Corasick automaton,
pyahocorasick), ten times faster than testing each key in turn.

Gates look in lowercased text. A case-insensitive regex also takes dotless ``ı`` and long
``ſ`` for ``i`` and ``s``, and ``"İ".lower()`` is ``"i"`` plus a combining dot, so the keys
of such a regex are looked for in :func:`folded` text, where those are plain ASCII letters.
Where :func:`reads_alike` says so, such a regex itself runs without IGNORECASE on the
lowercase, which re searches several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter

import ahocorasick

_KEY = itemgetter(1)


def folded(lower: str) -> str:
    """Return lowercased text with the letters case-insensitive regexes take for ASCII made ASCII.

    Dotless ``ı`` and long ``ſ`` are the only characters outside ASCII that re.IGNORECASE
    matches with an ASCII letter and str.lower() leaves alone (it makes the Kelvin sign a
    "k" already); ``İ`` lowers to ``i`` and a combining dot, which goes.

    >>> folded("İstanbul".lower()), folded("ſo")
    ('istanbul', 'so')
    """
    if lower.isascii():
        return lower
    # str.replace is many times faster than str.translate on short texts.
    return lower.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")


def literal_keys(*keys: str) -> frozenset[str]:
    """Return the keys of a gate, checked: lowercase, of ASCII or caseless characters.

    Only for such keys does a case-insensitive match always show in the folded text.

    >>> sorted(literal_keys("op-ed", "—"))
    ['op-ed', '—']
    """
    if not keys or not all(_foldable(key) for key in keys):
        raise ValueError(f"gate keys must be lowercase, of ASCII or caseless characters (see folded()): {keys!r}")
    return frozenset(keys)


def _foldable(key: str) -> bool:
    return key == key.lower() and all(c.isascii() or c.lower() == c.upper() == c for c in key)


def reads_alike(text: str, lower: str) -> bool:
    """Return True when a lowercase pattern finds in ``lower`` what it finds in ``text`` ignoring case.

    ``lower`` is ``text.lower()``. So it is when lowercasing kept every offset (no letter became
    two) and ``text`` has no dotless ``ı`` or long ``ſ``, the letters re.IGNORECASE reads apart
    from lower(): lower() keeps the word, space and punctuation classes of every other character
    (tests/mining/test_labels.py). Without IGNORECASE, re passes over the branches of an
    alternation by their first letter.

    >>> reads_alike("THE CASE", "the case"), reads_alike("İstanbul", "İstanbul".lower())
    (True, False)
    """
    return len(lower) == len(text) and "ı" not in text and "ſ" not in text


def holds_any(text: str, keys: Iterable[str]) -> bool:
    """Return True when ``text`` holds one of ``keys``: for the odd text, where a key scan would not pay."""
    for key in keys:  # a plain loop: any() with a generator costs more than the tests
        if key in text:
            return True
    return False


class KeyFinder:
    """The keys of many gates, found in a text in one pass."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for key in sorted(literal_keys(*keys)):
            self._automaton.add_word(key, key)
        self._automaton.make_automaton()

    def found(self, text: str) -> set[str]:
        """Return the keys that stand in ``text``, overlapping ones included.

        >>> sorted(KeyFinder(["critics", "crit", "op-ed", "essay"]).found("the critics of this op-ed"))
        ['crit', 'critics', 'op-ed']
        """
        return set(map(_KEY, self._automaton.iter(text)))  # the automaton yields (end, key)


@dataclass(frozen=True)
class GatedPattern:
    """A case-insensitive regex behind a gate: ``keys`` looked for in the :func:`folded` text."""

    pattern: re.Pattern[str]
    keys: frozenset[str]

    def admits(self, text: str, lower: str | None = None, found: Set[str] | None = None) -> bool:
        """Return False when the pattern cannot match ``text``.

        ``lower`` is ``text.lower()``, and ``found`` the keys a :class:`KeyFinder` found in
        its folded form, when the caller has them.
        """
        if found is not None:
            return not self.keys.isdisjoint(found)
        return holds_any(folded(text.lower() if lower is None else lower), self.keys)

    def search(self, text: str, *, lower: str | None = None, found: Set[str] | None = None) -> re.Match[str] | None:
        """Return the first match in ``text``, or None.

        >>> essay = GatedPattern(re.compile(r"\\bthis essay\\b", re.IGNORECASE), literal_keys("essay"))
        >>> essay.search("In THIS ESSAY I argue.").group(), essay.search("No such thing.")
        ('THIS ESSAY', None)
        """
        return self.pattern.search(text) if self.admits(text, lower, found) else None

    def found_in(self, text: str, lower: str, found: Set[str] | None = None) -> bool:
        """Return True when the pattern matches ``text``; ``lower`` is ``text.lower()``.

        >>> essay = GatedPattern(re.compile(r"\\bthis essay\\b", re.IGNORECASE), literal_keys("essay"))
        >>> essay.found_in("In THIS ESSAY I argue.", "in this essay i argue."), essay.found_in("No.", "no.")
        (True, False)
        """
        if not self.admits(text, lower, found):
            return False
        if reads_alike(text, lower):
            return self._lowercase.search(lower) is not None
        return self.pattern.search(text) is not None

    @cached_property
    def _lowercase(self) -> re.Pattern[str]:
        """The pattern without IGNORECASE, for lowercased text (the pattern is written in lowercase)."""
        return re.compile(self.pattern.pattern, self.pattern.flags & ~re.IGNORECASE)
