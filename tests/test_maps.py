"""The use cases on maps: seeding, making, reading, editing, undoing and re-mining, through the pipeline and a store."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import maps
from app.editing import change_node, delete_node
from app.errors import BadInput, Forbidden, NotFound
from app.pipeline import build_map
from app.store import Store
from tests.conftest import OP_ED_EDGES, OP_ED_NODES, outline

SCHOOLS = "Schools should start later\n\nSchools should start later. Teenagers sleep late.\n"


def test_seeds_are_mapped_in_name_order_and_bad_ones_are_collected(tmp_path: Path, op_ed: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "b.txt").write_text(op_ed, encoding="utf-8")
    (seeds / "a.txt").write_text(SCHOOLS)
    (seeds / "c.txt").write_bytes(b"")
    (seeds / "d.txt").write_bytes(b"PK\x03\x04\x00")
    (seeds / "e.txt").write_text(op_ed * 10, encoding="utf-8")
    (seeds / "notes.json").write_text("{}")

    store = Store(tmp_path / "maps.db")
    problems = maps.sync_seeds(store, seeds, max_input_bytes=len(op_ed.encode()) * 2)

    assert maps.default_map(store).id == "schools-should-start-later"
    seeded = maps.get_map(store, "cities-should-ban-cars-from-their-centres")
    assert seeded == build_map(op_ed)
    assert outline(seeded.model_dump()) == (OP_ED_NODES, OP_ED_EDGES)
    assert [m.id for m in store.list_maps()] == ["schools-should-start-later", "cities-should-ban-cars-from-their-centres"]
    assert [(p.path.name, p.message) for p in problems] == [
        ("c.txt", "nothing to map: the input is empty"),
        ("d.txt", "the input looks binary (it contains NUL bytes); give a text, Markdown or HTML file"),
        ("e.txt", f"{len(op_ed.encode()) * 10} bytes is more than the limit of {len(op_ed.encode()) * 2}"),
    ]
    with pytest.raises(Forbidden, match="one of the app's example maps"):
        maps.remine(store, "schools-should-start-later", None)


def test_two_seeds_with_the_same_title_both_get_a_map(tmp_path: Path, op_ed: str) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(op_ed, encoding="utf-8")
    store = Store(tmp_path / "maps.db")
    maps.sync_seeds(store, tmp_path, max_input_bytes=10_000)
    ids = ["cities-should-ban-cars-from-their-centres", "cities-should-ban-cars-from-their-centres-2",
           "cities-should-ban-cars-from-their-centres-3"]
    assert [maps.get_map(store, i).id for i in ids] == ids


def test_seeds_are_mapped_again_at_every_start_and_gone_files_leave(tmp_path: Path, op_ed: str) -> None:
    (tmp_path / "a.txt").write_text(op_ed, encoding="utf-8")
    maps.sync_seeds(Store(tmp_path / "maps.db"), tmp_path, 10_000)
    (tmp_path / "a.txt").unlink()
    (tmp_path / "b.txt").write_text(SCHOOLS)
    store = Store(tmp_path / "maps.db")
    maps.sync_seeds(store, tmp_path, 10_000)
    assert [m.id for m in store.list_maps()] == ["schools-should-start-later"]
    maps.sync_seeds(store, tmp_path, 10_000)
    assert maps.default_map(store).version == 2  # a new drawing, never served from an old cache


def test_unknown_id_is_not_found(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    with pytest.raises(NotFound, match="no map with id 'x'"):
        maps.get_map(store, "x")
    with pytest.raises(NotFound, match="there are no maps yet"):
        maps.default_map(store)


def test_a_map_and_its_edits_survive_a_restart(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = maps.create_map(store, op_ed, title="Car-free centres")
    central = next(n for n in amap.nodes if n.kind == "central_claim")
    maps.edit(store, amap.id, key, {"operation": "test"}, lambda G: change_node(G, central.id, label="Ban the cars"))

    again = maps.get_map(Store(tmp_path / "maps.db"), amap.id)
    assert again.title == "Car-free centres"
    assert again.version == 2
    renamed = next(n for n in again.nodes if n.id == central.id)
    assert (renamed.label, renamed.confirmed) == ("Ban the cars", True)
    assert [b.lines for b in again.layout.boxes if b.id == central.id] == [["Ban the cars"]]


def test_a_made_map_is_the_pipeline_s_map_under_a_new_id(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = maps.create_map(store, op_ed)
    assert amap == build_map(op_ed, map_id=amap.id)
    assert (amap.title, outline(amap.model_dump())) == ("Cities should ban cars from their centres",
                                                        (OP_ED_NODES, OP_ED_EDGES))
    assert store.origin(amap.id).title_given is None  # the title was the text's own: re-mining finds it again


def test_undo_and_redo_give_back_the_map_as_it_was(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = maps.create_map(store, op_ed)
    a = amap.nodes[0].id
    label = lambda e: next(n.label for n in maps.get_map(store, e.map_id).nodes if n.id == a)  # noqa: E731
    assert label(maps.edit(store, amap.id, key, {}, lambda G: change_node(G, a, label="One"))) == "One"
    assert label(maps.edit(store, amap.id, key, {}, lambda G: change_node(G, a, label="Two"))) == "Two"
    assert label(maps.undo(store, amap.id, key)) == "One"
    undone = maps.get_map(store, maps.undo(store, amap.id, key).map_id)
    assert undone.model_dump(exclude={"version"}) == amap.model_dump(exclude={"version"})
    assert undone.version == 5
    assert label(maps.redo(store, amap.id, key)) == "One"
    assert label(maps.redo(store, amap.id, key)) == "Two"
    with pytest.raises(BadInput, match="nothing to redo"):
        maps.redo(store, amap.id, key)


def test_remine_keeps_a_deleted_node_out_and_is_undone_in_one_step(tmp_path: Path, op_ed: str) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = maps.create_map(store, op_ed)
    counter = next(n for n in amap.nodes if n.kind == "counterclaim")
    maps.edit(store, amap.id, key, {}, lambda G: delete_node(G, counter.id))
    deleted = maps.get_map(store, amap.id)

    remined = maps.get_map(store, maps.remine(store, amap.id, key).map_id)

    assert [n.id for n in remined.nodes] == [n.id for n in deleted.nodes] == [
        node_id for node_id, _, _ in OP_ED_NODES if node_id != "shops-will-lose-customers"]
    assert store.history(amap.id) == (2, 0)
    maps.undo(store, amap.id, key)
    assert maps.get_map(store, amap.id).nodes == deleted.nodes
