"""Whether a text argues at all: a recipe, a story or a timetable gets no map.

An argument is made of sentences that take a stance: they judge ("is pointless", "a good
idea"), say what can, may or must be, deny, give a reason or set one view against another,
or the writer says what they think. A text that does not argue tells, instructs or specifies
instead: a story, a biography and a news report narrate in the past tense, a recipe and a
how-to give orders, an itinerary, minutes, a forecast or a product description pin their
sentences to a time or a count. Each sentence is read as one of (:func:`sentence_mode`):

- a *thesis*: it calls for something ("should", "it is time") or concludes, or the writer
  says what they think, and it reports nothing: a text with one argues;
- a *stance*: it carries a word that judges or a stance adverb ("clearly"), or, when it
  reports nothing, a reason or contrast connective, a modal or a negation ("a bus could be
  free" argues; "the bus could leave at ten" gives a timetable);
- a *report*: an order ("Chop the onion"), a past tense with its object ("She met him"), a
  figure, a time or a count ("at ten o'clock", "ten countries"), with no stance word;
- neither: a plain generic statement ("Children learn how to share").

:func:`argues` weighs them: a text with no thesis does not argue when at least
:data:`REPORTING_MIN` of its sentences report and they are at least
:data:`REPORTING_OVER_STANCE` times as many as those that take a stance. In doubt it argues:
a sentence that is neither counts for no side, so a short text of plain claims is mapped.

A call to act that names a date or a sum ("The council should raise the wage to $18 by 2027")
reports as a rule of a timetable does ("Passengers should check in two hours before departure"),
and an op-ed rich in figures may hold nothing else. Such a call, the author's own (news tells of
calls in the past tense: "The mayor said the city should…"), argues when the text tells what
happened to back it (the record, a precedent elsewhere: a sentence in the past tense), which rules
and timetables do not, and does not instruct its reader: fewer than :data:`INSTRUCTING_SHARE` of
its sentences give an order or speak to "you", as instructions, recipes and how-tos do. (Minutes
narrate, but record what was agreed without a call to act.)

>>> from app.ingest import ingest
>>> argues(ingest("Rinse the rice. Add two cups of water. Cook it for twelve minutes."))
False
>>> argues(ingest("Schools should start later. Teenagers sleep late, and tired pupils learn badly."))
True
"""

from __future__ import annotations

from typing import Literal

from app import lexicon
from app.ingest.document import Document
from app.ingest.noise import words

__all__ = ["REPORTING_MIN", "REPORTING_OVER_STANCE", "Mode", "argues", "is_report", "reports", "sentence_mode"]

#: Sentences that report it takes, at the least, before a text without a thesis counts as not arguing.
REPORTING_MIN = 3
#: How many times as many as the sentences that take a stance the reporting ones must be.
REPORTING_OVER_STANCE = 2
#: The share of its sentences that give an order or speak to the reader from which a text instructs.
INSTRUCTING_SHARE = 1 / 3

Mode = Literal["thesis", "stance", "report"]

_THESES = tuple(lexicon.pattern(name) for name in ("DEONTIC_MARK", "CONCLUSION_MARK", "AUTHOR_VIEW"))
_STANCE_WORDS = tuple(lexicon.pattern(name) for name in ("STANCE_WORDS", "AUTHOR_VIEW"))
_STANCE_GRAMMAR = lexicon.pattern("STANCE_GRAMMAR")
_ANCHOR = lexicon.pattern("REPORT_ANCHOR")
_DEONTIC = lexicon.pattern("DEONTIC_MARK")
_SECOND_PERSON = lexicon.words("SECOND_PERSON")
_FUNCTION = lexicon.words("STOPWORDS") | lexicon.words("NOT_VERBS")
_NOT_VERB_ENDINGS = lexicon.phrases("NOT_VERB_ENDINGS")
_ADVERB_ENDINGS = lexicon.phrases("ADVERB_ENDING")
_OBJECTS = lexicon.words("IMPERATIVE_OBJECTS")
_PAST = lexicon.words("PAST_FORMS")
_PAST_OR_PARTICIPLE = lexicon.words("PAST_OR_PARTICIPLE")
_PAST_ENDINGS = lexicon.phrases("PAST_ENDING")
_PAST_PERFECT = lexicon.words("PAST_PERFECT")
_BEFORE_A_PARTICIPLE = lexicon.words("BEFORE_A_PARTICIPLE")
_AFTER_A_PAST = lexicon.words("AFTER_A_PAST")
#: Looking back from a word for an auxiliary, these are passed over: "is usually associated", "has she found".
_PASSED_OVER = _FUNCTION - _BEFORE_A_PARTICIPLE


