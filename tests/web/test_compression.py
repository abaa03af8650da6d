"""Responses that shrink are sent compressed to a client that accepts gzip; images are sent as they are."""

from __future__ import annotations

import gzip

import pytest
from fastapi.testclient import TestClient

from app.models import ArgumentMap


@pytest.mark.parametrize("path", ["/", "/maps/{id}", "/api/maps/{id}", "/maps/{id}.svg", "/maps/{id}.aif",
                                  "/static/viewer.js"])
def test_text_responses_are_gzipped_and_decode_to_the_same_bytes(client: TestClient, seed_map: ArgumentMap,
                                                                  path: str) -> None:
    url = path.format(id=seed_map.id)
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    packed = client.get(url, headers={"Accept-Encoding": "gzip"}, extensions={})
    assert plain.status_code == packed.status_code == 200
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.content == plain.content  # httpx decodes it
    assert len(gzip.compress(plain.content)) < len(plain.content) / 2


def test_a_png_is_not_gzipped(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/maps/{seed_map.id}.png", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert "content-encoding" not in response.headers
