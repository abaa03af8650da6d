"""Page noise: the furniture a scraped web page brings along, recognised by general rules.

Each rule looks at one block (with what came before it) and returns why it is noise,
or None. Noise stays in the text, with its offsets, but out of the argument.
"""

from __future__ import annotations

import re

from app import lexicon

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BYLINE = lexicon.pattern("BYLINE")
_DATE = lexicon.pattern("DATE")
_SALUTATION = lexicon.pattern("SALUTATION")
_SIGN_OFF = lexicon.pattern("SIGN_OFF")
_REFERENCE_LINE = lexicon.pattern("REFERENCE_LINE")
_POSTED_LINE = lexicon.pattern("POSTED_LINE")
_DATELINE = lexicon.pattern("DATELINE")
#: A line wholly in square brackets: an editor's note ("[Transcript]", "[Applause]").
_BRACKETED = re.compile(r"^\[[^\[\]]{1,60}\]$")
_POSTED_MAX_WORDS = 8
_LETTER_MAX_WORDS = 12  # a sign-off and the name and address under it
# Calls to action and navigation that web pages wrap around an article.
_FURNITURE = lexicon.pattern("FURNITURE")
_FURNITURE_MAX_WORDS = 15
_ECHO_CONTAINMENT = 0.8
_ECHO_MAX_SENTENCES = 3  # captions and pull quotes are short


def words(text: str) -> list[str]:
    """Return the lowercase words of ``text``.

    >>> words("Anna’s own Tesla-3 cars!")
    ['anna’s', 'own', 'tesla', '3', 'cars']
    """
    return _WORD.findall(text.lower())


def is_posted_line(line: str) -> bool:
    """Return True for a short line that tells when a post was made: a line of its own, whatever follows it.

    >>> is_posted_line("Posted in r/AmIWrong by u/pan • 6h"), is_posted_line("We met 6 hours ago.")
    (True, False)
    """
    return len(line.split()) <= _POSTED_MAX_WORDS + 4 and _POSTED_LINE.search(lexicon.fold(line.strip())) is not None


def is_date(text: str) -> bool:
    """Return True when ``text`` is a date and nothing else.

    >>> is_date("July 23, 2024."), is_date("2024-07-23"), is_date("In July 2024 we met.")
    (True, True, False)
    """
    return bool(_DATE.match(lexicon.fold(text.strip())))


def line_reason(text: str, repeats: int, ws: list[str] | None = None) -> str | None:
    """Return why a block is page noise on its own, or None when it may be content.

    ``repeats`` is how often the block's words stand as a block in the text; ``ws`` is
    ``words(text)``, when the caller has them.

    >>> line_reason("}", 1), line_reason("By Editor", 1), line_reason("Subscribe now", 1)
    ('no words', 'byline', "page furniture ('Subscribe')")
    >>> line_reason("Dear Editor,", 1), line_reason("Yours faithfully,\\nAnn Lee\\nLeeds", 1)
    ("a letter's greeting", "a letter's sign-off")
    >>> line_reason('Re: "Bike lanes are strangling Main Street" (March 3)', 1)
    "a letter's reference line"
    >>> line_reason("dkessler · 4 hours ago", 1), line_reason("He left two days ago.", 1)
    ('when it was posted', None)
    >>> line_reason("Public comment period, February 12", 1), line_reason("[Transcript]", 1)
    ('date line', "an editor's note in brackets")
    >>> line_reason("#Hiring #Recruiting", 1), line_reason("Opinion | Ann Lee, energy adviser", 1)
    ('hashtags', 'a line of page metadata')
    >>> line_reason("Thanks to the new law, crime fell.", 1) is None
    True
    """
    stripped = text.strip()
    ws = words(stripped) if ws is None else ws  # white space is in no word: words(text) is the same
    if not ws:
        return "no words"
    folded = lexicon.fold(stripped)
    if _BYLINE.match(folded):
        return "byline"
    if is_date(stripped):
        return "date line"
    if len(ws) <= _POSTED_MAX_WORDS and _POSTED_LINE.search(folded):
        return "when it was posted"
    if len(ws) <= _POSTED_MAX_WORDS and _DATELINE.search(folded):
        return "date line"
    if _BRACKETED.match(stripped):
        return "an editor's note in brackets"
    if stripped.startswith("#") and all(word.startswith("#") for word in stripped.split()):
        return "hashtags"
    if " | " in stripped and len(ws) <= _FURNITURE_MAX_WORDS and not stripped.endswith((".", "!", "?")):
        return "a line of page metadata"  # "Opinion | Karen Lindqvist, home energy adviser"
    if len(ws) <= _LETTER_MAX_WORDS:
        if _SALUTATION.match(folded):
            return "a letter's greeting"
        if _SIGN_OFF.match(folded):
            return "a letter's sign-off"
        if _REFERENCE_LINE.match(folded):
            return "a letter's reference line"
    if len(ws) <= _FURNITURE_MAX_WORDS:
        match = _FURNITURE.search(folded)
        if match:
            return f"page furniture ('{stripped[match.start():match.end()]}')"
        if repeats > 1:
            return "repeated line"
    return None


def is_signature(text: str) -> bool:
    """Return True when a text's closing block is a signature: a name and an address, each line short and
    capitalised like a name, with no sentence in it.

    >>> is_signature("Dana Okafor\\nOkafor Hardware, Main Street"), is_signature("Cities Must Act Now.")
    (True, False)
    """
    ws = _WORD.findall(text)
    if not ws or len(ws) > _LETTER_MAX_WORDS or any(mark in text for mark in ".!?;:"):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in ws if len(w) > 3)


def echo_reason(
    sentences: list[str], earlier: list[set[str]], sentence_words: list[list[str]] | None = None
) -> str | None:
    """Return why a paragraph only repeats earlier text (a caption, a pull quote), or None.

    Every sentence must be a date or have most of its words inside one earlier paragraph.
    ``sentence_words`` are ``words()`` of each sentence, when the caller has them.

    >>> earlier = [set(words("Our mayor said the bridge must be rebuilt before winter comes."))]
    >>> echo_reason(["The mayor said the bridge must be rebuilt.", "March 3, 2021."], earlier)
    'repeats earlier text (a caption or pull quote)'
    >>> echo_reason(["The bridge is fine."], earlier) is None
    True
    """
    if not earlier or not sentences or len(sentences) > _ECHO_MAX_SENTENCES:
        return None
    dated = 0
    for k, sentence in enumerate(sentences):
        if is_date(sentence):
            dated += 1
            continue
        bag = set(words(sentence) if sentence_words is None else sentence_words[k])
        if len(bag) < 4 or max(map(len, map(bag.intersection, earlier))) < _ECHO_CONTAINMENT * len(bag):
            return None
    if dated == len(sentences):
        return None
    return "repeats earlier text (a caption or pull quote)"
