"""Labels: a unit's short title, a phrase of about ten words taken from its own text.

A list item's lead-in ("Security and Data Protection:") is the natural label. Otherwise the
label is the main clause of the unit's first sentence: its discourse marker ("However,"), its
attribution ("Critics argue that"), its asides (", for instance,", ", which …,", "(…)") and its
trailing clause (", posing risks") are dropped. A clause still too long sheds an opening
subordinate clause or phrase ("As costs rise, …"), then ends where a clause may end ("… because
…", "… and they …"), then before a trailing phrase ("… in rent over the lease"); only when none
of that gives ten words or a few more is it cut at a word that can end a phrase, with "…".

Meaning comes before length: a doubt stays a doubt ("Others question whether X" is labelled
"Whether X", never "X"), a frame that denies ("Nobody believes that X") is kept, and no cut
drops a "not", "never" or "no" of the clause kept.
"""

from __future__ import annotations

import re

from app import lexicon
from app.ingest.sentences import split_sentences
from app.mining.units import lead_label

MAX_WORDS = 10
#: A clause this many words over ``MAX_WORDS`` is kept whole: a cut would save too little.
SLACK = 2
#: A clause cut before a trailing phrase keeps at least this many words: subject, verb and more.
PHRASE_WORDS = 6
#: A clause shorter than this says too little on its own: the label keeps more of the text.
MIN_WORDS = 3

#: A leading attribution: "Critics argue that", "Others question whether", "There are concerns about".
_ATTRIBUTION = lexicon.pattern("ATTRIBUTION")
_BARE_ATTRIBUTION = lexicon.pattern("BARE_ATTRIBUTION")
_QUESTION_LINKS = lexicon.phrases("QUESTION_LINKS")
_DOUBTS = lexicon.words("DOUBTS")
_NEGATION = lexicon.pattern("NEGATION")
_FRAME_NEGATION = lexicon.pattern("FRAME_NEGATION")
_STATING_LINKS = lexicon.words("STATING_LINKS")
_MARKER = lexicon.pattern("LABEL_MARKER")
_ASIDE = lexicon.pattern("ASIDE")
_LEAD_IN = lexicon.pattern("LEAD_IN")
_INNER_MARKER = lexicon.pattern("INNER_MARKER")
_INNER_RELATIVE = lexicon.pattern("INNER_RELATIVE")
_PHRASE_BOUNDARY = lexicon.pattern("PHRASE_BOUNDARY")
_VERB_NEEDING = lexicon.words("VERB_NEEDING")
_BOUNDARY = lexicon.pattern("BOUNDARY")
#: Where a trailing clause begins: a participle or relative clause, a semicolon, a dash. All from there on goes.
_TAIL = lexicon.pattern("TAIL")
_WEAK_END = lexicon.words("WEAK_ENDS")
_DANGLING = lexicon.words("DANGLING")
#: A list item's lead-in: a few words, then a colon and more text.
_LIST_LEAD = re.compile(r"^([^:;,.!?]{2,80}):\s+\S")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
#: Markdown's strong emphasis: a bold opening is the unit's own lead-in; elsewhere the marks go.
_BOLD_LEAD = re.compile(r"^(\*\*|__)(\S(?:.*?\S)?)\1")
_BOLD = re.compile(r"\*\*|__")
_DASH_ASIDE = lexicon.pattern("DASH_ASIDE")
_DASHES = ("—", "–", " - ")
_END_PUNCTUATION = ".!?:;,"


def make_label(text: str) -> str:
    """Return a label of at most about ten words for a unit's text: its main clause, as a phrase.

    >>> make_label("Some argue that electric scooters could be misused by reckless riders, posing risks.")
    'Electric scooters could be misused by reckless riders'
    >>> make_label("However, cities should plant more trees.")
    'Cities should plant more trees'
    >>> make_label("Others question whether small towns can truly compete with the big cities.")
    'Whether small towns can truly compete with the big cities'
    >>> make_label("**It cuts learning time.** Pupils lose 60 hours a year."), make_label("Buses are **free** here.")
    ('It cuts learning time', 'Buses are free here')
    >>> make_label("Verdict: The café is worth a detour.")
    'The café is worth a detour'
    """
    bold = _BOLD_LEAD.match(text.strip())
    if bold and len(bold.group(2).split()) <= MAX_WORDS + SLACK:  # Markdown's "**It cuts learning time.** …"
        return shorten(_bare(_without_function_lead(bold.group(2))))
    text = _BOLD.sub("", text)
    sentences = split_sentences(text.strip())
    if not sentences:
        return ""
    sentence = text.strip()[sentences[0].start:sentences[0].end]
    sentence = _without_function_lead(sentence)
    lead = _list_lead(sentence)
    if lead:
        return shorten(lead)
    clause, link = _main_clause(sentence)
    if len(clause.split()) > MAX_WORDS + SLACK:
        clause = _end_at_boundary(clause)
    if len(clause.split()) > MAX_WORDS + SLACK:
        clause = _drop_trailing_phrase(clause)
    if len(clause.split(None, MIN_WORDS - 1)) < MIN_WORDS:  # too little left: the sentence as written
        clause, link = _bare(sentence), ""
    label = link + " " + clause if link else clause
    # A word or two over: the whole clause reads better than a cut that saves as little.
    return shorten(label, MAX_WORDS if len(label.split()) > MAX_WORDS + SLACK else MAX_WORDS + SLACK)


