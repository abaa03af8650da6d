"""Exports of a map as files: ``/maps/{map_id}.svg``."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.models import ErrorBody
from app.pipeline import slugify
from app.render.svg import render_svg
from app.web.deps import MapDep

router = APIRouter(tags=["exports"])


@router.get(
    "/maps/{map_id}.svg",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}, "description": "The map as a standalone SVG."},
               404: {"model": ErrorBody}},
)
def map_svg(amap: MapDep) -> Response:
    """The map as a standalone SVG file, the same drawing as in the viewer."""
    filename = f"{slugify(amap.title)}.svg"
    return Response(
        render_svg(amap),
        media_type="image/svg+xml",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
