"""Dependencies of the routes: the catalogue, a map by id (its 404 lives here only), the templates."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.templating import Jinja2Templates

from app.catalog import Catalog
from app.models import ArgumentMap


def get_catalog(request: Request) -> Catalog:
    return request.app.state.catalog


CatalogDep = Annotated[Catalog, Depends(get_catalog)]


def get_map(
    map_id: Annotated[str, Path(description="The map's id, a slug of its title.")], catalog: CatalogDep
) -> ArgumentMap:
    """Return the map ``map_id``; :class:`~app.errors.NotFound` becomes a 404."""
    return catalog.get_map(map_id)


MapDep = Annotated[ArgumentMap, Depends(get_map)]


def get_default_map(catalog: CatalogDep) -> ArgumentMap:
    return catalog.default_map()


DefaultMapDep = Annotated[ArgumentMap, Depends(get_default_map)]


def get_templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
