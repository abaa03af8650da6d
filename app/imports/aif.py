"""Read AIF JSON: plain AIF, OVA's files (``{"AIF", "text", "OVA"}``) and AIFdb nodesets.

I-nodes become statements; each RA node makes its premises (I → RA) support its conclusions
(RA → I), each CA node makes its attackers (I → CA) attack its targets (CA → I, or the
conclusions of an RA it points at: an undercut is read as an attack on what that inference
concludes), each MA node (a rephrase) makes its source restate its target. Other scheme nodes
(PA, TA, YA…) carry no relation of the map.

The text of the map, in order of preference: the text our own export carries with the spans
in its ``"argmap"`` fields; OVA's ``"text"`` (tags stripped) when every statement is found in
it word for word; the dialogue of an AIFdb nodeset (its L-nodes in the order of their TA
transitions, a line each, "Ann: what she said": an annotator's "Ann : …" prefix, or the name of
the locution's participant, is the line's speaker, marked as such), each statement spanning what
was said in the locution that asserts it (L → YA → I); else the statements joined. A malformed
file raises :class:`BadInput` (422) naming the JSON path.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import networkx as nx

from app.errors import BadInput
from app.imports.structure import Reading, Relation, Statement, graph_of_reading
from app.models import NODE_KINDS

_TAG = re.compile(r"<[^>]*>")
_EDGE_OF = {"RA": "supports", "CA": "attacks", "MA": "restates"}  # scheme node → the map's relation
_ANNOTATED = re.compile(r"^([^:\s][^:]{0,79}?) : (.+)$")  # AIFdb's "Speaker : what was said"
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.IGNORECASE)


class _Problem(BadInput):
    def __init__(self, path: str, what: str) -> None:
        super().__init__(f"AIF: {path}: {what}", 422)


def looks_like_aif(data: Any) -> bool:
    """Return True when parsed JSON has the shape of an AIF file (nodes and edges, maybe under "AIF")."""
    if not isinstance(data, dict):
        return False
    body = data.get("AIF", data)
    return isinstance(body, dict) and "nodes" in body and "edges" in body


def read_aif(source: str) -> nx.DiGraph:
    """Return the argument graph of an AIF JSON document.

    >>> g = read_aif('{"nodes": [{"nodeID": "1", "type": "I", "text": "Cities should plant trees."},'
    ...              '{"nodeID": "2", "type": "I", "text": "Shade cools the streets."},'
    ...              '{"nodeID": "3", "type": "RA", "text": "Default Inference"}],'
    ...              '"edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}]}')
    >>> [(g.nodes[u]["label"], d["kind"], g.nodes[v]["kind"]) for u, v, d in g.edges(data=True)]
    [('Shade cools the streets', 'supports', 'central_claim')]
    """
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise BadInput(f"AIF: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", 422) from None
    return graph_of_reading(read_aif_data(data), "AIF")


def read_aif_data(data: Any) -> Reading:
    """Return what an AIF document (parsed JSON) says: its statements, relations, title and text."""
    if not isinstance(data, dict):
        raise _Problem("$", 'the file must be a JSON object with "nodes" and "edges" (or an "AIF" object holding them)')
    prefix = "$.AIF" if "AIF" in data else "$"
    body = data.get("AIF", data)
    if not isinstance(body, dict):
        raise _Problem(prefix, 'must be an object with "nodes" and "edges"')
    nodes = _list(body, "nodes", prefix)
    edges = _list(body, "edges", prefix)
    types: dict[str, str] = {}
    texts: dict[str, str] = {}
    extras: dict[str, dict[str, Any]] = {}
    for i, node in enumerate(nodes):
        path = f"{prefix}.nodes[{i}]"
        if not isinstance(node, dict):
            raise _Problem(path, "each node must be an object")
        node_id = _id(node, "nodeID", path)
        kind = node.get("type")
        if not isinstance(kind, str) or not kind:
            raise _Problem(f"{path}.type", 'each node needs a "type" such as "I", "RA", "CA" or "L"')
        if node_id in types:
            raise _Problem(f"{path}.nodeID", f"the id {node_id!r} is used by an earlier node too")
        text = node.get("text", "")
        if kind in ("I", "L") and not isinstance(text, str):
            raise _Problem(f"{path}.text", f"the text of an {kind}-node must be a string")
        types[node_id], texts[node_id] = kind, text if isinstance(text, str) else ""
        if isinstance(node.get("argmap"), dict):
            extras[node_id] = node["argmap"]
    into: dict[str, list[str]] = {n: [] for n in types}
    out_of: dict[str, list[str]] = {n: [] for n in types}
    for i, edge in enumerate(edges):
        path = f"{prefix}.edges[{i}]"
        if not isinstance(edge, dict):
            raise _Problem(path, "each edge must be an object")
        ends = [_id(edge, key, path) for key in ("fromID", "toID")]
        for key, end in zip(("fromID", "toID"), ends):
            if end not in types:
                raise _Problem(f"{path}.{key}", f"no node has the id {end!r}")
        out_of[ends[0]].append(ends[1])
        into[ends[1]].append(ends[0])

    statements = [_statement(n, texts[n], extras.get(n, {})) for n in types if types[n] == "I"]
    if not statements:
        raise _Problem(f"{prefix}.nodes", 'no I-node (a node with "type": "I"): the file states nothing to map')
    relations: list[Relation] = []
    places: dict[int, int] = {}  # a relation (by id) → its place in the map our export wrote
    for node, kind in types.items():
        if kind not in _EDGE_OF:
            continue
        edge_kind = _EDGE_OF[kind]
        extra = extras.get(node, {})
        cue = extra.get("cue") if isinstance(extra.get("cue"), str) else f"AIF {kind} node {node}: {texts[node] or kind}"
        sources = [u for u in into[node] if types[u] == "I"]
        targets = [v for v in out_of[node] if types[v] == "I"]
        if kind == "CA":  # an undercut: the attack is on what the attacked inference concludes
            targets += [w for v in out_of[node] if types[v] == "RA" for w in out_of[v] if types[w] == "I"]
        if len(sources) > 1 and len(targets) > 1:  # n x m relations: the cost of a file would grow as its square
            raise _Problem(f"{prefix}.nodes", f"the {kind} node {node!r} has {len(sources):,} premises and "
                           f"{len(targets):,} conclusions; an inference or a conflict links its premises to one "
                           f"statement: split it into one {kind} node per conclusion")
        # an RA node's premises hold together: linked premises, one group per RA node
        group = extra.get("group") if isinstance(extra.get("group"), str) else None
        if group is None and kind == "RA" and len(sources) > 1:
            group = f"AIF {node}"
        made = [Relation(u, v, edge_kind, cue, extra.get("confirmed", True) is True, group)
                for u in sources for v in targets]
        order = extra.get("order")
        if isinstance(order, list) and len(order) == len(made) and all(isinstance(i, int) for i in order):
            places.update(zip(map(id, made), order))  # our export: where each edge of the group stood
        relations += made

    if places:  # put the linked premises' edges back where they stood among the others
        ranked = sorted(range(len(relations)), key=lambda k: places.get(id(relations[k]), k))
        relations = [relations[k] for k in ranked]
    meta = data.get("argmap") if isinstance(data.get("argmap"), dict) else {}
    reading = Reading(statements, relations, title=meta.get("title") if isinstance(meta.get("title"), str) else None)
    metadata = meta.get("metadata")
    if isinstance(metadata, dict):
        reading.metadata = {str(k): v for k, v in metadata.items() if isinstance(v, str)}
    _place_text(reading, data, types, texts, into, out_of, meta)
    speakers = meta.get("speakers")
    if reading.text is not None and isinstance(speakers, list) and not reading.speakers:
        reading.speakers = [s for s in speakers if _is_span(s) and s["end"] <= len(reading.text)]
    return reading


def _list(body: dict, key: str, prefix: str) -> list:
    value = body.get(key)
    if not isinstance(value, list):
        raise _Problem(f"{prefix}.{key}", f'"{key}" must be a list')
    return value


def _id(record: dict, key: str, path: str) -> str:
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        raise _Problem(f"{path}.{key}", f'"{key}" must be a string or a number')
    return str(value)


def _statement(node_id: str, text: str, extra: dict[str, Any]) -> Statement:
    statement = Statement(key=node_id, text=text, cue=f"AIF I-node {node_id}")
    if extra.get("kind") in NODE_KINDS:
        statement.kind = extra["kind"]
    for name in ("label", "id", "cue"):
        if isinstance(extra.get(name), str) and extra[name]:
            setattr(statement, name, extra[name])
    if isinstance(extra.get("confidence"), (int, float)) and 0 <= extra["confidence"] <= 1:
        statement.confidence = float(extra["confidence"])
    statement.confirmed = extra.get("confirmed", True) is True  # a person drew it, unless our export says not
    spans = extra.get("spans")
    if isinstance(spans, list) and spans and all(_is_span(s) for s in spans):
        statement.spans = [{"start": s["start"], "end": s["end"]} for s in spans]
    return statement


def _is_span(span: Any) -> bool:
    return (isinstance(span, dict) and all(isinstance(span.get(k), int) for k in ("start", "end"))
            and 0 <= span["start"] <= span["end"])  # fmt: skip


def _place_text(reading: Reading, data: dict, types: dict, texts: dict, into: dict, out_of: dict, meta: dict) -> None:
    """Set the reading's text and each statement's spans, by the order of preference of the module's docstring."""
    statements = reading.statements
    ours = data.get("text")
    if (isinstance(ours, str) and meta and all(s.spans for s in statements)
            and all(sp["end"] <= len(ours) for s in statements for sp in s.spans)):  # fmt: skip
        reading.text = ours
        noise = meta.get("noise")
        reading.noise = [s for s in noise if _is_span(s) and s["end"] <= len(ours)] if isinstance(noise, list) else []
        return
    for s in statements:
        s.spans = None
    ova = _ova_text(data.get("text"))
    if ova and _find_all(ova, statements):
        reading.text = ova
        return
    if _dialogue(reading, types, texts, into, out_of, _participants(data.get("AIF", data))):
        return
    reading.text = None  # graph_of_reading joins the statements


