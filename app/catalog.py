"""The catalogue of maps the app serves: built once from the seed files, kept in memory.

The web layer only asks a catalogue for maps (:meth:`Catalog.get_map`,
:meth:`Catalog.default_map`); a later store can replace this class behind the
same three methods without touching a route.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import ArgmapError, NotFound
from app.models import ArgumentMap
from app.pipeline import build_map, decode_input

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeedProblem:
    """A seed file that could not be mapped, and why."""

    path: Path
    message: str


class Catalog:
    """Maps by id, in the order they were added; the first one is the default map.

    >>> from app.models import Layout
    >>> empty = Layout(width=0, height=0, boxes=[], routes=[])
    >>> catalog = Catalog([ArgumentMap(id="a", title="A", text="x", nodes=[], edges=[], layout=empty)])
    >>> catalog.default_map().id
    'a'
    >>> catalog.get_map("b")
    Traceback (most recent call last):
    ...
    app.errors.NotFound: no map with id 'b'
    """

    def __init__(self, maps: Iterable[ArgumentMap] = (), problems: Iterable[SeedProblem] = ()) -> None:
        self._maps: dict[str, ArgumentMap] = {}
        self.problems: list[SeedProblem] = list(problems)
        for amap in maps:
            self.add(amap)

    def add(self, amap: ArgumentMap) -> None:
        """Add ``amap``; a map with the same id is an error, not a silent replacement."""
        if amap.id in self._maps:
            raise ValueError(f"the catalogue already has a map with id {amap.id!r}")
        self._maps[amap.id] = amap

    def get_map(self, map_id: str) -> ArgumentMap:
        """Return the map with id ``map_id``, or raise :class:`NotFound`."""
        try:
            return self._maps[map_id]
        except KeyError:
            raise NotFound(f"no map with id {map_id!r}") from None

    def default_map(self) -> ArgumentMap:
        """Return the first map, or raise :class:`NotFound` when there is none."""
        for amap in self._maps.values():
            return amap
        raise NotFound("there are no maps yet: put a text file in the seeds folder and restart")

    def __len__(self) -> int:
        return len(self._maps)

    @classmethod
    def from_seeds(cls, seeds_dir: Path, max_input_bytes: int) -> Catalog:
        """Return a catalogue of the map of every ``*.txt``, ``*.md`` and ``*.html`` file in ``seeds_dir``.

        Files are read in name order, so the default map is stable. A file that cannot be
        mapped (empty, binary, too large) becomes a :class:`SeedProblem`, logged, not fatal.
        """
        catalog = cls()
        paths = sorted(p for p in seeds_dir.glob("*") if p.suffix in {".txt", ".md", ".html"} and p.is_file())
        for path in paths:
            try:
                data = path.read_bytes()
                if len(data) > max_input_bytes:
                    raise ArgmapError(f"{len(data)} bytes is more than the limit of {max_input_bytes}", 413)
                amap = build_map(decode_input(data))
            except ArgmapError as exc:
                log.warning("seed %s was not mapped: %s", path.name, exc.message)
                catalog.problems.append(SeedProblem(path, exc.message))
                continue
            if amap.id in catalog._maps:
                # Two articles with the same opening words: keep both, the later one numbered.
                amap = amap.model_copy(update={"id": _free_id(catalog, amap.id)})
            catalog.add(amap)
        return catalog


def _free_id(catalog: Catalog, base: str) -> str:
    n = 2
    while f"{base}-{n}" in catalog._maps:
        n += 1
    return f"{base}-{n}"
