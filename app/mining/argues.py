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
- neither: a plain generic statement ("Children learn how to share"), or a question (it asks).

A sentence in quotation marks from end to end reports someone's words ("We think it will be the
highlight of the summer," in a press release): it is no stance of the text's own.

:func:`argues` weighs them. A thesis makes a text argue, with two exceptions for calls to act
that do no more than call (a call that draws a conclusion, "Therefore we should…", or that the author
says they hold, "I don't think you should…", always argues):

- in a text that instructs its reader (at least :data:`INSTRUCTING_SHARE` of its sentences give an
  order: instructions, a how-to, a help page; or it answers questions standing alone, one by one, as a
  page of frequently asked questions does) a call is advice ("You should then see…"), and what gives an
  order instructs rather than takes a stance. Speaking to "you" is no sign of it: an advice column or a
  blog post argues with its reader in the second person ("you are better off skipping the plan");
- in rules (at least :data:`RULES_MIN` calls, more than the other sentences, none giving a reason or
  drawing a conclusion) the calls specify what is to be done, as a timetable specifies times.

A call to act that names a date or a sum ("The council should raise the wage to $18 by 2027") reports,
as a rule of a timetable does ("Passengers should check in two hours before departure"), and an op-ed
rich in figures may hold nothing else. Such a call, the author's own (news tells of calls in the past
tense: "The mayor said the city should…"; "it is time the city acted" asks, it tells nothing), argues
when the text also tells what happened to back it (the record, a precedent elsewhere: a sentence in
the past tense), which rules and timetables do not, and it neither instructs nor lays down rules.

The counts are of the sentences read so far: after :data:`SURE_AFTER` sentences, a thesis that stands in a
text that has neither instructed nor laid down rules decides, and the rest of a long text is not read.

Without a thesis, a text does not argue when at least :data:`REPORTING_MIN` of its sentences report
and they are at least :data:`REPORTING_OVER_STANCE` times as many as those that take a stance. In
doubt it argues: a sentence that is neither counts for no side, so a short text of plain claims is mapped.

>>> from app.ingest import ingest
>>> argues(ingest("Rinse the rice. Add two cups of water. Cook it for twelve minutes."))
False
>>> argues(ingest("Schools should start later. Teenagers sleep late, and tired pupils learn badly."))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app import lexicon
from app.ingest.document import Document
from app.ingest.noise import words
from app.mining.discourse import is_bare_answer, is_question

__all__ = ["REPORTING_MIN", "REPORTING_OVER_STANCE", "Mode", "argues", "is_report", "reports", "sentence_mode"]

#: Sentences that report it takes, at the least, before a text without a thesis counts as not arguing.
REPORTING_MIN = 3
#: How many times as many as the sentences that take a stance the reporting ones must be.
REPORTING_OVER_STANCE = 2
#: The share of its sentences that give an order from which a text instructs.
INSTRUCTING_SHARE = 1 / 3
#: The questions standing alone, each followed by its answer, from which a text answers its reader's questions.
QUESTIONS_MIN = 3
#: The calls to act, with no reason given, from which a text of more calls than other sentences lays down rules.
RULES_MIN = 4
#: The log entries ("Fixed a crash when…") from which, and the share of its sentences from which, a text is a record.
LOG_MIN = 3
LOG_SHARE = 1 / 5
#: After this many sentences a thesis that stands decides (see :func:`argues`).
SURE_AFTER = 12

Mode = Literal["thesis", "stance", "report"]

#: A conclusion marker, or the author saying what they hold or ask for ("I think", "I urge"): a thesis whether
#: or not it calls to act, whoever it speaks to.
_DIRECTIVE = lexicon.pattern("DIRECTIVE_MARK")
_CONCLUDING = (lexicon.pattern("CONCLUSION_MARK"), lexicon.pattern("AUTHOR_VIEW_FRAME"), _DIRECTIVE)
_DEONTIC = lexicon.pattern("DEONTIC_MARK")
_THESES = (_DEONTIC, *_CONCLUDING)
#: The author's directive: a thesis even in a sentence that names a sum or a date.
_OWN_THESES = (_DIRECTIVE,)
_STANCE_WORDS = tuple(lexicon.pattern(name) for name in ("STANCE_WORDS", "AUTHOR_VIEW", "OPPOSITION"))
_STANCE_GRAMMAR = lexicon.pattern("STANCE_GRAMMAR")
#: A sentence in quotation marks from end to end: someone's words the text reports.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_QUOTED_SPEECH = lexicon.pattern("QUOTED_SPEECH")
_ANCHOR = lexicon.pattern("REPORT_ANCHOR")
_IT_IS_TIME = lexicon.pattern("IT_IS_TIME")
_TIME = lexicon.phrases("TIME_WORD")[0]  # a word every "it is time" holds
_REASONING = lexicon.pattern("REASONING")
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
_NOT_AN_OBJECT = lexicon.words("NOT_AN_OBJECT")
#: Looking back from a word for an auxiliary, these are passed over: "is usually associated", "has she found".
_PASSED_OVER = _FUNCTION - _BEFORE_A_PARTICIPLE


