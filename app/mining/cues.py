"""The cues the miner reads: discourse markers, attribution, reporting verbs, evidence signals.

Every cue is a named regular expression; a match is kept with the words it matched,
so each node can say why it is what it is ("attributed to critics: 'Some argue'").
Most cues have a gate (:mod:`app.gates`): literal keys one of which every match holds (or a
mark, such as "holds a digit"), so the regex runs only on the few sentences that may match.
Keys cost nothing at run time, however many (one automaton finds them all), so where the
pattern is a literal phrase the keys spell the whole phrase out.
A sentence is read once into a :class:`Probe`: lowercased, and scanned for every cue's keys
in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from app.gates import GatedPattern, KeyFinder, folded, literal_keys


#: Marks a probe adds to the keys it found, for what no literal key can stand for.
ALWAYS = "<always>"  # the gate of an anchored pattern: it fails fast on its own
DIGIT = "<digit>"  # \d matches the digits of every script, not only 0-9
TWO_COMMAS = "<two commas>"  # each followed by white space
LOOK_BACK = "<look-back opening>"
MARKS = frozenset({ALWAYS, DIGIT, TWO_COMMAS, LOOK_BACK})
_DIGIT = re.compile(r"\d")
_TWO_COMMAS = re.compile(r",\s.*?,\s", re.DOTALL)
_LOOK_BACK_OPENINGS = ("historically", "initially", "at first", "over time", "today", "in ")


class Probe(NamedTuple):  # a tuple: made for every sentence, so made cheaply
    """A text as the cues read it: as written, lowercased, and what the gates look for in it."""

    text: str
    lower: str
    #: The keys of every cue (and of NARRATIVE) found in the folded lowercase, and the marks that hold.
    found: set[str]


def probe(text: str) -> Probe:
    """Return the Probe of ``text``: lowercased once and scanned once, for all the cues."""
    lower = text.lower()
    found = _KEYS.found(folded(lower))
    found.add(ALWAYS)
    if _DIGIT.search(lower):
        found.add(DIGIT)
    if text.count(",") >= 2 and _TWO_COMMAS.search(text):
        found.add(TWO_COMMAS)  # a list of names needs two
    if lower.startswith(_LOOK_BACK_OPENINGS):
        found.add(LOOK_BACK)
    return Probe(text, lower, found)


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: re.Pattern[str]
    weight: float
    #: How a person reads the cue; the matched words follow it in quotes.
    reason: str

    #: Case-insensitive cues search the lowercased text: much faster than re.IGNORECASE.
    folded: bool = True
    #: The pattern runs only on a probe that found one of these: literal keys one of which every
    #: match holds, or marks (see :func:`probe`).
    gate: frozenset[str] = frozenset({ALWAYS})

    def find(self, text: str | Probe) -> str | None:
        """Return the words of ``text`` that carry the cue, or None."""
        p = text if isinstance(text, Probe) else probe(text)
        return None if self.gate.isdisjoint(p.found) else self.search(p)

    def search(self, p: Probe) -> str | None:
        """Return the words of the probe's text that carry the cue, or None, without asking the gate."""
        text, lower = p.text, p.lower
        if not self.folded:
            match = self.pattern.search(text)
            return match.group(0) if match else None
        match = self.pattern.search(lower)
        if not match:
            return None
        # Lowercasing keeps offsets for almost all text; fall back on the folded words if not.
        return text[match.start() : match.end()] if len(lower) == len(text) else match.group(0)


class Cues(list):
    """A list of cues, with the union of their gates: a text that holds none of it carries none of them."""

    def __init__(self, cues: list[Cue]) -> None:
        super().__init__(cues)
        self.gate = frozenset().union(*(cue.gate for cue in cues))


def _cue(
    name: str, pattern: str, weight: float, reason: str, gate: tuple[str, ...] = (ALWAYS,), *,
    flags: int = re.IGNORECASE,
) -> Cue:
    keys = [key for key in gate if key not in MARKS]
    gate = (literal_keys(*keys) if keys else frozenset()) | MARKS.intersection(gate)
    return Cue(name, re.compile(pattern, flags & ~re.IGNORECASE), weight, reason, folded=bool(flags & re.IGNORECASE),
               gate=gate)


