"""Texts clause by clause: concessions, answers, reasons and additions read from connectives."""

import networkx as nx

from app.evaluation import roles
from app.ingest import ingest
from app.mining import mine


def mined(text: str) -> nx.DiGraph:
    return mine(ingest(text))


def node(graph, words):
    found = [n for n, a in graph.nodes(data=True) if a["text"].startswith(words)]
    assert len(found) == 1, f"{words!r} opens {len(found)} nodes: {[a['text'] for _, a in graph.nodes(data=True)]}"
    return found[0]


def relation(graph, source, target):
    return graph.edges[node(graph, source), node(graph, target)]["kind"]


def central(graph):
    (c,) = [a["text"] for _, a in graph.nodes(data=True) if a["kind"] == "central_claim"]
    return c


def test_conclusion_last_concession_answered_inside_a_sentence():
    g = mined(
        "Night buses run almost empty after midnight. Of course, a few shift workers depend on them, "
        "but a shared taxi service would serve them better and cheaper. That's why the city should stop "
        "the night buses."
    )
    assert central(g) == "That's why the city should stop the night buses."
    assert relation(g, "Night buses run almost empty", "That's why") == "supports"
    # The concession attacks what it grants a point against: the premise before it ("almost empty").
    assert relation(g, "Of course, a few shift workers", "Night buses run almost empty") == "attacks"
    assert relation(g, "but a shared taxi service", "Of course, a few shift workers") == "attacks"
    kinds = {a["text"][:12]: a["kind"] for _, a in g.nodes(data=True)}
    assert kinds["Of course, a"] == "counterclaim" and kinds["but a shared"] == "rebuttal"
    role = roles(g)
    assert role[node(g, "Of course")] == "opp" and role[node(g, "but a shared")] == "pro"


def test_even_if_reasons_and_additions():
    g = mined(
        "Homework should be abolished in primary schools. For one thing, young children learn best through play, "
        "and furthermore tired pupils cannot concentrate in class. Even if some parents want their children drilled "
        "at home, the evidence does not show that homework raises marks at that age."
    )
    assert central(g) == "Homework should be abolished in primary schools."
    assert relation(g, "For one thing", "Homework should") == "supports"
    # "and furthermore" stands beside the reason before it: the same target.
    assert relation(g, "and furthermore tired pupils", "Homework should") == "supports"
    assert relation(g, "Even if some parents", "Homework should") == "attacks"
    assert relation(g, "the evidence does not show", "Even if some parents") == "attacks"


def test_a_reason_after_for_supports_the_unit_before_and_the_voice_turns_back():
    g = mined(
        "Some people say that cycling in the city is too dangerous. It is true that accidents happen. "
        "Yet cities with bike lanes have far fewer of them. Everybody should therefore get on a bike, "
        "for it keeps us healthy."
    )
    assert central(g) == "Everybody should therefore get on a bike,"
    assert relation(g, "Some people say", "Everybody should") == "attacks"
    # The concession grants the other side a point: it stands with "Some people say".
    assert relation(g, "It is true that", "Some people say") == "supports"
    assert relation(g, "Yet cities with bike lanes", "It is true that") == "attacks"
    assert relation(g, "for it keeps us healthy", "Everybody should") == "supports"


def test_but_without_a_concession_before_it_concedes_the_unit_before():
    g = mined(
        "We must raise the minimum wage. Prices of rent and food rose by 30% in five years. "
        "Employers warn about costs. But higher wages also mean more spending in local shops."
    )
    assert central(g) == "We must raise the minimum wage."
    assert relation(g, "Employers warn about costs", "We must") == "attacks"
    assert relation(g, "But higher wages", "Employers warn") == "attacks"
    assert g.nodes[node(g, "Prices of rent")]["kind"] == "evidence"


def test_a_question_that_asks_is_no_unit_and_an_assent_after_a_question_answers_it():
    g = mined(
        "Cities should keep their public libraries open on Sundays. Will anyone come? Or will the rooms stay "
        "empty? Families come, because Sunday is their only free day. Is it not fair to serve them? "
        "Would anyone call a library harmful? Of course nobody would. Libraries cost little and give much."
    )
    texts = [a["text"] for _, a in g.nodes(data=True)]
    # A yes-no or alternative question asks what the text goes on to argue; a negated one asserts.
    assert not any(t.startswith(("Will anyone", "Or will", "Would anyone")) for t in texts)
    assert any(t.startswith("Is it not fair") for t in texts)
    # "Of course" after a question is the author's own answer, not a point granted to the other side.
    assert roles(g)[node(g, "Of course nobody")] == "pro"
    assert g.nodes[node(g, "Of course nobody")]["kind"] != "counterclaim"


def test_an_assent_answers_a_question_asked_at_the_end_of_the_paragraph_before():
    g = mined("Cities should keep their libraries open on Sundays. Would anyone call a library harmful?\n\n"
              "Of course nobody would. Libraries cost little and give much.")
    assert roles(g)[node(g, "Of course nobody")] == "pro"
    assert roles(g)[node(g, "Libraries cost little")] == "pro"