def argues(doc: Document) -> bool:
    """Return False when ``doc`` tells, instructs or specifies and does not argue (the rule: see the module).

    It stops once sure: when, after :data:`SURE_AFTER` sentences, a thesis stands in a text that has so
    far neither instructed its reader nor laid down rules, or when the sentences that take a stance are
    already too many for the reports to outweigh, however the rest reads.
    """
    seen = _Tally(answers_questions=_answers_questions(doc))
    read: list[_Reading] = []
    sentences = [sentence for block, sentence in doc.sentences() if block.kind != "heading"]
    for k, sentence in enumerate(sentences):
        reading = _Reading.of(doc.slice(sentence))
        read.append(reading)
        seen.add(reading)
        if len(read) >= SURE_AFTER and seen.thesis_stands():
            return True
        # Were all the sentences left reports, and however the text turns out, the reports stay too few.
        if seen.most_reporting + len(sentences) - k - 1 < REPORTING_OVER_STANCE * seen.least_stance:
            return True
    if seen.thesis_stands():
        return True
    advice = seen.advises()
    # In a text that instructs, what gives an order instructs, and its calls are advice; in rules,
    # the calls specify: they report what is to be done.
    stance = sum(r.mode == "stance" and not (seen.instructs() and r.instructs) for r in read)
    reporting = sum(r.mode == "report" or r.mode == "stance" and seen.instructs() and r.instructs
                    or r.mode == "thesis" and advice for r in read)
    return reporting < REPORTING_MIN or reporting < REPORTING_OVER_STANCE * stance


@dataclass(frozen=True)
class _Reading:
    """How one sentence reads for :func:`argues`."""

    mode: Mode | None
    #: The author calls to act ("should", "it is time"), and does no more: a call that draws a conclusion
    #: ("Therefore we should…") or that the author says they hold ("I think we should…") argues whatever
    #: the text; one told in the past tense is news of a call.
    call: bool
    #: It tells what happened: a past tense.
    narrates: bool
    #: It gives an order ("Click the link", "If it rains, close it").
    instructs: bool
    #: It gives a reason or draws a conclusion ("because", "therefore", "but").
    reasons: bool
    #: It is a log entry: it opens on a past form with no subject, as release notes and logs do ("Fixed a crash
    #: when…", "Added two translations").
    logs: bool = False

    @classmethod
    def of(cls, sentence: str) -> _Reading:
        folded, ws = lexicon.fold(sentence), words(sentence)
        orders = _orders(sentence, ws)
        narrates = not orders and _narrates(_told(sentence, ws))  # "Put the bin out" gives an order
        reasons, logs = _REASONING.search(folded) is not None, _logs(ws)
        if _quotes(sentence):  # someone else's words: "We think it will become…"
            return cls("report", False, narrates, orders, reasons, logs)
        if is_question(sentence) or is_bare_answer(sentence):  # it asks, or answers in a word: "Does it cost? No."
            return cls(None, False, narrates, orders, reasons, logs)
        concludes = any(p.search(folded) for p in _CONCLUDING)
        return cls(_mode(folded, _reports(orders, narrates, folded)),
                   not narrates and not concludes and _DEONTIC.search(folded) is not None,
                   narrates, orders, reasons, logs)


@dataclass
class _Tally:
    """Running counts of the sentences read, for :func:`argues`."""

    sentences: int = 0
    calls: int = 0
    narrating: int = 0
    instructing: int = 0
    reasoning: int = 0
    #: Theses that are no mere call (a conclusion, "I think"), and calls that report nothing.
    theses: int = 0
    called_theses: int = 0
    #: Calls to act that name a date or a sum, and so report.
    pinned_calls: int = 0
    #: The text answers its reader's questions, one by one (see :func:`_answers_questions`).
    answers_questions: bool = False
    logging: int = 0

    #: Bounds on the weighing, whether or not the text turns out to instruct or lay down rules: the
    #: sentences that take a stance and do not instruct, and those that report, instruct or call.
    least_stance: int = 0
    most_reporting: int = 0

    def add(self, r: _Reading) -> None:
        self.least_stance += r.mode == "stance" and not r.instructs
        self.most_reporting += r.mode == "report" or r.mode == "stance" and r.instructs or r.mode == "thesis"
        self.sentences += 1
        self.calls += r.call
        self.narrating += r.narrates and not r.logs  # a log entry tells what was done, not what backs a call
        self.instructing += r.instructs
        self.reasoning += r.reasons
        self.logging += r.logs
        self.theses += r.mode == "thesis" and not r.call
        self.called_theses += r.mode == "thesis" and r.call
        self.pinned_calls += r.mode == "report" and r.call

    def instructs(self) -> bool:
        return self.answers_questions or self.instructing >= INSTRUCTING_SHARE * self.sentences

    def records(self) -> bool:
        """It is a record of what was done, as release notes and logs are: at least :data:`LOG_MIN` log entries,
        and :data:`LOG_SHARE` of its sentences."""
        return self.logging >= LOG_MIN and self.logging >= LOG_SHARE * self.sentences

    def advises(self) -> bool:
        """Its calls instruct the reader, or lay down rules: at least :data:`RULES_MIN` of them, more than
        the other sentences, and none gives a reason; or they are the advice of a record ("We recommend that all
        users update" in release notes)."""
        rules = self.calls >= RULES_MIN and self.calls > self.sentences - self.calls and not self.reasoning
        return self.instructs() or rules or self.records()

    def thesis_stands(self) -> bool:
        if self.theses and not self.records() or self.called_theses and not self.advises():
            return True
        return bool(self.pinned_calls and self.narrating and not self.advises())


