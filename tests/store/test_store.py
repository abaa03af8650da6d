"""The SQLite store: schema and migrations, seeds, maps kept across restarts, edits, undo and redo, keys."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.editing import add_edge, change_node
from app.errors import BadInput, Forbidden, NotFound
from app.pipeline import build_map
from app.store import MIGRATIONS, SEED_LOCKED, Store, hash_key


def test_a_new_database_gets_the_whole_schema_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    assert store.schema_version() == len(MIGRATIONS)
    db = sqlite3.connect(tmp_path / "maps.db")
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"maps", "edits"} <= tables


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "maps.db").execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer than this app"):
        Store(tmp_path / "maps.db")


def test_seeds_are_mapped_in_name_order_and_bad_ones_are_collected(tmp_path: Path, op_ed: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "b.txt").write_text(op_ed, encoding="utf-8")
    (seeds / "a.txt").write_text("Schools should start later\n\nSchools should start later. Teenagers sleep late.\n")
    (seeds / "c.txt").write_bytes(b"")
    (seeds / "d.txt").write_bytes(b"PK\x03\x04\x00")
    (seeds / "e.txt").write_text(op_ed * 10, encoding="utf-8")
    (seeds / "notes.json").write_text("{}")

    store = Store(tmp_path / "maps.db")
    problems = store.sync_seeds(seeds, max_input_bytes=len(op_ed.encode()) * 2)

    assert store.default_map().id == "schools-should-start-later"
    assert store.get_map("cities-should-ban-cars-from-their-centres") == build_map(op_ed)
    assert [m.id for m in store.list_maps()] == ["schools-should-start-later", "cities-should-ban-cars-from-their-centres"]
    assert [(p.path.name, p.message) for p in problems] == [
        ("c.txt", "nothing to map: the input is empty"),
        ("d.txt", "the input looks binary (it contains NUL bytes); give a text, Markdown or HTML file"),
        ("e.txt", f"{len(op_ed.encode()) * 10} bytes is more than the limit of {len(op_ed.encode()) * 2}"),
    ]


def test_two_seeds_with_the_same_title_both_get_a_map(tmp_path: Path, op_ed: str) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(op_ed, encoding="utf-8")
    store = Store(tmp_path / "maps.db")
    store.sync_seeds(tmp_path, max_input_bytes=10_000)
    ids = ["cities-should-ban-cars-from-their-centres", "cities-should-ban-cars-from-their-centres-2",
           "cities-should-ban-cars-from-their-centres-3"]
    assert [store.get_map(i).id for i in ids] == ids


def test_seeds_are_mapped_again_at_every_start_and_gone_files_leave(tmp_path: Path, op_ed: str) -> None:
    (tmp_path / "a.txt").write_text(op_ed, encoding="utf-8")
    Store(tmp_path / "maps.db").sync_seeds(tmp_path, 10_000)
    (tmp_path / "a.txt").unlink()
    (tmp_path / "b.txt").write_text("Schools should start later\n\nSchools should start later. Teenagers sleep late.\n")
    store = Store(tmp_path / "maps.db")
    store.sync_seeds(tmp_path, 10_000)
    assert [m.id for m in store.list_maps()] == ["schools-should-start-later"]
    store.sync_seeds(tmp_path, 10_000)
    assert store.default_map().version == 2  # a new drawing, never served from an old cache


def test_unknown_id_is_not_found(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    with pytest.raises(NotFound, match="no map with id 'x'"):
        store.get_map("x")
    with pytest.raises(NotFound, match="there are no maps yet"):
        store.default_map()


def test_a_map_and_its_edits_survive_a_restart(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = store.create_map(op_ed, title="Car-free centres")
    central = next(n for n in amap.nodes if n.kind == "central_claim")
    store.edit(amap.id, key, {"operation": "test"}, lambda G: change_node(G, central.id, label="Ban the cars"))

    again = Store(tmp_path / "maps.db").get_map(amap.id)
    assert again.title == "Car-free centres"
    assert again.version == 2
    renamed = next(n for n in again.nodes if n.id == central.id)
    assert (renamed.label, renamed.confirmed) == ("Ban the cars", True)
    assert [b.lines for b in again.layout.boxes if b.id == central.id] == [["Ban the cars"]]


def test_ids_are_unguessable_and_keys_are_stored_hashed(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    (first, key), (second, _) = store.create_map(op_ed), store.create_map(op_ed)
    assert first.id != second.id and len(first.id) >= 22  # 16 random bytes, base64url
    assert len(key) >= 43  # 32 random bytes
    stored = sqlite3.connect(tmp_path / "maps.db").execute("SELECT key_hash FROM maps WHERE id = ?", (first.id,))
    assert stored.fetchone() == (hash_key(key),)
    assert key not in (tmp_path / "maps.db").read_bytes().decode("latin-1")


def test_changes_need_the_key_and_seeds_cannot_change(tmp_path: Path, op_ed: str) -> None:
    (tmp_path / "a.txt").write_text(op_ed, encoding="utf-8")
    store = Store(tmp_path / "maps.db")
    store.sync_seeds(tmp_path, 10_000)
    amap, key = store.create_map(op_ed)
    for wrong in (None, "", key[:-1], key + "x"):
        with pytest.raises(Forbidden, match="only with its edit key"):
            store.undo(amap.id, wrong)
    with pytest.raises(Forbidden) as seed:
        store.check_key(store.default_map().id, key)
    assert seed.value.message == SEED_LOCKED


def test_undo_and_redo_step_through_the_journal(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = store.create_map(op_ed)
    a, b = amap.nodes[0].id, amap.nodes[-1].id
    edges = {(e.source, e.target) for e in amap.edges}
    store.edit(amap.id, key, {}, lambda G: change_node(G, a, label="One"))
    store.edit(amap.id, key, {}, lambda G: change_node(G, a, label="Two"))
    assert store.history(amap.id) == (2, 0)
    label = lambda m: next(n.label for n in m.nodes if n.id == a)  # noqa: E731
    assert label(store.undo(amap.id, key)) == "One"
    assert label(store.undo(amap.id, key)) == amap.nodes[0].label
    with pytest.raises(BadInput, match="nothing to undo"):
        store.undo(amap.id, key)
    assert label(store.redo(amap.id, key)) == "One"
    assert store.history(amap.id) == (1, 1)
    # A new change ends the redo history.
    if (b, a) not in edges and (a, b) not in edges:
        store.edit(amap.id, key, {}, lambda G: add_edge(G, b, a, "attacks"))
    else:
        store.edit(amap.id, key, {}, lambda G: change_node(G, b, kind="evidence"))
    assert store.history(amap.id) == (2, 0)
    with pytest.raises(BadInput, match="nothing to redo"):
        store.redo(amap.id, key)


def test_fifty_maps_made_at_once_are_all_kept(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    texts = [f"Town {i} should plant trees\n\nTown {i} should plant trees. Shade cools streets." for i in range(50)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        made = list(pool.map(lambda text: store.create_map(text)[0].id, texts))
    assert len(set(made)) == 50
    again = Store(tmp_path / "maps.db")
    assert sorted(again.get_map(i).title for i in made) == sorted(f"Town {i} should plant trees" for i in range(50))


def test_an_older_database_is_migrated_and_keeps_its_maps(tmp_path: Path, op_ed: str, monkeypatch) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = store.create_map(op_ed)
    later = (*MIGRATIONS, "ALTER TABLE maps ADD COLUMN language TEXT NOT NULL DEFAULT 'en';")
    monkeypatch.setattr("app.store.MIGRATIONS", later)
    migrated = Store(tmp_path / "maps.db")
    assert migrated.schema_version() == len(later)
    assert migrated.get_map(amap.id) == amap
    row = sqlite3.connect(tmp_path / "maps.db").execute("SELECT language FROM maps WHERE id = ?", (amap.id,))
    assert row.fetchone() == ("en",)
    migrated.check_key(amap.id, key)
