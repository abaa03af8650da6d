"""The Document: a text cut into sections, blocks and sentences, each with exact offsets.

Every unit keeps a half-open ``[start, end)`` range into ``Document.text``;
``doc.text[unit.start:unit.end]`` is the unit, always. Nothing downstream searches
the text again to find a unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal, NamedTuple

BlockKind = Literal["heading", "paragraph", "list_item", "quote", "noise"]


class Sentence(NamedTuple):  # a tuple: a long text has tens of thousands, made cheaply
    start: int
    end: int


@dataclass
class Block:
    """A heading, a paragraph, a list item, a line quoted from someone else ("> …"), or a piece of page noise
    kept out of the argument."""

    kind: BlockKind
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    #: For list items: the number of the item ("3" of "3."), or "" for a bullet.
    marker: str | None = None
    #: A lead-in label such as "Security and Data Protection:" as (start, end), without the colon.
    lead: tuple[int, int] | None = None
    #: For headings: 1 is the top level. For noise: why the block is noise.
    level: int = 0
    reason: str = ""


@dataclass
class Section:
    """A heading (None before the first heading) and the blocks under it."""

    heading: Block | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    text: str
    title: str
    #: Where the title stands in ``text``, when it was taken from it.
    title_span: tuple[int, int] | None
    sections: list[Section]
    #: Blocks recognised as page noise (bylines, subscribe boxes, repeated lines…).
    noise: list[Block]

    def blocks(self) -> Iterator[Block]:
        """Yield the content blocks (headings included, noise excluded) in text order."""
        for section in self.sections:
            if section.heading is not None:
                yield section.heading
            yield from section.blocks

    def sentences(self) -> Iterator[tuple[Block, Sentence]]:
        """Yield each sentence of the content blocks with its block, in text order."""
        for block in self.blocks():
            for sentence in block.sentences:
                yield block, sentence

    def slice(self, unit: Block | Sentence | tuple[int, int]) -> str:
        """Return the text of a unit."""
        start, end = unit if isinstance(unit, tuple) else (unit.start, unit.end)
        return self.text[start:end]
