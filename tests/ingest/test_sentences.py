"""The sentence splitter's look-back: the word before a period, found as a plain search would find it."""

import re

import pytest

from app.ingest.sentences import _WORD_BEFORE, split_sentences

SEARCH = re.compile(r"(\S+)$")  # what _WORD_BEFORE must agree with, however it gets there

TEXTS = [
    "Dr. Smith met the U.S. envoy. He left.",
    "word\n. Next", "two  spaces . Next", "tab\t. Next", "nbsp\u00a0Dr. Next", " \n. Next", "\n.",
    "x" * 60 + ". Next", "a" * 39 + " b" + ". Next", "“Quoted.” Next",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_word_before_every_position_is_what_a_search_for_the_last_run_finds(text):
    for end in range(len(text) + 1):
        start = max(0, end - 40)
        found = _WORD_BEFORE.match(text, start, end)
        expected = SEARCH.search(text, start, end)
        assert (found and found.group(1)) == (expected and expected.group(1)), (text, end)


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Dr. J. R. Patel of the U.S. Academy spoke. Prices fell 3.5% in 2020. Why? Because."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Dr. J. R. Patel of the U.S. Academy spoke.", "Prices fell 3.5% in 2020.", "Why?", "Because.",
    ]


def test_an_abbreviation_before_a_word_that_opens_sentences_ends_the_sentence_too():
    text = "School starts at 7:25 a.m. This is too early. The law came from the U.S. It spread."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "School starts at 7:25 a.m.", "This is too early.", "The law came from the U.S.", "It spread.",
    ]


def test_no_abbreviates_number_only_before_a_number():
    text = "Should we change the clocks? No. It is time to stop. See No. 5 on pp. 3-4 of the report."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Should we change the clocks?", "No.", "It is time to stop.", "See No. 5 on pp. 3-4 of the report.",
    ]
