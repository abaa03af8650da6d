"""Labels: the attribution comes off the same way on the fast lowercase path as case-insensitively."""

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mining import cues, labels

CLAUSES = [
    "Critics argue that taxes are too high.", "CRITICS ARGUE THAT TAXES ARE TOO HIGH.",
    "Some People Fear That It Fails", "There are growing concerns about the risk of fires.",
    "THERE ARE CONCERNS OVER the plan", "Mayors in İstanbul SAY THAT it works.", "Experts ſay that it works.",
    "Thıs, they ſay that, fails", "The KELVIN SAYS THAT it is cold", "Many, however, question whether it works",
    "It works; they say that often", "No attribution here at all.", "Opponents point out that costs rise",
    "Dr. Okafor notes that it helps, e.g. in Oslo.", "“Quoted” claims that x",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_the_attribution_comes_off_as_the_case_insensitive_pattern_takes_it(clause):
    assert labels._drop_attribution(clause) == labels._ATTRIBUTION.pattern.sub("", clause, count=1)


@pytest.mark.parametrize("clause", CLAUSES + ["HOWEVER, it works", "For İnstance, it", "Moreover\tit", "ſo it works"])
def test_the_opener_comes_off_as_the_case_insensitive_pattern_takes_it(clause):
    assert labels._drop_opener(clause) == cues.OPENERS.sub("", clause, count=1)


def test_lowercasing_keeps_what_the_attribution_pattern_reads_of_every_other_character():
    # Word and space characters, and the separators the pattern stops at, stay what they are when
    # a character lowercases to one character (the fast path is taken only then).
    chars = "".join(c for c in map(chr, range(sys.maxunicode + 1))
                    if not 0xD800 <= ord(c) < 0xE000 and len(c.lower()) == 1)
    lower = chars.lower()
    assert len(lower) == len(chars)
    for pattern in (r"\w", r"\s", r"[,;:]"):
        assert [m.start() for m in re.finditer(pattern, chars)] == [m.start() for m in re.finditer(pattern, lower)]


_PIECES = st.sampled_from([",", ";", "—", "-", " ", "\n", "\u2003", "which", "WHICH", "as", "and thus", "so that",
                           "asx", "İ", "ı", "ſo", "x", "cities"])


@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_tail_is_cut_where_the_whole_pattern_first_matches(text):
    match = labels._TAIL.search(text)
    assert labels._tail_start(text) == (match.start() if match else None)
