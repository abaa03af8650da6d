"""The viewer pages: the map beside its source text, for people."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from app.models import ArgumentMap
from app.render.svg import render_svg
from app.web.deps import DefaultMapDep, MapDep, TemplatesDep
from app.web.source_text import passages

router = APIRouter(tags=["pages"], include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def default_viewer(request: Request, amap: DefaultMapDep, templates: TemplatesDep) -> HTMLResponse:
    """The viewer of the default map."""
    return viewer_page(request, templates, amap)


@router.get("/maps/{map_id}")
def viewer(request: Request, amap: MapDep, templates: TemplatesDep) -> HTMLResponse:
    """The viewer of one map."""
    return viewer_page(request, templates, amap)


def viewer_page(request: Request, templates: Jinja2Templates, amap: ArgumentMap) -> HTMLResponse:
    """Return the viewer of ``amap``: the same SVG as the export, the text cut into passages."""
    return templates.TemplateResponse(
        request,
        "viewer.html",
        {
            "amap": amap,
            # render_svg escapes everything it draws; the page inlines its output unchanged.
            "svg": Markup(render_svg(amap)),
            "passages": passages(amap),
            "map_data": amap.model_dump(include={"id", "title", "nodes", "edges"}),
            "svg_url": request.app.url_path_for("map_export", map_id=amap.id, fmt="svg"),
        },
    )
