"""Dependencies of the routes: the store, a map by id (its 404 lives here only), the edit key, the templates.

The ones that only look something up are ``async``: FastAPI would run a plain function in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Path, Request
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from app import maps
from app.cache import ByteCache
from app.config import Settings
from app.models import ArgumentMap
from app.store import Store
from app.work import Worker

MapId = Annotated[str, Path(description="The map's id: a slug of its title for the seeds, 22 random characters for others.")]


async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_map(map_id: MapId, store: StoreDep) -> ArgumentMap:
    """Return the map ``map_id``; :class:`~app.errors.NotFound` becomes a 404."""
    return maps.get_map(store, map_id)


MapDep = Annotated[ArgumentMap, Depends(get_map)]


def get_default_map(store: StoreDep) -> ArgumentMap:
    return maps.default_map(store)


DefaultMapDep = Annotated[ArgumentMap, Depends(get_default_map)]


def get_edit_key(
    map_id: MapId,
    store: StoreDep,
    x_edit_key: Annotated[str | None, Header(description="The edit key given when the map was created.")] = None,
) -> str:
    """Return the edit key of the request once it is known to open map ``map_id`` (else 404 or 403)."""
    store.check_key(map_id, x_edit_key)
    return x_edit_key or ""


EditKeyDep = Annotated[str, Depends(get_edit_key)]


@dataclass(frozen=True)
class EditAsked:
    """How a change was asked for: on which version of the map, and whether the whole map is wanted back."""

    version: int | None
    minimal: bool


async def get_edit_asked(
    x_map_version: Annotated[int | None, Header(
        description="The map's version the change was made on: if another change came first, the answer is a 409.",
    )] = None,
    prefer: Annotated[str | None, Header(
        description='"return=minimal": answer with the new version and the added nodes only, not the whole map.',
    )] = None,
) -> EditAsked:
    return EditAsked(x_map_version, "return=minimal" in (prefer or "").replace(" ", ""))


EditAskedDep = Annotated[EditAsked, Depends(get_edit_asked)]


async def get_worker(request: Request) -> Worker:
    return request.app.state.worker


WorkerDep = Annotated[Worker, Depends(get_worker)]


async def rendered_once(request: Request, key: Hashable, render: Callable[[], bytes]) -> bytes:
    """Return what ``render`` makes, kept under ``key`` in the app's cache of rendered pages and answers: a kept
    one without leaving the event loop, else rendered in a worker thread, once for requests that ask together."""
    cache: ByteCache[bytes] = request.app.state.pages
    body = cache.get(key)
    if body is None:
        body = await run_in_threadpool(cache.get_or_build, key, render, len)
    return body


async def get_templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
