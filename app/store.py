"""Persistence of maps in SQLite: the seeds, people's maps, their edits, undo and redo.

One file (``argmap.db`` by default), WAL mode so readers never wait for a writer, and a
schema version (``PRAGMA user_version``) that :data:`MIGRATIONS` brings up to date on
open. A map row keeps its source, format, title, text and the current graph (node-link
JSON, edits applied, without the text, which has its own column); the ``edits`` journal
keeps every change with the graph before and after it, zlib-compressed, which is what undo
and redo step through. Each thread has its own connection.

The web layer asks a store for maps (:meth:`Store.get_map`, :meth:`Store.default_map`,
:meth:`Store.list_maps`) and changes them (:meth:`Store.create_map`, :meth:`Store.edit`,
:meth:`Store.undo`, :meth:`Store.redo`, :meth:`Store.remine`).

    >>> import tempfile, pathlib
    >>> store = Store(pathlib.Path(tempfile.mkdtemp()) / "maps.db")
    >>> amap, key = store.create_map("Cars must go. Streets get safer without them.")
    >>> store.get_map(amap.id).title, len(amap.id) >= 22, store.check_key(amap.id, key)
    ('Cars must go', True, None)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import networkx as nx

from app.editing import graph_data, graph_from_data, remine
from app.errors import ArgmapError, BadInput, Forbidden, NotFound
from app.models import IMPORT_FORMATS, ArgumentMap, ImportFormat, InputFormat, MapSummary
from app.pipeline import decode_input, graph_of, graph_to_map, mine_text, slugify

log = logging.getLogger(__name__)

#: Schema changes, in order: the database's ``user_version`` is how many of them it has had.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE maps (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        title_given TEXT,              -- the title a person (or the page's metadata) gave, else NULL
        format      TEXT NOT NULL,     -- text | markdown | html: what was given
        source      TEXT NOT NULL,     -- what was given, unchanged
        text        TEXT NOT NULL,     -- the text the spans index (for HTML: the extracted text)
        graph       TEXT NOT NULL,     -- node-link JSON of the graph, edits applied, text left out
        key_hash    TEXT,              -- sha256 of the edit key, NULL when nobody may edit (the seeds)
        seed        TEXT UNIQUE,       -- the seed file's name, for maps built from seeds/
        version     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE edits (
        map_id     TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        operation  TEXT NOT NULL,      -- JSON: what was done, as the API was asked
        before     BLOB NOT NULL,      -- the graph before the change (as maps.graph, zlib-compressed)
        after      BLOB NOT NULL,      -- and after it
        undone     INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        PRIMARY KEY (map_id, seq)
    );
    """,
)

NO_KEY = "this map can be changed only with its edit key (the X-Edit-Key header), which its creator was given"
SEED_LOCKED = "this is one of the app's example maps: it cannot be changed; map a text of your own to edit it"


@dataclass(frozen=True)
class SeedProblem:
    """A seed file that could not be mapped, and why."""

    path: Path
    message: str


def hash_key(key: str) -> str:
    """Return the stored form of an edit key (a 256-bit random key needs no slow hash)."""
    return hashlib.sha256(key.encode()).hexdigest()


def pack(graph: nx.DiGraph) -> str:
    """Return the stored form of ``graph``: node-link JSON without the text (the map row has it)."""
    data = graph_data(graph)
    data["graph"] = {name: value for name, value in data["graph"].items() if name != "text"}
    return json.dumps(data, ensure_ascii=False)


def unpack(packed: str | bytes, text: str) -> nx.DiGraph:
    """Return the graph of :func:`pack`'s output (or of :func:`compress`'s), its text put back."""
    data = json.loads(decompress(packed))
    data["graph"]["text"] = text
    return graph_from_data(data)


def compress(packed: str) -> bytes:
    return zlib.compress(packed.encode("utf-8", "surrogatepass"), 6)