_REPORTING = (
    r"(?:argue[sd]?|arguing|assert(?:s|ed|ing)?|believe[sd]?|believing|claim(?:s|ed|ing)?|contend(?:s|ed|ing)?|"
    r"insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|emphasi[sz](?:es|ed|ing)|stress(?:es|ed|ing)?|"
    r"suggest(?:s|ed|ing)?|predict(?:s|ed|ing)?|envision(?:s|ed|ing)?|propose[sd]?|warn(?:s|ed|ing)?|"
    r"conclude[sd]?|think(?:s|ing)?|hold(?:s|ing)?|say(?:s|ing)?|said|point(?:s|ed|ing)? out|explain(?:s|ed|ing)?)"
)

#: A piece of every reporting verb above: a gate for the cues built on them.
_REPORTING_KEYS = ("argu", "assert", "believ", "claim", "contend", "insist", "maintain", "emphasi", "stress",
                   "suggest", "predict", "envision", "propose", "warn", "conclude", "think", "hold", "say", "said",
                   "point", "explain")

#: Someone other than the author holds the view: a counterclaim.
OPPOSING = Cues([
    _cue("critics", r"\b(?:critics|opponents|sceptics|skeptics|detractors|naysayers)\b[^.;:]{0,40}?\b"
         r"(?:" + _REPORTING + r"|question|doubt|fear|worry|object)\b", 3.0, "attributed to critics",
         ("critics", "opponents", "sceptics", "skeptics", "detractors", "naysayers")),
    _cue("some say", r"\b(?:some|others|many|few)(?: people| observers| experts| commentators)?\s+"
         r"(?:argue|say|claim|contend|believe|fear|worry|question|doubt|insist|object|suggest|warn|think)\b",
         3.0, "attributed to others", ("some", "others", "many", "few")),
    _cue("it is said", r"\bit (?:is|has been) (?:often |sometimes |frequently )?(?:argued|said|claimed|suggested|objected)\b",
         2.5, "attributed to an unnamed voice", ("it is ", "it has been ")),
    _cue("concerns", r"\bthere (?:are|is|have been) (?:growing |serious |also )?(?:concerns?|fears?|worries|doubts?|objections?)\b",
         2.5, "a concern others raise", ("there are ", "there is ", "there have been ")),
    _cue("objection", r"\b(?:one|you|they) (?:might|may|could) (?:object|argue|say|think)\b", 2.5,
         "an objection the text anticipates",
         tuple(f"{who} {modal} {verb}" for who in ("one", "you", "they") for modal in ("might", "may", "could")
               for verb in ("object", "argue", "say", "think"))),
    _cue("admittedly", r"^(?:admittedly|granted|of course|to be sure|it is true that)\b", 2.0, "a concession",
         ("admittedly", "granted", "of course", "to be sure", "it is true that")),
])

#: The text answers an objection: a rebuttal.
ANSWERING = Cues([
    _cue("addresses", r"\b(?:address(?:es|ed|ing)?|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? to|counter(?:s|ed|ing)?|"
         r"dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing))\b[^.;]{0,30}?\b"
         r"(?:concerns?|fears?|worries|criticism|critics|objections?|doubts?|risks?)\b", 3.0, "answers a concern",
         ("address", "answer", "respond", "counter", "dismiss", "reject", "refut")),
    _cue("mitigates", r"\b(?:reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|mitigat(?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing))\s+"
         r"(?:the |potential |such |these |those )*(?:risks?|harms?|dangers?|threats?)\b", 2.0, "says a risk is reduced",
         ("risk", "harm", "danger", "threat")),
    _cue("overlooks", r"\b(?:this|that|such (?:a |an )?\w+|the (?:argument|objection|claim|criticism))\s+"
         r"(?:ignores|overlooks|misses|misunderstands|fails to)\b", 2.5, "says the objection fails",
         ("ignores", "overlooks", "misses", "misunderstands", "fails to")),
])

#: A contrast marker opening a sentence: after a counterclaim it begins the answer.
CONTRAST = _cue("contrast", r"^(?:however|but|yet|still|nevertheless|nonetheless|even so|on the other hand|in fact)\b",
                1.0, "contrast marker",
                ("however", "but", "yet", "still", "nevertheless", "nonetheless", "even so", "on the other hand", "in fact"))

