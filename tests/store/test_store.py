"""The SQLite store: schema and migrations, rows kept across restarts, seeds, the journal, keys, the cache.

Every graph here is node-link data written in the test: the store keeps rows, it never mines.
"""

from __future__ import annotations

import hashlib
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.errors import BadInput, Forbidden, NotFound
from app.store import MIGRATIONS, NO_KEY, SEED_LOCKED, Seed, Store

TEXT = "Cars must go. Streets get safer."


def graph(title: str = "Cars must go", label: str = "Cars must go") -> dict:
    """Return a two-node graph as the store takes it: node-link data, its title and text in the graph attributes."""
    return {
        "directed": True, "multigraph": False, "graph": {"title": title, "text": TEXT},
        "nodes": [{"id": "go", "label": label}, {"id": "safer", "label": "Streets get safer"}],
        "edges": [{"source": "safer", "target": "go", "kind": "supports"}],
    }


def relabel(label: str):
    """Return a change that renames node ``go``."""
    return lambda data: {**data, "nodes": [{**n, "label": label} if n["id"] == "go" else n for n in data["nodes"]]}


def label_of(store: Store, map_id: str) -> str:
    return store.graph_data(map_id)[0]["nodes"][0]["label"]


def seed(file: str, map_id: str, title: str = "Cars must go") -> Seed:
    return Seed(file, map_id, "text", TEXT, graph(title))


def test_a_new_database_gets_the_whole_schema_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    assert store.schema_version() == len(MIGRATIONS)
    db = sqlite3.connect(tmp_path / "maps.db")
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"maps", "edits"}


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "maps.db").execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer than this app"):
        Store(tmp_path / "maps.db")


def test_a_map_is_kept_as_given_and_its_text_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    map_id, _ = store.insert(graph(), source="<p>Cars must go.</p>", fmt="html", title_given="Cars must go")

    assert Store(tmp_path / "maps.db").graph_data(map_id) == (graph(), 1)
    row = sqlite3.connect(tmp_path / "maps.db").execute(
        "SELECT title, title_given, format, source, text, graph FROM maps WHERE id = ?", (map_id,)).fetchone()
    assert row[:5] == ("Cars must go", "Cars must go", "html", "<p>Cars must go.</p>", TEXT)
    assert row[5] == (
        '{"directed": true, "multigraph": false, "graph": {"title": "Cars must go"}, '
        '"nodes": [{"id": "go", "label": "Cars must go"}, {"id": "safer", "label": "Streets get safer"}], '
        '"edges": [{"source": "safer", "target": "go", "kind": "supports"}]}'
    )
    assert store.origin(map_id).__dict__ == {"fmt": "html", "text": TEXT, "title_given": "Cars must go"}


