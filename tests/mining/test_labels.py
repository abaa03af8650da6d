"""Labels: the main clause of a unit, without markers, attributions and trailing clauses, in about ten words."""

import pytest

from app.mining.labels import make_label, shorten


@pytest.mark.parametrize("text, label", [
    ("However, cities should plant more trees.", "Cities should plant more trees"),
    ("Critics argue that taxes are too high.", "Taxes are too high"),
    ("CRITICS ARGUE THAT TAXES ARE TOO HIGH.", "TAXES ARE TOO HIGH"),
    ("Moreover, some people fear that the plan fails.", "The plan fails"),
    ("Some people say hunting puts many species at risk.", "Hunting puts many species at risk"),
    ("There are concerns over the plan to close the library.", "The plan to close the library"),
    ("For example, Oslo cut traffic deaths to zero; others followed.", "Oslo cut traffic deaths to zero"),
    ("Scooters are misused by riders, posing risks to walkers.", "Scooters are misused by riders"),
    ("Bus lanes work - mostly.", "Bus lanes work"),
    ("Yes, recycling takes time.", "Recycling takes time"),
    ("That's why the city should ban cars from the centre.", "The city should ban cars from the centre"),
    ("Opponents point out that costs rise every year for the families of the city.",
     "Costs rise every year for the families of the city"),
    ("Critics argue that it fails.", "Critics argue that it fails"),  # too little would be left: the whole text
])
def test_a_label_is_the_main_clause(text, label):
    assert make_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Although the scheme costs a great deal of money every single year, it saves lives.", "It saves lives"),
    ("As costs rise year after year for everyone in the city, the council must act now.",
     "The council must act now"),
    ("Hunting should remain legal because overpopulated species can be thinned out and the land recovers.",
     "Hunting should remain legal"),
    ("Bike lanes, for example, make streets safer for children and for older people.",
     "Bike lanes make streets safer for children and for older people"),
    ("The new law will cut the cost of housing for young families in the city over the next ten years.",
     "The new law will cut the cost of housing for young families"),
    ("Free buses would bring more people to the shops in the centre and the old town every day.",
     "Free buses would bring more people to the shops"),
])
def test_a_long_sentence_becomes_a_short_phrase_without_a_cut(text, label):
    assert make_label(text) == label
    assert len(label.split()) <= 12


@pytest.mark.parametrize("text, label", [
    ("Others question whether open source AI can truly compete.", "Whether open source AI can truly compete"),
    ("Others question whether open source AI can truly compete with the resources and capabilities of closed "
     "models developed by industry giants.", "Whether open source AI can truly compete"),
    ("Skeptics doubt that the new bridge will ever pay for itself.", "Whether the new bridge will ever pay for itself"),
    ("Some wonder if the plan can work.", "Whether the plan can work"),
    ("There are doubts that the tax will raise enough money.", "Whether the tax will raise enough money"),
    ("Many ask how a small town could ever pay for a stadium.", "How a small town could ever pay for a stadium"),
    # A frame that denies stays: without it the label would say the opposite.
    ("Nobody believes that the tax will raise enough money.", "Nobody believes that the tax will raise enough money"),
    ("Few experts think that prices will fall.", "Few experts think that prices will fall"),
    ("Critics do not accept that the plan works.", "Critics do not accept that the plan works"),
    # "if" after a verb of saying is a condition, not a question.
    ("He says if we act now, we will save money.", "He says if we act now, we will save money"),
])
def test_a_doubt_stays_a_doubt(text, label):
    assert make_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The council should not close the old library on the hill by the river next year or the year after.",
     "The council should not close the old library on the hill"),
    ("School uniforms do not stop children from comparing their clothes, shoes and phones with each other every "
     "day.", "School uniforms do not stop children from comparing their clothes…"),
    ("It is good when shops are not open on Sundays and public holidays in the whole country.",
     "It is good when shops are not open"),
    ("To ask families to pay for the roads of others through taxes, however, is not fair.",
     "To ask families to pay for the roads of others through taxes is not fair"),
    ("In every town and village of the whole wide region the new rules have never worked well.",
     "In every town and village of the whole wide region the new rules have never worked…"),
    # an aside between dashes goes as one between brackets; the predicate after it stays
    ("But what the library offers — free books, a warm room and help — has not changed.",
     "What the library offers has not changed"),
])
def test_a_label_never_drops_a_negation(text, label):
    assert make_label(text) == label


def test_a_list_items_lead_in_is_its_label():
    assert make_label("Security and Data Protection: Open models can run anywhere.") == "Security and Data Protection"
    assert make_label("The answer is simple: we must act.") == "The answer is simple: we must act"


def test_a_cut_label_ends_on_a_word_that_can_end_a_phrase():
    assert shorten("the rise of the machines and the fall of the people", 6) == "The rise of the machines…"
    assert shorten("short and sweet") == "Short and sweet"


def test_a_cut_runs_on_past_a_negation():
    assert shorten("the plan will help families who do not own a car", 6) == "The plan will help families who do not own…"
    assert shorten("it works in towns but never in the big cities", 4) == "It works in towns but never in the big…"
    for negation in ("cannot", "no one", "none", "nowhere", "nor"):  # each a negation of the one list
        assert negation in shorten(f"the rise of the machines {negation} of the people", 5)


@pytest.mark.parametrize("text, label", [
    # "not just A but (is) also B": the clause ends before "but".
    ("The city is not just repairing its old bridges but is also building new cycle lanes across the whole region.",
     "The city is not just repairing its old bridges"),
    # After a form of "be" the last word is a complement and may end the label; after a modal it may not.
    ("The council explains at length why this new plan is sensible for the people of the town.",
     "The council explains at length why this new plan is sensible"),
    ("The new rules on noise in the old town will depend on the goodwill of every single resident.",
     "The new rules on noise in the old town…"),
])
def test_a_label_ends_where_a_clause_or_a_complement_ends(text, label):
    assert make_label(text) == label


def test_an_opening_phrase_and_a_short_apposition_go_but_not_the_main_clause():
    # "the first open model of its size" is an apposition; "a four-day week means…" is the main clause
    assert make_label("With the release of its new model, the first open model of its size, the firm changed the "
                      "market.") == "The firm changed the market"
    assert make_label("For those businesses, a four-day week means either hiring more staff, which many cannot "
                      "afford, or cutting opening hours.") == "A four-day week means either hiring more staff or cutting opening hours"
    assert make_label("Meanwhile the cost of the cut falls on those least able to pay.").startswith("The cost")


def test_markdown_bold_is_no_part_of_a_label_and_a_bold_opening_is_the_label():
    assert make_label("**It burdens working families.** Parents who cannot take Fridays off pay for care.") == \
        "It burdens working families"
    assert make_label("The plan is **not** cheap.") == "The plan is not cheap"
