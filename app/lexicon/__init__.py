"""The lexicon: every word Argmap reads, as data (:mod:`app.lexicon.en`), and the patterns made from it.

A language module holds word lists (tuples of lowercase phrases) and patterns that name a
list as ``{NAME}``; :func:`pattern` puts the list's phrases in (escaped, as a trie: see :func:`expand`)
and compiles it. Nothing else in the app spells an English word: adding a cue word is one
phrase in a list, and a second language is a second module beside ``en`` with the same names.

Patterns are written in lowercase and read :func:`fold`-ed text, which keeps every offset of
the text: a match's span is the span of the words in the text as written. A pattern that must
see capitals (a cue with ``(?-i:…)`` in it) reads the text itself, case-insensitively
elsewhere. (Lowercase patterns over lowercased text are several times faster than
case-insensitive ones: ``re`` then picks the alternatives by their first letter.)

>>> pattern("DEONTIC_MARK").search(fold("Cities MUST grow.")).span()
(7, 11)
>>> [cue.reason for cue in cues("OPPOSING")][:2]
['attributed to critics', 'attributed to others']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from retrie.trie import Trie

from app.lexicon import en as language

__all__ = ["CueSpec", "compile_template", "cues", "fold", "pattern", "phrases", "tokens", "words"]

_NAME = re.compile(r"\{([A-Z][A-Z_]*)\}")
_TOKEN = re.compile(r"[^\W_]+")
_CASED = "(?-i:"


def fold(text: str) -> str:
    """Return ``text`` lowercased, one character for one, so that every offset stays.

    ``str.lower`` makes two characters of one letter only, the dotted capital I.

    >>> fold("İSTANBUL Says"), len(fold("İ")) == len("İ")
    ('istanbul says', True)
    """
    return text.replace("İ", "I").lower()


def tokens(text: str) -> frozenset[str]:
    """Return the lowercase runs of letters and digits of ``text``: what a cue's ``needs`` are looked for in.

    >>> sorted(tokens("That's e.g. 3 Critics"))
    ['3', 'critics', 'e', 'g', 's', 'that']
    """
    return frozenset(_TOKEN.findall(fold(text)))


@dataclass(frozen=True)
class CueSpec:
    """A cue as the language module gives it: what it adds to a score, why, and its pattern."""

    name: str
    weight: float
    #: How a person reads the cue; the words it matched follow it on the map.
    reason: str
    pattern: re.Pattern[str]
    #: The pattern reads the text as written (it looks for capitals), not the folded text.
    cased: bool = False
    #: Words one of which every match holds (see :func:`tokens`), or None: a text with none of them
    #: is passed over without the pattern. Most sentences hold none of a cue's words, and the
    #: patterns are what the miner spends most of its time on.
    needs: frozenset[str] | None = None

    def find(self, text: str, folded: str | None = None, words: frozenset[str] | None = None) -> str | None:
        """Return the words of ``text`` that carry the cue, or None.

        ``folded`` and ``words`` are ``fold(text)`` and ``tokens(text)``, when the caller has them.

        >>> cues("EVIDENCE")[0].find("For example, it works."), cues("EVIDENCE")[0].find("It works.")
        ('For example', None)
        """
        if self.needs is not None and self.needs.isdisjoint(tokens(text) if words is None else words):
            return None
        match = self.pattern.search(text if self.cased else fold(text) if folded is None else folded)
        return text[match.start():match.end()] if match else None


def phrases(name: str) -> tuple[str, ...]:
    """Return the word list ``name`` of the language.

    >>> phrases("MODALS_OF_POSSIBILITY")
    ('might', 'may', 'could')
    """
    return tuple(getattr(language, name))


def words(name: str) -> frozenset[str]:
    """Return the word list ``name`` as a set, for membership tests."""
    return frozenset(phrases(name))


def expand(template: str) -> str:
    """Return ``template`` with each ``{NAME}`` replaced by a group that matches any of the list's phrases.

    The group is a trie of the phrases (retrie's): it shares their common beginnings, so ``re`` tries
    each letter once where a plain union tries every phrase in turn, which made the miner's searches
    two to three times slower. Where one phrase begins another, the longer is tried first. The trie is
    always put in a group of its own (retrie leaves some bare, "wh(?:ich|o)"), so that a quantifier
    after ``{NAME}`` applies to the whole list.

    >>> expand(r"^{LINK}\\b")
    '^(?:(?:and|plus))\\\\b'
    >>> expand("{MODALS_OF_POSSIBILITY}")  # might, may, could
    '(?:(?:could|m(?:ay|ight)))'
    """
    return _NAME.sub(lambda m: "(?:" + Trie(*phrases(m.group(1))).pattern() + ")", template)


def compile_template(template: str) -> re.Pattern[str]:
    """Return ``template`` compiled: for folded text, or, with ``(?-i:…)`` in it, for the text as written.

    >>> compile_template(r"^{LINK}\\b").match(fold("Plus, it works.")).group()
    'plus'
    """
    return re.compile(expand(template), re.IGNORECASE if _CASED in template else 0)


@cache
def pattern(name: str) -> re.Pattern[str]:
    """Return the language's pattern ``name``, compiled (see :func:`compile_template`)."""
    return compile_template(getattr(language, name))


def cues(name: str) -> tuple[CueSpec, ...]:
    """Return the cue list ``name`` of the language, each cue's pattern compiled."""
    entries = getattr(language, name)
    if isinstance(entries[0], str):  # a single cue
        entries = (entries,)
    return tuple(_cue(*entry) for entry in entries)


def _cue(name: str, weight: float, reason: str, template: str, needs: str | None = None) -> CueSpec:
    # Each phrase's first word: "points out" can be found only where "points" stands.
    first_words = None if needs is None else frozenset(_TOKEN.findall(phrase)[0] for phrase in phrases(needs))
    return CueSpec(name, weight, reason, compile_template(template), _CASED in template, first_words)
