"""Labels: the main clause of a unit, without markers, attributions and trailing clauses, in eight words."""

import pytest

from app.mining.labels import make_label, shorten


@pytest.mark.parametrize("text, label", [
    ("However, cities should plant more trees.", "Cities should plant more trees"),
    ("Critics argue that taxes are too high.", "Taxes are too high"),
    ("CRITICS ARGUE THAT TAXES ARE TOO HIGH.", "TAXES ARE TOO HIGH"),
    ("Moreover, some people fear that the plan fails.", "The plan fails"),
    ("There are concerns over the plan to close the library.", "The plan to close the library"),
    ("For example, Oslo cut traffic deaths to zero; others followed.", "Oslo cut traffic deaths to zero"),
    ("Scooters are misused by riders, posing risks to walkers.", "Scooters are misused by riders"),
    ("Bus lanes work - mostly.", "Bus lanes work"),
    ("Opponents point out that costs rise every year for the families of the city.",
     "Costs rise every year for the families…"),
    ("Critics argue that it fails.", "Critics argue that it fails"),  # too little would be left: the whole text
])
def test_a_label_is_the_main_clause(text, label):
    assert make_label(text) == label


def test_a_cut_label_ends_on_a_word_that_can_end_a_phrase():
    assert shorten("the rise of the machines and the fall of the people", 6) == "The rise of the machines…"
    assert shorten("short and sweet") == "Short and sweet"
