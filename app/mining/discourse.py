"""Discourse connectives: how a unit relates to the units around it.

A text argues clause by clause, and the connective that opens a clause says what it
does (the classes follow the Penn Discourse Treebank): a concession ("Of course", "Even
if") voices the other side; a contrast ("But", "Yet") answers it; a reason ("because",
"for", "after all") supports what came before; an addition ("furthermore", "and") adds a
point, whose target its content decides; a conclusion ("therefore", "that's why") marks the
claim the others lead to. This module cuts sentences into such units and reads their connectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app import lexicon
from app.ingest.document import Sentence

#: Opening a unit, these concede the other side's point.
CONCESSION = lexicon.pattern("CONCESSION_OPENING")
#: Anywhere in a unit, these report a view the author does not hold.
OPPOSITION = lexicon.pattern("OPPOSITION")
#: The other side's holders get something wrong ("critics forget that"): the author speaks.
HOLDERS_FAIL = lexicon.pattern("HOLDERS_FAIL")
#: The author denies a view: "He is wrong", "I believe he has the facts wrong", "the claim that X is misleading".
DENIAL = lexicon.pattern("DENIAL")
#: Opening a unit, these turn against what came before.
CONTRAST = lexicon.pattern("CONTRAST_OPENING")
#: Opening a unit, these give a reason for the unit before.
REASON = lexicon.pattern("REASON_OPENING")
#: Opening a unit, these give an example of the unit before.
EXAMPLE = lexicon.pattern("EXAMPLE_OPENING")
#: Opening a unit, these add a further point alongside the one before.
ADDITION = lexicon.pattern("ADDITION_OPENING")
#: Opening a unit, a bare "and" links it to the unit before (a co-premise).
LINK = lexicon.pattern("LINK_OPENING")
#: Anywhere in a unit, these mark the conclusion the others lead to.
CONCLUSION = lexicon.pattern("CONCLUSION_MARK")
#: Opening a unit, a demonstrative refers back to the proposition before it ("This means…").
REFERS_BACK = lexicon.pattern("REFERS_BACK")
#: Opening a unit, the author pronounces their position ("The truth is that…"): no conclusion, but insisted on.
PRONOUNCING = lexicon.pattern("PRONOUNCING")
#: Anywhere in a unit, a view reported at a distance ("he claims that"): the author goes on to answer it.
DISTANCED = lexicon.pattern("DISTANCED_VIEW")
#: Anywhere in a unit, these state what ought to be: the stuff of a position.
DEONTIC = lexicon.pattern("DEONTIC_MARK")
#: Anywhere in a unit, the author's own directive: "I urge the council to…", "I'm here tonight to ask you to…".
DIRECTIVE = lexicon.pattern("DIRECTIVE_MARK")
#: Weaker than DEONTIC: necessity that may only describe ("you have to scrape it off").
NECESSITY = lexicon.pattern("NECESSITY_MARK")
#: Opening the sentence after a question, these answer it ("Of course not.").
ANSWER = lexicon.pattern("ANSWER_OPENING")
#: A sentence of nothing but an answer word ("No.", "Of course not."): the sentence after it gives the answer.
_BARE_ANSWER = lexicon.pattern("BARE_ANSWER")

# A question that asks: yes-no or alternative (see asks), unless negated.
_OPEN_QUESTION = lexicon.pattern("OPEN_QUESTION")
_NEGATION = lexicon.pattern("NEGATION")

# Where a sentence divides into two units: a connective after a comma or semicolon.
_SPLIT_AFTER_COMMA = lexicon.pattern("SPLIT_AFTER_COMMA")
_SPLIT_SEMICOLON = re.compile(r";\s+")
# These open a clause of their own even without a comma before them.
_SPLIT_BARE = lexicon.pattern("SPLIT_BARE")
_COPULA_BEFORE = lexicon.pattern("COPULA_BEFORE")
# A sentence that opens with a concessive clause ("Although A, B"): A ends at its first comma. Only
# concessions divide here: they change the voice, while "If A, B" or "Since A, B" state one unit.
_SUBORDINATE = lexicon.pattern("SUBORDINATE")
# "When people say that A, B": an opening clause of time or condition that reports the other side divides too.
_FRAMING_SUBORDINATE = lexicon.pattern("FRAMING_SUBORDINATE")
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
    at = sentence.start  # where the folded sentence stands in the text
    folded = lexicon.fold(text[sentence.start:sentence.end])
    pieces = [Clause(sentence.start, sentence.end)]
    head = _SUBORDINATE.match(folded)
    if head is None and (framing := _FRAMING_SUBORDINATE.match(folded)) and OPPOSITION.search(framing.group()):
        head = framing
    if head:
        pieces = _cut(text, pieces[0], at + head.end(), after_subordinate=True)
    out: list[Clause] = []
    for piece in pieces:
        start, end = piece.start - at, piece.end - at
        cuts = [at + m.end() for pattern in (_SPLIT_AFTER_COMMA, _SPLIT_SEMICOLON, _SPLIT_BARE)
                for m in pattern.finditer(folded, start, end)
                if not _COPULA_BEFORE.search(folded, start, m.start())]
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
    folded = lexicon.fold(text)
    for name, pattern in _OPENERS:
        if pattern.match(folded):
            return name
    return None


def bare_opener(text: str) -> str | None:
    """Return the class of the connective that is all of ``text`` ("And yet.", "But."), or None: such a sentence
    says nothing of its own, and opens the one after it.

    >>> bare_opener("And yet."), bare_opener("Yet it works."), bare_opener("However,"), bare_opener("And")
    ('contrast', None, 'contrast', 'link')
    """
    folded = lexicon.fold(text).strip(" .,;:!?…-—")
    for name, pattern in _OPENERS:
        match = pattern.match(folded)
        if match:  # "and yet": a link, then a contrast, which says what it does
            return bare_opener(folded[match.end():]) if folded[match.end():].strip(" .,;:!?…-—") else name
    return None


def is_question(text: str) -> bool:
    """Return True when ``text`` ends on a question mark (closing quotes aside).

    >>> is_question("Why not walk?”"), is_question("We should walk.")
    (True, False)
    """
    return text.rstrip("”’\"' ").endswith("?")


def asks(sentence: str) -> bool:
    """Return True for a question that asks rather than asserts: a yes-no or alternative question, not negated.

    >>> asks("Will it work, or will it fail?"), asks("Is it not time to act?"), asks("Why should we pay?")
    (True, False, False)
    """
    folded = lexicon.fold(sentence)
    return is_question(sentence) and bool(_OPEN_QUESTION.match(folded)) and not _NEGATION.search(folded)


def is_bare_answer(sentence: str) -> bool:
    """Return True for a sentence that is nothing but an answer word.

    >>> is_bare_answer("No."), is_bare_answer("Of course not!"), is_bare_answer("No one knows.")
    (True, True, False)
    """
    return _BARE_ANSWER.match(lexicon.fold(sentence.strip())) is not None


def found(pattern: re.Pattern[str], text: str) -> str | None:
    """Return the words of ``text`` that one of this module's patterns finds first, or None.

    >>> found(DEONTIC, "Cities MUST plant trees."), found(DEONTIC, "Trees grow.")
    ('MUST', None)
    """
    match = pattern.search(lexicon.fold(text))
    return text[match.start():match.end()] if match else None


_OPENERS = (
    ("concession", CONCESSION),
    ("contrast", CONTRAST),
    ("example", EXAMPLE),
    ("addition", ADDITION),
    ("reason", REASON),
    ("link", LINK),
)
