"""Exports of a map as files, one route for every format of the renderer's registry.

``/maps/{map_id}.svg`` is the very drawing the viewer inlines; ``.json`` is the API's body;
``.png``, ``.aif``, ``.argdown``, ``.graphml`` and ``.dot`` are the field's formats (see
:mod:`app.render`). The viewer's download menu links to each, for the whole map and for the part
of it in view (``?collapsed=…&focus=…``, see :mod:`app.views`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from app.models import ArgumentMap, ErrorBody
from app.render import EXPORTERS, export
from app.views import apply_view, make_view
from app.web.deps import MapDep, WorkerDep

router = APIRouter(tags=["exports"])


def export_json(amap: str, fmt: str, hidden: Mapping[str, int]) -> tuple[bytes, str, str]:
    """Return :func:`~app.render.export` of the map given as JSON: a worker's way in (pydantic models pickle
    slowly, and pickling in the server would hold its interpreter lock: 0.25 s for 5,000 nodes)."""
    return export(ArgumentMap.model_validate_json(amap), fmt, hidden)


@router.get(
    "/maps/{map_id}.{fmt}",
    response_class=Response,
    responses={
        200: {
            "content": {exporter.media_type: {} for exporter in EXPORTERS.values()},
            "description": "The map as a file to download.",
        },
        404: {"model": ErrorBody, "description": "No such map, or no such format."},
    },
)
def map_export(
    amap: MapDep,
    fmt: Annotated[str, Path(description=f"One of: {', '.join(sorted(EXPORTERS))}.")],
    worker: WorkerDep,
    collapsed: Annotated[list[str], Query(description="Nodes whose branches are folded away.")] = [],  # noqa: B006
    focus: Annotated[str | None, Query(description="A node to show with its ancestors and children only.")] = None,
) -> Response:
    """The map as a file: ``svg`` (the viewer's drawing), ``png``, ``json`` (the API's body), ``aif``, ``argdown``,
    ``graphml`` or ``dot``; with ``collapsed`` or ``focus``, the part of it that view shows, laid out anew
    (the viewer's collapsed and focused views, and their downloads)."""
    part, hidden = apply_view(amap, make_view(amap, collapsed, focus))
    if fmt in EXPORTERS and EXPORTERS[fmt].heavy:
        content, media_type, filename = worker.run(export_json, part.model_dump_json(), fmt, hidden)
    else:
        content, media_type, filename = export(part, fmt, hidden)
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})