#: Examples, figures, named cases, history: evidence.
EVIDENCE = Cues([
    _cue("example", r"\b(?:for (?:instance|example)|e\.g\.|such as|as evidence|to illustrate|case in point|"
         r"consider the|take the example)\b", 3.0, "example",
         ("for instance", "for example", "e.g.", "such as", "as evidence", "to illustrate", "case in point",
          "consider the", "take the example")),
    _cue("source", r"\b(?:according to|studies (?:show|find|found|suggest)|research (?:shows|finds|found|suggests)|"
         r"data (?:show|shows|suggest)|a (?:study|survey|report|poll) (?:by|from|of|found|shows))\b", 3.0, "cites a source",
         ("according to", "studies ", "research ", "data ", "a study ", "a survey ", "a report ", "a poll ")),
    _cue("points to", r"\b(?:points? to|cit(?:es|ed|ing)|highlight(?:s|ed|ing)?|record of|track record|history of)\b",
         1.5, "points to a record",
         ("point to", "points to", "cites", "cited", "citing", "highlight", "record", "history of")),
    # These two open on a character class, not on \b: the engine then tests one character per place
    # where a match cannot start, instead of trying the pattern there. (?<!\w\d) after a first
    # digit, and (?<!\w[A-Z]) after a first capital, are the \b before it. A percentage, a sum, a
    # version or dotted number, a number with a unit ("405b", "20x"):
    _cue("figure", r"[\d$€£](?:(?<=\d)(?:[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion)|"
         r"(?<!\w\d)\d*(?:\.\d+)+\b|(?<!\w\d)\d+[A-Za-z]+\b)|(?<=[$€£])\s?\d)", 1.5, "figures", (DIGIT,)),
    # Two or more capitalised names, each followed by a comma: "Oslo, Seoul, and Lyon".
    _cue("named cases", r"[A-Z](?<!\w[A-Z])[\w.&-]+(?:\s[A-Z][\w.&-]+)*,\s(?:[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)*,\s)+"
         r"(?:and\s)?(?:other\s)?[A-Z\w][\w.&-]*", 2.0, "named cases", (TWO_COMMAS,), flags=0),
    _cue("like", r"\b(?:[Cc]ompanies|[Ff]irms|[Cc]ountries|[Cc]ities|[Tt]ools|[Pp]rojects|[Pp]eople|"
         r"[Oo]rgani[sz]ations) like [A-Z]", 2.0, "named cases",
         ("companies like ", "firms like ", "countries like ", "cities like ", "tools like ", "projects like ",
          "people like ", "organisations like ", "organizations like "), flags=0),
    _cue("history", r"^(?:in the past|historically|initially|at first|over time|today|in (?:the )?(?:\d{4}s?|early|late))\b"
         r"|\b(?:in|since|by) (?:1[89]|20)\d\d\b", 1.5, "historical record",
         ("in 1", "in 2", "since 1", "since 2", "by 1", "by 2", LOOK_BACK)),
])

#: The author (or the person whose view the text reports) takes a position: a claim.
CLAIMING = Cues([
    _cue("reported view", r"\b" + _REPORTING + r"\s+(?:that|how|why)\b", 2.0, "a position the text reports",
         _REPORTING_KEYS),
    _cue("arguing", r"\b(?:arguing|insisting|stressing|explaining|noting|believing) that\b", 2.0,
         "a position the text reports", ("ing that",)),
    _cue("thesis", r"\b(?:makes?|making|outlines?|presents?|builds?|lays? out) (?:a |an |the )?(?:\w+ ){0,2}case "
         r"(?:for|that|why|against)\b", 2.5, "the case the text makes", ("case ",)),
    _cue("author", r"\b(?:i|we) (?:think|believe|argue|contend|hold|am convinced|are convinced)\b", 3.0,
         "the author's own view",
         tuple(f"{who} {verb}" for who in ("i", "we")
               for verb in ("think", "believe", "argue", "contend", "hold", "am convinced", "are convinced"))),
    _cue("modal", r"\b(?:should|must|ought to|need to|needs to|has to|have to)\b", 1.5, "a call for action",
         ("should", "must", "ought to", "need", "has to", "have to")),
    _cue("prediction", r"\b(?:will|would|can|could help|is poised to|are poised to)\b", 1.0, "a prediction",
         ("will", "would", "can", "could help", "poised to")),
    _cue("evaluation", r"\b(?:essential|crucial|vital|necessary|important|key|better|worse|beneficial|harmful|"
         r"compelling|immense|within reach|outweighs?|superior|unfair|wrong|right)\b|\bthe (?:simplest|best|worst|easiest|"
         r"cheapest|fastest|safest|greatest|biggest|only|most \w+)\b", 1.0, "an evaluation",
         ("essential", "crucial", "vital", "necessary", "important", "key", "better", "worse", "beneficial",
                "harmful", "compelling", "immense", "within reach", "outweigh", "superior", "unfair", "wrong", "right",
                "simplest", "best", "worst", "easiest", "cheapest", "fastest", "safest", "greatest", "biggest", "only",
                "most ")),
])

