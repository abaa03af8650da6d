"""Cue patterns written for speed match exactly what their plain forms match."""

import random
import re

import pytest

from app.mining import cues

#: The readable forms: a leading \b makes the engine try every position, so the cues open on a class.
PLAIN = {
    "figure": r"(?:\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion)|[$€£]\s?\d|\b\d+(?:\.\d+)+\b|"
              r"\b\d{2,}[A-Za-z]+\b)",
    "named cases": r"\b(?:[A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)*,\s){2,}(?:and\s)?(?:other\s)?[A-Z\w][\w.&-]*",
}
PIECES = list("0123456789.,%$€£ aZbQc-&_\n'\t٣x") + [
    "percent", "per cent", "million", " and ", "other ", "Oslo", "U.S.", "A&B", "x1", "12ab", "1.2.3", "é",
]
SENTENCES = [
    "Oslo, Seoul, and Lyon tried it.", "Tallinn, Leeds, Osaka, and other cities", "x1.2.3 and 3.5% and $ 12",
    "Llama 3.1 405B ran 20x cheaper", "a survey of 4,210 households", "€12 or £ 3", "v2.0, A&B Co., Bogotá, and more",
]


@pytest.mark.parametrize("name", PLAIN)
def test_the_fast_pattern_finds_what_the_plain_one_finds(name):
    (cue,) = [c for c in cues.EVIDENCE if c.name == name]
    plain = re.compile(PLAIN[name])
    r = random.Random(20261129)
    texts = SENTENCES + ["".join(r.choice(PIECES) for _ in range(r.randint(0, 14))) for _ in range(20_000)]
    for text in texts:
        for pos in (0, 1, 3):
            fast, slow = cue.pattern.search(text, pos), plain.search(text, pos)
            assert (fast and (fast.span(), fast.group())) == (slow and (slow.span(), slow.group())), (text, pos)
