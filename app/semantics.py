"""Which claims stand: the grounded extension of a map's attack graph (Dung 1995), with reasons.

Each node is an argument and each ``attacks`` edge an attack; ``supports`` edges are left
out of the computation: a support gives a reason for its target but cannot defeat or defend
anything, so a node stands or falls by its attackers alone (a supported node that is attacked
by an accepted one is out all the same). This is Dung's abstract framework read off the map,
not a bipolar one.

The grounded labelling is the least fixed point, computed in one pass over the attacks:
a node is **in** when every attacker is out (so an unattacked node is in), **out** when an
attacker is in, and **undecided** otherwise (it hangs on a cycle of attacks that nothing
settles). Each verdict carries its reason in words and the attackers it rests on.

>>> labels = grounded_labelling(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> {node: v.status for node, v in labels.items()}
{'a': 'in', 'b': 'out', 'c': 'in'}
>>> labels["b"].reason
'out: attacked by a, which is in'
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from app.models import ArgumentMap

Status = Literal["in", "out", "undecided"]


@dataclass(frozen=True)
class Verdict:
    status: Status
    reason: str  # for a person: "out: attacked by X, which is in"
    because: tuple[str, ...]  # the attackers the verdict rests on


def grounded_labelling(
    nodes: Iterable[str], attacks: Iterable[tuple[str, str]], name: Callable[[str], str] = str
) -> dict[str, Verdict]:
    """Return the grounded labelling of the framework (``nodes``, ``attacks``: attacker, target).

    ``name`` gives the words a reason uses for a node (default: its id).
    """
    nodes = list(nodes)
    attackers: dict[str, list[str]] = {n: [] for n in nodes}
    targets: dict[str, list[str]] = {n: [] for n in nodes}
    for u, v in attacks:
        if v not in attackers or u not in targets:
            raise KeyError(f"the attack {u!r} → {v!r} names a node that is not in the framework")
        attackers[v].append(u)
        targets[u].append(v)
    status: dict[str, Status] = {}
    waiting = {n: len(set(attackers[n])) for n in nodes}  # attackers not yet out
    queue = deque(n for n in nodes if waiting[n] == 0)
    while queue:
        node = queue.popleft()
        if node in status:
            continue
        status[node] = "in"
        for target in set(targets[node]):
            if target in status:
                continue
            status[target] = "out"
            for victim in set(targets[target]):
                waiting[victim] -= 1
                if waiting[victim] == 0 and victim not in status:
                    queue.append(victim)
    return {n: _verdict(status.get(n, "undecided"), attackers[n], status, name) for n in nodes}


def _verdict(verdict: Status, attackers: list[str], status: dict[str, Status], name: Callable[[str], str]) -> Verdict:
    unique = list(dict.fromkeys(attackers))
    if verdict == "in":
        if not unique:
            return Verdict("in", "in: nothing attacks it", ())
        return Verdict("in", f"in: every attacker is out ({_names(unique, name)})", tuple(unique))
    if verdict == "out":
        winners = [a for a in unique if status.get(a) == "in"]
        which = "which is in" if len(winners) == 1 else "which are in"
        return Verdict("out", f"out: attacked by {_names(winners, name)}, {which}", tuple(winners))
    open_ = [a for a in unique if status.get(a) is None]
    which = "which is undecided" if len(open_) == 1 else "which are undecided"
    return Verdict("undecided", f"undecided: attacked by {_names(open_, name)}, {which} (a cycle of attacks)",
                   tuple(open_))  # fmt: skip


def _names(nodes: list[str], name: Callable[[str], str]) -> str:
    quoted = [f"{name(n)}" for n in nodes]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def claims_that_stand(amap: ArgumentMap) -> dict[str, Verdict]:
    """Return each node's verdict under grounded semantics; reasons name nodes by their labels in quotes."""
    labels = {n.id: n.label for n in amap.nodes}
    attacks = [(e.source, e.target) for e in amap.edges if e.kind == "attacks"]
    return grounded_labelling(labels, attacks, name=lambda n: f"“{labels[n]}”")
