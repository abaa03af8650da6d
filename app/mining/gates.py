"""Gates: cheap literal tests that let a regular expression run only where it can match.

Most sentences hold none of a cue's words, and a substring test costs a fraction of a
regex search. A gate must be conservative: it may let through a text the regex then
rejects, never turn away one the regex would match. Its keys are literal pieces of the
pattern that every match contains (tests/mining/test_gates.py checks this over our texts).

Gates look in lowercased text. A case-insensitive regex also takes dotless ``ı`` and long
``ſ`` for ``i`` and ``s``, and ``"İ".lower()`` is ``"i"`` plus a combining dot, so the gate
of such a regex looks in :func:`folded` text, where those are plain ASCII letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Gate = Callable[[str], bool]


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


def any_of(*keys: str) -> Gate:
    """Return a gate that lets a text through when it holds one of ``keys``.

    >>> gate = any_of("critics", "opponents")
    >>> gate("as critics say"), gate("as some say")
    (True, False)
    """
    if not keys or not all(_foldable(key) for key in keys):
        raise ValueError(f"gate keys must be lowercase, of ASCII or caseless characters (see folded()): {keys!r}")

    def holds(text: str) -> bool:
        for key in keys:  # a plain loop: any() with a generator costs more than the tests
            if key in text:
                return True
        return False

    return holds


def _foldable(key: str) -> bool:
    """Return True when a case-insensitive match of ``key`` always shows as ``key`` in folded text."""
    return key == key.lower() and all(c.isascii() or c.lower() == c.upper() == c for c in key)


@dataclass(frozen=True)
class GatedPattern:
    """A case-insensitive regex behind a gate on the :func:`folded` text."""

    pattern: re.Pattern[str]
    gate: Gate

    def search(self, text: str, *, lower: str | None = None) -> re.Match[str] | None:
        """Return the first match in ``text``, or None; ``lower`` is ``text.lower()`` when the caller has it.

        >>> essay = GatedPattern(re.compile(r"\\bthis essay\\b", re.IGNORECASE), any_of("essay"))
        >>> essay.search("In THIS ESSAY I argue.").group(), essay.search("No such thing.")
        ('THIS ESSAY', None)
        """
        if not self.gate(folded(text.lower() if lower is None else lower)):
            return None
        return self.pattern.search(text)

    def sub(self, repl: str, text: str, count: int = 0, *, lower: str | None = None) -> str:
        """Return ``text`` with matches replaced by ``repl``, as ``re.Pattern.sub`` does."""
        if not self.gate(folded(text.lower() if lower is None else lower)):
            return text
        return self.pattern.sub(repl, text, count=count)
