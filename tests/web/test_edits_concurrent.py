"""Edits are small and safe together: the journal keeps the change, a stale change is a 409, many at once all land."""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Callable
from pathlib import Path

from app import maps
from app.editing import change_node
from app.store import Store, pack

ARGDOWN = "[C]: The town should build the bridge.\n" + "".join(
    f"  + [R{i}]: Reason number {i} for the bridge holds.\n" for i in range(300))


def test_the_journal_keeps_the_change_not_two_copies_of_the_graph(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = maps.create_map(store, ARGDOWN, fmt="argdown")
    node = amap.nodes[5].id
    maps.edit(store, amap.id, key, {"operation": "change_node"}, lambda G: change_node(G, node, label="Renamed"))

    row = store._db().execute("SELECT before, after, change FROM edits WHERE map_id = ?", (amap.id,)).fetchone()
    change = json.loads(zlib.decompress(row["change"]))
    graph = pack(store.graph_data(amap.id)[0]).encode()
    assert (row["before"], row["after"]) == (b"", b"")
    assert [after["label"] for _, after in change["nodes"]["changed"]] == ["Renamed"]
    assert len(row["change"]) * 20 < len(zlib.compress(graph))  # the change, not the graph
    maps.undo(store, amap.id, key)
    assert maps.get_map(store, amap.id).model_dump(exclude={"version"}) == amap.model_dump(exclude={"version"})


def test_a_journal_of_graph_copies_from_before_diffs_still_undoes(tmp_path: Path) -> None:
    store = Store(tmp_path / "maps.db")
    amap, key = maps.create_map(store, ARGDOWN, fmt="argdown")
    data, _ = store.graph_data(amap.id)
    renamed = json.loads(json.dumps(data))
    renamed["nodes"][0]["label"] = "Old style"
    with store._write() as db:  # a row as the journal wrote them before: both graphs, no change
        db.execute("INSERT INTO edits (map_id, seq, operation, before, after, created_at) VALUES (?, 1, '{}', ?, ?, '')",
                   (amap.id, zlib.compress(pack(data).encode()), zlib.compress(pack(renamed).encode())))
        db.execute("UPDATE maps SET graph = ?, version = 2 WHERE id = ?", (pack(renamed), amap.id))
    maps.undo(store, amap.id, key)
    assert maps.get_map(store, amap.id).nodes == amap.nodes
    maps.redo(store, amap.id, key)
    assert maps.get_map(store, amap.id).nodes[0].label == "Old style"


def test_a_change_made_on_an_old_version_is_a_409_that_names_the_current_one(client_for: Callable[..., tuple]) -> None:
    client, amap, key = client_for()
    node = amap.nodes[1].id
    url = f"/api/maps/{amap.id}/nodes/{node}"
    first = client.patch(url, json={"label": "First"}, headers={"X-Edit-Key": key, "X-Map-Version": "1",
                                                                   "Prefer": "return=minimal"})
    assert first.status_code == 200 and first.json() == {"id": amap.id, "version": 2, "added": []}
    late = client.patch(url, json={"label": "Late"}, headers={"X-Edit-Key": key, "X-Map-Version": "1"})
    assert late.status_code == 409 and late.headers["X-Map-Version"] == "2"
    assert "changed by someone else since you loaded it (you saw version 1, it is now at 2)" in late.json()["error"]
    assert next(n["label"] for n in client.get(f"/api/maps/{amap.id}").json()["nodes"] if n["id"] == node) == "First"
    whole = client.patch(url, json={"label": "Then"}, headers={"X-Edit-Key": key})  # no version named: made
    assert whole.status_code == 200 and whole.json()["version"] == 3 and "layout" in whole.json()


def test_an_added_node_is_named_in_the_short_answer(client_for: Callable[..., tuple]) -> None:
    client, amap, key = client_for()
    answer = client.post(f"/api/maps/{amap.id}/nodes", json={"kind": "claim", "spans": [{"start": 0, "end": 10}]},
                         headers={"X-Edit-Key": key, "Prefer": "return=minimal"})
    assert answer.status_code == 201 and answer.headers["Preference-Applied"] == "return=minimal"
    added = answer.json()["added"]
    assert len(added) == 1 and added[0] in {n["id"] for n in client.get(f"/api/maps/{amap.id}").json()["nodes"]}


def test_a_hundred_changes_at_once_from_two_processes_all_land_and_all_undo(tmp_path: Path) -> None:
    # Two stores on one file are two server processes: each works out changes on its own, SQLite orders the writes.
    stores = [Store(tmp_path / "maps.db"), Store(tmp_path / "maps.db")]
    amap, key = maps.create_map(stores[0], ARGDOWN, fmt="argdown")
    ids = [n.id for n in amap.nodes][:100]
    failures: list[BaseException] = []

    def rename(i: int) -> None:
        try:
            maps.edit(stores[i % 2], amap.id, key, {"operation": "change_node"},
                      lambda G: change_node(G, ids[i], label=f"Label {i}"))
        except BaseException as exc:  # noqa: BLE001 - collected, asserted below
            failures.append(exc)

    threads = [threading.Thread(target=rename, args=(i,)) for i in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    now = maps.get_map(stores[1], amap.id)
    assert now.version == 101
    assert {n.id: n.label for n in now.nodes if n.id in ids} == {ids[i]: f"Label {i}" for i in range(100)}
    for _ in range(100):
        maps.undo(stores[0], amap.id, key)
    assert maps.get_map(stores[0], amap.id).nodes == amap.nodes
