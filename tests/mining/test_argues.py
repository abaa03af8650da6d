"""No invented argument: a text that tells, instructs or specifies gets no map; a text that argues keeps its map."""

from pathlib import Path

import pytest

from app.ingest import ingest
from app.mining import mine
from app.mining.argues import argues, is_report, sentence_mode

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NO_ARGUMENT = sorted((FIXTURES / "no_argument").glob("*.txt"))
ARGUMENTS = sorted(FIXTURES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))


def test_there_are_a_dozen_texts_without_an_argument_and_some_with_one():
    assert len(NO_ARGUMENT) == 15 and len(ARGUMENTS) >= 5


@pytest.mark.parametrize("path", NO_ARGUMENT, ids=lambda p: p.stem)
def test_a_text_without_an_argument_has_no_central_claim_and_at_most_one_node(path):
    graph = mine(ingest(path.read_text(encoding="utf-8")))
    kinds = [kind for _, kind in graph.nodes(data="kind")]
    assert "central_claim" not in kinds and len(kinds) <= 1


@pytest.mark.parametrize("path", ARGUMENTS, ids=lambda p: p.stem)
def test_a_text_that_argues_keeps_its_central_claim(path):
    graph = mine(ingest(path.read_text(encoding="utf-8")))
    assert [kind for _, kind in graph.nodes(data="kind")].count("central_claim") == 1


@pytest.mark.parametrize("text", [
    # a recipe, a how-to: orders
    "Rinse the rice. Add two cups of water. Cover the pot and cook it gently.",
    "Open the settings menu. Select the network tab. Enter the password and press Connect.",
    # a story, a news report: the past tense, with its objects
    "The old man walked to the market. He bought a loaf of bread. On the way home he stopped at the church. "
    "His wife had died years before.",
    "The council closed the bridge in March. Contractors replaced the beams. The bridge reopened on Monday.",
    # a timetable, a forecast, a specification: times and counts
    "Doors open at 9:00. Talks run from 10:30 to 12:30. Lunch is served at one o'clock in the hall.",
    "Rain will reach the coast by ten o'clock. Winds will gust to 60 km/h. Temperatures will reach 14 degrees.",
    "The tent weighs 2 kg. It sleeps three people. The poles are 45 cm long when folded.",
    # rules with dates: calls to act and nothing that backs them; a notice that speaks to its reader
    # house rules: obligations, more than the other sentences, with no reason given
    "1. The pool opens at 7 am and closes at 9 pm.\n2. Swimmers must shower before entering the water.\n"
    "3. Children under 8 must be supervised by an adult.\n4. Glass bottles must not be brought onto the deck.\n"
    "5. Lockers should be emptied at the end of each visit.\n6. Lost property is kept at reception for a month.",
    # help that speaks to its reader, with advice in a "should"
    "If your parcel has not arrived, check the tracking page first. Enter the number from your receipt. "
    "You should then see where the parcel is. If it shows as delivered, ask your neighbours. You can also "
    "contact us through the help centre. We reply within two working days.",
    # news that tells of a call to act
    "The mayor said the city should raise bus fares by 2025. Last year the city raised fares by 10 percent. "
    "Ridership fell by 3 percent in the spring.",
    "Members must pay their fees by 31 January. Guests must leave the club by 11 pm. The bar opens at 6 pm.",
    "You should arrive at the gate 30 minutes before boarding. Passengers should check in two hours before "
    "departure. Bags over 23 kg cost 50 euros.",
    # news that quotes its sources, and a recipe's chatty introduction ("…, I know, but…")
    "A water main burst beneath Cortland Street on Tuesday. Crews shut off service to 40 buildings by 7 a.m. "
    "\"We know this is a hard hit for these businesses,\" the utilities director said. Repairs should be finished "
    "by Thursday evening, the city said in a statement. Three restaurants closed for the day.",
    "I first made these pancakes years ago with a tub of ricotta about to expire. Whip the egg whites separately. "
    "It's one extra bowl, I know, but it's what makes them light. Fold the whites in gently. Cook them over "
    "medium heat for 2 minutes a side. Serve with lemon curd.",
])
def test_a_text_that_instructs_narrates_or_specifies_does_not_argue(text):
    assert not argues(ingest(text))


