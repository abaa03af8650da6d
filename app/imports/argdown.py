r"""Read Argdown: statements, arguments and the relations between them, by indentation.

The part of Argdown an argument map needs:

- ``# Heading`` lines (the first level-1 heading is the map's title; the others are kept in the text);
- ``[Title]: text``, ``<Title>: text`` (an argument is read as a statement), a bare ``[Title]``
  or ``<Title>`` (a reference), or plain text (an untitled statement), with an optional data
  block ``{id: "…", kind: "…", label: "…"}`` at the end; a statement's text may go on over
  the following lines;
- relations on indented lines below an element: ``+ X`` (X supports it), ``- X`` (X attacks
  it), ``+> X`` / ``-> X`` (it supports / attacks X), ``<+ X`` / ``<- X`` as ``+`` / ``-``,
  ``_ X`` / ``<_ X`` / ``_> X`` (undercuts, read as attacks) and ``>< X`` (a contradiction:
  each attacks the other); deeper lines relate to the line above them;
- comments (``//``, ``/* */``, ``<!-- -->``) and backslash escapes.

Premise-conclusion structures (``(1) …``, ``----``) are not read: such a line gives a 422
that names it. The map's text is its headings and statements, a paragraph each; every
statement spans the paragraph where its text is given.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import networkx as nx

from app.errors import BadInput
from app.imports.structure import Reading, Relation, Statement, graph_of_reading
from app.models import NODE_KINDS

_COMMENT = re.compile(r"<!--.*?-->|/\*.*?\*/", re.DOTALL)
_LINE_COMMENT = re.compile(r"(?<!\\)//.*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_RELATION = re.compile(r"^(<\+|<-|<_|\+>|->|_>|><|\+|-|_)\s+(.*)$")
_ELEMENT = re.compile(r"^(?:\[((?:[^\]\\]|\\.)+)\]|<((?:[^>\\]|\\.)+)>)(:?)\s*(.*)$", re.DOTALL)
_DATA = re.compile(r'(?<!\\)\{((?:"(?:[^"\\]|\\.)*"|[^{}"])*)\}\s*$')
_FIELD = re.compile(r'\s*([A-Za-z_][\w-]*)\s*:\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)')
_ESCAPE = re.compile(r"\\(.)")
_PCS = re.compile(r"^(?:\(\d+\)|-{2,}|={2,})")

# symbol → (kind, the relation goes from the line's element to its parent?)
_SYMBOLS = {
    "+": ("supports", True), "<+": ("supports", True), "+>": ("supports", False),
    "-": ("attacks", True), "<-": ("attacks", True), "->": ("attacks", False),
    "_": ("attacks", True), "<_": ("attacks", True), "_>": ("attacks", False),
    "><": ("attacks", None),
}  # fmt: skip


# A statement defined at the start of a line; not a Markdown link reference ("[1]: url 'title'"),
# whose text is one token, maybe followed by a quoted title.
_DEFINITION = re.compile(
    r"^(?:\[[^\]\n]+\]|<[^>\n]+>):[ \t]*(?!\S+(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$)\S", re.MULTILINE
)
_ANY_DEFINITION = re.compile(r"^(?:\[[^\]\n]+\]|<[^>\n]+>):[ \t]*\S", re.MULTILINE)
_RELATION_LINE = re.compile(r"^[ \t]+(?:<\+|<-|<_|\+>|->|_>|><|\+|-|_)[ \t]+[\[<]", re.MULTILINE)


def looks_like_argdown(text: str) -> bool:
    """Return True when ``text`` defines an Argdown statement (``[Title]: text`` at the start of a line).

    A Markdown file's link references (``[1]: https://… "Title"``) are not statements, unless
    a relation line (``  + [Title]``) shows the file is Argdown.

    >>> looks_like_argdown("[Trees]: Cities should plant trees.\\n  + [Shade]: Shade cools."), looks_like_argdown("Hello.")
    (True, False)
    >>> looks_like_argdown("Trees cool [1].\\n\\n[1]: https://example.org/trees 'Trees'\\n[2]: /notes.html")
    False
    """
    if _DEFINITION.search(text):
        return True
    return bool(_ANY_DEFINITION.search(text) and _RELATION_LINE.search(text))


@dataclass
class _Line:
    number: int
    indent: int
    content: str


def read_argdown(source: str) -> nx.DiGraph:
    """Return the argument graph of an Argdown document.

    >>> g = read_argdown("[Trees]: Cities should plant trees.\\n  + [Shade]: Shade cools streets.\\n    - Shade costs water.")
    >>> sorted((g.nodes[u]["label"], d["kind"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True))
    [('Shade', 'supports', 'Trees'), ('Shade costs water', 'attacks', 'Shade')]
    """
    return graph_of_reading(parse_argdown(source), "Argdown")


def parse_argdown(source: str) -> Reading:
    """Return the statements and relations of an Argdown document; raise :class:`BadInput` naming the line."""
    reader = _Reader()
    for block in _blocks(source):
        reader.read_block(block)
    if not reader.statements:
        raise BadInput("Argdown: no statement found; write one as [Title]: text", 422)
    return reader.reading()


def _blocks(source: str) -> list[list[_Line]]:
    """Return the non-blank lines, comments removed, in blocks separated by blank lines."""
    # Comments may span lines: mark their characters (NUL) to keep the line count, so a line
    # that held only a comment is skipped, not read as the blank line that ends a block.
    source = source.replace("\r\n", "\n").replace("\x00", "")
    source = _COMMENT.sub(lambda m: re.sub(r"[^\n]", "\x00", m.group()), source)
    blocks: list[list[_Line]] = [[]]
    for number, raw in enumerate(source.split("\n"), start=1):
        line = _LINE_COMMENT.sub("", raw.replace("\t", "    ")).rstrip()
        if "\x00" in line:
            line = line.replace("\x00", " ").rstrip()
            if not line.strip():
                continue
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(_Line(number, len(line) - len(line.lstrip()), line.strip()))
    return [b for b in blocks if b]


class _Reader:
    def __init__(self) -> None:
        self.statements: dict[str, Statement] = {}  # by title, in order of first mention
        self.defined_at: dict[str, int] = {}
        self.relations: list[Relation] = []
        self.paragraphs: list[tuple[str, str | None]] = []  # (text, title of the statement it defines)
        self.title: str | None = None
        self.untitled = 0

    def read_block(self, block: list[_Line]) -> None:
        heading = _HEADING.match(block[0].content)
        if heading:
            text = _unescape(heading[2]).strip()
            if heading[1] == "#" and self.title is None:
                self.title = text
            else:
                self.paragraphs.append((text, None))
            block = block[1:]
        stack: list[tuple[int, str]] = []  # (indent, title) of the open elements
        last: str | None = None
        for line in block:
            if _PCS.match(line.content) and not _RELATION.match(line.content):
                raise BadInput(f"Argdown: line {line.number}: premise-conclusion structures ('(1) …', '----') "
                               "are not supported; write the premises as + relations of the conclusion", 422)
            relation = _RELATION.match(line.content)
            if relation is None:
                if last is not None and stack and line.indent >= stack[-1][0]:
                    self._continue(last, line)  # the statement's text goes on
                    continue
                if stack:
                    raise BadInput(f"Argdown: line {line.number}: expected a relation (+, -, +>, ->) "
                                   "or a blank line before a new statement", 422)
                last = self._element(line.content, line)
                stack.append((line.indent, last))
                continue
            while stack and stack[-1][0] >= line.indent:
                stack.pop()
            if not stack:
                raise BadInput(f"Argdown: line {line.number}: the relation {relation[1]!r} has nothing above it "
                               "to relate to; indent it below a statement", 422)
            last = self._element(relation[2], line)
            self._relate(relation[1], last, stack[-1][1], line)
            stack.append((line.indent, last))

    def _element(self, content: str, line: _Line) -> str:
        """Read ``[Title]: text {data}`` (or a reference, or plain text); return its title."""
        data: dict[str, str] = {}
        found = _DATA.search(content)
        if found:
            data = _fields(found[1])
            content = content[: found.start()].rstrip()
        element = _ELEMENT.match(content)
        if element:
            title = (element[1] if element[1] is not None else _unescape(element[2])).strip()
            text = _unescape(element[4]).strip() if element[3] else ""
            if not element[3] and element[4].strip():
                raise BadInput(f"Argdown: line {line.number}: text after {content[: content.find(element[4])].strip()!r} "
                               "needs a colon: [Title]: text", 422)
        else:
            if content.startswith(("[", "<")):
                raise BadInput(f"Argdown: line {line.number}: a title opened with {content[0]!r} is never closed", 422)
            self.untitled += 1
            title, text = f"Untitled {self.untitled}", _unescape(content).strip()
        statement = self.statements.get(title)
        if statement is None:
            statement = self.statements[title] = Statement(key=title, text="", cue=f"Argdown line {line.number}", confirmed=True)
            statement.label = title if element else None
        if text and not statement.text:
            statement.text = text
            statement.cue = f"Argdown line {line.number}"
            self.defined_at[title] = len(self.paragraphs)
            self.paragraphs.append((text, title))
        if data.get("kind") in NODE_KINDS:
            statement.kind = data["kind"]  # type: ignore[assignment]
        if data.get("id"):
            statement.id = data["id"]
        if data.get("label"):
            statement.label = data["label"]
        return title

    def _continue(self, title: str, line: _Line) -> None:
        statement = self.statements[title]
        more = _unescape(line.content).strip()
        statement.text = f"{statement.text} {more}".strip()
        index = self.defined_at.get(title)
        if index is None:
            self.defined_at[title] = len(self.paragraphs)
            self.paragraphs.append((statement.text, title))
        else:
            self.paragraphs[index] = (statement.text, title)

    def _relate(self, symbol: str, child: str, parent: str, line: _Line) -> None:
        kind, incoming = _SYMBOLS[symbol]
        cue = f"Argdown line {line.number}: {symbol}"
        if incoming is None or incoming:
            self.relations.append(Relation(child, parent, kind, cue, confirmed=True))  # type: ignore[arg-type]
        if incoming is None or not incoming:
            self.relations.append(Relation(parent, child, kind, cue, confirmed=True))  # type: ignore[arg-type]

    def reading(self) -> Reading:
        parts: list[str] = []
        position = 0
        for text, title in self.paragraphs:
            if title is not None:
                self.statements[title].spans = [{"start": position, "end": position + len(text)}]
            parts.append(text)
            position += len(text) + 2
        text = "\n\n".join(parts)
        for statement in self.statements.values():
            if statement.spans is None:  # only ever referred to: its title is all it says
                statement.text = statement.label or statement.key
                statement.spans = [{"start": len(text) + 2 if text else 0, "end": 0}]
                text = f"{text}\n\n{statement.text}" if text else statement.text
                statement.spans[0]["end"] = len(text)
        return Reading(list(self.statements.values()), self.relations, title=self.title, text=text)


def _fields(body: str) -> dict[str, str]:
    """Return the string fields of a data block's inside: ``id: "a", kind: claim``."""
    fields: dict[str, str] = {}
    for match in _FIELD.finditer(body):
        value = match[2].strip()
        if value.startswith('"'):
            try:
                value = json.loads(value)  # our export writes JSON strings, which YAML reads alike
            except json.JSONDecodeError:
                value = _ESCAPE.sub(lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), value[1:-1])
        fields[match[1]] = value
    return fields


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)
