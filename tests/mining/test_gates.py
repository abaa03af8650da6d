"""Gates never turn away a text their regex would match: the mined map is the same with or without them."""

import re
import sys
from pathlib import Path

import pytest

from app.ingest import ingest, noise
from app.mining import cues, labels
from app.gates import GatedPattern, KeyFinder, folded, literal_keys
from bench.bench_parse import synthetic_oped

ROOT = Path(__file__).resolve().parents[2]

#: Sentences that hold the cues' words in odd cases and scripts, beside the texts below.
TRICKY = [
    "CRITICS ARGUE that it fails.", "İn THİS ESSAY we go on.", "Thıs essay ſays little.", "Some ſay it works.",
    "The following three reasons:", "Opponents, for their part, doubt it.", "It has been argued often.",
    "There are growing concerns.", "They might object.", "This ignores the data.", "It reduces the risks.",
    "Tallinn, Oslo, and Leeds did it.", "Cities like Oslo did it.", "Since 1998 it has grown by 3.5%.",
    "It costs ٣٠% less, or €12.", "In the 1990s it began.", "We are convinced it helps.", "It makes a strong case for it.",
    "Noting that it works, we go on.", "It is the most important step.", "Firms like Acme agree.",
    "Experts SAY THAT it works, posing risks.", "It works; mostly.", "It works — mostly.", "It works - mostly.",
    "THERE ARE CONCERNS ABOUT THE RISK OF it.", "Mayors in İstanbul ſay that it works, which helps.",
    "Subſcribe now", "SIGN UP today", "We use Cookies", "Related Stories", "Leave a Reply", "Processing...",
]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    texts.append(synthetic_oped(1_000_000))
    found = set(TRICKY)
    for text in texts:
        doc = ingest(text)
        found.update(doc.slice(block) for block in doc.blocks())
        found.update(doc.slice(block) for block in doc.noise)
        found.update(doc.slice(sentence) for _, sentence in doc.sentences())
    return sorted(found)


EVERY_CUE = cues.OPPOSING + cues.ANSWERING + [cues.CONTRAST] + cues.EVIDENCE + cues.CLAIMING


@pytest.mark.parametrize("cue", [cue for cue in EVERY_CUE if cue.gate != {cues.ALWAYS}], ids=lambda cue: cue.name)
def test_a_cue_never_matches_where_its_gate_says_no(cue, sentences):
    turned_away = 0
    for text in sentences + [t.upper() for t in TRICKY]:
        if cue.gate.isdisjoint(cues.probe(text).found):
            turned_away += 1
            hay = text.lower() if cue.folded else text
            assert cue.pattern.search(hay) is None, f"the gate of {cue.name!r} turns away {text!r}"
    assert turned_away, f"the gate of {cue.name!r} lets every text through"


@pytest.mark.parametrize("module, name", [(cues, "NARRATIVE"), (labels, "_ATTRIBUTION"), (noise, "_FURNITURE")])
def test_a_case_insensitive_pattern_never_matches_where_its_gate_says_no(module, name, sentences):
    gated: GatedPattern = getattr(module, name)
    assert gated.pattern.flags & re.IGNORECASE
    # Labels search what is left once a marker has come off the front.
    stripped = [cues.OPENERS.sub("", text, count=1) for text in sentences]
    turned_away = 0
    for text in sentences + stripped + [t.upper() for t in TRICKY]:
        if not gated.admits(text):
            turned_away += 1
            assert gated.pattern.search(text) is None, f"the gate of {name} turns away {text!r}"
    assert turned_away, f"the gate of {name} lets every text through"


def test_a_probe_finds_exactly_the_keys_that_stand_in_the_folded_text(sentences):
    every_key = {key for cue in EVERY_CUE for key in cue.gate - cues.MARKS} | cues.NARRATIVE.keys
    for text in sentences + [t.upper() for t in TRICKY]:
        p = cues.probe(text)
        assert p.found - cues.MARKS == {key for key in every_key if key in folded(text.lower())}, text
        assert cues.ALWAYS in p.found
        assert cues.NARRATIVE.admits(text, found=p.found) == cues.NARRATIVE.admits(text), text


def test_a_gated_pattern_is_found_where_the_case_insensitive_search_finds_it(sentences):
    for text in sentences + [t.upper() for t in TRICKY] + ["İN THİS ESSAY", "In this essay", "Thıs essay"]:
        p = cues.probe(text)
        assert cues.NARRATIVE.found_in(text, p.lower, p.found) == bool(cues.NARRATIVE.pattern.search(text)), text


def test_a_key_finder_finds_overlapping_keys():
    finder = KeyFinder(["in ", "in 1", "since 1", "e.g.", "—"])
    assert finder.found("since 1990, e.g. in 1991 — and in 2") == {"in ", "in 1", "since 1", "e.g.", "—"}
    assert finder.found("nothing here") == set()


def test_folded_text_keeps_every_letter_a_case_insensitive_regex_takes_for_ascii():
    beyond_ascii = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for match in re.finditer(letter, beyond_ascii, re.IGNORECASE):
            assert folded(match.group().lower()) == letter, f"{match.group()!r} is not folded to {letter!r}"


def test_gate_keys_are_lowercase_ascii_or_caseless():
    assert literal_keys("op-ed", "e.g.", "—") == {"op-ed", "e.g.", "—"}
    for key in ("naïve", "Critics", "ς"):
        with pytest.raises(ValueError):
            literal_keys(key)


def test_a_trailing_clause_starts_where_the_case_insensitive_search_finds_it(sentences):
    odd = ["Mayors in İstanbul, WHICH helps", "Thıs works; ſo", "A -b - c", "A\u2003— b", "A —", "- a", "x,\u00a0as"]
    stripped = [cues.OPENERS.sub("", text, count=1) for text in sentences]
    for text in sentences + stripped + [t.upper() for t in TRICKY] + odd:
        match = labels._TAIL.search(text)
        assert labels._tail_start(text) == (match.start() if match else None), text
