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
- comments (``//``, ``/* */``, ``<!-- -->``) and backslash escapes;
- front matter, the block between two ``===`` lines at the top: its ``title`` names the map (unless a
  heading does), its other top-level ``key: value`` lines are kept as the map's metadata;
- premise-conclusion structures: numbered statements ``(1) …`` and inference lines (``----``,
  ``-- rule --``, or ``--`` … ``--`` around the rule's lines), below the argument they reconstruct
  (``<Title>`` on the lines before, else an untitled argument). Each premise supports the conclusion
  after the next inference line, and a conclusion that goes on to the next inference is a premise of
  it (an intermediate conclusion); the inference's rule, if given, is the edges' cue. The argument
  is then its main conclusion: a relation from or to ``<Title>`` is one from or to that statement
  (and one from an argument to its own conclusion says nothing). An argument with no structure is a
  node of its own.

Statements (``[Title]``) and arguments (``<Title>``) have titles of their own: ``[A]`` and ``<A>``
are two things. The map's text is its headings and statements, a paragraph each; every statement
spans the paragraph where its text is given.
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
_RELATION = re.compile(r"^(<\+|<-|<_|\+>|->|_>|><|\+|-|_)(?:\s+(.*))?$")  # a bare symbol too: an error below
_LIST_ITEM = re.compile(r"^(?:\*|\d+\.)\s+(.*)$", re.DOTALL)  # "* item", "1. item": a statement each
_ELEMENT = re.compile(r"^(?:\[((?:[^\]\\]|\\.)+)\]|<((?:[^>\\]|\\.)+)>)(:?)\s*(.*)$", re.DOTALL)
_DATA = re.compile(r'(?<!\\)\{((?:"(?:[^"\\]|\\.)*"|[^{}"])*)\}\s*$')
_FIELD = re.compile(r'\s*([A-Za-z_][\w-]*)\s*:\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)')
_ESCAPE = re.compile(r"\\(.)")
_NUMBERED = re.compile(r"^\((\d+)\)\s*(.*)$", re.DOTALL)
_INFERENCE = re.compile(r"^--+(?:\s*(.*?)\s*--+)?$")  # "----", "-- rule --", or a bare "--" opening a rule
_FRONT_MATTER = re.compile(r"\A\ufeff?\s*^===[ \t]*\n(.*?)^===[ \t]*$", re.DOTALL | re.MULTILINE)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")

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
    source, reader.metadata = _front_matter(source)
    for block in _blocks(source):
        reader.read_block(block)
    if not reader.statements:
        raise BadInput("Argdown: no statement found; write one as [Title]: text", 422)
    return reader.reading()


def _front_matter(source: str) -> tuple[str, dict[str, str]]:
    r"""Return ``source`` with its front matter blanked (its lines kept, so line numbers hold) and its
    top-level fields; a nested value (indented lines) is kept as its lines' text.

    >>> _front_matter("===\ntitle: Trees\nauthor: Ana\n===\n[A]: a")
    ('\n\n\n\n[A]: a', {'title': 'Trees', 'author': 'Ana'})
    """
    found = _FRONT_MATTER.match(source)
    if not found:
        return source, {}
    fields: dict[str, str] = {}
    key = None
    for line in found[1].splitlines():
        field = _FRONT_FIELD.match(line)
        if field:
            key = field[1]
            fields[key] = field[2].strip().strip("\"'")
        elif key is not None and line.strip():
            fields[key] = f"{fields[key]}\n{line.strip()}".strip()
    return "\n" * found.group().count("\n") + source[found.end():], fields


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
        self.more: dict[str, list[str]] = {}  # a statement's words on its lines, when it runs over several
        self.title: str | None = None
        self.untitled = 0
        self.metadata: dict[str, str] = {}
        self.arguments: set[str] = set()  # the keys of the arguments ("<Title>")
        self.conclusions: dict[str, str] = {}  # an argument with a structure → its main conclusion
        self.inferences: list[Relation] = []  # premise → conclusion, from the structures
        self.last_argument: str | None = None  # an argument alone in the block before: a structure after it is its
        self.untitled_arguments = 0
        self.restates: dict[str, str] = {}  # a statement's title → the ids it restates, as a JSON list
        self.groups: dict[str, str] = {}  # an argument → the id its data gives its linked premises

    def read_block(self, block: list[_Line]) -> None:
        heading = _HEADING.match(block[0].content)
        if heading:  # a heading goes on to the end of its block; a data block in it is no part of its text
            text = " ".join([heading[2]] + [line.content for line in block[1:]])
            text = _unescape(_DATA.sub("", text)).strip()
            if heading[1] == "#" and self.title is None and "title" not in self.metadata:
                self.title = text  # the first top heading names the map, unless the front matter does
            else:
                self.paragraphs.append((text, None))
            return
        if block and _NUMBERED.match(block[0].content):
            self._structure(block)
            return
        stack: list[tuple[int, str]] = []  # (indent, title) of the open elements
        last: str | None = None
        for line in block:
            relation = _RELATION.match(line.content)
            item = _LIST_ITEM.match(line.content)
            if relation is None and item and stack and line.indent <= stack[0][0]:
                stack.clear()  # the next item of a list: a statement of its own
            if relation is None and item and stack and line.indent > stack[0][0] and stack[-1][0] == stack[0][0]:
                raise BadInput(f"Argdown: line {line.number}: lists do not nest; below an item, write a relation "
                               "(+, -) or a blank line", 422)
            if relation is None:
                if last is not None and stack and line.indent >= stack[-1][0]:
                    self._continue(last, line)  # the statement's text goes on
                    continue
                if stack:
                    raise BadInput(f"Argdown: line {line.number}: expected a relation (+, -, +>, ->) "
                                   "or a blank line before a new statement", 422)
                last = self._element(item[1] if item else line.content, line)
                stack.append((line.indent, last))
                continue
            last = self._relation_line(relation, line, stack)
        # a block that is an argument alone (its text may run over lines) is the one a structure after it reconstructs
        first = stack[0][1] if stack else None
        self.last_argument = first if first in self.arguments and len(stack) == 1 else None

    def _structure(self, block: list[_Line]) -> None:
        """Read a premise-conclusion structure: numbered statements, inference lines, and relations below them."""
        argument = self.last_argument
        if argument is None:
            self.untitled_arguments += 1
            argument = f"<Untitled argument {self.untitled_arguments}>"
            self.arguments.add(argument)
        self.last_argument = None
        premises: list[str] = []
        inferences = 0
        inference: tuple[int, str] | None = None  # (line, rule) of the inference awaiting its conclusion
        rule_lines: list[str] | None = None  # the lines of a rule between two bare "--"
        own_indent = block[0].indent  # the structure's own lines stand here; relations below them are deeper
        stack: list[tuple[int, str]] = []
        last: str | None = None
        for line in block:
            if rule_lines is not None:
                if _INFERENCE.match(line.content):
                    inference, rule_lines = (line.number, " ".join(rule_lines)), None
                else:
                    rule_lines.append(line.content)
                continue
            numbered = _NUMBERED.match(line.content)
            if numbered and line.indent <= own_indent:
                last = self._element(numbered[2], line)
                stack = [(line.indent, last)]
                if inference is not None:
                    # the premises of one inference hold together: linked premises, a group
                    inferences += 1
                    base = self.groups.get(argument, argument[1:-1])
                    group = base if inferences == 1 else f"{base} {inferences}"
                    if len(premises) == 1 and argument not in self.groups:
                        group = None  # one premise alone is no group, unless our export says so
                    for premise in premises:
                        cue = f"Argdown line {inference[0]}: inference of {argument[1:-1]}" + \
                            (f" ({inference[1]})" if inference[1] else "")
                        self.inferences.append(Relation(premise, last, "supports", cue, confirmed=True, group=group))
                    premises, inference = [], None
                premises.append(last)
                continue
            rule = _INFERENCE.match(line.content)
            if rule and line.indent <= own_indent:
                if rule[1] is None and line.content.strip() == "--":
                    rule_lines = []
                else:
                    inference = (line.number, _DATA.sub("", rule[1] or "").strip())  # a data block is no rule
                continue
            relation = _RELATION.match(line.content)
            if relation is None:
                if not stack:
                    raise BadInput(f"Argdown: line {line.number}: a premise-conclusion structure starts with (1)", 422)
                self._continue(stack[-1][1], line)  # the text of the element opened last goes on
                continue
            self._relation_line(relation, line, stack)
        if inference is not None or rule_lines is not None:
            raise BadInput(f"Argdown: line {block[-1].number}: an inference line must be followed by its conclusion", 422)
        if len(premises) == 1 and any(r.target == premises[0] for r in self.inferences):
            self.conclusions[argument] = premises[0]  # the last statement, the conclusion of the last inference
        else:
            raise BadInput(f"Argdown: line {block[-1].number}: a premise-conclusion structure ends with its "
                           "conclusion, after an inference line (----)", 422)

    def _relation_line(self, relation: re.Match[str], line: _Line, stack: list[tuple[int, str]]) -> str:
        """Read a relation line below the open elements ``stack`` (indent, title), and open its element."""
        while stack and stack[-1][0] >= line.indent:
            stack.pop()
        if not stack:
            raise BadInput(f"Argdown: line {line.number}: the relation {relation[1]!r} has nothing above it "
                           "to relate to; indent it below a statement", 422)
        if not (relation[2] or "").strip():
            raise BadInput(f"Argdown: line {line.number}: the relation {relation[1]!r} names nothing; "
                           "write the statement or argument after it", 422)
        element = self._element(relation[2], line)
        self._relate(relation[1], element, stack[-1][1], line)
        stack.append((line.indent, element))
        return element

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
            if element[2] is not None:  # an argument: its own namespace
                title = f"<{title}>"
                self.arguments.add(title)
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
            statement.label = (title[1:-1] if title in self.arguments else title) if element else None
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
        if data.get("restates"):  # our export's way to say it restates other statements (ids, as JSON)
            self.restates[title] = data["restates"]
        if data.get("group") and title in self.arguments:  # our export's linked premises: the group's id
            self.groups[title] = data["group"]
        return title

    def _continue(self, title: str, line: _Line) -> None:
        statement = self.statements[title]
        more = _unescape(line.content).strip()
        if statement.text:
            if more:  # joined once at the end: a statement over many lines stays linear
                self.more.setdefault(title, [statement.text]).append(more)
            return
        statement.text = more
        if title not in self.defined_at:
            self.defined_at[title] = len(self.paragraphs)
            self.paragraphs.append((more, title))

    def _relate(self, symbol: str, child: str, parent: str, line: _Line) -> None:
        kind, incoming = _SYMBOLS[symbol]
        cue = f"Argdown line {line.number}: {symbol}"
        if incoming is None or incoming:
            self.relations.append(Relation(child, parent, kind, cue, confirmed=True))  # type: ignore[arg-type]
        if incoming is None or not incoming:
            self.relations.append(Relation(parent, child, kind, cue, confirmed=True))  # type: ignore[arg-type]

    def reading(self) -> Reading:
        # An argument with a structure is its main conclusion; relations to or from it are its conclusion's.
        for argument in self.conclusions:
            self.statements.pop(argument, None)
        relations, seen = [], set()
        for r in self.relations:
            source, target = self.conclusions.get(r.source, r.source), self.conclusions.get(r.target, r.target)
            if source != target and (source, target, r.kind) not in seen:
                seen.add((source, target, r.kind))
                relations.append(Relation(source, target, r.kind, r.cue, confirmed=True))
        # as Argdown counts them: a contradiction (><) is one relation, drawn as two attacks
        explicit = len({frozenset((r.source, r.target)) if r.cue.endswith("><") else (r.source, r.target)
                        for r in relations})
        for r in self.inferences:
            if (r.source, r.target, r.kind) not in seen:
                seen.add((r.source, r.target, r.kind))
                relations.append(r)
        by_id = {s.id: key for key, s in self.statements.items() if s.id}
        for title, ids in self.restates.items():
            try:
                targets = json.loads(ids)
            except json.JSONDecodeError:
                continue
            relations += [Relation(title, by_id[t], "restates", "Argdown data: restates", confirmed=True)
                          for t in targets if isinstance(t, str) and t in by_id and title in self.statements]
        self.relations = relations
        parts: list[str] = []
        position = 0
        for title, lines in self.more.items():
            if title in self.statements:
                self.statements[title].text = " ".join(lines)
        for text, title in self.paragraphs:
            if title in self.more:
                text = " ".join(self.more[title])
            if title in self.statements:  # not an argument that stands for its conclusion
                self.statements[title].spans = [{"start": position, "end": position + len(text)}]
            parts.append(text)
            position += len(text) + 2
        for statement in self.statements.values():
            if statement.spans is None:  # only ever referred to: its title is all it says
                statement.text = statement.label or statement.key
                statement.spans = [{"start": position, "end": position + len(statement.text)}]
                parts.append(statement.text)
                position += len(statement.text) + 2
        text = "\n\n".join(parts)
        return Reading(list(self.statements.values()), self.relations, title=self.metadata.get("title") or self.title,
                       text=text, metadata=self.metadata,
                       counts={"statements": sum(1 for k in self.statements if k not in self.arguments),
                               "arguments": len(self.arguments), "relations": explicit})


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
