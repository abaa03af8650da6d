"""Pydantic models of the argument map: what the API returns and every exporter reads.

The pipeline works on a ``networkx.DiGraph`` (see :mod:`app.mining`); these models are
its typed, serialisable face: one :class:`ArgumentMap` per document, with the layout
that the SVG renderer draws.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

NodeKind = Literal["central_claim", "claim", "counterclaim", "rebuttal", "evidence"]
EdgeKind = Literal["supports", "attacks"]

NODE_KINDS: tuple[NodeKind, ...] = ("central_claim", "claim", "counterclaim", "rebuttal", "evidence")
EDGE_KINDS: tuple[EdgeKind, ...] = ("supports", "attacks")


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into the map's source text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Node(BaseModel):
    """One argumentative unit of the map."""

    id: str = Field(description="Stable, readable slug, unique in the map.")
    kind: NodeKind
    label: str = Field(description="Short title of the unit (at most 8 words), taken from the text.")
    text: str = Field(description="The unit's full text, as in the source.")
    spans: list[Span] = Field(description="Where the unit stands in the source text.")
    confidence: float = Field(ge=0.0, le=1.0)
    cue: str = Field(description="Why the miner made this unit what it is, in plain words.")


class Edge(BaseModel):
    """A relation: ``source`` supports or attacks ``target``."""

    source: str
    target: str
    kind: EdgeKind
    cue: str


class Point(BaseModel):
    x: float
    y: float


class Box(BaseModel):
    """Where a node is drawn: top-left corner, size and the wrapped lines of its label."""

    id: str
    x: float
    y: float
    width: float
    height: float
    lines: list[str]


class Route(BaseModel):
    """The polyline of one edge, from the source box's border to the target box's border."""

    source: str
    target: str
    points: list[Point]


class Layout(BaseModel):
    width: float
    height: float
    boxes: list[Box]
    routes: list[Route]


class ArgumentMap(BaseModel):
    """A document's argument map: the source text, its units, their relations and the layout."""

    id: str
    title: str
    text: str
    nodes: list[Node]
    edges: list[Edge]
    noise: list[Span] = Field(
        default_factory=list, description="Parts of the text recognised as page noise (bylines, subscribe boxes…)."
    )
    layout: Layout


class ErrorBody(BaseModel):
    """The JSON body of every API error."""

    error: str = Field(description="What went wrong, for a person.")
    status: int
