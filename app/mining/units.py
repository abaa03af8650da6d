"""Units: which sentences (or list items) carry the argument, and what each one is.

A list item of an enumeration of arguments is a claim as a whole. Other sentences are
weighed by their cues: an opposing voice makes a counterclaim, an answer to a concern a
rebuttal, examples, figures and history evidence, reported views and evaluations claims.
Sentences with no cue (narration, questions, remarks about the text) stay out of the map.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from app.ingest.document import Block, Document, Sentence
from app import lexicon
from app.mining import cues
from app.mining.argues import sentence_mode

# Thresholds on summed cue weights (see app/mining/cues.py for the weights).
OPPOSING_MIN = 2.5
ANSWERING_MIN = 2.0
EVIDENCE_MIN = 1.5
EVIDENCE_IN_ITEM_MIN = 2.0
CLAIM_MIN = 2.0
TOPIC_CLAIM_MIN = 1.0


@dataclass
class Unit:
    """A piece of the text the rules weigh: a sentence or list item (long texts) or a clause (short texts)."""

    kind: str
    spans: list[tuple[int, int]]
    block: int
    section: int
    cue: str
    confidence: float
    #: A lead-in label given by the text itself.
    lead: tuple[int, int] | None = None
    #: Claims stated as items of an enumeration of arguments.
    listed: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    #: The lowercase words of its sentences (see Block.words), for the overlap of units.
    words: list[str] = field(default_factory=list)
    # What a clause of a short text says (see app/mining/short.py):
    #: The clause's text.
    text: str = ""
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
    #: It is granted only by the contrast after it ("X. But Y.": X).
    conceded: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]


def _quote(words: str | None) -> str:
    return f": '{words}'" if words else ""


def _confidence(score: float) -> float:
    return round(min(0.95, 0.35 + 0.15 * score), 2)


def _classify(text: str) -> tuple[str, float, str] | None:
    """Return (kind, confidence, cue) for one sentence, or None when it carries no argument."""
    if _is_remark(text):
        return None
    words = lexicon.tokens(text)  # once, for the four lists of cues
    opp, opp_cue, opp_words = cues.strongest(cues.OPPOSING, text, words)
    if opp >= OPPOSING_MIN:
        return "counterclaim", _confidence(opp), f"{opp_cue.reason}{_quote(opp_words)}"
    ans, ans_cue, ans_words = cues.strongest(cues.ANSWERING, text, words)
    ev, ev_cue, ev_words = cues.strongest(cues.EVIDENCE, text, words)
    if ans >= ANSWERING_MIN and ans >= ev:
        return "rebuttal", _confidence(ans), f"{ans_cue.reason}{_quote(ans_words)}"
    claim, claim_cue, claim_words = cues.strongest(cues.CLAIMING, text, words)
    if ev >= EVIDENCE_MIN and ev >= claim:
        return "evidence", _confidence(ev), f"{ev_cue.reason}{_quote(ev_words)}"
    if claim >= TOPIC_CLAIM_MIN:
        kind = "claim" if claim >= CLAIM_MIN else "topic"
        return kind, _confidence(claim), f"{claim_cue.reason}{_quote(claim_words)}"
    if opp > 0:  # a concession alone ("Admittedly, …") is a weak opposing voice
        return "counterclaim", _confidence(opp), f"{opp_cue.reason}{_quote(opp_words)}"
    return None


def is_argument_list(doc: Document, items: list[Block], intro: Block | None) -> bool:
    """An enumeration argues when it is introduced by a colon or its items have lead-ins."""
    if intro is not None and doc.text[intro.start : intro.end].rstrip().endswith(":"):
        return True
    return sum(1 for item in items if item.lead) >= max(1, len(items) // 2)


def content_blocks(doc: Document) -> Iterator[tuple[int, Block, bool]]:
    """Yield (section index, block, whether it is an item of an enumeration of arguments) for each
    block but the headings, in text order."""
    for section_index, section in enumerate(doc.sections):
        blocks = section.blocks
        i = 0
        while i < len(blocks):
            if blocks[i].kind != "list_item":
                yield section_index, blocks[i], False
                i += 1
                continue
            j = i
            while j < len(blocks) and blocks[j].kind == "list_item":
                j += 1
            argued = is_argument_list(doc, blocks[i:j], blocks[i - 1] if i else None)
            for item in blocks[i:j]:
                yield section_index, item, argued
            i = j


#: Texts up to this many sentences are mapped clause by clause (see app/mining/short.py).
DENSE_MAX_SENTENCES = 40


def is_short(doc: Document) -> bool:
    """Return True for a text of at most DENSE_MAX_SENTENCES sentences (counting stops past it)."""
    return sum(1 for _ in islice(doc.sentences(), DENSE_MAX_SENTENCES + 1)) <= DENSE_MAX_SENTENCES


def find_units(doc: Document) -> list[Unit]:
    """Return the argumentative units of a long text ``doc`` in text order (the central claim among them).

    Short texts (see :func:`is_short`) are mapped clause by clause instead (:mod:`.short`).
    """
    units: list[Unit] = []
    for block_index, (section_index, block, listed) in enumerate(content_blocks(doc)):
        if listed:
            units.extend(_list_claim(doc, block, block_index, section_index))
        else:
            units.extend(_sentence_units(doc, block, block_index, section_index))
    return units


def _list_claim(doc: Document, item: Block, block: int, section: int) -> list[Unit]:
    numbered = bool(item.marker)
    cue = f"item of a {'numbered' if numbered else 'bulleted'} list of arguments"
    claim = Unit("claim", [(item.start, item.end)], block, section, cue, 0.9, lead=item.lead, listed=True,
                 sentences=list(item.sentences), words=list(chain.from_iterable(item.words)))
    out = [claim]
    for sentence, sentence_words in zip(item.sentences[1:], item.words[1:]):
        score, cue_, words = cues.strongest(cues.EVIDENCE, doc.slice(sentence))
        if score >= EVIDENCE_IN_ITEM_MIN:
            out.append(Unit("evidence", [(sentence.start, sentence.end)], block, section,
                            f"{cue_.reason}{_quote(words)}", _confidence(score), sentences=[sentence],
                            words=sentence_words))
    return out


def _sentence_units(doc: Document, block: Block, block_index: int, section: int) -> list[Unit]:
    """Return the units of one paragraph: cued sentences, neighbours of one kind merged.

    A paragraph's opening sentence is its topic claim even without a cue.
    """
    out: list[Unit] = []
    last_kind: str | None = None
    last_at = -1  # the position of the last sentence out[-1] spans
    for position, sentence in enumerate(block.sentences):
        text = doc.slice(sentence)
        if doc.title_span and sentence.start <= doc.title_span[0] < sentence.end:
            continue  # it names the title, which the central claim already spans
        found = _classify(text)
        if (last_kind == "counterclaim" and (contrast := cues.CONTRAST.find(text))
                and (found is None or found[0] != "counterclaim")):
            found = "rebuttal", 0.6, f"answers the objection before it{_quote(contrast)}"
        if found is None and not _is_remark(text):
            if last_kind == "counterclaim" and cues.HEDGE.search(lexicon.fold(text)):
                _extend(out[-1], sentence, block.words[last_at + 1 : position + 1])  # goes on in the opposing voice
                last_at = position
                continue
            if position == 0:
                found = "claim", 0.45, "opening sentence of a paragraph"
        if (found is not None and found[0] in ("claim", "topic") and found[1] <= _confidence(TOPIC_CLAIM_MIN)
                and sentence_mode(text) == "report"):
            # A paragraph opened on an event or a figure ("In March the company closed two plants"), with no
            # more than the weakest cue of a claim, reports what backs a claim: it is evidence.
            found = "evidence", 0.5, "reports an event or a figure"
        if found is None:
            # Narration between two pieces of evidence belongs to the same account.
            last_kind = "evidence-gap" if last_kind in ("evidence", "evidence-gap") else None
            continue
        kind, confidence, cue = found
        if kind == "topic":  # a topic claims only where it opens its paragraph
            if position != 0:
                last_kind = "evidence-gap" if last_kind in ("evidence", "evidence-gap") else None
                continue
            kind = "claim"
        if out and (kind == last_kind and kind in ("evidence", "rebuttal") or
                    last_kind == "evidence-gap" and kind == "evidence"):
            _extend(out[-1], sentence, block.words[last_at + 1 : position + 1])
        else:
            out.append(Unit(kind, [(sentence.start, sentence.end)], block_index, section, cue, confidence,
                            lead=block.lead if position == 0 else None, sentences=[sentence],
                            words=block.words[position]))
        last_at = position
        last_kind = kind
    return out


def _is_remark(text: str) -> bool:
    """Return True for sentences about the text itself and for questions."""
    return bool(cues.NARRATIVE.search(lexicon.fold(text))) or text.rstrip("”’\"' ").endswith(("?", ":"))


def _extend(unit: Unit, sentence: Sentence, words: list[list[str]]) -> None:
    """Grow a unit's span over to ``sentence`` (one contiguous span), and its words by ``words``.

    ``words`` are those of the sentences the span takes in: any skipped between, and ``sentence``.
    """
    unit.spans[-1] = (unit.spans[-1][0], sentence.end)
    unit.sentences.append(sentence)
    unit.words = list(chain(unit.words, *words))  # a new list: the block's stay as they are
