"""Discourse connectives: how a unit of a short text relates to the units around it.

Short texts argue clause by clause, and the connective that opens a clause says what it
does (the classes follow the Penn Discourse Treebank): a concession ("Of course", "Even
if") voices the other side; a contrast ("But", "Yet") answers it; a reason ("because",
"for", "after all") supports what came before; an addition ("furthermore", "and")
joins the unit before it; a conclusion ("therefore", "that's why") marks the claim the
others lead to. This module cuts sentences into such units and reads their connectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.document import Sentence

_I = re.IGNORECASE

#: Opening a unit, these concede the other side's point.
CONCESSION = re.compile(
    r"^(?:of course|granted|admittedly|yes,|certainly|sure|to be sure|it is true(?: that)?|true,|no doubt|"
    r"naturally|obviously|although|though|even if|even though|while|whilst|despite|in spite of|"
    r"it (?:may|might|could) (?:well )?be (?:true|argued|said)|there (?:may|might|could) be)\b",
    _I,
)
#: Anywhere in a unit, these report a view the author does not hold.
OPPOSITION = re.compile(
    r"\b(?:critics|opponents|sceptics|skeptics|detractors|advocates of|proponents of)\b|"
    r"\b(?:some|many|most|few|other) (?:people|voices|observers|experts|parents|politicians|citizens)?\s*"
    r"(?:say|think|believe|argue|claim|contend|feel|fear|object|maintain|hold)\b|"
    r"\b(?:others|they|people|one) (?:often |sometimes |may |might |could |would )?(?:say|think|believe|argue|claim|"
    r"object|contend|complain|point out)\b|"
    r"\b\w+ (?:may|might|could|would) (?:well )?(?:think|say|argue|claim|object|believe)\b|"
    r"\bit (?:is|has been) (?:often |sometimes |frequently )?(?:said|argued|claimed|objected|suggested)\b|"
    r"\bon the one hand\b",
    _I,
)
#: Opening a unit, these turn against what came before.
CONTRAST = re.compile(
    r"^(?:but|yet|however|nevertheless|nonetheless|still|even so|on the other hand|on the contrary|"
    r"in fact|instead|rather|that said|all the same|notwithstanding|despite this|this is precisely)\b",
    _I,
)
#: Opening a unit, these give a reason for the unit before.
REASON = re.compile(
    r"^(?:because|since|for(?! (?:example|instance|one thing|one|a|the|this|that|those|these|many|some|all|"
    r"each|every|most)\b)|after all|given that|the reason is|this is because|that is because|as a matter of fact)\b",
    _I,
)
#: Opening a unit, these give an example of the unit before.
EXAMPLE = re.compile(r"^(?:for example|for instance|e\.g\.|to illustrate|take the|consider the|just think of)\b", _I)
#: Opening a unit, these add a further point alongside the one before.
ADDITION = re.compile(
    r"^(?:and (?:furthermore|moreover|also|besides|additionally|secondly)|furthermore|moreover|also|in addition|"
    r"additionally|besides|what is more|on top of that|for one thing|secondly|thirdly|finally|another|not only|"
    r"first(?:ly)?|second)\b",
    _I,
)
#: Opening a unit, a bare "and" links it to the unit before (a co-premise).
LINK = re.compile(r"^(?:and|plus)\b(?! (?:furthermore|moreover|also|besides|additionally|secondly))", _I)
#: Anywhere in a unit, these mark the conclusion the others lead to.
CONCLUSION = re.compile(
    r"\b(?:therefore|thus|hence|consequently|accordingly|that'?s why|that is why|this is why|which is why|"
    r"in conclusion|all in all|in short|to sum up|for these reasons|for this reason|as a result|so we|"
    r"i (?:therefore )?(?:think|believe|am convinced|feel|would argue)|in my (?:opinion|view)|we (?:must|should))\b",
    _I,
)
#: Anywhere in a unit, these state what ought to be: the stuff of a position.
DEONTIC = re.compile(
    r"\b(?:should|must|ought to|shall|"
    r"it is (?:time|necessary|essential|crucial|important|wrong|right|high time|unacceptable)|"
    r"(?:is|are|would be|remains?)(?: \w+ly| therefore| thus| also| still| not| simply)? "
    r"(?:the right|the best|the only|the wrong|necessary|essential|indispensable|unacceptable|wrong|"
    r"a (?:good|bad|sensible|necessary) (?:idea|thing|step|measure)))\b",
    _I,
)
#: Weaker than DEONTIC: necessity that may only describe ("you have to scrape it off").
NECESSITY = re.compile(r"\b(?:have to|has to|need to|needs to|needed|necessary)\b", _I)

# Where a sentence divides into two units: a connective after a comma or semicolon.
_SPLIT_AFTER_COMMA = re.compile(
    r"[,;:]\s+(?=(?:but|yet|because|since|for|although|though|whereas|while|unless|so that|"
    r"and (?:furthermore|moreover|also|therefore|thus|so|besides|secondly)|and thus|and therefore|"
    r"which is why|so)\b)",
    _I,
)
_SPLIT_SEMICOLON = re.compile(r";\s+")
# These open a clause of their own even without a comma before them.
_SPLIT_BARE = re.compile(r"\s+(?=(?:unless|because|although|whereas)\b)", _I)
# A sentence that opens with a concessive clause ("Although A, B"): A ends at its first comma. Only
# concessions divide here: they change the voice, while "If A, B" or "Since A, B" state one unit.
_SUBORDINATE = re.compile(r"(?:although|though|even if|even though|while|whilst|whereas|despite)\b[^,]*,\s+", _I)
_MIN_WORDS = 3


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    #: The clause is the main clause after an opening subordinate clause ("Although A, | B").
    after_subordinate: bool = False


def split_clauses(text: str, sentence: Sentence) -> list[Clause]:
    """Return the argumentative units of one sentence: the sentence, or its clauses.

    >>> t = "Even if taxes rise, the plan pays off, because schools improve."
    >>> [t[c.start:c.end] for c in split_clauses(t, Sentence(0, len(t)))]
    ['Even if taxes rise,', 'the plan pays off,', 'because schools improve.']
    """
    pieces = [Clause(sentence.start, sentence.end)]
    head = _SUBORDINATE.match(text, sentence.start, sentence.end)
    if head:
        pieces = _cut(text, pieces[0], head.end(), after_subordinate=True)
    out: list[Clause] = []
    for piece in pieces:
        cuts = [m.end() for m in _SPLIT_AFTER_COMMA.finditer(text, piece.start, piece.end)]
        cuts += [m.end() for m in _SPLIT_SEMICOLON.finditer(text, piece.start, piece.end)]
        cuts += [m.end() for m in _SPLIT_BARE.finditer(text, piece.start, piece.end)]
        current = piece
        for cut in sorted(set(cuts)):
            left, *right = _cut(text, current, cut)
            if right:
                out.append(left)
                current = right[0]
        out.append(current)
    return out


def _cut(text: str, clause: Clause, at: int, after_subordinate: bool = False) -> list[Clause]:
    """Cut ``clause`` at ``at`` when both sides keep enough words; white space stays outside."""
    left_end = at
    while left_end > clause.start and text[left_end - 1].isspace():
        left_end -= 1
    if len(text[clause.start:left_end].split()) < _MIN_WORDS or len(text[at:clause.end].split()) < _MIN_WORDS:
        return [clause]
    return [Clause(clause.start, left_end, clause.after_subordinate), Clause(at, clause.end, after_subordinate)]


def opener(text: str) -> str | None:
    """Return the class of the connective that opens ``text``, or None.

    >>> [opener(t) for t in ("But it fails.", "for we need it.", "For example, Oslo.", "And it works.", "It works.")]
    ['contrast', 'reason', 'example', 'link', None]
    """
    for name, pattern in _OPENERS:
        if pattern.match(text):
            return name
    return None


_OPENERS = (
    ("concession", CONCESSION),
    ("contrast", CONTRAST),
    ("example", EXAMPLE),
    ("addition", ADDITION),
    ("reason", REASON),
    ("link", LINK),
)
