"""Labels: a unit's short title (at most eight words), taken from its own text.

A list item's lead-in ("Security and Data Protection:") is the natural label. Otherwise
the main clause is kept: discourse markers, attributions ("Some argue that") and trailing
participle clauses are dropped, and what is left is cut to eight words.
"""

from __future__ import annotations

from app import lexicon
from app.mining.cues import OPENERS

MAX_WORDS = 8

#: A leading attribution: "Critics argue that", "There are concerns about".
_ATTRIBUTION = lexicon.pattern("ATTRIBUTION")
#: One of which every attribution holds: its link ("argue that", "ask whether") or "there" ("there are fears").
_ATTRIBUTION_WORDS = lexicon.words("ATTRIBUTION_LINKS") | lexicon.words("EXISTENTIAL")
#: Where a trailing clause begins: a participle or relative clause, a semicolon, a dash. All from there on goes.
_TAIL = lexicon.pattern("TAIL")
_WEAK_END = lexicon.words("WEAK_ENDS")


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
    match = OPENERS.match(lexicon.fold(clause))
    return clause[match.end():] if match else clause


def _drop_attribution(clause: str) -> str:
    """Return ``clause`` without a leading attribution ("Critics argue that", "There are concerns about")."""
    if _ATTRIBUTION_WORDS.isdisjoint(lexicon.tokens(clause)):
        return clause  # most clauses: the pattern's sixty tries need not be made
    match = _ATTRIBUTION.match(lexicon.fold(clause))
    return clause[match.end():] if match else clause


def _drop_tail(clause: str) -> str:
    """Return ``clause`` without a trailing clause (", posing risks", "; mostly", " — as ever").

    >>> _drop_tail("Scooters are misused, posing risks"), _drop_tail("It works - mostly")
    ('Scooters are misused', 'It works')
    """
    match = _TAIL.search(lexicon.fold(clause))
    return clause[:match.start()] if match else clause


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
