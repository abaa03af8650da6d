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
from app.graph import graph_data, graph_from_data
from app.errors import ArgmapError, BadInput
from app.input_formats import FORMATS, mined_suffixes
from app.models import IMPORT_FORMATS, ArgumentMap, ImportFormat, InputFormat
from app.pipeline import decode_input, graph_of, graph_to_map, mine_text, slugify
from app.store import Seed, Store
from app.work import INLINE, Runner

__all__ = ["SeedProblem", "create_map", "default_map", "edit", "get_map", "redo", "remine", "sync_seeds", "undo"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeedProblem:
    """A seed file that could not be mapped, and why."""

    path: Path
    message: str


def _mined(text: str, title: str | None, fmt: InputFormat) -> dict[str, Any]:
    return graph_data(mine_text(text, title=title, fmt=fmt))


def get_map(store: Store, map_id: str) -> ArgumentMap:
    """Return the map ``map_id`` as it is now, laid out once per version; or raise :class:`NotFound`."""
    return store.cached(map_id, lambda data, version: graph_to_map(graph_from_data(data), map_id, version))


def default_map(store: Store) -> ArgumentMap:
    """Return the first seed's map, or raise :class:`NotFound` when there is none."""
    return get_map(store, store.default_id())


def create_map(
    store: Store, source: str, *, title: str | None = None, fmt: InputFormat | ImportFormat = "text",
    miner: str = "rules", worker: Runner = INLINE,
) -> tuple[ArgumentMap, str]:
    """Map ``source`` with ``miner`` (or import it: AIF, Argdown) and keep it under a new unguessable id; return
    the map and its edit key. A large ``source`` is mapped and laid out by ``worker``, within its limits."""
    data, laid_out = worker.run(_mapped, source, title, fmt, miner, size=len(source))
    given = title or (data["graph"]["title"] if fmt == "html" or fmt in IMPORT_FORMATS else None)
    map_id, key = store.insert(data, source=source, fmt=fmt, title_given=given)
    amap = ArgumentMap.model_validate_json(laid_out).model_copy(update={"id": map_id})
    return store.keep(map_id, 1, amap), key


def _mapped(source: str, title: str | None, fmt: InputFormat | ImportFormat, miner: str) -> tuple[dict[str, Any], str]:
    """Return the graph data of ``source`` and its map laid out, as JSON (its id to be given).

    JSON, not the map itself: a worker's answer crosses a pipe, and pydantic models pickle slowly
    (a map of 37,000 nodes: 2.2 s pickled and back, 1.7 s as JSON)."""
    graph = graph_of(source, title=title, fmt=fmt, miner=miner)
    return graph_data(graph), graph_to_map(graph, "", 1).model_dump_json()


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


def edit(store: Store, map_id: str, key: str | None, operation: dict[str, Any],
         change: Callable[[nx.DiGraph], object]) -> ArgumentMap:
    """Return the map after ``change`` (an edit of :mod:`app.editing`) to its graph, journalled as ``operation``."""

    def changed(data: dict[str, Any]) -> dict[str, Any]:
        graph = graph_from_data(data)
        change(graph)
        return graph_data(graph)

    store.change(map_id, key, operation, changed)
    return get_map(store, map_id)


def undo(store: Store, map_id: str, key: str | None) -> ArgumentMap:
    """Go back to the map before the last change not yet undone, and return it."""
    store.undo(map_id, key)
    return get_map(store, map_id)


def redo(store: Store, map_id: str, key: str | None) -> ArgumentMap:
    """Make again the last change undone, and return the map."""
    store.redo(map_id, key)
    return get_map(store, map_id)


def remine(store: Store, map_id: str, key: str | None, worker: Runner = INLINE) -> ArgumentMap:
    """Mine the map's text again with today's miner, keeping what a person confirmed or deleted; return the map.

    A long text is mined by ``worker``, within its limits."""
    store.check_key(map_id, key)
    origin = store.origin(map_id)
    # The stored text is what the spans index: HTML is not extracted again, its text is mined as Markdown;
    # an imported map's text (its statements) is mined as text, and its nodes, confirmed, stay.
    fmt = FORMATS[origin.fmt].remined_as
    fresh = graph_from_data(worker.run(_mined, origin.text, origin.title_given, fmt, size=len(origin.text)))
    store.change(map_id, key, {"operation": "remine"},
                 lambda data: graph_data(editing.remine(graph_from_data(data), fresh)))
    return get_map(store, map_id)
