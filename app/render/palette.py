"""How each kind of node and edge looks: the one table the SVG, DOT, the viewer's menus, CSS and the README follow.

The kinds are :data:`app.models.NODE_KINDS`, in that order; the viewer page gives its script
the kinds' names from here, and tests hold ``static/viewer.css`` and the README to these colours.

Colours come from the Okabe-Ito palette (safe for the common colour-vision deficiencies),
darkened where a border would be too faint; every kind also differs by shape or border,
and every edge kind by line style and arrowhead, so a map reads in greyscale too. Label
text is near-black on light fills (contrast at least 7:1); tags are a dark shade of the
kind's colour (at least 4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.models import EdgeKind, NodeKind

LABEL_INK = "#1a1a1a"
BACKGROUND = "#ffffff"


@dataclass(frozen=True)
class NodeStyle:
    name: str  # as the legend and the tooltips say it
    fill: str
    stroke: str
    ink: str  # colour of the kind tag
    stroke_width: float
    dasharray: str | None
    shape: Literal["double", "rounded", "notched", "square"]
    dot_style: str  # Graphviz's node style: filled, with a border like the SVG's where DOT has one

    @property
    def title(self) -> str:
        """Return the name as a menu or a chip starts it.

        >>> NODE_STYLES["central_claim"].title
        'Central claim'
        """
        return self.name[:1].upper() + self.name[1:]


@dataclass(frozen=True)
class EdgeStyle:
    name: str
    stroke: str
    stroke_width: float
    dasharray: str | None
    head: Literal["triangle", "bar", "circle"]


NODE_STYLES: dict[NodeKind, NodeStyle] = {
    "central_claim": NodeStyle("central claim", "#d9eaf7", "#0072b2", "#00507d", 2.5, None, "double", "filled,bold"),
    "claim": NodeStyle("claim", "#d7f2e8", "#008f68", "#00664a", 1.6, None, "rounded", "filled"),
    "counterclaim": NodeStyle("counterclaim", "#fbe3d2", "#d55e00", "#8f3b00", 2.0, "7 4", "notched", "filled,dashed"),
    "rebuttal": NodeStyle("rebuttal", "#f6e3ee", "#b3528a", "#7a2c58", 2.2, "1 3.5", "rounded", "filled,dotted"),
    "evidence": NodeStyle("evidence", "#fbf6d0", "#a08f00", "#5c5300", 1.0, None, "square", "filled"),
}

EDGE_STYLES: dict[EdgeKind, EdgeStyle] = {
    "supports": EdgeStyle("supports", "#009e73", 1.6, None, "triangle"),
    "attacks": EdgeStyle("attacks", "#d55e00", 1.8, "6 4", "bar"),
    # the same point in other words (an AIF debate's MA link): grey, dotted, a ring at the statement restated
    "restates": EdgeStyle("restates", "#5f6670", 1.4, "1.5 3", "circle"),
}


def contrast(a: str, b: str) -> float:
    """Return the WCAG contrast ratio of two ``#rrggbb`` colours.

    >>> round(contrast("#000000", "#ffffff"), 1)
    21.0
    """

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