def test_seeds_are_listed_in_file_name_order_and_the_first_is_the_default(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    store.insert(graph("A person's map"), source=TEXT, fmt="text", title_given=None)
    store.replace_seeds([seed("b.txt", "cars-must-go"), seed("a.txt", "schools", "Schools")])

    assert store.default_id() == "schools"
    assert [(m.id, m.title, m.url, m.nodes) for m in store.list_maps()] == [
        ("schools", "Schools", "/maps/schools", 2), ("cars-must-go", "Cars must go", "/maps/cars-must-go", 2)]
    assert [m.title for m in store.list_maps(seeds_only=False)] == ["Schools", "Cars must go", "A person's map"]


def test_seeds_asking_the_same_id_are_numbered(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    store.replace_seeds([seed(name, "cars-must-go") for name in ("a.txt", "b.txt", "c.txt")])
    assert [m.id for m in store.list_maps()] == ["cars-must-go", "cars-must-go-2", "cars-must-go-3"]


def test_seeds_replace_the_old_ones_and_a_seed_kept_again_gets_a_new_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    store.replace_seeds([seed("a.txt", "cars-must-go"), seed("b.txt", "schools")])
    store.replace_seeds([seed("b.txt", "schools")])
    assert [m.id for m in store.list_maps()] == ["schools"]
    assert store.version("schools") == 2  # a new drawing, never served from an old cache


def test_unknown_id_is_not_found(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    for read in (store.version, store.graph_data, store.origin, lambda i: store.check_key(i, "k")):
        with pytest.raises(NotFound, match="no map with id 'x'"):
            read("x")
    with pytest.raises(NotFound, match="there are no maps yet"):
        store.default_id()


def test_ids_are_unguessable_and_keys_are_stored_hashed(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    (first, key), (second, _) = (store.insert(graph(), source=TEXT, fmt="text", title_given=None) for _ in range(2))
    assert first != second and len(first) == 22  # 16 random bytes, base64url
    assert len(key) == 43  # 32 random bytes
    stored = sqlite3.connect(tmp_path / "maps.db").execute("SELECT key_hash FROM maps WHERE id = ?", (first,))
    assert stored.fetchone() == (hashlib.sha256(key.encode()).hexdigest(),)
    assert key not in (tmp_path / "maps.db").read_bytes().decode("latin-1")


def test_changes_need_the_key_and_seeds_cannot_change(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    store.replace_seeds([seed("a.txt", "cars-must-go")])
    map_id, key = store.insert(graph(), source=TEXT, fmt="text", title_given=None)
    for wrong in (None, "", key[:-1], key + "x"):
        with pytest.raises(Forbidden) as refused:
            store.change(map_id, wrong, {}, relabel("Ban them"))
        assert refused.value.message == NO_KEY
    with pytest.raises(Forbidden) as locked:
        store.check_key("cars-must-go", key)
    assert locked.value.message == SEED_LOCKED
    assert (label_of(store, map_id), store.version(map_id), store.history(map_id)) == ("Cars must go", 1, (0, 0))


def test_a_change_is_kept_across_a_restart_with_its_title(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    map_id, key = store.insert(graph(), source=TEXT, fmt="text", title_given=None)
    store.change(map_id, key, {"operation": "retitle"}, lambda data: {**data, "graph": {**data["graph"], "title": "Go"}})

    again = Store(tmp_path / "maps.db")
    assert again.graph_data(map_id) == ({**graph(), "graph": {"title": "Go", "text": TEXT}}, 2)
    assert [m.title for m in again.list_maps(seeds_only=False)] == ["Go"]
    journal = sqlite3.connect(tmp_path / "maps.db").execute("SELECT seq, operation, undone FROM edits").fetchall()
    assert journal == [(1, '{"operation": "retitle"}', 0)]


def test_undo_and_redo_step_through_the_journal(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    map_id, key = store.insert(graph(), source=TEXT, fmt="text", title_given=None)
    store.change(map_id, key, {}, relabel("One"))
    store.change(map_id, key, {}, relabel("Two"))
    assert store.history(map_id) == (2, 0)
    store.undo(map_id, key)
    assert label_of(store, map_id) == "One"
    store.undo(map_id, key)
    assert (label_of(store, map_id), store.history(map_id)) == ("Cars must go", (0, 2))
    with pytest.raises(BadInput, match="nothing to undo") as nothing:
        store.undo(map_id, key)
    assert nothing.value.status == 409
    store.redo(map_id, key)
    assert (label_of(store, map_id), store.history(map_id), store.version(map_id)) == ("One", (1, 1), 6)
    # A new change ends the redo history.
    store.change(map_id, key, {}, relabel("Three"))
    assert store.history(map_id) == (2, 0)
    with pytest.raises(BadInput, match="nothing to redo"):
        store.redo(map_id, key)


def test_the_cache_builds_once_per_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    map_id, key = store.insert(graph(), source=TEXT, fmt="text", title_given=None)
    built: list[tuple[str, int]] = []

    def build(data: dict, version: int) -> str:
        built.append((data["nodes"][0]["label"], version))
        return f"{data['nodes'][0]['label']} v{version}"

    assert [store.cached(map_id, build, len) for _ in range(2)] == ["Cars must go v1", "Cars must go v1"]
    store.change(map_id, key, {}, relabel("Ban them"))
    assert store.cached(map_id, build, len) == "Ban them v2"
    assert built == [("Cars must go", 1), ("Ban them", 2)]


def test_the_cache_keeps_what_its_budget_of_bytes_allows(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db", cache_bytes=25)
    ids = [store.insert(graph(f"Town {i} should plant trees"), source=TEXT, fmt="text", title_given=None)[0]
           for i in range(3)]
    built: list[str] = []

    def build(data: dict, version: int) -> str:
        built.append(data["graph"]["title"])
        return data["graph"]["title"]  # 25 characters: one fits the budget, two do not

    for map_id in ids + ids[-1:] + ids[:1]:
        store.cached(map_id, build, len)
    assert built == ["Town 0 should plant trees", "Town 1 should plant trees", "Town 2 should plant trees",
                     "Town 0 should plant trees"]  # the last one was kept, the first built again


def test_fifty_maps_kept_at_once_are_all_kept(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    titles = [f"Town {i} should plant trees" for i in range(50)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        made = list(pool.map(lambda t: store.insert(graph(t), source=TEXT, fmt="text", title_given=None)[0], titles))
    assert len(set(made)) == 50
    again = Store(tmp_path / "maps.db")
    assert sorted(again.graph_data(i)[0]["graph"]["title"] for i in made) == sorted(titles)


def test_an_older_database_is_migrated_and_keeps_its_maps(tmp_path: Path, monkeypatch) -> None:
    store = Store(tmp_path / "maps.db")
    map_id, key = store.insert(graph(), source=TEXT, fmt="text", title_given=None)
    later = (*MIGRATIONS, "ALTER TABLE maps ADD COLUMN language TEXT NOT NULL DEFAULT 'en';")
    monkeypatch.setattr("app.store.MIGRATIONS", later)
    migrated = Store(tmp_path / "maps.db")
    assert migrated.schema_version() == len(later)
    assert migrated.graph_data(map_id) == (graph(), 1)
    row = sqlite3.connect(tmp_path / "maps.db").execute("SELECT language FROM maps WHERE id = ?", (map_id,))
    assert row.fetchone() == ("en",)
    migrated.check_key(map_id, key)
