"""Overlap: units that share specific words are similar; words of one family meet; a unit's words are its span's."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import ingest
from app.mining.overlap import Overlap

ROOT = Path(__file__).resolve().parents[2]


def test_similarity_is_one_for_the_same_words_and_zero_for_none_shared():
    overlap = Overlap.of_texts(["Solar panels cut costs.", "solar panels cut costs", "Bus lanes help riders."])
    assert round(overlap.similarity(0, 1), 9) == 1.0
    assert overlap.similarity(0, 2) == 0.0
    assert overlap.similarities(0, [1, 2]) == [pytest.approx(1.0), 0.0]


def test_words_of_one_family_meet_and_rare_words_weigh_more_than_common_ones():
    overlap = Overlap.of_texts(["solar security", "solar farms", "solar jobs", "secure grids"])
    assert overlap.similarity(0, 3) > 0  # "security" meets "secure"
    assert overlap.similarity(0, 3) > overlap.similarity(0, 1)  # "solar" is in three units, "secur-" in two


def test_a_stem_is_named_by_its_first_form_in_a_long_text():
    # More texts than Overlap tokenises at a time: the first form seen still names the stem.
    texts = ["partnering firms"] + [f"filler text number {i}" for i in range(600)] + ["partnerships of firms"]
    assert Overlap.of_texts(texts).shared(0, len(texts) - 1) == ["partnering", "firms"]
    texts[0], texts[-1] = texts[-1], texts[0]
    assert Overlap.of_texts(texts).shared(0, len(texts) - 1) == ["partnerships", "firms"]


def test_most_similar_is_the_first_best_score_with_the_bonus_of_its_group():
    overlap = Overlap.of_texts(["solar panels", "solar farms", "solar roofs", "bus lanes"])
    assert overlap.most_similar(0, [1, 2, 3], [0, 1, 1, 1], 0.0)[0] == 1  # a tie: the first
    assert overlap.most_similar(0, [1, 2, 3], [0, 1, 0, 1], 0.05)[0] == 2  # the bonus of its own group
    assert overlap.most_similar(0, [3], [0, 1, 1, 1], 0.05) == (None, 0.0)  # nothing shared, no bonus
    assert overlap.most_similar(0, [3], [0, 1, 1, 0], 0.05) == (3, 0.05)  # the bonus alone


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("abZ09 '’-_.\n") + ["é", "İ", "ı", "ſ", "٣", "Σ", "ß"])))
def test_overlap_words_are_found_alike_in_the_text_and_in_its_ingested_words(text):
    from app.ingest.noise import words
    from app.mining.overlap import words_of

    assert [part for word in words(text) for part in words_of(word)] == words_of(text.lower())
