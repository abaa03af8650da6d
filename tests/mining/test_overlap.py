"""Overlap: the batched similarities are the single ones, bit for bit, whatever shortcut they take."""

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import ingest
from app.mining.overlap import Overlap
from app.mining.units import find_units

ROOT = Path(__file__).resolve().parents[2]


def test_similarities_equal_similarity_for_every_pair():
    text = (ROOT / "seeds" / "000_a10110a0f1e8edd2.txt").read_text(encoding="utf-8")
    doc = ingest(text)
    texts = [" ".join(doc.text[s:e] for s, e in u.spans) for u in find_units(doc)]
    r = random.Random(7)
    words = "solar wind coal price jobs grid power cost tax city farm rail bus road car".split()
    texts += [" ".join(r.choice(words) for _ in range(r.randint(1, 12))) for _ in range(300)]
    overlap = Overlap.of_texts(texts)
    everyone = list(range(len(texts)))
    for i in everyone:
        assert overlap.similarities(i, everyone) == [overlap.similarity(i, j) for j in everyone]


def test_a_stem_is_named_by_its_first_form_in_a_long_text():
    # More texts than Overlap tokenises at a time: the first form seen still names the stem.
    texts = ["partnering firms"] + [f"filler text number {i}" for i in range(600)] + ["partnerships of firms"]
    assert Overlap.of_texts(texts).shared(0, len(texts) - 1) == ["partnering", "firms"]
    texts[0], texts[-1] = texts[-1], texts[0]
    assert Overlap.of_texts(texts).shared(0, len(texts) - 1) == ["partnerships", "firms"]


def test_most_similar_is_the_first_best_of_similarity_plus_bonus():
    r = random.Random(11)
    words = "solar wind coal price jobs grid power cost tax city farm rail bus road car".split()
    texts = [" ".join(r.choice(words) for _ in range(r.randint(0, 6))) for _ in range(200)]
    overlap = Overlap.of_texts(texts)
    groups = [i // 20 for i in range(len(texts))]
    for i in range(len(texts)):
        pool = r.sample(range(len(texts)), 30)
        top, top_score = None, 0.0
        for j, similarity in zip(pool, overlap.similarities(i, pool)):
            score = similarity + 0.05 if groups[j] == groups[i] else similarity
            if score > top_score:
                top, top_score = j, score
        assert overlap.most_similar(i, pool, groups, 0.05) == (top, top_score)


def test_a_units_words_are_the_words_of_its_span():
    from app.ingest.noise import words
    from bench.bench_parse import synthetic_oped

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    texts.append(synthetic_oped(200_000))
    for text in texts:
        doc = ingest(text)
        for unit in find_units(doc):
            (start, end), = unit.spans
            assert unit.words == words(doc.text[start:end])


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("abZ09 '’-_.\n") + ["é", "İ", "ı", "ſ", "٣", "Σ", "ß"])))
def test_overlap_words_are_found_alike_in_the_text_and_in_its_ingested_words(text):
    from app.ingest.noise import words
    from app.mining.overlap import words_of

    assert [part for word in words(text) for part in words_of(word)] == words_of(text.lower())
