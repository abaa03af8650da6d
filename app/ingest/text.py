"""Plain text (and light Markdown) → Document: blocks by blank lines, list markers and headings.

Lines keep their offsets; blocks are trimmed of white space and list markers, so a
block's span is exactly its words.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from app import lexicon
from app.ingest.document import Block, Document, Section
from app.ingest.noise import echo_reason, is_posted_line, is_signature, line_reason, words
from app.ingest.sentences import split_sentences

_LINE = re.compile(r"[^\n]*\n?")
# What may close a sentence after its terminal punctuation: quotes and brackets.
_CLOSERS = "\"'”’)]"
# What may open a title before its first letter: quotes and brackets.
_OPENERS = "\"'“‘(["
# A line break between two lines of text, the second no list item or heading.
_BLOCK_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*[^\s#*•–\-\d])")
_LIST_MARKER = re.compile(r"^[ \t]*(?:(\d{1,3})[.)]|[-*•–])[ \t]+")
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+")
_QUOTE_MARKER = re.compile(r"^[ \t]{0,3}>[ \t]*(?=\S)")  # email's, forums' and Markdown's quoted line
_LEAD = re.compile(r"(?:\*\*|__)?([^:.!?\n*_]{2,80}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)[ \t]+(?=\S)")
_QUOTED_TITLE = lexicon.pattern("QUOTED_TITLE")
_HEADING_MAX_WORDS = 14
_LEAD_MAX_WORDS = 8
_ECHO_WINDOW = 6  # captions and pull quotes repeat text close by
_OVER_WIDTH_SHARE = 0.1  # of the lines of a text wrapped by hand, at most this share is longer than its width
_LINE_ALONE_MAX = 90  # characters: a title, a dateline or an address line, not a paragraph broken mid-sentence
_RUNS_ON = lexicon.words("DANGLING")  # "… and", "… of the": a line that ends so runs on


def _raw_blocks(text: str) -> list[tuple[str, int, int, str | None, int]]:
    """Return (kind, start, end, marker, heading level) per block, before classification.

    A blank line ends a block. So does a line break after a sentence's end, as in texts typed with
    one paragraph a line, and, in the head of such a text (before its first sentence), after a short line
    that does not run on: a title, a dateline, a note. In a text wrapped by hand (most of its line breaks
    fall inside sentences) a line break is only a space, unless the line ends a sentence and was broken
    early: the next line's first word would have fitted on it, so the writer, not the wrap, ended the line there.

    >>> [text[s:e] for text in ["One. Two.\\nThree.\\n"] for _, s, e, _, _ in _raw_blocks(text)]
    ['One. Two.', 'Three.']
    >>> [text[s:e] for text in ["One of\\nthe lines. Two\\nmore\\n"] for _, s, e, _, _ in _raw_blocks(text)]
    ['One of\\nthe lines. Two\\nmore']
    """
    blocks: list[list] = []
    current: list | None = None
    previous = ""  # the line before, when it is text of the current block
    width = _wrap_width(text)  # 0: not wrapped by hand, each line that ends a sentence ends its paragraph
    heading_lines = not width  # the text's head, before its first sentence: a title, a dateline, a note
    for match in _LINE.finditer(text):
        line_start, line = match.start(), match.group()
        if not line:
            break
        content = line.rstrip("\r\n")
        if not content.strip():
            current = None
            continue
        if heading := _MD_HEADING.match(content):
            blocks.append(["heading", line_start + heading.end(), line_start + len(content), None, len(heading.group(1))])
            current = None
            continue
        if item := _LIST_MARKER.match(content):
            current = ["list_item", line_start + item.end(), line_start + len(content), item.group(1) or "", 0]
            blocks.append(current)
            previous = content
            continue
        if quote := _QUOTE_MARKER.match(content):  # "> Tilling is non-negotiable.": a line someone else wrote
            blocks.append(["quote", line_start + quote.end(), line_start + len(content), None, 0])
            current = None
            continue
        if current is None or _ends_block(previous, content, width, heading_lines):
            current = ["paragraph", line_start, line_start + len(content), None, 0]
            blocks.append(current)
        else:
            current[2] = line_start + len(content)
        heading_lines = heading_lines and not _ends_sentence(content)
        previous = content
    out = []
    for kind, start, end, marker, level in blocks:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((kind, start, end, marker, level))
    return out


def _wrap_width(text: str) -> int:
    """Return the width ``text`` is wrapped to by hand, its longest line broken inside a sentence, or
    0 when most of its line breaks inside blocks end a sentence (it is not wrapped by hand)."""
    inside = ends = width = 0
    for match in _BLOCK_LINE_BREAK.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        inside += 1
        if _ends_sentence(line):
            ends += 1
        else:
            width = max(width, len(line.rstrip()))
    if ends * 2 >= inside:
        return 0
    # A text wrapped by hand has few lines longer than its width: one typed a paragraph a line, with a few
    # short lines broken inside a title block ("Remarks to the Board\nPublic comment, May 2"), is not wrapped.
    lines = [line for line in text.splitlines() if line.strip()]
    return width if sum(len(line.rstrip()) > width for line in lines) <= _OVER_WIDTH_SHARE * len(lines) else 0


def _broken_early(line: str, next_line: str, width: int) -> bool:
    """Return True when ``next_line``'s first word would have fitted on ``line`` at ``width`` (0: any width).

    >>> _broken_early("It works.", "Next, we act.", 20), _broken_early("It works.", "Nevertheless, we act.", 20)
    (True, False)
    """
    first_word = next_line.split(maxsplit=1)[0]
    return not width or len(line.rstrip()) + 1 + len(first_word) <= width


def _ends_sentence(line: str) -> bool:
    """Return True when ``line`` ends on a sentence's end: terminal punctuation, closing quotes or brackets, spaces.

    >>> _ends_sentence("He left.” "), _ends_sentence("He left and"), _ends_sentence("Really? ")
    (True, False, True)
    """
    return line.rstrip(" \t").rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def _ends_block(line: str, next_line: str, width: int, in_head: bool) -> bool:
    """Return True when the line break after ``line`` ends its block (``width``: the text's wrap width, 0 when it
    is not wrapped by hand; ``in_head``: no sentence has ended yet): after a sentence's end, a short line in the
    head, a post's header or a heading over a one-line paragraph, unless the wrap, not the writer, broke it."""
    ends = (_ends_sentence(line) or in_head and _stands_alone(line) or is_posted_line(line)
            or not width and _heads(line, next_line))
    return ends and _broken_early(line, next_line, width)


