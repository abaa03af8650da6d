"""``GET /api/maps/{id}/stand``: the grounded labelling of a map's attacks, as JSON."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.models import ArgumentMap
from app.semantics import claims_that_stand


def test_every_node_has_a_status_a_reason_and_the_attackers_it_rests_on(client: TestClient, seed_map: ArgumentMap):
    response = client.get(f"/api/maps/{seed_map.id}/stand")
    assert response.status_code == 200
    assert response.json() == {
        node: {"status": v.status, "reason": v.reason, "attackers": list(v.because)}
        for node, v in claims_that_stand(seed_map).items()
    }


def test_an_unknown_map_is_a_404(client: TestClient):
    assert client.get("/api/maps/nowhere/stand").status_code == 404