@pytest.mark.parametrize("text", [
    # plain generic claims, without a single marker: in doubt, a text argues
    "Large families are good for children. Children learn how to share. They feel more secure.",
    "Violent video games do increase violent behaviour. Young children play them and copy what they see.",
    # a call to act, then reported evidence
    "Buses ought to be free. In 2013 Tallinn made its buses free. Ridership rose by 14 percent. Traffic fell.",
    # an evaluation answered by figures
    "The new stadium was a mistake. It cost 300 million euros. It stood empty for 200 days in 2023.",
    # calls to act that name a date or a sum, backed by reported figures: an op-ed of numbers
    "In 2020 the city had 12 kilometres of bike lanes. Today it has 80. Cycling trips rose from 3 percent to 11 "
    "percent of all trips by 2025. The city should build another 50 kilometres by 2030.",
    "In 2014 the state set its minimum wage at $10 an hour. Since then, rents have risen by 45 percent. The "
    "legislature should raise the wage to $18 by January 2027. The bill comes to a vote on March 4.",
    # "it is time" asks for an act with its past form; the hypothetical "would" of what it brings
    "Every summer half a million visitors come to the island. They crowd its roads and its only ferry. It is "
    "time the island introduced a visitor fee of 3 euros a day. The fee would raise 1.5 million euros a year. "
    "Critics argue that visitors will go elsewhere. But visitor numbers held up in towns that introduced such fees.",
    # advice to the reader, in the author's own view
    "Honestly I don't think you should buy the new model. Your phone still gets updates until 2027. "
    "You mentioned the battery, but a new one costs around 60 pounds. Keep the money for next year.",
    # a funding request: the author's directive names its sum
    "We request $62,500 to provide free swim courses to 400 children this summer. In a survey last spring, 58 "
    "percent of parents said their child could not swim. Two children drowned in the lake in 2022. Our 2023 "
    "pilot with 60 children achieved a 77 percent pass rate.",
    # a procedure that argues for itself
    "Rinse the rice before you cook it, because the starch makes it sticky. Unrinsed rice clumps.",
    # an advice column that argues with its reader in the second person, and a comment that grants a point
    "Should you buy the extended warranty? You should not. Retailers keep most of what you pay for it. Most "
    "products fail in the first months, when you are covered anyway. Serious failures are rare until you would "
    "replace the device. Your credit card may already extend the warranty by a year.",
    "dkessler · 4 hours ago\n\nI have managed remote teams for twelve years. Sure, some things are harder "
    "remotely: new hires miss a lot. But forcing everyone back five days a week is a sledgehammer on a thumbtack. "
    "When my company did it last year, we lost three engineers within two months. The people with the most "
    "options leave first. Full-time office mandates cost companies more talent than they save.",
    # a speech that asks its questions inside its paragraphs, and a text of questions whose author concludes
    "When did you last see pupils talk at lunch? Phones fill every break.\n\nWhy would we allow that in class? "
    "Teachers cannot compete with an app.\n\nWe should ban smartphones from the school day.",
    "Is a toll fair?\nYes: drivers pay for the roads they wear out.\n\nWill shops lose trade?\nNo: they gained "
    "in London.\n\nDoes it work?\nIt cut traffic by a fifth.\n\nI therefore think the city should adopt a toll.",
])
def test_a_text_that_argues_argues_even_with_figures_or_orders(text):
    assert argues(ingest(text))


@pytest.mark.parametrize("sentence, mode", [
    ("The city should ban cars.", "thesis"),
    ("I do not believe smart watches will replace phones.", "thesis"),
    ("Higher fines are pointless.", "stance"),
    ("Kids can't recover from it.", "stance"),
    ("Passengers should check in two hours before departure.", "report"),  # a rule of a timetable
    ("A cycle lane will open in May.", "report"),  # the month, not the modal
    ("Chop the onion.", "report"),
    ("What should go in the bin?", None),  # a question asks: it takes no stance
    ("\"We think it will be the highlight of the summer.\"", "report"),  # someone's words the text reports
    ("If your bike has rim brakes, open the brake.", "report"),
    ("She met him in Lisbon.", "report"),
    ("His wife had died years before.", "report"),  # the past perfect of a story
    ("Our society is strongly influenced by computers.", None),  # a participle, not a past tense
    ("A four-day week helps companies hire.", None),  # a compound names a kind, it counts nothing
    ("Children learn how to share.", None),
])
def test_each_sentence_reads_as_a_thesis_a_stance_a_report_or_neither(sentence, mode):
    assert sentence_mode(sentence) == mode


def test_a_report_is_what_sentence_mode_calls_a_report():
    sentences = [doc.slice(s) for doc in map(ingest, (p.read_text(encoding="utf-8") for p in ARGUMENTS + NO_ARGUMENT))
                 for _, s in doc.sentences()]
    assert len(sentences) > 200
    assert [s for s in sentences if is_report(s) != (sentence_mode(s) == "report")] == []


def test_a_bare_answer_takes_no_stance_of_its_own():
    # "Does it cost anything? No." informs; the sentence after it says what the answer is.
    assert sentence_mode("No.") is None and sentence_mode("Of course not!") is None
    assert sentence_mode("No one should pay.") == "thesis"
