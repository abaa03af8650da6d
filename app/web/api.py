"""The JSON API: maps as data, new maps, and the edits a person makes with the map's edit key.

Every change answers with the whole map as it now is (its ``version`` one higher), or, asked
with ``Prefer: return=minimal``, with its new version and the nodes it added (no layout: quick
on maps of thousands of nodes). A change that names the version it was made on
(``X-Map-Version``) is a 409 when another change came first. A change without the right
``X-Edit-Key`` is a 403, to a seed map too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from app import editing, maps
from app.mining import miner_named
from app.models import (
    ArgumentMap,
    CreatedMap,
    EdgeChange,
    EditDone,
    ErrorBody,
    MapSummary,
    NewEdge,
    NewNode,
    NodeChange,
    Standing,
)
from app.semantics import claims_that_stand
from app.store import Store
from app.web.deps import (
    EditAsked,
    EditAskedDep,
    EditKeyDep,
    MapId,
    SettingsDep,
    StoreDep,
    WorkerDep,
    rendered_once,
)
from app.web.intake import REQUEST_BODY, read_new_map
from app.web.limits import limit_writes

if TYPE_CHECKING:
    import networkx as nx

router = APIRouter(prefix="/api", tags=["maps"], dependencies=[Depends(limit_writes)])

NodeId = Annotated[str, Path(description="A node's id in the map.")]
ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorBody, "description": "No edit key, or not this map's."},
    404: {"model": ErrorBody, "description": "No such map, node or edge."},
    409: {"model": ErrorBody, "description": "The map changed since the version named in X-Map-Version; "
                                             "or (add an edge) the edge is there already; or nothing to undo."},
    429: {"model": ErrorBody, "description": "Too many changes from this address; Retry-After says when to try."},
}


def edit(store: Store, map_id: str, key: str, asked: EditAsked, operation: dict[str, Any],
         change: Callable[[nx.DiGraph], object], status: int = 200) -> ArgumentMap | JSONResponse:
    """Make ``change`` (an edit of :mod:`app.editing`) on the version the person named, and answer it."""
    return answer(store, asked, maps.edit(store, map_id, key, operation, change, version=asked.version), status)


def answer(store: Store, asked: EditAsked, edited: maps.Edited, status: int = 200) -> ArgumentMap | JSONResponse:
    """Return the map as the change left it; with ``Prefer: return=minimal``, only its version and added nodes."""
    if asked.minimal:
        body = EditDone(id=edited.map_id, version=edited.version, added=edited.added)
        return JSONResponse(body.model_dump(), status_code=status, headers={"Preference-Applied": "return=minimal"})
    return maps.get_map(store, edited.map_id)


@router.get("/maps", response_model=list[MapSummary])
def list_maps(store: StoreDep) -> list[MapSummary]:
    """The example maps. People's maps are not listed: their link is theirs to share."""
    return store.list_maps(seeds_only=True)


@router.post(
    "/maps",
    status_code=201,
    response_model=CreatedMap,
    openapi_extra={"requestBody": REQUEST_BODY},
    responses={
        413: {"model": ErrorBody, "description": "The text is larger than the limit (2 MB unless configured)."},
        415: {"model": ErrorBody, "description": "Binary or undecodable bytes, or a body neither JSON nor a form."},
        422: {"model": ErrorBody, "description": "Nothing to map: the text is empty; or no miner has that name."},
    },
)
async def create_map(request: Request, store: StoreDep, settings: SettingsDep, worker: WorkerDep) -> JSONResponse:
    """Map a text (JSON ``{"text", "title"?, "format"?, "miner"?}``, or a form with ``text`` or ``file``).

    The answer holds the map's ``edit_key``, given only this once: send it as ``X-Edit-Key`` to edit.
    """
    new = await read_new_map(request, settings.max_input_bytes)
    miner_named(new.miner)  # an unknown miner is a 422 that lists the known ones, an import's too
    map_id, key = await run_in_threadpool(maps.add_map, store, new.text, title=new.title, fmt=new.format,
                                        miner=new.miner, worker=worker)
    url = request.app.url_path_for("viewer", map_id=map_id)
    body = CreatedMap(id=map_id, edit_key=key, url=url)
    return JSONResponse(body.model_dump(), status_code=201, headers={"Location": url})


@router.get("/maps/{map_id}", response_model=ArgumentMap, responses={404: {"model": ErrorBody}})
async def read_map(request: Request, map_id: MapId, store: StoreDep) -> Response:
    """The whole map: source text, nodes with their spans, edges, noise and layout."""
    return await answer_once(request, store, map_id, "map", lambda amap: amap.model_dump_json().encode())


@router.get("/maps/{map_id}/stand", response_model=dict[str, Standing], responses={404: {"model": ErrorBody}})
async def which_claims_stand(request: Request, map_id: MapId, store: StoreDep) -> Response:
    """Which claims stand: each node in, out or undecided under grounded semantics (supports do not count)."""
    return await answer_once(request, store, map_id, "stand", _standing_json)


def _standing_json(amap: ArgumentMap) -> bytes:
    standing = {node: Standing(status=v.status, reason=v.reason, attackers=list(v.because))
                for node, v in claims_that_stand(amap).items()}
    return STANDINGS.dump_json(standing)


STANDINGS = TypeAdapter(dict[str, Standing])


