"""Ingest's fast paths give what the plain ways give: ASCII word patterns, the lead-in's colon bound, echoes."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import noise, sentences, text as plain_text
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


_LEAD_PIECES = st.sampled_from(["**", "__", ":", " ", "\t", "\n", "Security", "and", "x", ".", "a" * 30, "é"])


@settings(max_examples=500)
@given(st.lists(_LEAD_PIECES, max_size=14).map("".join), st.integers(0, 3))
def test_the_lead_in_is_found_where_its_pattern_matches(text, start):
    start = min(start, len(text))
    match = plain_text._LEAD.match(text, start, len(text))
    expected = None
    if match and len(match.group(1).split()) <= plain_text._LEAD_MAX_WORDS:
        expected = match.span(1)
    assert plain_text._lead(text, start, len(text)) == expected


@given(st.lists(st.sampled_from(["the", "mayor", "said", "bridge", "must", "be", "rebuilt", "now", "x"]), max_size=9))
def test_a_paragraph_echoes_alike_with_its_sentences_words_given(ws):
    sentences = [" ".join(ws) + ".", "The bridge must be rebuilt."]
    earlier = [set(noise.words("The mayor said the bridge must be rebuilt before winter."))]
    given = [noise.words(sentence) for sentence in sentences]
    assert noise.echo_reason(sentences, earlier, given) == noise.echo_reason(sentences, earlier)


def _plain_sentences(text, start, end):
    """Sentence splitting as first written: a lookahead for the space, and every piece trimmed."""
    found, cursor = [], start
    ends = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
    for match in ends.finditer(text, start, end):
        if match.group().rstrip("\"'”’)]") == "." and sentences._is_abbreviation(text, match.start()):
            continue
        found.append((cursor, match.end()))
        cursor = match.end()
    found.append((cursor, end))
    out = []
    for s, e in found:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_SENTENCE_PIECES = st.sampled_from(["Dr.", "U.S.", "e.g.", "J.", "It", "works", ".", "!", "?", "…", "”", ")", " ", "  ",
                                    "\n", "\t", "A", "3", "“", "x", "3.5", "Yes"])


@settings(max_examples=600)
@given(st.lists(_SENTENCE_PIECES, max_size=16).map("".join), st.integers(0, 4), st.integers(0, 4))
def test_sentences_are_split_as_the_plain_way_splits_them(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert [tuple(s) for s in sentences.split_sentences(text, start, end)] == _plain_sentences(text, start, end)


def test_a_blocks_words_are_its_sentences_words():
    from pathlib import Path

    from app.ingest import ingest

    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests" / "fixtures").glob("*.txt")):
        doc = ingest(path.read_text(encoding="utf-8"))
        for block in doc.blocks():
            if block.kind == "heading":
                continue  # a heading is no sentence
            assert len(block.words) == len(block.sentences)
            assert [w for ws in block.words for w in ws] == noise.words(doc.slice(block)), path.name
            assert block.words == [noise.words(doc.slice(s)) for s in block.sentences]
