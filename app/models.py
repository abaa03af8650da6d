"""Pydantic models of the argument map: what the API returns and every exporter reads.

The pipeline works on a ``networkx.DiGraph`` (see :mod:`app.mining`); these models are
its typed, serialisable face: one :class:`ArgumentMap` per document, with the layout
that the SVG renderer draws.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field

from app.input_formats import FORMATS

NodeKind = Literal["central_claim", "claim", "counterclaim", "rebuttal", "evidence"]
EdgeKind = Literal["supports", "attacks", "restates"]

# In the order every legend and menu lists them; app.render.palette says how each looks.
NODE_KINDS: tuple[NodeKind, ...] = get_args(NodeKind)
EDGE_KINDS: tuple[EdgeKind, ...] = get_args(EdgeKind)


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
    confirmed: bool = Field(default=False, description="A person added or edited it: re-mining keeps it.")


class Edge(BaseModel):
    """A relation: ``source`` supports or attacks ``target``."""

    source: str
    target: str
    kind: EdgeKind
    cue: str
    confirmed: bool = Field(default=False, description="A person added or changed it: re-mining keeps it.")
    group: str | None = Field(
        default=None, description="Linked premises: the supports into one target that hold only together share a "
                                  "group (one RA node in AIF, one premise-conclusion structure in Argdown)."
    )


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
    # The text's structure, for exporters that group by section (Argdown); not part of the map's JSON.
    headings: list[Span] = Field(default_factory=list, exclude=True)
    title_span: Span | None = Field(default=None, exclude=True)
    version: int = Field(default=1, description="Goes up by one with every change to the map.")
    problems: list[str] = Field(
        default_factory=list, description="What a reader should know about the map, e.g. that no argument was found."
    )
    speakers: list[Span] = Field(
        default_factory=list, description="Where the text names who speaks (an imported debate's dialogue: 'Ann: …')."
    )
    metadata: dict[str, str] = Field(
        default_factory=dict, description="What an imported file says of itself besides its title (Argdown front "
                                          "matter: author, date…)."
    )


class Standing(BaseModel):
    """Whether a node stands under grounded semantics (attacks only), and why."""

    status: Literal["in", "out", "undecided"]
    reason: str = Field(description='For a person: "out: attacked by “X”, which is in".')
    attackers: list[str] = Field(description="The ids of the attackers the status rests on.")


class ErrorBody(BaseModel):
    """The JSON body of every API error."""

    error: str = Field(description="What went wrong, for a person.")
    status: int


# --- API schemas: creating and editing maps -----------------------------------------------------

# The names of app.input_formats.FORMATS spelt out, for the API schema; a test keeps them equal to the table.
InputFormat = Literal["text", "markdown", "html"]  # a text the miner maps
ImportFormat = Literal["aif", "argdown", "json"]  # a map made elsewhere (json: Argmap's own), read as it is
IMPORT_FORMATS: tuple[ImportFormat, ...] = tuple(f.name for f in FORMATS.values() if f.imported)


class NewMap(BaseModel):
    """A text to map, or a map to import. Without ``format`` the content is looked at: AIF JSON,
    Argdown, HTML if it starts like a page, else text."""

    text: str = Field(description="The article (plain text, Markdown or HTML), or an AIF JSON or Argdown file.")
    title: str | None = Field(default=None, max_length=300, description="The map's title; else taken from the text.")
    format: InputFormat | ImportFormat | None = None
    miner: str = Field(default="rules", description="The miner that maps a text (imports are read as they are).")


class CreatedMap(BaseModel):
    """A new map's address and its edit key. The key is given only this once: keep it to edit the map."""

    id: str
    edit_key: str
    url: str


class EditDone(BaseModel):
    """The answer to a change asked with ``Prefer: return=minimal``: the map's new version and the nodes added."""

    id: str
    version: int
    added: list[str]


class MapSummary(BaseModel):
    """One line of the list of maps."""

    id: str
    title: str
    url: str
    nodes: int
    updated_at: str


class NodeChange(BaseModel):
    """A new label or kind (or both) for a node."""

    label: str | None = Field(default=None, min_length=1, max_length=300)
    kind: NodeKind | None = None


class NewNode(BaseModel):
    """A node a person adds: its kind and where it stands in the map's text."""

    kind: NodeKind
    spans: list[Span] = Field(min_length=1, max_length=50)
    label: str | None = Field(default=None, min_length=1, max_length=300, description="Default: the text's first words.")


class NewEdge(BaseModel):
    """``source`` supports or attacks ``target``."""

    source: str
    target: str
    kind: EdgeKind


class EdgeChange(BaseModel):
    kind: EdgeKind
