"""Grounded semantics on the textbook frameworks, checked against the definition, and on a map."""

from __future__ import annotations

import itertools

import pytest

from app.semantics import claims_that_stand, grounded_labelling
from tests.render.conftest import build_map


def statuses(nodes, attacks):
    return {n: v.status for n, v in grounded_labelling(nodes, attacks).items()}


def test_an_unattacked_node_is_in():
    assert statuses(["a"], []) == {"a": "in"}


def test_a_chain_alternates():
    assert statuses("abcd", [("a", "b"), ("b", "c"), ("c", "d")]) == {"a": "in", "b": "out", "c": "in", "d": "out"}


def test_an_odd_cycle_is_undecided():
    assert statuses("abc", [("a", "b"), ("b", "c"), ("c", "a")]) == {"a": "undecided", "b": "undecided", "c": "undecided"}


def test_an_even_cycle_is_undecided_in_grounded_semantics():
    assert statuses("ab", [("a", "b"), ("b", "a")]) == {"a": "undecided", "b": "undecided"}


def test_reinstatement_a_defends_c_against_b():
    assert statuses("abc", [("b", "c"), ("a", "b")]) == {"a": "in", "b": "out", "c": "in"}


def test_a_self_attack_is_undecided_and_what_it_alone_attacks_too():
    assert statuses("ab", [("a", "a"), ("a", "b")]) == {"a": "undecided", "b": "undecided"}


def test_an_attack_from_a_cycle_leaves_its_target_undecided_but_an_in_attacker_settles_it():
    attacks = [("a", "b"), ("b", "a"), ("b", "c"), ("d", "c")]
    assert statuses("abcd", attacks) == {"a": "undecided", "b": "undecided", "c": "out", "d": "in"}


def test_reasons_name_the_attackers_the_verdict_rests_on():
    labels = grounded_labelling("abcxy", [("a", "b"), ("b", "c"), ("x", "y"), ("y", "x")])
    assert labels["a"].reason == "in: nothing attacks it"
    assert (labels["b"].reason, labels["b"].because) == ("out: attacked by a, which is in", ("a",))
    assert (labels["c"].reason, labels["c"].because) == ("in: every attacker is out (b)", ("b",))
    assert labels["x"].reason == "undecided: attacked by y, which is undecided (a cycle of attacks)"


def test_an_attack_on_an_unknown_node_is_refused():
    with pytest.raises(KeyError):
        grounded_labelling(["a"], [("a", "z")])


def least_fixed_point(nodes, attacks):
    """The grounded extension by its definition: iterate F(S) = {a | S defends a} from the empty set."""
    attackers = {n: {u for u, v in attacks if v == n} for n in nodes}
    extension: set[str] = set()
    while True:
        attacked_by_s = {v for u, v in attacks if u in extension}
        nxt = {n for n in nodes if attackers[n] <= attacked_by_s}
        if nxt == extension:
            return extension
        extension = nxt


def test_agrees_with_the_definition_on_every_framework_of_three_nodes():
    nodes = "abc"
    pairs = list(itertools.product(nodes, repeat=2))
    for mask in range(1 << len(pairs)):
        attacks = [p for i, p in enumerate(pairs) if mask >> i & 1]
        labels = statuses(nodes, attacks)
        extension = least_fixed_point(nodes, attacks)
        assert {n for n, s in labels.items() if s == "in"} == extension, attacks
        attacked = {v for u, v in attacks if u in extension}
        assert {n for n, s in labels.items() if s == "out"} == attacked, attacks


def test_on_a_map_supports_are_left_out_and_reasons_use_labels():
    verdicts = claims_that_stand(build_map())
    # oslo and spend attack shops; shops attacks ban-cars; safer and oslo support
    assert {n: v.status for n, v in verdicts.items()} == {
        "ban-cars": "in", "safer": "in", "oslo": "in", "shops": "out", "spend": "in",
    }  # fmt: skip
    assert verdicts["shops"].reason == "out: attacked by “Oslo had no pedestrian deaths” and “People on foot spend more”, which are in"
    assert verdicts["ban-cars"].reason == "in: every attacker is out (“Shops will lose customers”)"
