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

# The only characters outside ASCII that re.IGNORECASE matches with an ASCII letter,
# beside the Kelvin sign, which str.lower() already makes a "k".
_LIKE_ASCII = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def folded(lower: str) -> str:
    """Return lowercased text with the letters case-insensitive regexes take for ASCII made ASCII.

    >>> folded("İstanbul".lower()), folded("ſo")
    ('istanbul', 'so')
    """
    return lower if lower.isascii() else lower.translate(_LIKE_ASCII)


def any_of(*keys: str) -> Gate:
    """Return a gate that lets a text through when it holds one of ``keys``.

    >>> gate = any_of("critics", "opponents")
    >>> gate("as critics say"), gate("as some say")
    (True, False)
    """
    if not keys or not all(key.isascii() for key in keys):
        raise ValueError(f"a gate needs ASCII keys (the folded text is only ASCII where it matters): {keys!r}")

    def holds(text: str) -> bool:
        for key in keys:  # a plain loop: any() with a generator costs more than the tests
            if key in text:
                return True
        return False

    return holds


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

    def sub_first(self, text: str, *, lower: str | None = None) -> str:
        """Return ``text`` with the first match removed."""
        if not self.gate(folded(text.lower() if lower is None else lower)):
            return text
        return self.pattern.sub("", text, count=1)
