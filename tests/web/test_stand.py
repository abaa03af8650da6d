"""``GET /api/maps/{id}/stand``: the grounded labelling of a map's attacks, as JSON."""

from __future__ import annotations

from fastapi.testclient import TestClient

# Cost attacks the claim and Cheap attacks Cost: Cheap is in, so Cost is out, so the claim stands
# (labels are the Argdown titles).
ARGDOWN = """# Trees

[Trees]: Cities should plant trees.
  + [Shade]: Shade cools streets.
  - [Cost]: Trees cost too much.
    - [Cheap]: Saplings cost little.
"""


def test_every_node_has_a_status_a_reason_and_the_attackers_it_rests_on(empty_app):
    client = TestClient(empty_app)
    created = client.post("/api/maps", json={"text": ARGDOWN})
    assert created.status_code == 201, created.text
    response = client.get(f"/api/maps/{created.json()['id']}/stand")
    assert response.status_code == 200
    assert response.json() == {
        "trees": {"status": "in", "reason": "in: every attacker is out (“Cost”)", "attackers": ["cost"]},
        "shade": {"status": "in", "reason": "in: nothing attacks it", "attackers": []},
        "cost": {"status": "out", "reason": "out: attacked by “Cheap”, which is in", "attackers": ["cheap"]},
        "cheap": {"status": "in", "reason": "in: nothing attacks it", "attackers": []},
    }


def test_an_unknown_map_is_a_404(client: TestClient):
    assert client.get("/api/maps/nowhere/stand").status_code == 404


def test_the_map_and_its_standing_are_rendered_once_per_version(client_for, monkeypatch) -> None:
    from app.web import api

    client, amap, key = client_for()
    rendered: list[str] = []
    real = api._standing_json
    monkeypatch.setattr(api, "_standing_json", lambda m: rendered.append(m.id) or real(m))
    first = [client.get(f"/api/maps/{amap.id}/stand").json() for _ in range(3)]
    assert rendered == [amap.id] and first[0] == first[2]
    node = amap.nodes[0].id
    assert client.patch(f"/api/maps/{amap.id}/nodes/{node}", json={"label": "Renamed"},
                        headers={"X-Edit-Key": key}).status_code == 200
    assert [n["label"] for n in client.get(f"/api/maps/{amap.id}").json()["nodes"] if n["id"] == node] == ["Renamed"]
    client.get(f"/api/maps/{amap.id}/stand")
    assert rendered == [amap.id, amap.id]  # a new version, rendered again
