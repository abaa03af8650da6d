"""Page noise: the furniture a scraped web page brings along, recognised by general rules.

Each rule looks at one block (with what came before it) and returns why it is noise,
or None. Noise stays in the text, with its offsets, but out of the argument.
"""

from __future__ import annotations

import re

from app.gates import GatedPattern, literal_keys
from app.ingest.letters import ascii_letters_only

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: The same for lowercased text whose letters and digits are ASCII (see letters.py).
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z0-9]+)*")
_BYLINE = re.compile(r"(?i)^(?:by|written by|posted by|words by|story by)\s+\S+(?:\s+\S+){0,3}$")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"(?ix)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?)?[.\s]*$"
)
# Calls to action and navigation that web pages wrap around an article.
_FURNITURE = GatedPattern(re.compile(
    r"\b(?:subscribe|subscribed|sign up|sign in|log in|newsletter|continue reading|read more|keep reading|"
    r"discover more|share this|share on|follow us|click here|processing|loading|on the list|trending|"
    r"related (?:posts|articles|stories)|most (?:read|popular)|advertisement|sponsored|cookies?|"
    r"all rights reserved|privacy policy|terms of (?:use|service)|leave a (?:reply|comment)|skip to content|"
    r"back to top|get access|full archive|latest posts|posted in|filed under)\b",
    re.IGNORECASE,
), literal_keys(
    "subscribe", "sign up", "sign in", "log in", "newsletter", "continue reading", "read more", "keep reading",
    "discover more", "share this", "share on", "follow us", "click here", "processing", "loading", "on the list",
    "trending", "related ", "most ", "advertisement", "sponsored", "cookie", "all rights reserved",
    "privacy policy", "terms of ", "leave a ", "skip to content", "back to top", "get access", "full archive",
    "latest posts", "posted in", "filed under",
))
_FURNITURE_MAX_WORDS = 15
_ECHO_CONTAINMENT = 0.8
_ECHO_MAX_SENTENCES = 3  # captions and pull quotes are short


def words(text: str) -> list[str]:
    """Return the lowercase words of ``text``.

    >>> words("Anna’s own Tesla-3 cars!")
    ['anna’s', 'own', 'tesla', '3', 'cars']
    """
    lower = text.lower()
    return (_ASCII_WORD if ascii_letters_only(lower) else _WORD).findall(lower)


def is_date(text: str) -> bool:
    """Return True when ``text`` is a date and nothing else.

    >>> is_date("July 23, 2024."), is_date("2024-07-23"), is_date("In July 2024 we met.")
    (True, True, False)
    """
    return bool(_DATE.match(text.strip()))


def line_reason(text: str, repeats: int, ws: list[str] | None = None) -> str | None:
    """Return why a block is page noise on its own, or None when it may be content.

    ``repeats`` is how often the block's words stand as a block in the text; ``ws`` is
    ``words(text)``, when the caller has them.

    >>> line_reason("}", 1), line_reason("By Editor", 1), line_reason("Subscribe now", 1)
    ('no words', 'byline', "page furniture ('Subscribe')")
    """
    stripped = text.strip()
    ws = words(stripped) if ws is None else ws  # white space is in no word: words(text) is the same
    if not ws:
        return "no words"
    if _BYLINE.match(stripped):
        return "byline"
    if is_date(stripped):
        return "date line"
    if len(ws) <= _FURNITURE_MAX_WORDS:
        match = _FURNITURE.search(stripped)
        if match:
            return f"page furniture ('{match.group()}')"
        if repeats > 1:
            return "repeated line"
    return None


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