def _ova_text(value: Any) -> str | None:
    if isinstance(value, dict):  # some OVA versions: {"txt": "..."}
        value = value.get("txt")
    if not isinstance(value, str) or not value.strip():
        return None
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", value)))


def _find_all(text: str, statements: list[Statement]) -> bool:
    """Span each statement at its first occurrence in ``text`` (after the previous one if it recurs); False if one is missing."""
    cursor = 0
    found: list[tuple[Statement, int]] = []
    for s in statements:
        quote = s.text.strip()
        at = text.find(quote, cursor)
        if at < 0:
            at = text.find(quote)
        if not quote or at < 0:
            return False
        found.append((s, at))
        cursor = at + len(quote)
    for s, at in found:
        s.spans = [{"start": at, "end": at + len(s.text.strip())}]
    return True


def _participants(body: Any) -> dict[str, str]:
    """Return the name of each locution's speaker, from AIFdb's ``locutions`` and ``participants``."""
    if not isinstance(body, dict) or not isinstance(body.get("locutions"), list):
        return {}
    people = {}
    for p in body.get("participants") or []:
        if isinstance(p, dict) and "participantID" in p:
            name = " ".join(str(p.get(k) or "") for k in ("firstname", "surname")).strip()
            if name:
                people[str(p["participantID"])] = name
    return {str(loc["nodeID"]): people[str(loc.get("personID"))] for loc in body["locutions"]
            if isinstance(loc, dict) and "nodeID" in loc and str(loc.get("personID")) in people}


