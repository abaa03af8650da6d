"""The map as Graphviz DOT, written here (no graphviz needed to make it).

Boxes are filled and outlined in their kind's colours, with the kind's border style;
supports are solid with a filled head, attacks dashed with a bar head, as in the SVG.
``rankdir=BT`` puts the central claim on top, its supporters below, as the map does.
"""

from __future__ import annotations

import re

from app.models import ArgumentMap
from app.render.palette import EDGE_STYLES, LABEL_INK, NODE_STYLES

_NOT_PRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
ARROWHEADS = {"triangle": "normal", "bar": "tee", "circle": "odot"}
DOT_STRING_MAX = 8_000  # characters before escaping (at most doubles them): Graphviz stops at 16,384


def quote(value: str) -> str:
    r"""Return ``value`` as a DOT double-quoted string; a backslash stays a backslash.

    >>> print(quote('say "no"\\n'))
    "say \"no\"\\n"
    """
    value = _NOT_PRINTABLE.sub("", value)
    if len(value) > DOT_STRING_MAX:  # Graphviz refuses longer strings
        value = value[: DOT_STRING_MAX - 1] + "…"
    value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\n").replace("\r", "\n")
    return '"' + value.replace("\n", "\\n") + '"'


def render_dot(amap: ArgumentMap) -> str:
    """Return the map as a DOT digraph."""
    lines = [
        f"digraph {quote(amap.id)} {{",
        f"  graph [label={quote(amap.title)}, labelloc=t, rankdir=BT];",
        f'  node [shape=box, style=filled, fontname="DejaVu Sans", fontcolor="{LABEL_INK}"];',
    ]
    for node in amap.nodes:
        style = NODE_STYLES[node.kind]
        attributes = {
            "label": node.label,
            "tooltip": node.text,
            "kind": node.kind,
            "fillcolor": style.fill,
            "color": style.stroke,
            "style": style.dot_style,
            "penwidth": f"{style.stroke_width:g}",
        }
        lines.append(f"  {quote(node.id)} [{_attributes(attributes)}];")
    for edge in amap.edges:
        style = EDGE_STYLES[edge.kind]
        attributes = {
            "kind": edge.kind,
            "color": style.stroke,
            "style": "dashed" if style.dasharray else "solid",
            "arrowhead": ARROWHEADS[style.head],
            "tooltip": edge.cue,
        }
        lines.append(f"  {quote(edge.source)} -> {quote(edge.target)} [{_attributes(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _attributes(attributes: dict[str, str]) -> str:
    return ", ".join(f"{key}={quote(value)}" for key, value in attributes.items())
