"""The lexicon: every word list once, every pattern built from lists that exist, a new phrase one line."""

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from app import lexicon
from app.lexicon import en
from app.mining import cues

ROOT = Path(__file__).resolve().parents[2]
LISTS = {name: value for name, value in vars(en).items()
         if name.isupper() and isinstance(value, (tuple, list)) and value and isinstance(value[0], str)}
PATTERNS = {name: value for name, value in vars(en).items() if name.isupper() and isinstance(value, str)}
CUE_LISTS = {name: value for name, value in vars(en).items()
             if name.isupper() and isinstance(value, tuple) and value and not isinstance(value[0], str)}


def test_no_name_is_given_twice():
    # A second list of one name would silently replace the first for every pattern that reads it.
    tree = ast.parse((ROOT / "app" / "lexicon" / "en.py").read_text(encoding="utf-8"))
    names = Counter(target.id for node in tree.body if isinstance(node, ast.Assign)
                    for target in node.targets if isinstance(target, ast.Name))
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_holds_each_phrase_once(name):
    phrases = LISTS[name]
    assert len(set(phrases)) == len(phrases), [p for p in phrases if phrases.count(p) > 1]


def _templates():
    yield from PATTERNS.values()
    for entries in CUE_LISTS.values():
        yield from (template for _, _, _, template, *_ in entries)


def test_every_list_a_pattern_names_exists_and_every_list_is_read():
    named = {name for template in _templates() for name in re.findall(r"\{([A-Z][A-Z_]*)\}", template)}
    named |= {needs for entries in CUE_LISTS.values() for _, _, _, _, *needs in entries for needs in needs}
    assert named <= LISTS.keys()
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "app").rglob("*.py") if p.parent.name != "lexicon")
    read_by_code = {name for name in LISTS if f'"{name}"' in code}
    assert LISTS.keys() - named - read_by_code == set()


def test_a_phrase_added_to_a_list_is_one_line(monkeypatch):
    text = "Dissenters argue that the tax will fail."
    assert cues.strongest(lexicon.cues("OPPOSING"), text)[0] == 0
    monkeypatch.setattr(en, "CRITICS", en.CRITICS + ("dissenters",))
    score, cue, words = cues.strongest(lexicon.cues("OPPOSING"), text)
    assert (score, cue.reason, words) == (3.0, "attributed to critics", "Dissenters argue")


@pytest.mark.parametrize("template, text, found", [
    (r"\b{MODALS_OF_POSSIBILITY}\b", "It MIGHT rain.", "MIGHT"),
    (r"^{OPENERS}\b", "Firstly, trees.", "Firstly"),  # the longer of two phrases that start alike
    (r"\b{REPORTING_VERBS}\s+that\b", "She pointed out that it rains.", "pointed out that"),
    (r"\b{ABBREVIATIONS}\b", "See e.g this.", "e.g"),  # a phrase's dot is a dot, not any character
    (r"\b{ABBREVIATIONS}\b", "See eXg this.", None),
])
def test_a_template_finds_any_phrase_of_its_lists_in_the_folded_text(template, text, found):
    match = lexicon.compile_template(template).search(lexicon.fold(text))
    assert (text[match.start():match.end()] if match else None) == found


def _ungated(cue, text):
    match = cue.pattern.search(text if cue.cased else lexicon.fold(text))
    return text[match.start():match.end()] if match else None


GATED = [cue for name in CUE_LISTS for cue in lexicon.cues(name) if cue.needs is not None]


@pytest.mark.slow  # an equivalence over whole texts
def test_a_cue_passes_over_only_sentences_its_pattern_cannot_match():
    from app.ingest import ingest
    from bench.bench_parse import synthetic_oped

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] + [synthetic_oped(30_000)]
    sentences = [doc.slice(s) for doc in map(ingest, texts) for _, s in doc.sentences()]
    assert len(sentences) > 300
    for cue in GATED:
        assert [cue.find(s) for s in sentences] == [_ungated(cue, s) for s in sentences], cue.name


@pytest.mark.slow
def test_a_cue_passes_over_only_texts_its_pattern_cannot_match_whatever_their_case_and_marks():
    import random

    r = random.Random(20261202)
    pieces = [p for cue_list in CUE_LISTS for *_, needs in (e for e in CUE_LISTS[cue_list] if len(e) == 5)
              for p in lexicon.phrases(needs)] + ["that", "how", "risks", "concerns", " ", ", ", "; ", "x", "'s", "’"]
    for _ in range(3000):
        text = "".join(r.choice(pieces) + r.choice(["", " "]) for _ in range(r.randint(1, 8)))
        text = text.upper() if r.random() < 0.2 else text.capitalize() if r.random() < 0.3 else text
        for cue in GATED:
            assert cue.find(text) == _ungated(cue, text), (cue.name, text)