def _answers_questions(doc: Document) -> bool:
    """Return True when ``doc`` answers questions one by one, as a page of frequently asked questions or an
    interview does: at least :data:`QUESTIONS_MIN` of its paragraphs, and :data:`INSTRUCTING_SHARE` of them,
    are a question standing alone, each followed by its answer. Such a text informs its reader: its calls are
    advice ("Buildings of six units should contact…"). A question asked inside a paragraph (a speech's
    "Why would we allow it?") makes no such text."""
    blocks = [block for block in doc.blocks() if block.kind != "heading"]
    asked = sum(len(block.sentences) == 1 and is_question(doc.slice(block))
                and k + 1 < len(blocks) for k, block in enumerate(blocks))
    return asked >= QUESTIONS_MIN and asked >= INSTRUCTING_SHARE * len(blocks)


def sentence_mode(sentence: str) -> Mode | None:
    """Return how ``sentence`` reads: "thesis", "stance", "report", or None for a plain statement.

    >>> [sentence_mode(s) for s in ("We must act.", "Fees are pointless.", "Fees rose in 2020.", "Fees are high.")]
    ['thesis', 'stance', 'report', None]
    >>> sentence_mode("Passengers should check in two hours before departure."), sentence_mode("Should we?")
    ('report', None)
    """
    return _Reading.of(sentence).mode


def _quotes(sentence: str) -> bool:
    """The sentence stands in quotation marks from end to end, or but for who said it ('"…," Kim said.'):
    someone's words, which the text reports."""
    stripped = sentence.strip()
    return _QUOTED.fullmatch(stripped) is not None or _QUOTED_SPEECH.match(lexicon.fold(stripped)) is not None


def _mode(folded: str, report: bool) -> Mode | None:
    """:func:`sentence_mode` of a sentence folded, when whether it reports is known."""
    if any(p.search(folded) for p in (_THESES if not report else _OWN_THESES)):
        return "thesis"  # the author's own "I urge…", "We request $62,500…" argues, figures or not
    if _has_stance_word(folded) or (not report and _STANCE_GRAMMAR.search(folded)):
        return "stance"
    return "report" if report else None


def is_report(sentence: str) -> bool:
    """Return True when ``sentence`` reads as a report (``sentence_mode(sentence) == "report"``), without
    looking for the cues of a thesis, which a report never is.

    >>> is_report("Fees rose in 2020."), is_report("It was a terrible decision in 2020."), is_report("We must act.")
    (True, False, False)
    """
    if _quotes(sentence):  # as _Reading.of reads them: quoted words report, a question asks
        return True
    if is_question(sentence):
        return False
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
    return _reports(_orders(sentence, ws), _narrates(_told(sentence, ws)), lexicon.fold(sentence))


def _reports(orders: bool, narrates: bool, folded: str) -> bool:
    """:func:`reports` of a sentence whose orders and narration are known."""
    return orders or narrates or bool(_ANCHOR.search(folded))


def _told(sentence: str, ws: list[str]) -> list[str]:
    """Return the words (``ws``, all of ``sentence``'s) that may tell what happened: all, but those after
    "it is time", whose past form asks for an act ("It is time the city acted")."""
    frame = _IT_IS_TIME.search(lexicon.fold(sentence)) if _TIME in ws else None
    return words(sentence[:frame.start()]) if frame else ws


def _orders(sentence: str, ws: list[str]) -> bool:
    """Return True when the sentence (its words ``ws``), or its clause after a first comma ("If it rains,
    close it"), is an order. A first word standing before a comma is a marker, no verb ("Sure, some things…")."""
    marker = sentence.split(None, 1)[0].endswith(",") if sentence.strip() else False
    return not marker and _is_order(ws) or "," in sentence and _is_order(words(sentence.split(",", 1)[1]))


def _is_order(ws: list[str]) -> bool:
    # A bare verb, then its object or particle: "Chop the onion", "Pull out the tube".
    return len(ws) >= 2 and ws[0] not in _FUNCTION and not ws[0].endswith(_NOT_VERB_ENDINGS) and ws[1] in _OBJECTS


def _logs(ws: list[str]) -> bool:
    """A log entry: a past form first, with no subject, then its object, not a preposition ("Based on…").

    >>> _logs(words("Fixed a crash when pasting tables.")), _logs(words("Based on the data, we act."))
    (True, False)
    """
    return len(ws) >= 2 and _past_or_participle(ws[0]) and ws[1] not in _NOT_AN_OBJECT


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
