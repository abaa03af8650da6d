"""The pages for people: the list of maps with the new-map form, and the viewer of a map.

A viewer page depends only on the map's id and version, so it is rendered once per
version and served from memory after that (a change bumps the version).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from app import maps
from app.config import Settings
from app.errors import ArgmapError
from app.input_formats import FORMATS, file_picker_accepts
from app.models import ArgumentMap
from app.render import EXPORTERS
from app.render.palette import NODE_STYLES
from app.render.svg import render_svg
from app.semantics import claims_that_stand
from app.store import Store
from app.views import View, apply_view, default_view, parents
from app.web.deps import MapId, SettingsDep, StoreDep, TemplatesDep, WorkerDep, rendered_once
from app.web.intake import read_new_map
from app.web.limits import limit_writes
from app.web.source_text import passages

router = APIRouter(tags=["pages"], include_in_schema=False, default_response_class=HTMLResponse)

#: The kinds a node can be given, and their names: the editor's menus and the viewer's chips say them.
KIND_NAMES = {kind: style.title for kind, style in NODE_STYLES.items()}


@router.get("/")
def home(request: Request, store: StoreDep, templates: TemplatesDep, settings: SettingsDep) -> HTMLResponse:
    """The maps: the examples, then the ones this browser made (listed by the page's script), and the form."""
    return home_page(request, templates, store, settings)


def home_page(request: Request, templates: Jinja2Templates, store: Store, settings: Settings, *,
              problem: str | None = None, status: int = 200) -> HTMLResponse:
    """Return the home page; with a ``problem``, the form shows it, filled in as it was sent."""
    form = getattr(request.state, "form", None) if problem else None
    sent = {name: form.get(name) for name in ("title", "text", "format")} if form is not None else {}
    return templates.TemplateResponse(
        request, "home.html",
        {
            "examples": store.list_maps(seeds_only=True),
            "formats": FORMATS.values(),
            "accept": file_picker_accepts(),
            "max_mb": settings.max_input_bytes / 1024 / 1024,
            "problem": problem,
            "sent": {name: value for name, value in sent.items() if isinstance(value, str)},
        },
        status_code=status,
    )


@router.post("/maps", dependencies=[Depends(limit_writes)])
async def create_from_form(request: Request, store: StoreDep, settings: SettingsDep,
                           templates: TemplatesDep, worker: WorkerDep) -> Response:
    """Map the form's text or file, then go to its page; the edit key rides in the fragment, never sent back.

    A problem (too large, binary, empty) shows the home page again with the message and the form as it was.
    The page's script sends the form asking for JSON (``Accept: application/json``): it gets the map's
    address, or the problem, and the form stays as it is, the file chosen included.
    """
    wants_json = "application/json" in request.headers.get("accept", "")
    try:
        new = await read_new_map(request, settings.max_input_bytes)
        map_id, key = await run_in_threadpool(maps.add_map, store, new.text, title=new.title, fmt=new.format,
                                            worker=worker)
    except ArgmapError as exc:
        problem = exc.message[:1].upper() + exc.message[1:] + "."
        if wants_json:
            return JSONResponse({"error": problem, "status": exc.status}, status_code=exc.status)
        return home_page(request, templates, store, settings, problem=problem, status=exc.status)
    url = request.app.url_path_for("viewer", map_id=map_id)
    if wants_json:
        return JSONResponse({"url": f"{url}#key={key}"}, status_code=201)
    return RedirectResponse(f"{url}#key={key}", status_code=303)


@router.get("/maps/{map_id}")
async def viewer(request: Request, map_id: MapId, templates: TemplatesDep, store: StoreDep) -> HTMLResponse:
    """The viewer of one map: from the page cache when this version was drawn already."""
    key = ("page", map_id, store.version(map_id))  # one indexed lookup: fine on the event loop
    return HTMLResponse(await rendered_once(request, key, lambda: _draw(request, templates, store, map_id)))


def _draw(request: Request, templates: Jinja2Templates, store: Store, map_id: str) -> bytes:
    # A big map opens on a part of it, laid out on its own: the whole map's layout is not needed for that.
    amap = maps.get_map(store, map_id, laid_out=False)
    tree = parents(amap)  # found once: for the view it opens on, the part drawn and the page's script
    view = default_view(amap, tree)
    if view.whole:
        amap = maps.get_map(store, map_id)
    undo, redo = store.history(map_id)
    return bytes(viewer_page(request, templates, amap, tree, view, undo=undo, redo=redo).body)


def viewer_page(request: Request, templates: Jinja2Templates, amap: ArgumentMap, tree: dict[str, str | None],
                view: View, *, undo: int = 0, redo: int = 0) -> HTMLResponse:
    """Return the viewer of ``amap`` (``tree``: each node's parent), opened on ``view``: the same SVG as the
    export, the text cut into passages. ``amap`` is laid out when the view is the whole map.

    A big map opens on its first levels (see app.views.default_view); the page's script asks for
    other parts of it as the reader folds and unfolds branches.
    """
    part, hidden = apply_view(amap, view, tree)
    return templates.TemplateResponse(
        request,
        "viewer.html",
        {
            "amap": amap,
            # render_svg escapes everything it draws; the page inlines its output unchanged.
            "svg": Markup(render_svg(part, hidden)),
            "passages": passages(amap),
            "map_data": {
                **amap.model_dump(include={"id", "title", "nodes", "edges", "version", "problems"}),
                "undo": undo, "redo": redo,
                # The map's tree (each node's parent) and the part drawn: for folding, focus and the outline.
                "parents": tree,
                "view": {"collapsed": sorted(view.collapsed), "focus": view.focus},
            },
            # The download menu: every exporter, in the order app.render registered them.
            "downloads": [(e.name, e.label, e.note, request.app.url_path_for("map_export", map_id=amap.id, fmt=e.name))
                          for e in EXPORTERS.values()],
            # Which claims stand (grounded semantics), for the viewer's toggle.
            "stand": {node: {"status": v.status, "reason": v.reason} for node, v in claims_that_stand(amap).items()},
            "kinds": KIND_NAMES,
        },
    )