def _speaker(line: str, participant: str | None) -> tuple[str, str] | None:
    """Split a locution into (speaker, what was said): an annotator's "Ann : …" prefix, else the
    locution's participant (with or without a "Bob:" prefix); None when neither says who speaks.

    >>> _speaker("Ann Smith : trees cool", None), _speaker("Bob: yes", "Bob"), _speaker("yes", "Bob")
    (('Ann Smith', 'trees cool'), ('Bob', 'yes'), ('Bob', 'yes'))
    >>> _speaker("Note: a remark", None) is None
    True
    """
    found = _ANNOTATED.match(line)
    if found:
        return found[1], found[2]
    if participant is None:
        return None
    if line.startswith(participant) and line[len(participant):].lstrip().startswith(":"):
        return participant, line[len(participant):].lstrip()[1:].strip()
    return participant, line


def _dialogue(reading: Reading, types: dict, texts: dict, into: dict, out_of: dict,
              participants: dict[str, str]) -> bool:
    """Make the text the L-nodes' dialogue, a line each with its speaker marked, and span each statement at
    what was said in its locution; False without L-nodes."""
    locutions = [n for n, kind in types.items() if kind == "L"]
    if not locutions:
        return False
    order = _transition_order(locutions, types, into, out_of)
    lines: list[str] = []
    where: dict[str, dict[str, int]] = {}
    position = 0
    for n in order:
        line = " ".join(texts[n].split())
        said = _speaker(line, participants.get(n))
        if said:
            line = f"{said[0]}: {said[1]}"
            reading.speakers.append({"start": position, "end": position + len(said[0])})
            where[n] = {"start": position + len(said[0]) + 2, "end": position + len(line)}
        else:
            where[n] = {"start": position, "end": position + len(line)}
        lines.append(line)
        position += len(line) + 1
    text = "\n".join(lines)
    rest: list[Statement] = []
    for s in reading.statements:
        # L → YA → I: the locution that asserts this statement
        anchors = [l for ya in into[s.key] if types[ya] == "YA" for l in into[ya] if types[l] == "L"]
        if anchors:
            s.spans = [where[anchors[0]]]
        else:
            rest.append(s)
    for s in rest:  # statements no one said go after the dialogue
        start = len(text) + 2
        text += "\n\n" + s.text.strip()
        s.spans = [{"start": start, "end": len(text)}]
    reading.text = text
    return True


def _transition_order(locutions: list[str], types: dict, into: dict, out_of: dict) -> list[str]:
    """Return the L-nodes in the order their transitions (L → TA → L) give, else in the file's order."""
    G = nx.DiGraph()
    G.add_nodes_from(locutions)
    for ta, kind in types.items():
        if kind == "TA":
            G.add_edges_from((u, v) for u in into[ta] if types[u] == "L" for v in out_of[ta] if types[v] == "L")
    rank = {n: i for i, n in enumerate(locutions)}
    try:
        return list(nx.lexicographical_topological_sort(G, key=rank.__getitem__))
    except nx.NetworkXUnfeasible:  # transitions in a cycle: the file's order is all we have
        return locutions
