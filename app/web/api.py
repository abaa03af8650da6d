"""The JSON API: a map as data."""

from __future__ import annotations

from fastapi import APIRouter

from app.models import ArgumentMap, ErrorBody
from app.web.deps import MapDep

router = APIRouter(prefix="/api", tags=["maps"])


@router.get("/maps/{map_id}", response_model=ArgumentMap, responses={404: {"model": ErrorBody}})
def read_map(amap: MapDep) -> ArgumentMap:
    """The whole map: source text, nodes with their spans, edges, noise and layout."""
    return amap
