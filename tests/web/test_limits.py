"""Writes per client are limited: past the rate, a 429 that says when to try again; reads are never limited."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.conftest import OP_ED, app_on


def test_new_maps_past_the_rate_are_a_429_with_retry_after_and_reads_still_pass(tmp_path: Path) -> None:
    client = TestClient(app_on(tmp_path / "maps.db", creates_per_minute=2, edits_per_minute=3))
    made = [client.post("/api/maps", json={"text": OP_ED}) for _ in range(2)]
    assert [r.status_code for r in made] == [201, 201]
    refused = client.post("/api/maps", json={"text": OP_ED})
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) in range(1, 31)
    assert refused.json()["error"].startswith("too many new maps from your address: at most 2 a minute")
    form = client.post("/maps", data={"text": OP_ED}, headers={"Accept": "application/json"})
    assert form.status_code == 429  # the form draws on the same bucket

    map_id, key = made[0].json()["id"], made[0].json()["edit_key"]
    node = client.get(f"/api/maps/{map_id}").json()["nodes"][0]["id"]
    edits = [client.patch(f"/api/maps/{map_id}/nodes/{node}", json={"label": f"L{i}"}, headers={"X-Edit-Key": key})
             for i in range(4)]
    assert [r.status_code for r in edits] == [200, 200, 200, 429]  # changes have their own, larger bucket
    assert "too many changes" in edits[-1].json()["error"]
    assert all(client.get(f"/api/maps/{map_id}").status_code == 200 for _ in range(20))


def test_the_limits_are_on_by_default() -> None:
    from app.config import Settings

    assert (Settings().creates_per_minute, Settings().edits_per_minute) == (30, 600)
