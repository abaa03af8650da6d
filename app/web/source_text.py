"""The source text cut into passages at every span boundary, for the viewer's text pane.

Spans nest and overlap (a piece of evidence inside a claim's list item), and HTML
elements cannot overlap, so the text is split at every boundary and each passage
lists every node whose span covers it, the innermost (shortest span) first.
The passages concatenate back to the text exactly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from app.models import ArgumentMap, NodeKind, Span


@dataclass(frozen=True)
class Passage:
    """A run of the text ``[start, end)`` covered by the same nodes and noise spans."""

    start: int
    end: int
    text: str
    #: Ids of the nodes whose spans cover the passage, innermost first.
    nodes: tuple[str, ...] = ()
    #: The kind of the innermost node, which colours the passage.
    kind: NodeKind | None = None
    #: The kind of the outermost node when there are several, for a second cue.
    outer_kind: NodeKind | None = None
    noise: bool = False
    #: It names who speaks (an imported dialogue's "Ann").
    speaker: bool = False


def passages(amap: ArgumentMap) -> list[Passage]:
    """Return the passages of ``amap.text``, in order, covering it exactly.

    >>> from app.models import Layout, Node, Span
    >>> def node(id, kind, start, end):
    ...     return Node(id=id, kind=kind, label=id, text="", spans=[Span(start=start, end=end)], confidence=1, cue="")
    >>> text = "Claim: because of evidence. Noise."
    >>> amap = ArgumentMap(id="m", title="m", text=text, layout=Layout(width=0, height=0, boxes=[], routes=[]),
    ...     nodes=[node("c", "claim", 0, 27), node("e", "evidence", 15, 26)], edges=[], noise=[Span(start=28, end=34)])
    >>> [(p.text, p.nodes, p.noise) for p in passages(amap)]
    [('Claim: because ', ('c',), False), ('of evidence', ('e', 'c'), False), ('.', ('c',), False), (' ', (), False), ('Noise.', (), True)]
    """
    text = amap.text
    size = len(text)
    kinds = {node.id: node.kind for node in amap.nodes}
    # A span is (length, order in the map, node id, start): sorting puts the innermost first.
    opening: dict[int, list[tuple[int, int, str, int]]] = defaultdict(list)
    closing: dict[int, list[tuple[int, int, str, int]]] = defaultdict(list)
    for order, node in enumerate(amap.nodes):
        for span in node.spans:
            start, end = min(span.start, size), min(span.end, size)
            if start < end:
                opening[start].append((end - start, order, node.id, start))
                closing[end].append((end - start, order, node.id, start))
    noise_edges, speaker_edges = _ends(amap.noise, size), _ends(amap.speakers, size)

    boundaries = sorted({0, size, *opening, *closing, *noise_edges, *speaker_edges})
    active: set[tuple[int, int, str, int]] = set()
    in_noise = in_speaker = 0
    result = []
    for start, end in zip(boundaries, boundaries[1:]):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        in_noise += noise_edges.get(start, 0)
        in_speaker += speaker_edges.get(start, 0)
        ids = tuple(dict.fromkeys(node_id for _, _, node_id, _ in sorted(active)))
        result.append(
            Passage(
                start=start,
                end=end,
                text=text[start:end],
                nodes=ids,
                kind=kinds[ids[0]] if ids else None,
                outer_kind=kinds[ids[-1]] if len(ids) > 1 else None,
                noise=in_noise > 0,
                speaker=in_speaker > 0,
            )
        )
    return result


def _ends(spans: list[Span], size: int) -> dict[int, int]:
    """Return +1 where each span (cut to the text) opens and -1 where it closes, summed by position."""
    ends: dict[int, int] = defaultdict(int)
    for span in spans:
        start, end = min(span.start, size), min(span.end, size)
        if start < end:
            ends[start] += 1
            ends[end] -= 1
    return ends