async def answer_once(request: Request, store: Store, map_id: str, what: str,
                      render: Callable[[ArgumentMap], bytes]) -> Response:
    """Answer ``render`` of the map as JSON, rendered once per version of the map and kept with the pages."""
    key = (what, map_id, store.version(map_id))  # one indexed lookup: fine on the event loop
    body = await rendered_once(request, key, lambda: render(maps.get_map(store, map_id)))
    return Response(body, media_type="application/json")


@router.patch("/maps/{map_id}/nodes/{node_id}", response_model=ArgumentMap, responses=ERRORS)
def change_node(map_id: MapId, node_id: NodeId, change: NodeChange, key: EditKeyDep, store: StoreDep,
                asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Rename a node (``{"label"}``) or change its kind (``{"kind"}``); it becomes confirmed."""
    operation = {"operation": "change_node", "node": node_id, **change.model_dump(exclude_none=True)}
    return edit(store, map_id, key, asked, operation,
                lambda G: editing.change_node(G, node_id, label=change.label, kind=change.kind))


@router.delete("/maps/{map_id}/nodes/{node_id}", response_model=ArgumentMap, responses=ERRORS)
def delete_node(map_id: MapId, node_id: NodeId, key: EditKeyDep, store: StoreDep,
                asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Remove a node and its edges; re-mining will not bring it back."""
    return edit(store, map_id, key, asked, {"operation": "delete_node", "node": node_id},
                lambda G: editing.delete_node(G, node_id))


@router.post("/maps/{map_id}/nodes", status_code=201, response_model=ArgumentMap, responses=ERRORS)
def add_node(map_id: MapId, new: NewNode, key: EditKeyDep, store: StoreDep,
             asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Add a node over spans of the map's text (``[start, end)`` offsets, in characters)."""
    spans = [(s.start, s.end) for s in new.spans]
    operation = {"operation": "add_node", **new.model_dump(exclude_none=True)}
    return edit(store, map_id, key, asked, operation, lambda G: editing.add_node(G, new.kind, spans, new.label),
                status=201)


@router.post("/maps/{map_id}/edges", status_code=201, response_model=ArgumentMap,
             responses=ERRORS)
def add_edge(map_id: MapId, new: NewEdge, key: EditKeyDep, store: StoreDep,
             asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Add an edge: ``source`` supports or attacks ``target``."""
    return edit(store, map_id, key, asked, {"operation": "add_edge", **new.model_dump()},
                lambda G: editing.add_edge(G, new.source, new.target, new.kind), status=201)


@router.patch("/maps/{map_id}/edges/{source}/{target}", response_model=ArgumentMap, responses=ERRORS)
def change_edge(map_id: MapId, source: NodeId, target: NodeId, change: EdgeChange, key: EditKeyDep,
                store: StoreDep, asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Make an edge supports or attacks."""
    operation = {"operation": "change_edge", "source": source, "target": target, "kind": change.kind}
    return edit(store, map_id, key, asked, operation, lambda G: editing.set_edge_kind(G, source, target, change.kind))


@router.delete("/maps/{map_id}/edges/{source}/{target}", response_model=ArgumentMap, responses=ERRORS)
def delete_edge(map_id: MapId, source: NodeId, target: NodeId, key: EditKeyDep, store: StoreDep,
                asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Remove an edge."""
    return edit(store, map_id, key, asked, {"operation": "delete_edge", "source": source, "target": target},
                lambda G: editing.delete_edge(G, source, target))


@router.post("/maps/{map_id}/edges/{source}/{target}/reverse", response_model=ArgumentMap, responses=ERRORS)
def reverse_edge(map_id: MapId, source: NodeId, target: NodeId, key: EditKeyDep, store: StoreDep,
                 asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Turn an edge around: ``target`` now supports or attacks ``source``."""
    return edit(store, map_id, key, asked, {"operation": "reverse_edge", "source": source, "target": target},
                lambda G: editing.reverse_edge(G, source, target))


@router.get("/maps/{map_id}/key", status_code=204, response_class=Response, responses=ERRORS)
def check_key(map_id: MapId, key: EditKeyDep) -> Response:
    """Say whether the ``X-Edit-Key`` header opens this map for editing: 204 if it does, 403 if not.

    The viewer asks before it keeps a key that came in a link, so a wrong link never replaces a working key.
    """
    return Response(status_code=204)


@router.post("/maps/{map_id}/undo", response_model=ArgumentMap, responses=ERRORS)
def undo(map_id: MapId, key: EditKeyDep, store: StoreDep, asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Undo the last change (409 when there is none)."""
    return answer(store, asked, maps.undo(store, map_id, key))


@router.post("/maps/{map_id}/redo", response_model=ArgumentMap, responses=ERRORS)
def redo(map_id: MapId, key: EditKeyDep, store: StoreDep, asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Make the last undone change again (409 when there is none)."""
    return answer(store, asked, maps.redo(store, map_id, key))


@router.post("/maps/{map_id}/remine", response_model=ArgumentMap, responses=ERRORS)
def remine(map_id: MapId, key: EditKeyDep, store: StoreDep, worker: WorkerDep,
           asked: EditAskedDep) -> ArgumentMap | JSONResponse:
    """Mine the text again; confirmed nodes and edges stay, deleted nodes stay out. Undo brings back the map before."""
    return answer(store, asked, maps.remine(store, map_id, key, worker))