#: Sentences about the text itself, or questions: not units of the argument.
NARRATIVE = GatedPattern(re.compile(
    r"\b(?:begins|opens|starts|concludes|ends|closes) (?:his|her|their|its|the|this|my|our) "
    r"(?:op-ed|essay|article|piece|post|letter|column|book|paper|speech)\b|"
    r"\b(?:in this|this) (?:op-ed|essay|article|piece|post|column)\b|"
    r"\bnot without (?:its|their|his|her) critics\b|"
    r"\b(?:op-ed|essay|article|piece|column|book|paper|speech)\b[^,.]{0,40}?\b(?:sparks|raises|presents|offers|"
    r"provides|opens|starts|invites)\b|"
    r"\b(?:following|these|several|some|many|three|four|five|key) (?:\w+ )?(?:arguments|reasons|points)\s*:\s*$",
    re.IGNORECASE,
), literal_keys("op-ed", "essay", "article", "piece", "post", "letter", "column", "book", "paper", "speech", "critics", ":"))

#: Opening a sentence, these mark it as continuing or concluding: stripped from labels.
OPENERS = re.compile(
    r"^(?:however|moreover|furthermore|in addition|additionally|also|besides|but|yet|still|thus|therefore|"
    r"hence|so|consequently|ultimately|finally|in the end|in conclusion|in short|indeed|in fact|of course|"
    r"for (?:instance|example)|similarly|likewise|nevertheless|nonetheless|admittedly|granted|today|initially|"
    r"over time|in the past|as a result|first(?:ly)?|second(?:ly)?|third(?:ly)?|lastly)\b,?\s*",
    re.IGNORECASE,
)

#: Hedged sentences continue the voice of the unit before them.
HEDGE = re.compile(r"\b(?:could|might|may)\b", re.IGNORECASE)


def strongest(cues: list[Cue], text: str | Probe) -> tuple[float, Cue | None, str | None]:
    """Return the summed weight of the cues found in ``text`` and the strongest one with its words.

    A caller that reads one text for several lists of cues passes its :func:`probe`.

    >>> score, cue, words = strongest(OPPOSING, "Some argue that taxes are too high.")
    >>> score, cue.reason, words
    (3.0, 'attributed to others', 'Some argue')
    """
    p = text if isinstance(text, Probe) else probe(text)
    total, best, best_words = 0.0, None, None
    keys = p.found
    if isinstance(cues, Cues) and cues.gate.isdisjoint(keys):
        return total, best, best_words  # none of the list's keys stands in the text
    for cue in cues:
        if cue.gate.isdisjoint(keys):
            continue  # none of its keys stands in the text: so for most cues and most sentences
        found = cue.search(p)
        if found is not None:
            total += cue.weight
            if best is None or cue.weight > best.weight:
                best, best_words = cue, found
    return total, best, best_words


#: Every key of the cues' gates and of NARRATIVE's, for :func:`probe` to find in one pass.
_KEYS = KeyFinder([key for cue in OPPOSING + ANSWERING + [CONTRAST] + EVIDENCE + CLAIMING for key in cue.gate
                   if key not in MARKS] + list(NARRATIVE.keys))