def _heads(line: str, next_line: str) -> bool:
    """Return True for a short line written as a heading over a paragraph typed on one line ("Fees" over "Day-use
    parking is $8 per vehicle…"): it is a block of its own. (Over another short line it may be a name over an
    address.)"""
    return _stands_alone(line) and len(next_line) > _LINE_ALONE_MAX and _looks_like_heading(line.strip())


def _stands_alone(line: str) -> bool:
    """Return True for a short line that does not run on into the next: in a text not wrapped by hand, such a
    line is one of its own (a title, a dateline, an address), not part of a paragraph.

    >>> _stands_alone("Public comment period, February 12"), _stands_alone("The plan, which we debated,")
    (True, False)
    """
    line = line.rstrip()
    return len(line) <= _LINE_ALONE_MAX and not line.endswith((",", ";")) and line.split()[-1].lower() not in _RUNS_ON


def _is_title_line(line: str) -> bool:
    """Return True for a text's first line when it reads as a title in sentence case: one short line, capitalised,
    with no sentence's end ("Heat pumps: separating myth from fact").

    >>> _is_title_line("Heat pumps: separating myth from fact"), _is_title_line("Heat pumps save money.")
    (True, False)
    """
    return ("\n" not in line and line.lstrip(_OPENERS)[:1].isupper() and len(line.split()) <= _HEADING_MAX_WORDS
            and not line.rstrip("*_").endswith((".", "!", "?", ",", ";", ":", "…")))


def _looks_like_heading(line: str) -> bool:
    """Return True for a short title-like line: no sentence end, most long words capitalised.

    >>> _looks_like_heading("A Critical Examination"), _looks_like_heading("Conclusion")
    (True, True)
    >>> _looks_like_heading("We must act now."), _looks_like_heading("it rained all day and we stayed in")
    (False, False)
    >>> _looks_like_heading("The Library Saved My Summer. Now It Needs Saving."), _looks_like_heading("Thanks.")
    (True, False)
    """
    first = line.lstrip(_OPENERS)[:1]  # '"The Salt Harvest" review: …' opens on a quotation mark
    if "\n" in line or line[-1] in ",;" or not (first.isupper() or first.isdigit()):
        return False
    ws = line.split()
    if len(ws) > _HEADING_MAX_WORDS:
        return False
    long_words = [w for w in ws if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper() or w[0].isdigit())
    if line[-1] in ".!":  # a headline may end on a stop ("The Library Saved My Summer. Now It Needs Saving.")
        return len(long_words) >= 2 and capitalised == len(long_words)
    if len(ws) <= 3:
        return True
    return capitalised >= 0.6 * len(long_words)


