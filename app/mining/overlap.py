"""Lexical overlap: how much two units talk about the same things.

Content words are cut to a short stem (so "security" meets "secure", "compete" meets
"competitive") and weighted by how rare they are in the document (tf-idf), so words the
whole text repeats (its topic) count for little and specific words count for much.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from itertools import chain
from functools import lru_cache

from app import lexicon
from app.ingest import noise

# The group is the part before an apostrophe: "city’s" counts as "city".
_WORD = re.compile(r"([^\W\d_]+)(?:['’][^\W\d_]+)?")
_STOPWORDS = lexicon.words("STOPWORDS")
_SUFFIXES = sorted(lexicon.phrases("SUFFIXES"), key=len, reverse=True)
_STEM = 6


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Return a short stem that words of one family share.

    >>> [stem(w) for w in ("security", "secure", "compete", "competitiveness", "partnerships", "partnering")]
    ['secur', 'secur', 'compet', 'compet', 'partn', 'partn']
    """
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    return word.rstrip("eyi")[:_STEM] if len(word) > 4 else word[:_STEM]


def content_stem(word: str) -> str | None:
    """Return the stem of a lowercase word, or None for a stopword or a word of one or two letters.

    >>> content_stem("partnerships"), content_stem("the"), content_stem("us")
    ('partn', None, None)
    """
    return stem(word) if len(word) >= 3 and word not in _STOPWORDS else None


def content_stems(text: str) -> frozenset[str]:
    """Return the content stems of a text, as :class:`Overlap` reads a unit's.

    >>> sorted(content_stems("Security and Data Protection"))
    ['data', 'protec', 'secur']
    """
    return frozenset(s for word in words_of(text.lower()) if (s := content_stem(word)) is not None)


def words_of(lower: str) -> list[str]:
    """Return the words of lowercased text: runs of letters, cut at an apostrophe.

    >>> words_of("the city’s 3 bus-lanes"), words_of("the city's 3 bus-lanes")
    (['the', 'city', 'bus', 'lanes'], ['the', 'city', 'bus', 'lanes'])
    """
    return _WORD.findall(lower)


class _Vectors(dict):
    """The unit vectors of the bags, each weighed when first asked for: a long text compares only some units."""

    def __init__(self, bags: list[Counter[str]], weigh: Callable[[Counter[str]], dict[str, float]]) -> None:
        super().__init__()
        self._bags, self._weigh = bags, weigh

    def __missing__(self, i: int) -> dict[str, float]:
        vector = self[i] = self._weigh(self._bags[i])
        return vector


class Overlap:
    """Tf-idf vectors of a document's units and their cosine similarity.

    A unit comes as its words as ingest reads them (:func:`app.ingest.noise.words`: lowercase,
    digits and apostrophes kept); of each, the runs of letters count, cut at an apostrophe
    (:func:`words_of`: "city’s" is "city", "covid-19" is "covid"). :meth:`of_texts` reads texts.
    """

    def __init__(self, unit_words: list[list[str]]) -> None:
        # A word's content stems, each distinct word read once, in the order words first appear:
        # the first form seen of a stem names it.
        stems_of: dict[str, tuple[str, ...]] = {}
        surface: dict[str, str] = {}
        for word in dict.fromkeys(chain.from_iterable(unit_words)):
            stems = []
            for part in words_of(word):
                s = content_stem(part)
                if s is not None:
                    stems.append(s)
                    if s not in surface:
                        surface[s] = part
            stems_of[word] = tuple(stems)
        self._surface = surface
        bags = [Counter(chain.from_iterable(map(stems_of.__getitem__, words))) for words in unit_words]  # counted in C
        df = Counter(chain.from_iterable(bags))  # in how many units each stem stands
        n = len(bags) or 1
        self._idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
        self._vectors = _Vectors(bags, self._weigh)
        self._stems = [frozenset(bag) for bag in bags]

    @classmethod
    def of_texts(cls, texts: list[str]) -> Overlap:
        """Return the Overlap of units given as texts.

        >>> Overlap.of_texts(["Solar panels’ costs", "solar-panel costs"]).similarity(0, 1) > 0.99
        True
        """
        return cls([noise.words(text) for text in texts])

    def _weigh(self, bag: Counter[str]) -> dict[str, float]:
        idf = self._idf
        vector = {w: c * idf[w] for w, c in bag.items()}
        norm = math.sqrt(sum([v * v for v in vector.values()])) or 1.0
        return {w: v / norm for w, v in vector.items()}

    def similarity(self, i: int, j: int) -> float:
        """Return the cosine similarity of units ``i`` and ``j`` (0..1)."""
        return self.similarities(i, [j])[0]

    def similarities(self, i: int, others: list[int]) -> list[float]:
        """Return the similarity of unit ``i`` to each of ``others``, in their order.

        >>> Overlap.of_texts(["solar panels pay", "solar farms", "bus lanes"]).similarities(0, [1, 2])[1]
        0.0
        """
        vector, stems = self._vectors[i], self._stems[i]
        # Most pairs of a long text share no stem: their vectors need not be weighed.
        return [0.0 if stems.isdisjoint(self._stems[j]) else _cosine(vector, self._vectors[j]) for j in others]

    def most_similar(self, i: int, others: list[int], groups: list[int], bonus: float) -> tuple[int | None, float]:
        """Return the first of ``others`` with the highest score for unit ``i``, and that score.

        The score is the similarity, plus ``bonus`` for a unit in the same group as ``i``
        (``groups[j]`` is unit j's). Only a score above 0 counts: else (None, 0.0).

        >>> overlap = Overlap.of_texts(["solar panels pay", "solar farms", "bus lanes", "solar panels"])
        >>> overlap.most_similar(0, [1, 2, 3], [0, 0, 1, 0], 0.05) == (3, overlap.similarity(0, 3) + 0.05)
        True
        """
        top, top_score = None, 0.0
        for j, similarity in zip(others, self.similarities(i, others)):
            score = similarity + (bonus if groups[j] == groups[i] else 0.0)
            if score > top_score:
                top, top_score = j, score
        return top, top_score

    def stems(self, i: int) -> frozenset[str]:
        """Return the content stems of unit ``i``."""
        return self._stems[i]

    def shared(self, i: int, j: int, most: int = 3) -> list[str]:
        """Return the words (first seen form of each stem) that weigh most in the overlap of ``i`` and ``j``."""
        a, b = self._vectors[i], self._vectors[j]
        common = sorted((a[w] * b[w], w) for w in a.keys() & b.keys())
        return [self._surface[w] for _, w in reversed(common[-most:])]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Return the dot product of two unit vectors, summed in the order of the shorter one's words."""
    if len(a) > len(b):
        a, b = b, a
    total = 0.0
    for w, v in a.items():  # a plain loop: a third faster than sum() over a generator here
        if w in b:
            total += v * b[w]
    return total
