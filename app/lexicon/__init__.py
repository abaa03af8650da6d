"""The lexicon: every word Argmap reads, as data (:mod:`app.lexicon.en`), and the patterns made from it.

A language module holds word lists (tuples of phrases) and patterns that name a list as
``{NAME}``; :func:`pattern` compiles the pattern case-insensitively with the list's phrases
as a named list of the ``regex`` module (``\\L<NAME>``: any of the phrases, found through a
set where an alternation of a hundred verbs would try them one by one). Nothing else in the
app spells an English word: adding a cue word is one phrase in a list, and a second language
is a second module beside ``en`` with the same names.

>>> pattern("HEDGE").search("Cities MIGHT grow.").group()
'MIGHT'
>>> [cue.reason for cue in cues("OPPOSING")][:2]
['attributed to critics', 'attributed to others']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from app.lexicon import en as language

__all__ = ["CueSpec", "compile_template", "cues", "pattern", "phrases", "words"]

_NAME = re.compile(r"\{([A-Z][A-Z_]*)\}")


@dataclass(frozen=True)
class CueSpec:
    """A cue as the language module gives it: what it adds to a score, why, and its pattern."""

    name: str
    weight: float
    #: How a person reads the cue; the words it matched follow it on the map.
    reason: str
    pattern: regex.Pattern[str]

    def find(self, text: str) -> str | None:
        """Return the words of ``text`` that carry the cue, or None.

        >>> cues("CONTRAST_CUE")[0].find("However, it works."), cues("CONTRAST_CUE")[0].find("It works.")
        ('However', None)
        """
        match = self.pattern.search(text)
        return match.group() if match else None


def phrases(name: str) -> tuple[str, ...]:
    """Return the word list ``name`` of the language.

    >>> phrases("HEDGES")
    ('could', 'might', 'may')
    """
    return tuple(getattr(language, name))


def words(name: str) -> frozenset[str]:
    """Return the word list ``name`` as a set, for membership tests."""
    return frozenset(phrases(name))


def compile_template(template: str) -> regex.Pattern[str]:
    """Return ``template`` compiled case-insensitively, each ``{NAME}`` any phrase of the list ``NAME``.

    >>> compile_template(r"^{LINK}\\b").match("Plus, it works.").group()
    'Plus'
    """
    names = set(_NAME.findall(template))
    return regex.compile(_NAME.sub(r"\\L<\1>", template), regex.IGNORECASE | regex.VERSION0,
                         **{name: phrases(name) for name in names})


@cache
def pattern(name: str) -> regex.Pattern[str]:
    """Return the language's pattern ``name``, compiled (see :func:`compile_template`)."""
    return compile_template(getattr(language, name))


def cues(name: str) -> tuple[CueSpec, ...]:
    """Return the cue list ``name`` of the language, each cue's pattern compiled."""
    entries = getattr(language, name)
    if isinstance(entries[0], str):  # a single cue
        entries = (entries,)
    return tuple(CueSpec(cue, weight, reason, compile_template(template))
                 for cue, weight, reason, template in entries)