def _without_function_lead(sentence: str) -> str:
    """Return ``sentence`` without a lead-in that names what it does ("Verdict:", "Myth:", "Fact:"): the point,
    not its name, labels it."""
    lead = _list_lead(sentence)
    return sentence.split(":", 1)[1].strip() if lead and lead_label(lead) else sentence


def _main_clause(sentence: str) -> tuple[str, str]:
    """Return the main clause of ``sentence`` and the question link its frame leaves ("Whether", or "")."""
    clause, link = sentence.strip(), ""
    for _ in range(3):  # "However, some argue that, in the end, …" sheds a marker, an attribution, a marker
        before = clause
        clause = _drop_marker(clause)
        clause, link = _drop_attribution(clause, link)
        if clause == before:
            break  # nothing came off: another pass would take nothing either
    clause = _drop_between_commas(_drop_dash_asides(_PARENTHESIS.sub("", clause)), _INNER_MARKER)
    lead_in = _LEAD_IN.match(lexicon.fold(clause))
    if lead_in and (len(_drop_tail(clause).split()) > MAX_WORDS
                    or (tail := _TAIL.search(lexicon.fold(clause))) and tail.start() < lead_in.end()):
        shorter = _drop_lead_in(clause)  # too long, or nothing but the lead-in would be left before the tail
        if shorter != clause:
            clause, more = _main_clause(shorter)
            return clause, link or more
    clause = _bare(_drop_tail(_drop_between_commas(clause, _INNER_RELATIVE)))
    shorter = _drop_aside(clause)
    if shorter != clause:
        clause, more = _main_clause(shorter)
        return clause, link or more
    return clause, link


def _drop_between_commas(clause: str, aside: re.Pattern[str]) -> str:
    """Return ``clause`` without the asides ``aside`` finds between commas, each closed up with a space.

    >>> _drop_between_commas("Plastics, which do not rot, stay", _INNER_RELATIVE)
    'Plastics stay'
    """
    for match in reversed(list(aside.finditer(lexicon.fold(clause)))):
        clause = clause[:match.start()] + " " + clause[match.end():]
    return clause


def _drop_dash_asides(clause: str) -> str:
    """Return ``clause`` without its asides between dashes, each closed up with a space.

    >>> _drop_dash_asides("What it offers — free help — has not"), _drop_dash_asides("Costs rose 10 - 20 percent")
    ('What it offers has not', 'Costs rose 10 - 20 percent')
    """
    if not any(dash in clause for dash in _DASHES):  # most clauses: no need to look
        return clause
    for match in reversed(list(_DASH_ASIDE.finditer(lexicon.fold(clause)))):
        clause = clause[:match.start()] + " " + clause[match.end():]
    return clause


def _bare(clause: str) -> str:
    """Return ``clause`` without the punctuation and the words that cannot end it ("…, for", "… and")."""
    words = clause.strip().rstrip(_END_PUNCTUATION).split(" ")
    while len(words) > 1 and words[-1].lower().strip(_END_PUNCTUATION) in _DANGLING:
        words.pop()
    return " ".join(words).strip().rstrip(_END_PUNCTUATION).strip()


def _list_lead(sentence: str) -> str | None:
    """Return the lead-in of a list item ("Security and Data Protection: …"), if the sentence has one.

    A lead-in is written as a heading: its longer words capitalised.

    >>> _list_lead("Avoiding Vendor Lock-In: Open source AI prevents it."), _list_lead("The answer is: no.")
    ('Avoiding Vendor Lock-In', None)
    """
    match = _LIST_LEAD.match(sentence)
    if not match or len(match.group(1).split()) > MAX_WORDS:
        return None
    long_words = [w for w in match.group(1).split() if len(w) > 3]
    if not long_words or not all(w[0].isupper() or w[0].isdigit() for w in long_words):
        return None
    return match.group(1).strip()


def _drop_marker(clause: str) -> str:
    """Return ``clause`` without a leading discourse marker ("However,", "And", "That's why")."""
    match = _MARKER.match(lexicon.fold(clause))
    return clause[match.end():] if match and match.end() < len(clause) else clause