def _lead(text: str, start: int, end: int) -> tuple[int, int] | None:
    match = _LEAD.match(text, start, end)
    if not match or len(match.group(1).split()) > _LEAD_MAX_WORDS:
        return None
    return match.start(1), match.end(1)


def parse_text(text: str, title: str | None = None) -> Document:
    """Return the Document of a plain-text or Markdown article.

    >>> doc = parse_text("Why Cities Need Trees\\n\\nBy Ann Lee\\n\\nTrees cool streets. They also calm us.\\n")
    >>> doc.title, [b.kind for b in doc.blocks()], [n.reason for n in doc.noise]
    ('Why Cities Need Trees', ['paragraph'], ['byline'])
    """
    raw = _raw_blocks(text)
    # Sentences and their words, once: a block's words are its sentences' (only white space stands
    # between them), for repeats, noise and echoes.
    split = [split_sentences(text, s, e) if kind != "heading" else [] for kind, s, e, _, _ in raw]
    sentence_words = [[words(text[x.start : x.end]) for x in sentences] for sentences in split]
    block_words = [list(chain.from_iterable(sw)) if kind != "heading" else words(text[s:e])
                   for sw, (kind, s, e, _, _) in zip(sentence_words, raw)]
    lines = [" ".join(ws) for ws in block_words]
    repeats = Counter(lines)
    noise: list[Block] = []
    content: list[Block] = []
    recent: list[set[str]] = []
    for (kind, start, end, marker, level), ws, line, sentences, sw in zip(raw, block_words, lines, split, sentence_words):
        chunk = text[start:end]
        reason = line_reason(chunk, repeats[line], ws)
        if reason is None and kind == "paragraph" and (
                _looks_like_heading(chunk) or not content and _is_title_line(chunk)):  # a first line may be the title
            kind, level = "heading", 2
        if reason is None and kind == "paragraph":
            reason = echo_reason([text[s.start : s.end] for s in sentences], recent[-_ECHO_WINDOW:], sw)
        if reason is not None:
            noise.append(Block("noise", start, end, reason=reason))
            continue
        block = Block(kind, start, end, marker=marker, level=level)
        if kind != "heading":
            block.sentences = sentences
            block.lead = _lead(text, start, end)
            recent.append(set(ws))
        content.append(block)
    if len(content) > 2 and content[-1].kind == "paragraph" and is_signature(text[content[-1].start:content[-1].end]):
        signature = content.pop()  # "Dana Okafor\nOkafor Hardware, Main Street" under a letter
        noise.append(Block("noise", signature.start, signature.end, reason="a signature"))
    title_text, title_span, content = _title(text, content, title)
    return Document(text=text, title=title_text, title_span=title_span, sections=_sections(content), noise=noise)


def _title(text: str, content: list[Block], given: str | None) -> tuple[str, tuple[int, int] | None, list[Block]]:
    """Return the title, its span and the blocks left once a leading title line is taken out."""
    if content and content[0].kind == "heading":
        head = content[0]
        span = (head.start, head.end)
        return (given or text[head.start : head.end]), span, content[1:]
    for block in content[:3]:
        match = _QUOTED_TITLE.search(text, block.start, block.end)
        if match:
            return (given or match.group(1)), match.span(1), content
    if given:
        return given, None, content
    for block in content:
        if block.sentences:
            first = block.sentences[0]
            ws = text[first.start : first.end].split()
            return " ".join(ws[:8]).rstrip(".,;:!?") + ("…" if len(ws) > 8 else ""), None, content
    return "Untitled", None, content


def _sections(content: list[Block]) -> list[Section]:
    sections = [Section(heading=None)]
    for block in content:
        if block.kind == "heading":
            sections.append(Section(heading=block))
        else:
            sections[-1].blocks.append(block)
    return [s for s in sections if s.heading is not None or s.blocks]
