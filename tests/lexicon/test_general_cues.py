"""Every cue is a general cue of English argument: none is a phrase lifted from the seed article."""

import pytest

from app import lexicon
from app.lexicon import en
from app.mining import cues

LISTS = {name: value for name, value in vars(en).items()
         if name.isupper() and isinstance(value, (tuple, list)) and all(isinstance(p, str) for p in value)}
PATTERNS = {name: value for name, value in vars(en).items() if name.isupper() and isinstance(value, str)}
CUE_LISTS = {name: value for name, value in vars(en).items()
             if name.isupper() and isinstance(value, tuple) and value and not isinstance(value[0], str)}

#: Phrases found in the seed op-ed and in no other text (issue 10): no list or pattern may hold them.
SEED_PHRASES = ("poised to", "compelling", "within reach", "not without", "outlines", "outline", "companies",
                "points to", "point to", "track record", "history of")


@pytest.mark.parametrize("phrase", SEED_PHRASES)
def test_no_list_holds_a_phrase_of_the_seed(phrase):
    assert [name for name, phrases in LISTS.items() if any(phrase in p for p in phrases)] == []


@pytest.mark.parametrize("phrase", SEED_PHRASES)
def test_no_pattern_spells_a_phrase_of_the_seed(phrase):
    templates = list(PATTERNS.items()) + [(name, entry[3]) for name, entries in CUE_LISTS.items()
                                          for entry in entries]
    assert [name for name, template in templates if phrase in template] == []


@pytest.mark.parametrize("text, reason", [
    ("Countries like Denmark tax sugar.", "named cases"),
    ("Tools like Git, for instance, are free.", "example"),
    ("I like Paris.", None),
    ("It looks like I was wrong.", None),
])
def test_like_before_a_name_gives_an_example(text, reason):
    _, cue, _ = cues.strongest(cues.EVIDENCE, text)
    assert (cue.reason if cue else None) == reason


@pytest.mark.parametrize("text, conceded", [
    ("True, it costs more.", True),
    ("True love costs nothing.", False),
    ("Of course, it costs more.", True),
    ("Yes, large families are good.", False),  # as often the thesis answering the prompt
])
def test_a_concession_opens_on_true_and_a_comma(text, conceded):
    assert bool(lexicon.pattern("CONCESSION_OPENING").search(lexicon.fold(text))) is conceded


@pytest.mark.parametrize("text, remark", [
    ("The plan has its critics.", True),
    ("The plan is not without their critics.", True),
    ("Its critics argue that the plan fails.", False),
])
def test_a_sentence_that_only_announces_critics_is_a_remark(text, remark):
    assert bool(lexicon.pattern("REMARK").search(lexicon.fold(text))) is remark