def decompress(stored: str | bytes) -> str:
    return zlib.decompress(stored).decode("utf-8", "surrogatepass") if isinstance(stored, bytes) else stored


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Store:
    """Maps in an SQLite file; the seeds first, in file-name order, the first one the default map."""

    def __init__(self, path: Path | str, cache_size: int = 64) -> None:
        self.path = Path(path)
        self.problems: list[SeedProblem] = []
        self._local = threading.local()
        self._cache: OrderedDict[tuple[str, int], ArgumentMap] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._migrate()

    # ---- connections and schema ------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            self._local.db = db
        return db

    def _write(self) -> _Transaction:
        return _Transaction(self._db())

    def _migrate(self) -> None:
        with self._write() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise RuntimeError(f"{self.path} has schema version {version}, newer than this app ({len(MIGRATIONS)})")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def schema_version(self) -> int:
        return self._db().execute("PRAGMA user_version").fetchone()[0]

    # ---- reading ---------------------------------------------------------------------

    def version(self, map_id: str) -> int:
        """Return the version of map ``map_id`` (it goes up with every change), or raise :class:`NotFound`."""
        row = self._db().execute("SELECT version FROM maps WHERE id = ?", (map_id,)).fetchone()
        if row is None:
            raise NotFound(f"no map with id {map_id!r}")
        return row[0]

    def get_map(self, map_id: str) -> ArgumentMap:
        """Return the map ``map_id`` as it is now, or raise :class:`NotFound`."""
        key = (map_id, self.version(map_id))
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        row = self._db().execute("SELECT graph, text, version FROM maps WHERE id = ?", (map_id,)).fetchone()
        if row is None:
            raise NotFound(f"no map with id {map_id!r}")
        amap = graph_to_map(unpack(row["graph"], row["text"]), map_id, row["version"])
        with self._lock:
            self._cache[(map_id, amap.version)] = amap
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return amap

    def default_map(self) -> ArgumentMap:
        """Return the first seed's map, or raise :class:`NotFound` when there is none."""
        row = self._db().execute("SELECT id FROM maps WHERE seed IS NOT NULL ORDER BY seed LIMIT 1").fetchone()
        if row is None:
            raise NotFound("there are no maps yet: put a text file in the seeds folder and restart")
        return self.get_map(row["id"])

    def list_maps(self, *, seeds_only: bool = True) -> list[MapSummary]:
        """Return the seeds' summaries in file-name order, then (unless ``seeds_only``) the rest, newest first."""
        query = "SELECT id, title, graph, updated_at, seed FROM maps"
        if seeds_only:
            query += " WHERE seed IS NOT NULL"
        query += " ORDER BY seed IS NULL, seed, created_at DESC"
        return [
            MapSummary(id=r["id"], title=r["title"], url=f"/maps/{r['id']}",
                       nodes=len(json.loads(r["graph"])["nodes"]), updated_at=r["updated_at"])
            for r in self._db().execute(query)
        ]

    def __len__(self) -> int:
        return self._db().execute("SELECT count(*) FROM maps").fetchone()[0]

    # ---- creating --------------------------------------------------------------------

    def create_map(
        self, source: str, *, title: str | None = None, fmt: InputFormat | ImportFormat = "text", miner: str = "rules"
    ) -> tuple[ArgumentMap, str]:
        """Map ``source`` (or import it: AIF, Argdown) and keep it under a new unguessable id; return the map and its edit key."""
        graph = graph_of(source, title=title, fmt=fmt, miner=miner)
        map_id, key = secrets.token_urlsafe(16), secrets.token_urlsafe(32)
        given = title or (graph.graph["title"] if fmt == "html" or fmt in IMPORT_FORMATS else None)
        with self._write() as db:
            self._insert(db, map_id, graph, source=source, fmt=fmt, title_given=given, key_hash=hash_key(key))
        return self.get_map(map_id), key

    def _insert(self, db: sqlite3.Connection, map_id: str, graph: nx.DiGraph, *, source: str, fmt: str,
                title_given: str | None, key_hash: str | None = None, seed: str | None = None,
                version: int = 1) -> None:
        now = _now()
        db.execute(
            "INSERT INTO maps (id, title, title_given, format, source, text, graph, key_hash, seed, version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (map_id, graph.graph["title"], title_given, fmt, source, graph.graph["text"],
             pack(graph), key_hash, seed, version, now, now),
        )

    def sync_seeds(self, seeds_dir: Path, max_input_bytes: int) -> list[SeedProblem]:
        """Map every ``*.txt``, ``*.md`` and ``*.html`` file of ``seeds_dir`` and keep it as a read-only map.

        Seeds are mapped again at every start, so they always show what the miner makes of them
        now; seeds whose file has gone are removed. A file that cannot be mapped (empty, binary,
        too large) becomes a :class:`SeedProblem`, logged, not fatal.
        """
        formats = {".txt": "text", ".md": "markdown", ".html": "html"}
        paths = sorted(p for p in seeds_dir.glob("*") if p.suffix in formats and p.is_file())
        built: list[tuple[Path, str, nx.DiGraph]] = []
        problems = []
        for path in paths:
            try:
                data = path.read_bytes()
                if len(data) > max_input_bytes:
                    raise BadInput(f"{len(data)} bytes is more than the limit of {max_input_bytes}", 413)
                source = decode_input(data)
                built.append((path, source, mine_text(source, fmt=formats[path.suffix])))
            except ArgmapError as exc:
                log.warning("seed %s was not mapped: %s", path.name, exc.message)
                problems.append(SeedProblem(path, exc.message))
        with self._write() as db:
            # A seed mapped again gets a new version, so no cache anywhere serves its old drawing.
            versions = {r["id"]: r["version"] for r in db.execute("SELECT id, version FROM maps WHERE seed IS NOT NULL")}
            db.execute("DELETE FROM maps WHERE seed IS NOT NULL")
            taken = {r["id"] for r in db.execute("SELECT id FROM maps")}
            for path, source, graph in built:
                map_id = base = slugify(graph.graph["title"])
                n = 2
                while map_id in taken:  # two articles with the same opening words: the later one numbered
                    map_id, n = f"{base}-{n}", n + 1
                taken.add(map_id)
                self._insert(db, map_id, graph, source=source, fmt=formats[path.suffix], title_given=None,
                             seed=path.name, version=versions.get(map_id, 0) + 1)
        self.problems = problems
        return problems

    # ---- changing --------------------------------------------------------------------

    def check_key(self, map_id: str, key: str | None) -> None:
        """Return if ``key`` is the edit key of map ``map_id``; else raise :class:`NotFound` or :class:`Forbidden`."""
        row = self._db().execute("SELECT key_hash FROM maps WHERE id = ?", (map_id,)).fetchone()
        if row is None:
            raise NotFound(f"no map with id {map_id!r}")
        if row["key_hash"] is None:
            raise Forbidden(SEED_LOCKED)
        if not key or not hmac.compare_digest(row["key_hash"], hash_key(key)):
            raise Forbidden(NO_KEY)

    def edit(self, map_id: str, key: str | None, operation: dict[str, Any],
             change: Callable[[nx.DiGraph], object]) -> ArgumentMap:
        """Apply ``change`` to the map's graph, journal it as ``operation``, and return the map."""
        with self._write() as db:
            self.check_key(map_id, key)
            row = db.execute("SELECT graph, text FROM maps WHERE id = ?", (map_id,)).fetchone()
            before = row["graph"]
            graph = unpack(before, row["text"])
            change(graph)
            after = pack(graph)
            # A new change ends the redo history.
            db.execute("DELETE FROM edits WHERE map_id = ? AND undone = 1", (map_id,))
            seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM edits WHERE map_id = ?", (map_id,)).fetchone()[0]
            db.execute(
                "INSERT INTO edits (map_id, seq, operation, before, after, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (map_id, seq, json.dumps(operation), compress(before), compress(after), _now()),
            )
            self._set_graph(db, map_id, graph.graph["title"], after)
        return self.get_map(map_id)

    def undo(self, map_id: str, key: str | None) -> ArgumentMap:
        """Go back to the graph before the last change not yet undone."""
        return self._step(map_id, key, undo=True)

    def redo(self, map_id: str, key: str | None) -> ArgumentMap:
        """Make again the last change undone."""
        return self._step(map_id, key, undo=False)

    def _step(self, map_id: str, key: str | None, *, undo: bool) -> ArgumentMap:
        with self._write() as db:
            self.check_key(map_id, key)
            if undo:
                query = "SELECT seq, before AS graph FROM edits WHERE map_id = ? AND undone = 0 ORDER BY seq DESC"
            else:
                query = "SELECT seq, after AS graph FROM edits WHERE map_id = ? AND undone = 1 ORDER BY seq"
            row = db.execute(query + " LIMIT 1", (map_id,)).fetchone()
            if row is None:
                raise BadInput("there is nothing to undo" if undo else "there is nothing to redo", 409)
            db.execute("UPDATE edits SET undone = ? WHERE map_id = ? AND seq = ?", (int(undo), map_id, row["seq"]))
            packed = decompress(row["graph"])
            self._set_graph(db, map_id, json.loads(packed)["graph"]["title"], packed)
        return self.get_map(map_id)

    def history(self, map_id: str) -> tuple[int, int]:
        """Return how many changes can be undone and redone."""
        rows = self._db().execute(
            "SELECT undone, count(*) AS n FROM edits WHERE map_id = ? GROUP BY undone", (map_id,)
        ).fetchall()
        counts = {r["undone"]: r["n"] for r in rows}
        return counts.get(0, 0), counts.get(1, 0)

    def remine(self, map_id: str, key: str | None) -> ArgumentMap:
        """Mine the map's text again with today's miner, keeping what a person confirmed or deleted."""
        self.check_key(map_id, key)
        row = self._db().execute("SELECT text, title_given, format FROM maps WHERE id = ?", (map_id,)).fetchone()
        # The stored text is what the spans index: HTML is not extracted again, its text is mined as Markdown;
        # an imported map's text (its statements) is mined as text, and its nodes, confirmed, stay.
        fmt = {"html": "markdown", "aif": "text", "argdown": "text", "json": "text"}.get(row["format"], row["format"])
        fresh = mine_text(row["text"], title=row["title_given"], fmt=fmt)

        def merge(graph: nx.DiGraph) -> None:
            merged = remine(graph, fresh)
            graph.clear()
            graph.graph.update(merged.graph)
            graph.add_nodes_from(merged.nodes(data=True))
            graph.add_edges_from(merged.edges(data=True))

        return self.edit(map_id, key, {"operation": "remine"}, merge)

    def _set_graph(self, db: sqlite3.Connection, map_id: str, title: str, graph_json: str) -> None:
        db.execute(
            "UPDATE maps SET graph = ?, title = ?, version = version + 1, updated_at = ? WHERE id = ?",
            (graph_json, title, _now(), map_id),
        )


def _statements(script: str) -> list[str]:
    """Return the SQL statements of ``script`` (executescript would commit the migration's transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


class _Transaction:
    """``with`` block of one write transaction: ``BEGIN IMMEDIATE`` takes the write lock up front."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
