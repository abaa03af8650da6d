"""``/docs``: FastAPI's Swagger UI, off unless ``ARGMAP_API_DOCS=1``, with a Content-Security-Policy of its own.

Swagger UI comes from a CDN, and this origin's browser storage holds the edit keys of every
map a person made here: a script from elsewhere could read them. So the page is off by
default (``/docs`` then says where the schema is: ``/openapi.json``, always served). Turned
on, it starts with an inline script, which the app-wide policy forbids: this page, and only
it, allows that CDN and that one script, by its hash: still no ``'unsafe-inline'``. The
viewer pages load nothing from elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from app.errors import NotFound

router = APIRouter(include_in_schema=False)

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_CDN = "https://cdn.jsdelivr.net"


def docs_policy(html: str) -> str:
    """Return the Content-Security-Policy that lets ``html``'s inline scripts and the CDN run."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in _INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'self'; script-src 'self' {_CDN} {hashes}; style-src 'self' {_CDN}; "
        "img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )


DOCS_OFF = ("the interactive API documentation is off on this server (it would load scripts from a CDN); "
            "the API's schema is at /openapi.json, and ARGMAP_API_DOCS=1 turns the page on")


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    """The interactive API documentation, when the settings allow it."""
    if not request.app.state.settings.api_docs:
        raise NotFound(DOCS_OFF)
    page = get_swagger_ui_html(openapi_url=request.app.openapi_url, title=f"{request.app.title} API")
    html = bytes(page.body).decode()
    return HTMLResponse(html, headers={"Content-Security-Policy": docs_policy(html)})
