"""Measure labels as the renderer sets them: character advances, wrapped lines, box sizes.

Labels are wrapped with the advance widths of DejaVu Sans (the first font the renderer
declares, and wider than most fallbacks) and padded by a margin, so the text fits its box
in any browser.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from math import ceil
from typing import NamedTuple

from app.models import Box

FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif"
LABEL_SIZE = 13  # px, the label lines
LINE_HEIGHT = 16
TAG_SIZE = 10  # px, the kind tag ("CLAIM") above the label, bold capitals
TAG_HEIGHT = 16  # the tag line and the space below it
PAD_X = 12  # room for a double border plus breathing space
PAD_Y = 8
MAX_BOX_WIDTH = 200
MIN_BOX_WIDTH = 96
MAX_LINES = 5  # longer labels end in "…"; the full text is in the node's tooltip
BOLD_KINDS = frozenset({"central_claim"})
PORT_SPACING = 14  # wanted between two edges meeting a box's border

# Advance widths of the printable ASCII characters " " to "~" in DejaVu Sans and DejaVu
# Sans Bold, in 1/2048 em (read from the fonts' hmtx tables).
_REGULAR = (
    "651 821 942 1716 1303 1946 1597 563 799 799 1024 1716 651 739 651 690 1303 1303 1303 1303 1303 1303 1303 "
    "1303 1303 1303 690 690 1716 1716 1716 1087 2048 1401 1405 1430 1577 1294 1178 1587 1540 604 604 1343 1141 "
    "1767 1532 1612 1235 1612 1423 1300 1251 1499 1401 2025 1403 1251 1403 799 690 799 1716 1024 1024 1255 1300 "
    "1126 1300 1260 721 1300 1298 569 569 1186 569 1995 1298 1253 1300 1300 842 1067 803 1298 1212 1675 1212 "
    "1212 1075 1303 690 1303 1716"
)
_BOLD = (
    "713 934 1067 1716 1425 2052 1786 627 936 936 1071 1716 778 850 778 748 1425 1425 1425 1425 1425 1425 1425 "
    "1425 1425 1425 819 819 1716 1716 1716 1188 2048 1585 1561 1503 1700 1399 1399 1681 1714 762 762 1587 1305 "
    "2038 1714 1741 1501 1741 1577 1475 1397 1663 1585 2259 1579 1483 1485 936 748 936 1716 1024 1024 1382 1466 "
    "1214 1466 1389 891 1466 1458 702 702 1362 702 2134 1458 1407 1466 1466 1010 1219 979 1458 1335 1892 1321 "
    "1335 1192 1458 748 1458 1716"
)
_ADVANCE = {
    bold: {chr(32 + i): int(w) for i, w in enumerate(table.split())}
    for bold, table in ((False, _REGULAR), (True, _BOLD))
}
_PUNCTUATION = {"–": 1024, "—": 2048, "‘": 778, "’": 778, "“": 1346, "”": 1346, "…": 2048, "•": 1309}
_SAFETY = 1.08  # kerning, hinting and fallback fonts may widen a line a little


def _advance(char: str, bold: bool) -> int:
    """Return the advance width of ``char`` in 1/2048 em."""
    table = _ADVANCE[bold]
    if char in table:
        return table[char]
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    base = unicodedata.normalize("NFD", char)[:1]  # "é" is as wide as "e"
    if base in table:
        return table[base]
    return 2048  # anything else: a full em, wider than any Latin, Greek or Cyrillic letter


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Return a generous estimate of the width in px of ``text`` set in DejaVu Sans.

    >>> round(text_width("Cars pollute", 13), 1)
    84.3
    """
    return _advances(text, bold) * size / 2048 * _SAFETY


@lru_cache(maxsize=1 << 16)
def _advances(text: str, bold: bool) -> int:
    # Labels are made of the same words again and again: each is measured once (a third of a big layout's time).
    return sum(_advance(c, bold) for c in text)


def wrap_label(label: str, max_width: float, bold: bool = False) -> list[str]:
    """Return ``label`` cut into lines of at most ``max_width`` px, at most :data:`MAX_LINES` of them.

    >>> wrap_label("Streets without cars are safer for every child", 176)
    ['Streets without cars are', 'safer for every child']
    """

    def fits(line: str) -> bool:
        return text_width(line, LABEL_SIZE, bold) <= max_width

    space = text_width(" ", LABEL_SIZE, bold)
    lines: list[str] = []
    used = max_width  # width of the last line
    for word in label[:_MOST_CHARS].split():
        size = text_width(word, LABEL_SIZE, bold)
        if lines and used + space + size <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
            used += space + size
            continue
        while size > max_width:  # a word too long for a line is cut where it must be
            cut = _fitting(word, max_width, bold)
            lines.append(word[:cut])
            word = word[cut:]
            size = text_width(word, LABEL_SIZE, bold)
        if word:
            lines.append(word)
            used = size
    if len(lines) > MAX_LINES:
        last = lines[MAX_LINES - 1]
        while last and not fits(last + "…"):
            last = last[:-1].rstrip()
        lines = lines[: MAX_LINES - 1] + [last + "…"]
    return lines


# Wrapping stops here: MAX_LINES lines of the widest box hold about 200 characters of
# ordinary text, and a pasted blob of a megabyte costs no more than a sentence.
_MOST_CHARS = 300


def _fitting(word: str, max_width: float, bold: bool) -> int:
    """Return how many leading characters of ``word`` fit in ``max_width`` px (at least one)."""
    total = 0.0
    for i, char in enumerate(word):
        total += text_width(char, LABEL_SIZE, bold)
        if total > max_width:
            return max(1, i)
    return len(word)


def kind_tag(kind: str) -> str:
    """Return the tag shown above a label: the kind in capitals.

    >>> kind_tag("central_claim")
    'CENTRAL CLAIM'
    """
    return kind.replace("_", " ").upper()


def text_baselines(box: Box) -> tuple[float, list[float]]:
    """Return the baselines of a box's kind tag and of each of its label lines."""
    tag = box.y + PAD_Y + TAG_SIZE * 0.93
    first = box.y + PAD_Y + TAG_HEIGHT + (LINE_HEIGHT + LABEL_SIZE * 0.7) / 2
    return tag, [first + i * LINE_HEIGHT for i in range(len(box.lines))]


class BoxSize(NamedTuple):
    """A box's label lines, width and height in px."""

    lines: list[str]
    width: float
    height: float


def box_size(label: str, kind: str, edges_below: int) -> BoxSize:
    """Return the lines, width and height of a node's box; a box many edges meet widens to part their arrowheads.

    >>> box_size("Cars pollute", "claim", 0)
    BoxSize(lines=['Cars pollute'], width=109, height=48)
    """
    bold = kind in BOLD_KINDS
    wanted = min(MAX_BOX_WIDTH * 1.5, PORT_SPACING * (edges_below + 1))
    lines = wrap_label(label, max(MAX_BOX_WIDTH, wanted) - 2 * PAD_X, bold)
    inner = max([text_width(kind_tag(kind), TAG_SIZE, True)] + [text_width(s, LABEL_SIZE, bold) for s in lines])
    width = max(MIN_BOX_WIDTH, wanted, ceil(inner) + 2 * PAD_X)
    height = 2 * PAD_Y + TAG_HEIGHT + LINE_HEIGHT * max(1, len(lines))
    return BoxSize(lines, width, height)
