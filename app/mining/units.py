"""Units: the pieces of a text the miner weighs (clauses, and the first sentence of a listed argument),
and the blocks of the text they come from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app import lexicon
from app.ingest.document import Block, Document

_CONCLUDING_LABEL = lexicon.pattern("CONCLUDING_LABEL")
_VIEW_LABEL = lexicon.pattern("VIEW_LABEL")
_ANSWER_LABEL = lexicon.pattern("ANSWER_LABEL")


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
    #: It opens a block the text labels (see :func:`labelled_blocks`): "verdict", "view" or "answer".
    labelled: str | None = None
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

    @property
    def verdict(self) -> bool:
        """It opens what the text labels its conclusion: the section under "Recommendation", the paragraph after
        "Verdict:"."""
        return self.labelled == "verdict"


def is_argument_list(doc: Document, items: list[Block], intro: Block | None) -> bool:
    """An enumeration argues when it is introduced by a colon or its items have lead-ins."""
    if intro is not None and doc.text[intro.start : intro.end].rstrip().endswith(":"):
        return True
    return sum(1 for item in items if item.lead) >= max(1, len(items) // 2)


def labelled_blocks(doc: Document) -> dict[int, str]:
    """Return, by block id, what the text labels a block: "verdict" for the block that opens what it labels its
    position (the first block under a heading such as "Recommendation", a paragraph after "Verdict:"), "view"
    for a view it answers ("Myth: …", a line quoted with "> "), "answer" for its answer ("Fact: …")."""
    labels: dict[int, str] = {}
    for section in doc.sections:
        if section.heading is not None and lead_label(doc.slice(section.heading)) == "verdict" and section.blocks:
            labels[id(section.blocks[0])] = "verdict"
        for block in section.blocks:
            if block.kind == "quote":  # a reply quotes the words it answers ("> You must till every spring.")
                labels[id(block)] = "view"
            elif block.lead is not None and (label := lead_label(doc.slice(block.lead))):
                labels[id(block)] = label
    return labels


def lead_label(text: str) -> str | None:
    """Return what a lead-in or a heading names its paragraph: "verdict", "view", "answer", or None for a topic
    of its own.

    >>> lead_label("Verdict"), lead_label("**Myth"), lead_label("Fact"), lead_label("Security and Data Protection")
    ('verdict', 'view', 'answer', None)
    >>> lead_label("Recommendation"), lead_label("3. The Bottom Line:"), lead_label("Risks")
    ('verdict', 'verdict', None)
    """
    folded = lexicon.fold(" ".join(text.split()).strip("*_ #"))
    if _CONCLUDING_LABEL.match(folded):
        return "verdict"
    if _VIEW_LABEL.match(folded):
        return "view"
    return "answer" if _ANSWER_LABEL.match(folded) else None


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