def argues(doc: Document) -> bool:
    """Return False when ``doc`` tells, instructs or specifies and does not argue (the rule: see the module)."""
    stance = reporting = calls = narrating = instructing = 0
    sentences = [doc.slice(sentence) for block, sentence in doc.sentences() if block.kind != "heading"]
    for k, sentence in enumerate(sentences):
        mode = sentence_mode(sentence)
        if mode == "thesis":
            return True
        stance += mode == "stance"
        reporting += mode == "report"
        ws = words(sentence)
        narrated = _narrates(ws)
        narrating += narrated
        # the author's own call; "The mayor said the city should…" reports another's
        calls += mode == "report" and not narrated and _DEONTIC.search(lexicon.fold(sentence)) is not None
        instructing += not _SECOND_PERSON.isdisjoint(ws) or _orders(sentence, ws)
        if reporting + len(sentences) - k - 1 < REPORTING_OVER_STANCE * stance:
            return True  # were all the sentences left reports, still too few: it argues
    if calls and narrating and instructing < INSTRUCTING_SHARE * len(sentences):
        return True  # a call to act with a date or a sum, backed by what happened: a policy argued
    return reporting < REPORTING_MIN or reporting < REPORTING_OVER_STANCE * stance


def sentence_mode(sentence: str) -> Mode | None:
    """Return how ``sentence`` reads: "thesis", "stance", "report", or None for a plain statement.

    >>> [sentence_mode(s) for s in ("We must act.", "Fees are pointless.", "Fees rose in 2020.", "Fees are high.")]
    ['thesis', 'stance', 'report', None]
    >>> sentence_mode("Passengers should check in two hours before departure.")
    'report'
    """
    folded = lexicon.fold(sentence)
    report = reports(sentence)
    if not report and any(p.search(folded) for p in _THESES):
        return "thesis"
    if _has_stance_word(folded) or (not report and _STANCE_GRAMMAR.search(folded)):
        return "stance"
    return "report" if report else None


def is_report(sentence: str) -> bool:
    """Return True when ``sentence`` reads as a report (``sentence_mode(sentence) == "report"``), without
    looking for the cues of a thesis, which a report never is.

    >>> is_report("Fees rose in 2020."), is_report("It was a terrible decision in 2020."), is_report("We must act.")
    (True, False, False)
    """
    return reports(sentence) and not _has_stance_word(lexicon.fold(sentence))


def _has_stance_word(folded: str) -> bool:
    return any(p.search(folded) for p in _STANCE_WORDS)


def reports(sentence: str) -> bool:
    """Return True when ``sentence`` gives an order, narrates in the past, or is pinned to a time or a count.

    >>> reports("Chop the onion."), reports("She met him in Rome."), reports("It weighs 2 kg.")
    (True, True, True)
    >>> reports("Children learn how to share."), reports("A four-day week helps.")
    (False, False)
    """
    ws = words(sentence)
    return _orders(sentence, ws) or _narrates(ws) or bool(_ANCHOR.search(lexicon.fold(sentence)))


def _orders(sentence: str, ws: list[str]) -> bool:
    """Return True when the sentence (its words ``ws``), or its clause after a first comma ("If it rains,
    close it"), is an order."""
    return _is_order(ws) or "," in sentence and _is_order(words(sentence.split(",", 1)[1]))


def _is_order(ws: list[str]) -> bool:
    # A bare verb, then its object or particle: "Chop the onion", "Pull out the tube".
    return len(ws) >= 2 and ws[0] not in _FUNCTION and not ws[0].endswith(_NOT_VERB_ENDINGS) and ws[1] in _OBJECTS


def _narrates(ws: list[str]) -> bool:
    for i, w in enumerate(ws):
        after = ws[i + 1] if i + 1 < len(ws) else ""
        if not (w in _PAST
                or w in _PAST_PERFECT and (after in _PAST_OR_PARTICIPLE or after.endswith(_PAST_ENDINGS))  # "had died"
                or after in _AFTER_A_PAST and _past_or_participle(w)):
            continue
        before = i - 1
        while before >= 0 and (ws[before].endswith(_ADVERB_ENDINGS) or ws[before] in _PASSED_OVER):
            before -= 1
        if before < 0 or ws[before] not in _BEFORE_A_PARTICIPLE:  # after "is" or "has" it is a participle
            return True
    return False


def _past_or_participle(word: str) -> bool:
    return word in _PAST_OR_PARTICIPLE or (len(word) > 4 and word.endswith(_PAST_ENDINGS))