def test_for_before_a_short_phrase_and_a_comma_frames_a_claim_and_gives_no_reason():
    from app.mining.discourse import opener

    assert opener("For many families, the new fare is a burden.") is None  # "for whom": a frame
    assert opener("For small towns, the line matters most.") is None
    assert opener("for the buses are always late.") is None  # "for the…": not a reason, as before
    assert opener("for we cannot afford it.") == "reason"


def test_for_and_a_short_phrase_that_ends_the_sentence_is_no_clause_of_its_own():
    from app.ingest.sentences import split_sentences
    from app.mining.discourse import split_clauses

    def clauses(text):
        return [text[c.start:c.end] for c in split_clauses(text, split_sentences(text)[0])]

    assert clauses("Perhaps a higher wall would help, for a while.") == ["Perhaps a higher wall would help, for a while."]
    assert clauses("It must not be left to others, for that course can only lead to war.") == [
        "It must not be left to others,", "for that course can only lead to war."]


def test_not_because_but_because_is_one_unit_and_a_plain_because_divides():
    from app.ingest.sentences import split_sentences
    from app.mining.discourse import split_clauses

    def clauses(text):
        return [text[c.start:c.end] for c in split_clauses(text, split_sentences(text)[0])]

    both = "I tell this story not because she is special but because she is not."
    assert clauses(both) == [both]  # split, it had said "I tell this story not", for a reason
    assert clauses("Cities should plant trees because shade cools streets.") == [
        "Cities should plant trees", "because shade cools streets."]


def test_a_view_reported_at_a_distance_is_the_other_sides_and_the_author_answers_it():
    g = mined(
        "The town should keep its bike lanes. Shops on Main Street have done well since they opened.\n\n"
        "Mr. Hale claims that sales have fallen since the lanes opened. Our own sales are up six percent. "
        "Rents, not bicycles, closed the three shops that left.\n\n"
        "The council should ignore the column and keep the lanes."
    )
    kinds = {a["text"][:20]: a["kind"] for _, a in g.nodes(data=True)}
    assert kinds["Mr. Hale claims that"] == "counterclaim"
    # What follows answers it: the author's, not the other side's view going on.
    assert roles(g)[node(g, "Our own sales are up")] == "pro"
    assert kinds["Our own sales are up"] != "counterclaim"
    # "the claim that" names the view at a distance too; the author's own "I insist that" is the author's.
    claim = mined("Then there is the claim that nothing will be lost. Nothing could be further from "
                  "the truth. The branches must stay open.")
    assert roles(claim)[node(claim, "Then there is the claim")] == "opp"
    own = mined("I insist that the branches must stay open. They are the only free space left in town.")
    assert central(own).startswith("I insist that")


def test_but_only_restricts_a_claim_and_is_one_unit_with_it():
    g = mined("Zoos Today\n\nZoos breed rare species back from the brink. In the end, zoos are worth keeping, but "
              "only the ones willing to become sanctuaries.")
    assert any(a["text"] == "In the end, zoos are worth keeping, but only the ones willing to become sanctuaries."
               for _, a in g.nodes(data=True))


def test_a_view_that_closes_its_paragraph_is_answered_when_the_next_opens():
    g = mined("What the Elephants Taught Me\n\nAs a child I watched an elephant sway for twenty minutes. Studies "
              "find that captive elephants sway for hours. Animal welfare groups point to animals like her and say "
              "that zoos are, at bottom, prisons that should be closed.\n\nIt is hard to argue with that. But the "
              "story does not end there. The condor was saved by zoos.")
    assert g.nodes[node(g, "Animal welfare groups")]["kind"] == "counterclaim"


def test_a_for_phrase_that_frames_and_a_reason_after_a_copula_do_not_divide_a_sentence():
    g = mined("Cities Need Restrooms\n\nMany people depend on facilities that, for practical purposes, do not exist. "
              "When a company is that eager to sell you something, it is usually because the odds favor it. "
              "The council should act, for delay costs us all.")
    texts = [a["text"] for _, a in g.nodes(data=True)]
    assert "Many people depend on facilities that, for practical purposes, do not exist." in texts
    assert any(t.endswith("it is usually because the odds favor it.") for t in texts)
    assert "for delay costs us all." in texts  # a "for" that gives a reason still divides


def test_a_sentence_of_nothing_but_a_connective_opens_the_next_one():
    g = mined("Cities should plant trees. Trees cost money, and budgets are tight. And yet. Shade cuts cooling bills "
              "by a fifth.")
    assert not any(a["text"].startswith("And yet") for _, a in g.nodes(data=True))
    assert relation(g, "Shade cuts cooling bills", "Trees cost money") == "attacks"  # "And yet" turns against it
