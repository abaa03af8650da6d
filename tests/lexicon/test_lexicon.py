"""The lexicon: every word list once, every pattern built from lists that exist, a new phrase one line."""

import re
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


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_holds_each_phrase_once(name):
    phrases = LISTS[name]
    assert len(set(phrases)) == len(phrases), [p for p in phrases if phrases.count(p) > 1]


def _templates():
    yield from PATTERNS.values()
    for entries in CUE_LISTS.values():
        yield from (template for _, _, _, template in entries)
    yield en.CONTRAST_CUE[3]


def test_every_list_a_pattern_names_exists_and_every_list_is_read():
    named = {name for template in _templates() for name in re.findall(r"\{([A-Z][A-Z_]*)\}", template)}
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
    (r"\b{HEDGES}\b", "It MIGHT rain.", "MIGHT"),
    (r"^{OPENERS}\b", "Firstly, trees.", "Firstly"),  # the longer of two phrases that start alike
    (r"\b{REPORTING_VERBS}\s+that\b", "She pointed out that it rains.", "pointed out that"),
    (r"\b{ABBREVIATIONS}\b", "See e.g this.", "e.g"),  # a phrase's dot is a dot, not any character
    (r"\b{ABBREVIATIONS}\b", "See eXg this.", None),
])
def test_a_template_finds_any_phrase_of_its_lists_case_insensitively(template, text, found):
    match = lexicon.compile_template(template).search(text)
    assert (match.group() if match else None) == found
