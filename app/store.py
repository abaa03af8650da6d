"""Persistence of maps in SQLite: rows, the journal of edits that undo and redo step through, a cache.

One file (``argmap.db`` by default), WAL mode so readers never wait for a writer, and a
schema version (``PRAGMA user_version``) that :data:`MIGRATIONS` brings up to date on
open. A map row keeps its source, format, title, text and the current graph (node-link
JSON, edits applied, without the text, which has its own column); the ``edits`` journal
keeps every change as the diff of the graph (:mod:`app.diffs`: the nodes and edges it
touched), zlib-compressed, which is what undo and redo step through. A change is worked out
outside the write lock and written only if the map is still at the version it started from
(else worked out again, or a 409 when the person named the version they saw). Each thread
has its own connection.

The store takes and gives a graph as JSON-ready node-link data whose graph attributes hold
its ``title`` and ``text``; it never mines, lays out or changes a graph itself: making,
seeding and changing maps are the use cases of :mod:`app.maps`, which call it.

    >>> import tempfile, pathlib
    >>> store = Store(pathlib.Path(tempfile.mkdtemp()) / "maps.db")
    >>> data = {"directed": True, "multigraph": False, "graph": {"title": "Cars must go", "text": "Cars must go."},
    ...         "nodes": [{"id": "go", "kind": "central_claim"}], "edges": []}
    >>> map_id, key = store.insert(data, source="Cars must go.", fmt="text", title_given=None)
    >>> store.graph_data(map_id) == (data, 1), len(map_id) >= 22, store.check_key(map_id, key)
    (True, True, None)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from app.cache import ByteCache
from app.diffs import apply, diff
from app.errors import BadInput, Forbidden, NotFound, Stale, Unavailable
from app.models import MapSummary
from app.slugs import UniqueIds

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
    # The journal keeps each change as a diff (app.diffs), not two copies of the graph: rows from
    # before keep their copies (before/after), new rows an empty before/after and the diff here.
    """
    ALTER TABLE edits ADD COLUMN change BLOB;
    """,
)

NO_KEY = "this map can be changed only with its edit key (the X-Edit-Key header), which its creator was given"
STALE = ("the map was changed by someone else since you loaded it (you saw version {seen}, it is now at {now}); "
         "reload it and make your change again")
BUSY = "the map is being changed by many at once; try again in a moment"
#: How many times a change is worked out again when another process changed the map meanwhile.
RETRIES = 20
SEED_LOCKED = "this is one of the app's example maps: it cannot be changed; map a text of your own to edit it"


GraphData = dict[str, Any]  # a graph as JSON-ready node-link data, its title and text among its graph attributes
T = TypeVar("T")


@dataclass(frozen=True)
class Seed:
    """A seed file's map, ready to keep: the id it asks for (a later seed asking the same one is numbered)."""

    file: str
    map_id: str
    fmt: str
    source: str
    data: GraphData


@dataclass(frozen=True)
class Origin:
    """What a map was made from: the format given and the text its spans index (for HTML, the extracted text)."""

    fmt: str
    text: str
    title_given: str | None


@dataclass(frozen=True)
class Packed:
    """A graph as the map row keeps it: :func:`pack`'s JSON, its title and its text (made in a worker: strings
    cross a pipe and go into the row without a step that would hold the server's interpreter lock)."""

    graph: str
    title: str
    text: str

    @classmethod
    def of(cls, data: GraphData) -> Packed:
        return cls(pack(data), data["graph"]["title"], data["graph"]["text"])


def hash_key(key: str) -> str:
    """Return the stored form of an edit key (a 256-bit random key needs no slow hash)."""
    return hashlib.sha256(key.encode()).hexdigest()


def pack(data: GraphData) -> str:
    """Return the stored form of a graph's ``data``: JSON without the text (the map row has it)."""
    stored = {**data, "graph": {name: value for name, value in data["graph"].items() if name != "text"}}
    return json.dumps(stored, ensure_ascii=False)


def unpack(packed: str | bytes, text: str) -> GraphData:
    """Return the data of :func:`pack`'s output (or of :func:`compress`'s), its text put back."""
    data = json.loads(decompress(packed))
    data["graph"]["text"] = text
    return data


def compress(packed: str) -> bytes:
    return zlib.compress(packed.encode("utf-8", "surrogatepass"), 6)


