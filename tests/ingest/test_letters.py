"""The ASCII word patterns find exactly what the Unicode ones find, wherever they are used."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import noise
from app.ingest.letters import TYPOGRAPHIC, ascii_letters_only
from app.mining import overlap

#: Text made mostly of what op-eds hold, with letters, digits and marks from beyond ASCII mixed in.
texts = st.text(alphabet=st.sampled_from(list("abcXYZ09 '.,-_\n\t") + list(TYPOGRAPHIC) + list("áßİıſ٣Ⅻ²\u0307K")))


@settings(max_examples=400)
@given(texts)
def test_word_patterns_agree_with_the_unicode_ones(text):
    lower = text.lower()
    assert overlap.words_of(lower) == overlap._WORD.findall(lower)
    assert noise.words(text) == noise._WORD.findall(lower)


@given(texts)
def test_ascii_letters_only_means_every_word_character_is_ascii(text):
    if ascii_letters_only(text):
        assert all(c.isascii() for c in re.findall(r"\w", text))


def test_typographic_punctuation_is_in_no_word():
    assert not re.findall(r"\w", TYPOGRAPHIC)
    assert ascii_letters_only("It’s “cheap” — 3.5% …") and not ascii_letters_only("Bogotá")
