"""The cues the miner weighs a unit's words by: attribution, answers to objections, evidence signals.

Every cue is a named pattern of the lexicon (:mod:`app.lexicon`) with a weight; a match is
kept with the words it matched, so each node can say why it is what it is ("attributed to
critics: 'Some argue'").
"""

from __future__ import annotations

from app import lexicon
from app.lexicon import CueSpec as Cue

__all__ = ["ANSWERING", "Cue", "EVIDENCE", "NARRATIVE", "OPENING_REMARK", "OPPOSING", "strongest"]

#: Someone other than the author holds the view: a counterclaim.
OPPOSING = lexicon.cues("OPPOSING")
#: The text answers an objection: a rebuttal.
ANSWERING = lexicon.cues("ANSWERING")
#: Examples, figures, named cases, history: evidence.
EVIDENCE = lexicon.cues("EVIDENCE")
#: Sentences about the text itself: not units of the argument.
NARRATIVE = lexicon.pattern("REMARK")
#: Sentences that open on a remark: "Here is why…", "Thank you.", "[Applause]".
OPENING_REMARK = lexicon.pattern("REMARK_OPENING")


def strongest(cues: tuple[Cue, ...], text: str, words: frozenset[str] | None = None
              ) -> tuple[float, Cue | None, str | None]:
    """Return the summed weight of the cues found in ``text`` and the strongest one with its words.

    ``words`` are ``lexicon.tokens(text)``, for a caller that reads one text for several lists.

    >>> score, cue, words = strongest(OPPOSING, "Some argue that taxes are too high.")
    >>> score, cue.reason, words
    (3.0, 'attributed to others', 'Some argue')
    """
    total, best, best_words = 0.0, None, None
    words = lexicon.tokens(text) if words is None else words
    folded = lexicon.fold(text)
    for cue in cues:
        found = cue.find(text, folded, words)
        if found is not None:
            total += cue.weight
            if best is None or cue.weight > best.weight:
                best, best_words = cue, found
    return total, best, best_words