def decompress(stored: str | bytes) -> str:
    return zlib.decompress(stored).decode("utf-8", "surrogatepass") if isinstance(stored, bytes) else stored


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Store:
    """Maps in an SQLite file; the seeds first, in file-name order, the first one the default map."""

    def __init__(self, path: Path | str, cache_bytes: int = 256 * 1024**2) -> None:
        self.path = Path(path)
        self._local = threading.local()
        # What cached() built, by (map id, version): the app keeps its laid-out maps here.
        self._cache: ByteCache[Any] = ByteCache(cache_bytes)
        self._lock = threading.Lock()
        self._edit_locks: dict[str, threading.Lock] = {}
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
            # Written even when up to date: a database that cannot be written fails here, when it is opened,
            # not at its first change.
            db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def schema_version(self) -> int:
        return self._db().execute("PRAGMA user_version").fetchone()[0]

    # ---- reading ---------------------------------------------------------------------

    def version(self, map_id: str) -> int:
        """Return the version of map ``map_id`` (it goes up with every change), or raise :class:`NotFound`."""
        row = self._db().execute("SELECT version FROM maps WHERE id = ?", (map_id,)).fetchone()
        if row is None:
            raise NotFound(f"no map with id {map_id!r}")
        return row[0]

    def graph_data(self, map_id: str) -> tuple[GraphData, int]:
        """Return the graph data of map ``map_id`` as it is now and its version, or raise :class:`NotFound`."""
        row = self._db().execute("SELECT graph, text, version FROM maps WHERE id = ?", (map_id,)).fetchone()
        if row is None:
            raise NotFound(f"no map with id {map_id!r}")
        return unpack(row["graph"], row["text"]), row["version"]

    def cached(self, map_id: str, build: Callable[[GraphData, int], T], size: Callable[[T], int],
               variant: str = "") -> T:
        """Return ``build(data, version)`` of map ``map_id`` as it is now: built once per version (and
        ``variant``, to keep several builds of a map apart) and kept while the cache's budget allows (``size``
        says how many bytes it takes)."""
        return self._cache.get_or_build((map_id, self.version(map_id), variant),
                                        lambda: build(*self.graph_data(map_id)), size)

    def origin(self, map_id: str) -> Origin:
        """Return what map ``map_id`` was made from, or raise :class:`NotFound`."""
        row = self._db().execute("SELECT format, text, title_given FROM maps WHERE id = ?", (map_id,)).fetchone()
        if row is None:
            raise NotFound(f"no map with id {map_id!r}")
        return Origin(row["format"], row["text"], row["title_given"])

    def default_id(self) -> str:
        """Return the id of the first seed's map, or raise :class:`NotFound` when there is none."""
        row = self._db().execute("SELECT id FROM maps WHERE seed IS NOT NULL ORDER BY seed LIMIT 1").fetchone()
        if row is None:
            raise NotFound("there are no maps yet: put a text file in the seeds folder and restart")
        return row["id"]

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

    def insert(self, data: GraphData | Packed, *, source: str, fmt: str, title_given: str | None) -> tuple[str, str]:
        """Keep a new map of graph ``data`` (or of :func:`pack`'s output) under a new unguessable id; return the
        id and its edit key."""
        map_id, key = secrets.token_urlsafe(16), secrets.token_urlsafe(32)
        with self._write() as db:
            self._insert(db, map_id, data, source=source, fmt=fmt, title_given=title_given, key_hash=hash_key(key))
        return map_id, key

    def _insert(self, db: sqlite3.Connection, map_id: str, data: GraphData | Packed, *, source: str, fmt: str,
                title_given: str | None, key_hash: str | None = None, seed: str | None = None,
                version: int = 1) -> None:
        packed = data if isinstance(data, Packed) else Packed.of(data)
        now = _now()
        db.execute(
            "INSERT INTO maps (id, title, title_given, format, source, text, graph, key_hash, seed, version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (map_id, packed.title, title_given, fmt, source, packed.text, packed.graph, key_hash, seed, version,
             now, now),
        )

    def replace_seeds(self, seeds: Sequence[Seed]) -> None:
        """Keep ``seeds`` as the read-only maps, in place of the ones kept before."""
        with self._write() as db:
            # A seed mapped again gets a new version, so no cache anywhere serves its old drawing.
            versions = {r["id"]: r["version"] for r in db.execute("SELECT id, version FROM maps WHERE seed IS NOT NULL")}
            db.execute("DELETE FROM maps WHERE seed IS NOT NULL")
            taken = {r["id"] for r in db.execute("SELECT id FROM maps")}
            ids = UniqueIds(taken)  # two articles with the same opening words: the later one numbered
            for seed in seeds:
                map_id = ids.take(seed.map_id)
                self._insert(db, map_id, seed.data, source=seed.source, fmt=seed.fmt, title_given=None,
                             seed=seed.file, version=versions.get(map_id, 0) + 1)

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

    def change(self, map_id: str, key: str | None, operation: dict[str, Any],
               change: Callable[[GraphData], GraphData], *, version: int | None = None) -> tuple[int, dict[str, Any]]:
        """Replace the map's graph data with ``change`` of it, journal that as ``operation``; return the new
        version and the diff (:mod:`app.diffs`).

        With ``version`` given (the version the person saw), a map at another one is a 409.
        """

        def work(row: sqlite3.Row) -> Callable[[sqlite3.Connection], dict[str, Any]]:
            if version is not None and row["version"] != version:
                raise Stale(STALE.format(seen=version, now=row["version"]), row["version"])
            before = unpack(row["graph"], row["text"])
            changed = change(unpack(row["graph"], row["text"]))  # a change may touch what it is given
            delta = diff(before, changed)

            def write(db: sqlite3.Connection) -> dict[str, Any]:
                # A new change ends the redo history.
                db.execute("DELETE FROM edits WHERE map_id = ? AND undone = 1", (map_id,))
                seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM edits WHERE map_id = ?",
                                 (map_id,)).fetchone()[0]
                db.execute(
                    "INSERT INTO edits (map_id, seq, operation, before, after, change, created_at) "
                    "VALUES (?, ?, ?, x'', x'', ?, ?)",
                    (map_id, seq, json.dumps(operation), compress(json.dumps(delta, ensure_ascii=False)), _now()),
                )
                self._set_graph(db, map_id, changed["graph"]["title"], pack(changed))
                return delta

            return write

        return self._rewrite(map_id, key, work)

    def undo(self, map_id: str, key: str | None) -> int:
        """Go back to the graph before the last change not yet undone; return the new version."""
        return self._step(map_id, key, undo=True)

    def redo(self, map_id: str, key: str | None) -> int:
        """Make again the last change undone; return the new version."""
        return self._step(map_id, key, undo=False)

    def _step(self, map_id: str, key: str | None, *, undo: bool) -> int:
        if undo:
            query = "SELECT seq, before AS graph, change FROM edits WHERE map_id = ? AND undone = 0 ORDER BY seq DESC"
        else:
            query = "SELECT seq, after AS graph, change FROM edits WHERE map_id = ? AND undone = 1 ORDER BY seq"

        def work(row: sqlite3.Row) -> Callable[[sqlite3.Connection], None]:
            step = self._db().execute(query + " LIMIT 1", (map_id,)).fetchone()
            if step is None:
                raise BadInput("there is nothing to undo" if undo else "there is nothing to redo", 409)
            if step["change"] is None:  # a journal row from before diffs: a copy of the graph
                packed = decompress(step["graph"])
            else:
                delta = json.loads(decompress(step["change"]))
                packed = pack(apply(unpack(row["graph"], row["text"]), delta, backwards=undo))

            def write(db: sqlite3.Connection) -> None:
                db.execute("UPDATE edits SET undone = ? WHERE map_id = ? AND seq = ?", (int(undo), map_id, step["seq"]))
                self._set_graph(db, map_id, json.loads(packed)["graph"]["title"], packed)

            return write

        return self._rewrite(map_id, key, work)[0]

    def _rewrite(self, map_id: str, key: str | None,
                 work: Callable[[sqlite3.Row], Callable[[sqlite3.Connection], T]]) -> tuple[int, T]:
        """Work a rewrite of map ``map_id`` out on its row as it is now (graph, text, version), outside the write
        lock, then write it (``work``'s answer) only if the map is still at that version; else once more, on the
        new one (another process changed it meanwhile). One rewrite of a map at a time in this process. Return
        the new version and what the writing returned."""
        with self._editing(map_id):
            for _ in range(RETRIES):
                self.check_key(map_id, key)
                row = self._db().execute("SELECT graph, text, version FROM maps WHERE id = ?", (map_id,)).fetchone()
                write = work(row)
                with self._write() as db:
                    if self._still(db, map_id, row["version"]):
                        return row["version"] + 1, write(db)
        raise Unavailable(BUSY, 1)

    def _editing(self, map_id: str) -> threading.Lock:
        """Return the lock that lets one change of map ``map_id`` at a time be worked out in this process."""
        with self._lock:
            return self._edit_locks.setdefault(map_id, threading.Lock())

    @staticmethod
    def _still(db: sqlite3.Connection, map_id: str, version: int) -> bool:
        row = db.execute("SELECT version FROM maps WHERE id = ?", (map_id,)).fetchone()
        return row is not None and row[0] == version

    def history(self, map_id: str) -> tuple[int, int]:
        """Return how many changes can be undone and redone."""
        rows = self._db().execute(
            "SELECT undone, count(*) AS n FROM edits WHERE map_id = ? GROUP BY undone", (map_id,)
        ).fetchall()
        counts = {r["undone"]: r["n"] for r in rows}
        return counts.get(0, 0), counts.get(1, 0)

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
