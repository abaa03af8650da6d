"""Sentence boundaries with exact offsets, by rules that know English abbreviations.

A rule splitter of our own: pysbd is more thorough but grows with the square of a
paragraph's length and misses the 1 MB-in-1 s target (see NOTES.md); op-eds need the
common cases only — abbreviations, initials, decimals, quotes closing a sentence.
"""

from __future__ import annotations

import re

from app import lexicon
from app.ingest.document import Sentence

_ABBREVIATIONS = lexicon.words("ABBREVIATIONS")
_NUMBER_ABBREVIATIONS = lexicon.words("NUMBER_ABBREVIATIONS")
_SENTENCE_OPENINGS = lexicon.words("SENTENCE_OPENINGS")

# A candidate end: terminal punctuation, closing quotes/brackets (group 1), then the space after it
# (group 2, so a sentence starts where the match ends) and a likely sentence start.
_END = re.compile(r"""([.!?…]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])""")
# The run of non-space characters that ends where the match must end (or just before a final
# newline), as searching for (\S+)$ finds it; matched from the window's start, the greedy ".*\s"
# backs up from the end to the last space, where a search tried every start in the window.
_WORD_BEFORE = re.compile(r"(?:.*\s)?(\S+)$", re.DOTALL)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# The word after a candidate end, past an opening quote or bracket.
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?([^\W_]*)")


def _is_abbreviation(text: str, dot: int, after: str) -> bool:
    """Return True when the period at ``dot`` closes an abbreviation or an initial, and not the sentence too.

    ``after`` is the word after it. An abbreviation ends the sentence as well when a word that opens
    sentences follows it, capitalised: "in the U.S. The law…", "at 7:25 a.m. This schedule…" (Kiss &
    Strunk 2006, Punkt's orthographic heuristic). "No." and its kind abbreviate only before a number.
    """
    match = _WORD_BEFORE.match(text, max(0, dot - 40), dot)
    if not match:
        return False
    word = match.group(1).lstrip("\"'“‘([").lower()
    if word in _NUMBER_ABBREVIATIONS:
        return after[:1].isdigit()
    if len(word) == 1:
        return word.isalpha()  # an initial: "J. Smith"
    abbreviation = word in _ABBREVIATIONS or "." in word and bool(_INITIALS.fullmatch(word))  # "U.S"
    return abbreviation and after.lower() not in _SENTENCE_OPENINGS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Return the sentences of ``text[start:end]`` as spans into ``text``, trimmed of white space.

    >>> t = "Dr. Smith said so. However, the U.S. disagreed! Why? Because."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Dr. Smith said so.', 'However, the U.S. disagreed!', 'Why?', 'Because.']
    """
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    sentences: list[Sentence] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        # A lone period (closing quotes aside) may end an abbreviation instead.
        after = _NEXT_WORD.match(text, match.end()).group(1)
        if match.group(1).rstrip("\"'”’)]") == "." and _is_abbreviation(text, match.start(), after):
            continue
        sentences.append(Sentence(cursor, match.start(2)))  # punctuation ends it; no space either side
        cursor = match.end()
    if cursor < end:
        sentences.append(Sentence(cursor, end))
    return sentences
