"""The map as Argdown: titled statements, ``+`` / ``-`` relations, headings for sections.

Each node is defined once, ``[Label]: its text {id: "…", kind: "…"}``, in the order of the
text and under the heading of the section it comes from; below it, indented, each of its
supporters (``+ [Title]``) and attackers (``- [Title]``) by reference. So every edge is
written exactly once and Argdown's parser finds as many statements and relations as the map
has nodes and edges (a test runs ``@argdown/cli`` on the seed map to check it).

In Argdown a title names a statement, so two nodes must not share one: a repeated label gets
`` (2)``, `` (3)``… and keeps its real label in the data block. Nothing can be escaped inside
a title, so brackets become parentheses there, a backslash a slash, comment openers (``//``,
``/*``, ``<!--``) are spaced out, and control characters go;
a label that had them keeps it in the data block too. In the text every character Argdown gives
a meaning to (``[ ] < > # @ * _ { } / ~ = \\`` and backquote) is escaped with a backslash, and
control characters are dropped.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from app.models import ArgumentMap, Node
from app.slugs import UniqueIds

_SPECIAL = re.compile(r"([\\\[\]<>#@*_{}/~=`])")
_SPACE = re.compile(r"\s+")
# Control characters: no Argdown reader needs them, and a NUL or an escape sequence in a title breaks it.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_COMMENT_OPENER = re.compile(r"//|/\*|<!--")
RELATION_SYMBOLS = {"supports": "+", "attacks": "-"}


def escape_text(text: str) -> str:
    r"""Return ``text`` on one line with Argdown's special characters escaped.

    >>> print(escape_text("Costs <fell> by 30% // [see] #1\nsince 2019"))
    Costs \<fell\> by 30% \/\/ \[see\] \#1 since 2019
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", _CONTROL.sub("", text)).strip())


def _title_base(label: str) -> str:
    # A title is read as it is written: no escapes, so no brackets and no backslash in it.
    title = _SPACE.sub(" ", _CONTROL.sub("", label)).replace("[", "(").replace("]", ")").replace("\\", "/")
    while _COMMENT_OPENER.search(title):  # "//" → "/ /": not a comment; again for "///", which leaves "//"
        title = _COMMENT_OPENER.sub(lambda m: " ".join(m.group()), title)
    return title.strip() or "Untitled"


def _data_value(value: str) -> str:
    """Return ``value`` as a double-quoted string that JSON and YAML read alike, with no comment opener in it."""
    # no "/" at all, not even as "\/": a "\/" before a "*" still opens a comment ("\/*") to Argdown's reader
    return json.dumps(value, ensure_ascii=False).replace("/", "\\u002f").replace("<", "\\u003c")


def statement_titles(nodes: list[Node]) -> dict[str, str]:
    """Return a unique Argdown title for each node id: its label, made safe, numbered on a repeat."""
    titles = UniqueIds(numbered="{base} ({n})", key=str.casefold)
    return {node.id: titles.take(_title_base(node.label)) for node in nodes}


def _sections(amap: ArgumentMap) -> list[tuple[str | None, list[Node]]]:
    """Return the nodes grouped by the section of the text they come from, in the order of the text."""
    starts = [(h.start, amap.text[h.start:h.end].strip()) for h in amap.headings]
    title_end = amap.title_span.end if amap.title_span else -1

    def where(node: Node) -> int:
        body = [s.start for s in node.spans if s.start >= title_end] or [s.start for s in node.spans]
        return min(body) if body else len(amap.text)

    groups: dict[str | None, list[Node]] = defaultdict(list)
    order: list[str | None] = []
    for node in sorted(amap.nodes, key=where):
        position = where(node)
        heading = None
        for start, name in starts:
            if start <= position:
                heading = name
        if heading not in groups:
            order.append(heading)
        groups[heading].append(node)
    return [(heading, groups[heading]) for heading in order]


def render_argdown(amap: ArgumentMap) -> str:
    """Return the map as an Argdown document."""
    titles = statement_titles(amap.nodes)
    incoming: dict[str, list[tuple[str, str]]] = defaultdict(list)
    restated: dict[str, list[str]] = defaultdict(list)  # Argdown has no relation for it: our data block says it
    linked: dict[tuple[str, str], list[str]] = defaultdict(list)  # (group, target) → its premises
    for edge in amap.edges:
        if edge.kind == "restates":
            restated[edge.source].append(edge.target)
        elif edge.group is not None and edge.kind == "supports":
            linked[edge.group, edge.target].append(edge.source)
        else:
            incoming[edge.target].append((RELATION_SYMBOLS[edge.kind], edge.source))
    lines = [f"# {escape_text(amap.title) or 'Argument map'}", ""]
    for heading, nodes in _sections(amap):
        if heading is not None:
            lines += [f"## {escape_text(heading)}", ""]
        for node in nodes:
            data = {"id": node.id, "kind": node.kind}
            if titles[node.id] != node.label:
                data["label"] = node.label
            if restated[node.id]:
                data["restates"] = json.dumps(restated[node.id], ensure_ascii=False)
            fields = ", ".join(f"{key}: {_data_value(value)}" for key, value in data.items())
            lines.append(f"[{titles[node.id]}]: {escape_text(node.text) or escape_text(node.label)} {{{fields}}}")
            for symbol, source in incoming[node.id]:
                lines.append(f"  {symbol} [{titles[source]}]")
            lines.append("")
    # Linked premises: a premise-conclusion structure each, the group's id in the argument's data.
    arguments = UniqueIds(numbered="{base} ({n})", key=str.casefold)
    for (group, target), premises in linked.items():
        # an argument's title is read up to its first ">": angle brackets in the statement's title become parentheses
        title = arguments.take(_title_base(f"Linked premises of {titles[target]}").replace("<", "(").replace(">", ")"))
        lines += [f"<{title}> {{group: {_data_value(group)}}}", ""]
        lines += [f"({k}) [{titles[p]}]" for k, p in enumerate(premises, start=1)]
        lines += ["----", f"({len(premises) + 1}) [{titles[target]}]", ""]
    return "\n".join(lines)
