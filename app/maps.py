"""What people and the app do with maps: make one, seed the examples, read, edit, undo, redo, re-mine.

Each use case is a plain function that takes the :class:`~app.store.Store` first: it runs the
pipeline (mining, importing, laying out) or an edit of :mod:`app.editing` and keeps the result
with the store's row-level methods. The store never mines; these functions are the only place
where mining and keeping meet.

    >>> import tempfile, pathlib
    >>> store = Store(pathlib.Path(tempfile.mkdtemp()) / "maps.db")
    >>> amap, key = create_map(store, "Cars must go. Streets get safer without them.")
    >>> get_map(store, amap.id).title, len(amap.id) >= 22, store.check_key(amap.id, key)
    ('Cars must go', True, None)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from app import editing
from app.diffs import added_nodes
from app.graph import graph_data, graph_from_data
from app.errors import ArgmapError, BadInput
from app.input_formats import FORMATS, mined_suffixes
from app.models import IMPORT_FORMATS, ArgumentMap, ImportFormat, InputFormat
from app.pipeline import decode_input, graph_of, graph_to_map, mine_text, slugify
from app.store import Packed, Seed, Store
from app.work import INLINE, Runner

__all__ = ["Edited", "SeedProblem", "add_map", "create_map", "default_map", "edit", "get_map", "redo", "remine", "sync_seeds", "undo"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeedProblem:
    """A seed file that could not be mapped, and why."""

    path: Path
    message: str


def get_map(store: Store, map_id: str, *, laid_out: bool = True) -> ArgumentMap:
    """Return the map ``map_id`` as it is now, laid out once per version; or raise :class:`NotFound`.

    Not ``laid_out``, its layout is empty: for the viewer of a big map, which lays out only the part it opens on
    (48,000 nodes: some 5 s saved, see app.views)."""
    return store.cached(map_id, lambda data, version: graph_to_map(graph_from_data(data), map_id, version,
                                                                   laid_out=laid_out),
                        size=approx_bytes, variant="" if laid_out else "not laid out")


def approx_bytes(amap: ArgumentMap) -> int:
    """Return about how many bytes of memory ``amap`` takes, laid out: its text, and 3.7 KB for each node
    and edge with its box, route and models (measured: a map of a 1 MB op-ed, 8,202 nodes, 61 MB; of 100 KB,
    845 nodes, 6.4 MB).

    >>> approx_bytes(ArgumentMap(id="m", title="T", text="x" * 1000, nodes=[], edges=[],
    ...                          layout={"width": 0, "height": 0, "boxes": [], "routes": []}))
    4000
    """
    return 4 * len(amap.text) + 3_700 * (len(amap.nodes) + len(amap.edges))


def default_map(store: Store) -> ArgumentMap:
    """Return the first seed's map, or raise :class:`NotFound` when there is none."""
    return get_map(store, store.default_id())


def create_map(
    store: Store, source: str, *, title: str | None = None, fmt: InputFormat | ImportFormat = "text",
    miner: str = "rules", worker: Runner = INLINE,
) -> tuple[ArgumentMap, str]:
    """Map ``source`` with ``miner`` (or import it: AIF, Argdown) and keep it under a new unguessable id; return
    the map, laid out, and its edit key."""
    map_id, key = add_map(store, source, title=title, fmt=fmt, miner=miner, worker=worker)
    return get_map(store, map_id), key


def add_map(
    store: Store, source: str, *, title: str | None = None, fmt: InputFormat | ImportFormat = "text",
    miner: str = "rules", worker: Runner = INLINE,
) -> tuple[str, str]:
    """Map ``source`` as :func:`create_map` does, but return only its id and edit key: it is laid out when
    first shown. A large ``source`` is mapped by ``worker``, within its limits."""
    packed = worker.run(_packed, source, title, fmt, miner, size=len(source))
    given = title or (packed.title if fmt == "html" or fmt in IMPORT_FORMATS else None)
    return store.insert(packed, source=source, fmt=fmt, title_given=given)


def _packed(source: str, title: str | None, fmt: InputFormat | ImportFormat, miner: str) -> Packed:
    return Packed.of(graph_data(graph_of(source, title=title, fmt=fmt, miner=miner)))


def _mined(text: str, title: str | None, fmt: InputFormat) -> dict[str, Any]:
    return graph_data(mine_text(text, title=title, fmt=fmt))


def sync_seeds(store: Store, seeds_dir: Path, max_input_bytes: int) -> list[SeedProblem]:
    """Map every file of ``seeds_dir`` in a mined format (a text, Markdown or HTML suffix) and keep it, read-only.

    Seeds are mapped again at every start, so they always show what the miner makes of them
    now; seeds whose file has gone are removed. A file that cannot be mapped (empty, binary,
    too large) becomes a :class:`SeedProblem`, logged, not fatal.
    """
    formats = mined_suffixes()
    paths = sorted(p for p in seeds_dir.glob("*") if p.suffix in formats and p.is_file())
    seeds: list[Seed] = []
    problems = []
    for path in paths:
        try:
            data = path.read_bytes()
            if len(data) > max_input_bytes:
                raise BadInput(f"{len(data)} bytes is more than the limit of {max_input_bytes}", 413)
            source = decode_input(data)
            graph = mine_text(source, fmt=formats[path.suffix])
        except ArgmapError as exc:
            log.warning("seed %s was not mapped: %s", path.name, exc.message)
            problems.append(SeedProblem(path, exc.message))
            continue
        seeds.append(Seed(path.name, slugify(graph.graph["title"]), formats[path.suffix], source, graph_data(graph)))
    store.replace_seeds(seeds)
    return problems


@dataclass(frozen=True)
class Edited:
    """What a change made: the map's new version, and the nodes it added."""

    map_id: str
    version: int
    added: list[str]


def edit(store: Store, map_id: str, key: str | None, operation: dict[str, Any],
         change: Callable[[nx.DiGraph], object], *, version: int | None = None) -> Edited:
    """Make ``change`` (an edit of :mod:`app.editing`) to the map's graph, journalled as ``operation``.

    With ``version`` (the one the person saw), a map changed since is a 409 (:class:`~app.errors.Conflict`)."""

    def changed(data: dict[str, Any]) -> dict[str, Any]:
        graph = graph_from_data(data)
        change(graph)
        return graph_data(graph)

    new_version, delta = store.change(map_id, key, operation, changed, version=version)
    return Edited(map_id, new_version, added_nodes(delta))


def undo(store: Store, map_id: str, key: str | None) -> Edited:
    """Go back to the map before the last change not yet undone."""
    return Edited(map_id, store.undo(map_id, key), [])


def redo(store: Store, map_id: str, key: str | None) -> Edited:
    """Make again the last change undone."""
    return Edited(map_id, store.redo(map_id, key), [])


def remine(store: Store, map_id: str, key: str | None, worker: Runner = INLINE) -> Edited:
    """Mine the map's text again with today's miner, keeping what a person confirmed or deleted; return the map.

    A long text is mined by ``worker``, within its limits."""
    store.check_key(map_id, key)
    origin = store.origin(map_id)
    # The stored text is what the spans index: HTML is not extracted again, its text is mined as Markdown;
    # an imported map's text (its statements) is mined as text, and its nodes, confirmed, stay.
    fmt = FORMATS[origin.fmt].remined_as
    fresh = graph_from_data(worker.run(_mined, origin.text, origin.title_given, fmt, size=len(origin.text)))
    new_version, delta = store.change(map_id, key, {"operation": "remine"},
                                      lambda data: graph_data(editing.remine(graph_from_data(data), fresh)))
    return Edited(map_id, new_version, added_nodes(delta))
