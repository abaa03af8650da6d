"""Structure a text gives its argument: enumerated arguments, introduction and body, answers that
reach their objection, paragraphs that tell one account (the clause-by-clause miner)."""

import random

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import ingest
from app.mining import mine, tree
from tests.mining.test_clauses import central, node, relation

LISTED = """Cities Should Replace Parking Minimums

Cities should drop the rule that every new building must come with parking.

The case rests on three points:

1. Housing Costs: Parking minimums make every new flat dearer to build. In Denver, for instance, a garage space adds about $50,000 to the price of a flat.
2. Street Life: Car parks push shops and homes apart, so walking stops making sense.
3. Climate Goals: Free parking invites more driving and more emissions.

Some argue that dropping the rule would raise housing costs for drivers who must still park somewhere.
"""


def test_an_enumerated_argument_is_one_claim_named_by_its_lead_in_and_its_evidence_hangs_under_it():
    g = mine(ingest(LISTED))
    (thesis,) = [n for n, kind in g.nodes(data="kind") if kind == "central_claim"]
    assert "Cities should drop the rule that every new building must come with parking." in central(g)
    for lead in ("Housing Costs", "Street Life", "Climate Goals"):
        item = node(g, lead + ":")
        a = g.nodes[item]
        assert (a["kind"], a["label"], a["cue"]) == ("claim", lead, "item of a numbered list of arguments")
        assert g.edges[item, thesis]["kind"] == "supports"
        assert "\n" not in a["text"] and a["text"].endswith(".")  # the item's statement, not its evidence
    evidence = node(g, "In Denver, for instance, a garage space")  # "X, for instance, Y" is one unit
    assert g.nodes[evidence]["kind"] == "evidence"
    assert list(g.successors(evidence)) == [node(g, "Housing Costs:")]


def test_an_objection_attacks_the_enumerated_argument_its_words_name():
    g = mine(ingest(LISTED))
    objection = node(g, "Some argue that dropping the rule")
    assert g.nodes[objection]["kind"] == "counterclaim"
    assert g.nodes[objection]["cue"] == "attributed to others: 'Some argue'"
    assert relation(g, "Some argue that dropping the rule", "Housing Costs:") == "attacks"


ESSAY = """Our town needs a covered market on the old bus depot site.
The depot has stood empty for six years, and the town pays to guard it.

A covered market would give local growers a place to sell all year. Farmers now drive two hours to reach the nearest one. Shoppers would spend their money in town rather than at the retail park.

Some residents say that a market would bring traffic to narrow streets. The council must study the traffic question first.

The market would also bring people back to the high street. Cafes and shops near markets in other towns report more visitors on market days.

Markets in other towns have lasted for generations.
"""


def test_a_body_paragraph_s_call_to_act_does_not_take_the_thesis_from_the_introduction():
    g = mine(ingest(ESSAY))
    # "The council must study this…" states what ought to be, in the body: a point, not the thesis.
    assert central(g).startswith("Our town needs a covered market")


ANSWER_FIRST = """Schools should keep their libraries open in the evenings.

Opening late lets pupils without a quiet room at home do their homework. It also gives parents a place to borrow books after work.

The plan also addresses the worry about cost, since volunteers would staff the evening hours and cut the staffing cost to almost nothing.

Pupils who read more do better in every subject. Teachers in our town see this every year.

Local clubs could use the rooms for chess and reading groups. The building would become a real centre of the neighbourhood.

Evening hours would also let adult learners use the computers. Many of them have no internet at home.

Critics argue that the evening staffing cost is too high for schools already short of money.
"""


def test_an_answer_reaches_the_objection_it_answers_even_when_the_objection_comes_later():
    g = mine(ingest(ANSWER_FIRST))
    answer = node(g, "The plan also addresses the worry about cost")
    assert g.nodes[answer]["kind"] == "rebuttal"
    assert relation(g, "The plan also addresses the worry about cost", "Critics argue that") == "attacks"


ACCOUNT = """The city should fund the river clean-up again.

In 1990 the river was so polluted that no fish lived in it. In 1995 the city built two treatment plants. By 2005 salmon had returned to the upper river. Last year, anglers counted more than two thousand fish.

Cutting the fund now would waste thirty years of work.
"""


def test_a_paragraph_that_tells_one_account_is_one_piece_of_evidence():
    g = mine(ingest(ACCOUNT))
    account = node(g, "In 1990 the river was so polluted")
    a = g.nodes[account]
    assert a["kind"] == "evidence"
    assert a["text"].endswith("anglers counted more than two thousand fish.")  # the whole account
    assert not any(t.startswith(("In 1995", "By 2005", "Last year")) for _, t in g.nodes(data="text"))


def _arborescence_total(n, root, pairs):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from((j, i, s) for i, j, s in pairs if i != root)
    best = nx.maximum_spanning_arborescence(g)
    return sum(d["weight"] for _, _, d in best.edges(data=True))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=30), st.integers(min_value=1, max_value=8),
       st.integers(min_value=0, max_value=10_000), st.booleans())
def test_the_tree_found_is_the_best_tree(n, k, seed, whole_numbers):
    # Each unit may point at the root and at up to k others; any unit may be the root, and whole-number
    # scores make ties: the total is networkx's maximum spanning arborescence's.
    r = random.Random(seed)
    root = r.randrange(n)
    pairs = []
    for i in range(n):
        if i == root:
            continue
        others = r.sample([j for j in range(n) if j != i], min(n - 1, k))
        pairs += [(i, j, r.randint(-3, 3) if whole_numbers else round(r.uniform(-3, 3), 2))
                  for j in set(others) | {root}]
    chosen = tree.best_tree(n, root, pairs)
    weight = {(i, j): s for i, j, s in pairs}
    assert sorted(chosen) == [i for i in range(n) if i != root]
    assert nx.is_arborescence(nx.DiGraph([(j, i) for i, j in chosen.items()]))
    assert abs(sum(weight[i, j] for i, j in chosen.items()) - _arborescence_total(n, root, pairs)) < 1e-9


def test_units_with_no_way_to_the_root_are_an_error():
    with pytest.raises(ValueError):
        tree.best_tree(3, 0, [(1, 2, 1.0), (2, 1, 1.0)])  # 1 and 2 point only at each other


def test_a_paragraph_that_opens_on_an_answer_gathers_its_evidence():
    g = mine(ingest(
        "Cities should keep their regional trains running.\n\n"
        "Critics say that the regional trains run almost empty.\n\n"
        "The rail office addresses the concern about empty trains with new figures. A survey in 2024 found "
        "that 4,000 people ride them every week. Most of them are nurses and cleaners on late shifts.\n\n"
        "The trains are also cheap to run, since the lines and the staff are there anyway."
    ))
    answer = node(g, "The rail office addresses the concern")
    assert g.has_edge(node(g, "A survey in 2024 found"), answer)
