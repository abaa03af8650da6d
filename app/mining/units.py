"""Units: the pieces of a text the miner weighs (clauses, and the first sentence of a listed argument),
and the blocks of the text they come from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.ingest.document import Block, Document


@dataclass
class Unit:
    """A clause of the text, or the first sentence of an item of an enumeration of arguments."""

    kind: str
    spans: list[tuple[int, int]]
    #: The index of its block (paragraph or list item) in text order (see :func:`content_blocks`).
    block: int
    cue: str
    confidence: float
    #: The unit's text.
    text: str
    #: A lead-in label given by the text itself ("Security and Data Protection:").
    lead: tuple[int, int] | None = None
    #: Claims stated as items of an enumeration of arguments.
    listed: bool = False
    #: The connective it opens with: "contrast", "reason", "concession"…
    opener: str | None = None
    #: It follows a subordinate clause of its sentence ("Even if X, Y": Y).
    after_subordinate: bool = False
    #: Whose voice it speaks in: the author's ("pro") or one the author reports to answer ("opp").
    voice: str = "pro"
    #: Its own words give it the other side's voice (a concession, an attribution), not the unit before.
    voiced: bool = False
    #: It answers the other side (a contrast after a concession).
    answers: bool = False
    #: It answers a question the text asks: it follows "…?" (or "…? No.").
    replies: bool = False
    #: It is granted only by the contrast after it ("X. But Y.": X).
    conceded: bool = False
    #: It reports an event or a figure (see :func:`app.mining.argues.is_report`).
    reports: bool = False
    #: It says what ought to be done ("should", "must"): a call to act.
    calls: bool = False
    #: Where in its text a conclusion marker ("therefore", "in short") begins, if it has one.
    concludes_at: int | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]


def is_argument_list(doc: Document, items: list[Block], intro: Block | None) -> bool:
    """An enumeration argues when it is introduced by a colon or its items have lead-ins."""
    if intro is not None and doc.text[intro.start : intro.end].rstrip().endswith(":"):
        return True
    return sum(1 for item in items if item.lead) >= max(1, len(items) // 2)


def content_blocks(doc: Document) -> Iterator[tuple[Block, bool]]:
    """Yield (block, whether it is an item of an enumeration of arguments) for each block but the
    headings, in text order."""
    for section in doc.sections:
        blocks = section.blocks
        i = 0
        while i < len(blocks):
            if blocks[i].kind != "list_item":
                yield blocks[i], False
                i += 1
                continue
            j = i
            while j < len(blocks) and blocks[j].kind == "list_item":
                j += 1
            argued = is_argument_list(doc, blocks[i:j], blocks[i - 1] if i else None)
            for item in blocks[i:j]:
                yield item, argued
            i = j
