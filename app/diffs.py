"""The change between two versions of a graph's node-link data: what the journal of edits keeps.

An edit touches a node or two of a map of thousands; the journal keeps what it touched, not
two copies of the graph. :func:`diff` gives the nodes and edges removed, added (each with
its place in the list) and changed (before and after), and the graph's attributes when they
changed; :func:`apply` makes the change, forwards (redo) or backwards (undo). Nodes are
known by ``id``, edges by ``(source, target)``. When the nodes or edges both versions
share are not in the same order (or a key repeats), the diff keeps that whole list instead:
never a wrong undo.

    >>> a = {"graph": {"title": "T"}, "nodes": [{"id": "x"}, {"id": "y", "kind": "claim"}], "edges": []}
    >>> b = {"graph": {"title": "T"}, "nodes": [{"id": "y", "kind": "evidence"}, {"id": "z"}],
    ...      "edges": [{"source": "z", "target": "y"}]}
    >>> change = diff(a, b)
    >>> apply(a, change) == b, apply(b, change, backwards=True) == a, added_nodes(change)
    (True, True, ['z'])
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

__all__ = ["added_nodes", "apply", "diff"]

Data = dict[str, Any]
Item = dict[str, Any]


def _node_key(node: Item) -> Hashable:
    return node["id"]


def _edge_key(edge: Item) -> Hashable:
    return edge["source"], edge["target"]


_KEYS: dict[str, Callable[[Item], Hashable]] = {"nodes": _node_key, "edges": _edge_key}


def diff(before: Data, after: Data) -> Data:
    """Return the change that makes ``after`` of ``before`` (node-link data with the same ``text``, which it leaves out)."""
    change: Data = {}
    for part, key in _KEYS.items():
        change[part] = _list_diff(before[part], after[part], key)
    graphs = [{name: value for name, value in data["graph"].items() if name != "text"} for data in (before, after)]
    if graphs[0] != graphs[1]:
        change["graph"] = graphs
    return change


def apply(data: Data, change: Data, *, backwards: bool = False) -> Data:
    """Return ``data`` with ``change`` made (or, ``backwards``, undone); ``data`` itself is left as it is."""
    out = {**data}
    for part, key in _KEYS.items():
        out[part] = _apply_list(data[part], change[part], key, backwards)
    if "graph" in change:
        graph = change["graph"][0 if backwards else 1]
        out["graph"] = {**graph, **({"text": data["graph"]["text"]} if "text" in data["graph"] else {})}
    return out


def added_nodes(change: Data) -> list[str]:
    """Return the ids of the nodes ``change`` adds."""
    nodes = change["nodes"]
    if "whole" in nodes:
        before = {n["id"] for n in nodes["whole"][0]}
        return [n["id"] for n in nodes["whole"][1] if n["id"] not in before]
    return [node["id"] for _, node in nodes["added"]]


def _list_diff(before: list[Item], after: list[Item], key: Callable[[Item], Hashable]) -> Data:
    old = {key(item): (i, item) for i, item in enumerate(before)}
    new = {key(item): (j, item) for j, item in enumerate(after)}
    # Each key once in each list, and the shared ones in the same order: then removing, inserting at the places
    # kept and swapping the changed ones gives the exact other list. Else (never in a graph) both lists are kept.
    if len(old) != len(before) or len(new) != len(after) or [k for k in old if k in new] != [k for k in new if k in old]:
        return {"whole": [before, after]}
    return {
        "removed": [[i, item] for k, (i, item) in old.items() if k not in new],
        "added": [[j, item] for k, (j, item) in new.items() if k not in old],
        "changed": [[old[k][1], item] for k, (_, item) in new.items() if k in old and old[k][1] != item],
    }


def _apply_list(items: list[Item], change: Data, key: Callable[[Item], Hashable], backwards: bool) -> list[Item]:
    if "whole" in change:
        return change["whole"][0 if backwards else 1]
    gone, come = (change["added"], change["removed"]) if backwards else (change["removed"], change["added"])
    swap = {key(new if backwards else old): (old if backwards else new) for old, new in change["changed"]}
    dropped = {key(item) for _, item in gone}
    out = [swap.get(key(item), item) for item in items if key(item) not in dropped]
    for place, item in sorted(come, key=lambda pair: pair[0]):
        out.insert(place, item)
    return out
