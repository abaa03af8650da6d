"""The whole tree at once: each unit's target is chosen with the others', as the best arborescence."""

from pathlib import Path

import networkx as nx
import pytest

from app.ingest import ingest
from app.mining import clauses, mine, tree
from bench.bench_parse import synthetic_oped

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_best_whole_tree_is_not_each_unit_s_best_choice():
    # Alone, 1 and 2 would each choose the other (a cycle); the best tree gives up the smaller loss.
    pairs = [(1, 0, 1.0), (1, 2, 3.0), (2, 1, 3.0), (2, 0, 0.5)]
    assert tree.best_tree(3, 0, pairs) == {1: 0, 2: 1}
    assert tree.best_tree(3, 0, [(1, 0, 2.5), (1, 2, 3.0), (2, 1, 3.0), (2, 0, 0.5)]) == {1: 0, 2: 1}
    assert tree.best_tree(3, 0, [(1, 0, 1.0), (1, 2, 3.0), (2, 1, 3.0), (2, 0, 2.5)]) == {1: 2, 2: 0}


def test_the_central_claim_never_gets_a_target():
    assert tree.best_tree(3, 1, [(0, 1, 1.0), (1, 0, 9.0), (2, 0, 1.0), (2, 1, 0.5)]) == {0: 1, 2: 0}


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_unit_has_one_target_and_reaches_the_central_claim(name):
    g = mine(ingest((FIXTURES / name).read_text(encoding="utf-8")))
    root = next(n for n, k in g.nodes(data="kind") if k == "central_claim")
    assert nx.is_arborescence(g.reverse())
    assert all(g.out_degree(n) == 1 for n in g if n != root)


def test_a_reason_points_back_over_a_line_break_and_a_paragraph_gathers_its_points():
    text = ("Towns should keep their night buses.\n"
            "Night buses carry the people who clean offices and staff hospitals.\n"
            "For example, two in three riders after midnight travel to work.\n"
            "Cutting the buses would also put more drunk drivers on the road. "
            "Each year dozens of crashes happen after the bars close.")
    prepared = clauses.prepare(ingest(text))
    assert prepared is not None
    units, central, overlap, _ = prepared
    targets = tree.best_tree(len(units), central, tree.scored_pairs(units, central, overlap))
    text_of = {i: u.text for i, u in enumerate(units)}
    chosen = {text_of[i].split()[0]: text_of[j].split()[0] for i, j in targets.items()}
    assert chosen == {"Night": "Towns", "For": "Night", "Cutting": "Towns", "Each": "Cutting"}


def test_the_scores_of_the_tree_are_the_weighed_features_of_each_pair():
    # scored_pairs weighs a target's own features once per target; fit_attachment reads them pair by pair.
    text = synthetic_oped(6_000)
    prepared = clauses.prepare(ingest(text))
    assert prepared is not None
    units, central, overlap, _ = prepared
    scored = {(i, j): s for i, j, s in tree.scored_pairs(units, central, overlap)}
    featured = {(i, j): tree.score(f) for i, j, f in tree.featured_pairs(units, central, overlap)}
    assert scored.keys() == featured.keys() and len(scored) > 500
    assert all(abs(scored[p] - featured[p]) < 1e-9 for p in scored)