def _drop_attribution(clause: str, link: str) -> tuple[str, str]:
    """Return ``clause`` without a leading attribution, and the question link that keeps a doubt.

    A frame that denies ("Nobody thinks that") stays: without it the clause would say the opposite.

    >>> _drop_attribution("Critics doubt that it works", "")
    ('it works', 'Whether')
    >>> _drop_attribution("Few believe that it works", "")
    ('Few believe that it works', '')
    """
    folded = lexicon.fold(clause)
    match = _ATTRIBUTION.match(folded) or _BARE_ATTRIBUTION.match(folded)
    if not match or match.end() >= len(clause):
        return clause, link
    frame = folded[:match.end()]
    if _FRAME_NEGATION.search(frame):
        return clause, link
    said = match.groupdict().get("link")
    doubted = not _DOUBTS.isdisjoint(lexicon.tokens(frame))
    rest = clause[match.end():]
    if said in _QUESTION_LINKS:
        if said != _QUESTION_LINKS[0] and not doubted:
            return clause, link  # "He says if we act, …": a condition, not a question
        return rest, _QUESTION_LINKS[0].capitalize()  # "ask whether X", "wonder if X": "Whether X"
    if said and said not in _STATING_LINKS:
        return clause[match.start("link"):], link  # "explain how X": the question stays
    if doubted:
        return rest, _QUESTION_LINKS[0].capitalize()  # "doubt that X", "there are doubts that X"
    return rest, link


def _drop_aside(clause: str) -> str:
    """Return ``clause`` without a reported view's aside: "This plan, he notes, works" is "This plan works".

    >>> _drop_aside("This plan, he notes, works"), _drop_aside("He believes, we can win")
    ('This plan works', 'we can win')
    """
    match = _ASIDE.search(lexicon.fold(clause))
    if not match or _NEGATION.search(lexicon.fold(match.group())):
        return clause
    return clause[:match.start()] + (" " if match.start() else "") + clause[match.end():]


def _drop_tail(clause: str) -> str:
    """Return ``clause`` without a trailing clause (", posing risks", "; mostly", " — as ever").

    >>> _drop_tail("Scooters are misused, posing risks"), _drop_tail("It works - mostly")
    ('Scooters are misused', 'It works')
    """
    match = _TAIL.search(lexicon.fold(clause))
    return clause[:match.start()] if match else clause


def _drop_lead_in(clause: str) -> str:
    """Return ``clause`` without an opening subordinate clause or phrase, if enough is left.

    >>> _drop_lead_in("As costs rise year after year, the city must act")
    'the city must act'
    """
    match = _LEAD_IN.match(lexicon.fold(clause))
    if not match or len(clause[match.end():].split()) < MIN_WORDS:
        return clause
    return clause[match.end():]


def _end_at_boundary(clause: str) -> str:
    """Return ``clause`` up to the first place a clause may end, if that leaves enough words.

    >>> _end_at_boundary("Older parents will reach the age at which they need help from their children")
    'Older parents will reach the age'
    """
    folded = lexicon.fold(clause)
    for match in _BOUNDARY.finditer(folded):
        kept = clause[:match.start()].rstrip(_END_PUNCTUATION + " ")
        words = kept.split()
        if match.group("listed") and "," in kept:
            continue  # "A, B, and C": the last item of a list, not a clause
        if len(words) > MIN_WORDS and words[-1].lower() not in _WEAK_END:
            return kept
    return clause


def _drop_trailing_phrase(clause: str) -> str:
    """Return ``clause`` without its trailing phrases, cut before a preposition, if that leaves a phrase.

    The cut keeps at least ``PHRASE_WORDS`` words and every negation, and does not end on a verb
    right after an auxiliary ("will depend").

    >>> _drop_trailing_phrase("Surely these costs could be covered by a small rise in rent over the whole lease")
    'Surely these costs could be covered by a small rise in rent'
    """
    words = clause.split()
    folded = lexicon.fold(clause)
    best = clause
    for match in _PHRASE_BOUNDARY.finditer(folded):
        kept = clause[:match.start()].rstrip(_END_PUNCTUATION + " ")
        ws = kept.split()
        if len(ws) > MAX_WORDS + SLACK:
            break
        if (len(ws) < PHRASE_WORDS or ws[-1].lower() in _WEAK_END or ws[-2].lower() in _VERB_NEEDING
                or _NEGATION.search(folded[match.end():])):
            continue
        best = kept
    return best if best != clause and len(best.split()) < len(words) else clause


def shorten(text: str, most: int = MAX_WORDS) -> str:
    """Return ``text`` cut to ``most`` words at a word that can end a phrase, capitalised.

    A negation is never cut off: the label then runs on to the word after it.

    >>> shorten("the rise of the machines and the fall of the people", 6)
    'The rise of the machines…'
    >>> shorten("the plan will help families who do not own a car", 6)
    'The plan will help families who do not own…'
    """
    words = text.split()
    end, floor = min(most, len(words)), 1
    folded = lexicon.fold(text)  # one character for one: its words are the text's words
    negations = [i for i, word in enumerate(folded.split()) if _NEGATION.search(word)] if _NEGATION.search(folded) else []
    if negations:  # the cut keeps the last negation and a word after it that can end a phrase
        after = negations[-1] + 1
        while after < len(words) and words[after].lower().strip(",.;:") in _WEAK_END:
            after += 1
        floor = min(after + 1, len(words))
        end = max(end, floor)
    cut = end < len(words)
    words = words[:end]
    if cut:
        while len(words) > floor and words[-1].lower().strip(",.;:") in _WEAK_END:
            words.pop()
        words[-1] = words[-1].rstrip(",.;:") + "…"
    label = " ".join(words)
    return label[:1].upper() + label[1:]
