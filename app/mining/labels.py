"""Labels: a unit's short title (at most eight words), taken from its own text.

A list item's lead-in ("Security and Data Protection:") is the natural label. Otherwise
the main clause is kept: discourse markers, attributions ("Some argue that") and trailing
participle clauses are dropped, and what is left is cut to eight words.
"""

from __future__ import annotations

import re

from app.mining.cues import OPENERS
from app.gates import GatedPattern, literal_keys, reads_alike

MAX_WORDS = 8

_ATTRIBUTION_SOURCE = (
    r"^(?:[^,;:]{0,60}?\b(?:argues?|argued|asserts?|asserted|believes?|believed|claims?|claimed|contends?|"
    r"emphasi[sz]es|emphasi[sz]ed|insists?|maintains?|notes?|noted|noting|suggests?|predicts?|warns?|says?|said|"
    r"thinks?|points? out|question|questions|fear|fears|worry|worries|doubt|doubts|arguing|explaining|"
    r"believing|stressing|concludes?|holds?)\s+(?:that|whether|how|why)\s+|"
    r"there (?:are|is|have been) (?:growing |serious |also )?(?:concerns?|fears?|worries|doubts?|objections?) "
    r"(?:about|over|that) (?:the (?:potential|possibility|risk) (?:for|of|that) )?)"
)
_ATTRIBUTION = GatedPattern(re.compile(_ATTRIBUTION_SOURCE, re.IGNORECASE),
                            literal_keys("that", "whether", "how", "why", "there"))
#: The same, for lowercased text (see gates.reads_alike): without IGNORECASE, re passes over most
#: of the forty verbs by their first letter, at each of the sixty places the lazy prefix may end.
_ATTRIBUTION_LOWER = re.compile(_ATTRIBUTION_SOURCE)
_OPENERS_LOWER = re.compile(OPENERS.pattern, OPENERS.flags & ~re.IGNORECASE)
_TAIL_COMMA_SOURCE = (
    r",\s+(?:posing|leading|ensuring|thereby|thus|which|while|bringing|making|allowing|driven|as|who|"
    r"and (?:thus|thereby)|just as|because|since|so that)\b"
)
#: Where a trailing clause begins: a participle or relative clause, a semicolon, a dash. All from there on
#: goes. :func:`_tail_start` finds its first match by branches, which is faster (tests check they agree):
#: a branch that opens on a literal lets re skip to that character, where one that opens on \s+ makes it
#: try every place in the text.
_TAIL = re.compile(_TAIL_COMMA_SOURCE + r"|;|\s+—|\s+-\s", re.IGNORECASE)
_TAIL_COMMA = re.compile(_TAIL_COMMA_SOURCE, re.IGNORECASE)
_TAIL_COMMA_LOWER = re.compile(_TAIL_COMMA_SOURCE)  # for lowercased text (see gates.reads_alike)
_TAIL_DASH = re.compile(r"(?<=\s)(?:—|-(?=\s))")  # the dash of "\s+—" or "\s+-\s"
_WEAK_END = frozenset(
    "a an the of to in on for by with and or but as at from that which who whose its their his her our your "
    "this these those is are was were be been will would can could should must may might not".split()
)


def make_label(text: str) -> str:
    """Return a label of at most eight words for a unit's text.

    >>> make_label("Some argue that electric scooters could be misused by reckless riders, posing risks.")
    'Electric scooters could be misused by reckless riders'
    >>> make_label("However, cities should plant more trees.")
    'Cities should plant more trees'
    """
    clause = text.strip()
    for _ in range(2):  # "However, some argue that …" sheds a marker, then an attribution
        before = clause
        clause = _drop_opener(clause)
        clause = _drop_attribution(clause)
        if clause == before:
            break  # nothing came off: a second pass would take nothing either
    clause = _drop_tail(clause).strip().rstrip(".!?:;,")
    if len(clause.split(None, 2)) < 3:  # fewer than three words left: fall back on the whole text
        clause = text.strip().rstrip(".!?:;,")
    return shorten(clause)


def _drop_opener(clause: str) -> str:
    """Return ``clause`` without a leading discourse marker ("However,", "For example,")."""
    lower = clause.lower()
    if reads_alike(clause, lower):
        match = _OPENERS_LOWER.match(lower)
        return clause[match.end() :] if match else clause
    return OPENERS.sub("", clause, count=1)


def _drop_attribution(clause: str) -> str:
    """Return ``clause`` without a leading attribution ("Critics argue that", "There are concerns about")."""
    lower = clause.lower()
    if not _ATTRIBUTION.admits(clause, lower):
        return clause
    if reads_alike(clause, lower):
        match = _ATTRIBUTION_LOWER.match(lower)
        return clause[match.end() :] if match else clause
    return _ATTRIBUTION.pattern.sub("", clause, count=1)


def _drop_tail(clause: str) -> str:
    """Return ``clause`` without a trailing clause (", posing risks", "; mostly", " — as ever").

    >>> _drop_tail("Scooters are misused, posing risks"), _drop_tail("It works - mostly")
    ('Scooters are misused', 'It works')
    """
    start = _tail_start(clause)
    return clause if start is None else clause[:start]


def _tail_start(clause: str) -> int | None:
    """Return where _TAIL first matches in ``clause``, or None: the first of its branches' first matches.

    >>> _tail_start("Cities grow - fast"), _tail_start("Cities grow; they do, WHICH helps"), _tail_start("No")
    (11, 11, None)
    """
    starts = []
    if "," in clause:
        lower = clause.lower()
        match = _TAIL_COMMA_LOWER.search(lower) if reads_alike(clause, lower) else _TAIL_COMMA.search(clause)
        if match:
            starts.append(match.start())
    semicolon = clause.find(";")
    if semicolon >= 0:
        starts.append(semicolon)
    if "—" in clause or "-" in clause:
        match = _TAIL_DASH.search(clause)
        if match:
            start = match.start()
            while start > 0 and clause[start - 1].isspace():  # the white space before the dash, as \s+ takes it
                start -= 1
            starts.append(start)
    return min(starts) if starts else None


def shorten(text: str, most: int = MAX_WORDS) -> str:
    """Return ``text`` cut to ``most`` words at a word that can end a phrase, capitalised.

    >>> shorten("the rise of the machines and the fall of the people", 6)
    'The rise of the machines…'
    """
    words = text.split(None, most)  # the first ``most`` words, and the rest in one piece if there is more
    cut = len(words) > most
    words = words[:most]
    if cut:
        while len(words) > 1 and words[-1].lower().strip(",.;:") in _WEAK_END:
            words.pop()
        words[-1] = words[-1].rstrip(",.;:") + "…"
    label = " ".join(words)
    return label[:1].upper() + label[1:]
