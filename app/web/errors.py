"""The one error handler: a JSON body for the API, a friendly HTML page for people.

Every error the app raises is an :class:`~app.errors.ArgmapError` carrying its status;
Starlette's own 404/405 and request validation errors are answered the same way; a database
that cannot be written (read-only, disk full) is a 503; anything unexpected becomes a 500 without a
stack trace (it is logged instead).
"""

from __future__ import annotations

import logging
import sqlite3
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response

from app.errors import ArgmapError
from app.models import ErrorBody
from app.web.security import SECURITY_HEADERS

log = logging.getLogger(__name__)


def wants_json(request: Request) -> bool:
    """Return whether the client should get JSON: API paths, and clients that ask for JSON over HTML."""
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def describe(request: Request, exc: Exception) -> tuple[int, str, dict[str, str]]:
    """Return the status, the message for a person and extra headers of ``exc``."""
    if isinstance(exc, ArgmapError):
        return exc.status, exc.message, dict(exc.headers)
    if isinstance(exc, HTTPException):
        if exc.status_code == 404:
            message = f"there is nothing at {request.url.path}"
        else:
            message = str(exc.detail)
        return exc.status_code, message, dict(exc.headers or {})
    if isinstance(exc, RequestValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return 422, f"the request is not valid: {problems}", {}
    if isinstance(exc, sqlite3.OperationalError) and ("readonly" in str(exc) or "disk" in str(exc)):
        # the database file turned read-only, or its disk is full: nothing was changed; try again later
        log.error("database not writable on %s %s: %s", request.method, request.url.path, exc)
        return 503, "the map store cannot be written right now, so nothing was changed; try again later", {
            "Retry-After": "60"}
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return 500, "something went wrong on our side; the error has been logged", {}


async def handle_error(request: Request, exc: Exception) -> Response:
    """Answer ``exc`` as ``{"error", "status"}`` JSON or as the error page, never with a trace."""
    status, message, headers = describe(request, exc)
    # A 500 is answered outside the middleware stack, so the security headers are set here too.
    headers = {**SECURITY_HEADERS, **headers}
    if wants_json(request):
        body = ErrorBody(error=message, status=status)
        return JSONResponse(body.model_dump(), status_code=status, headers=headers)
    return request.app.state.templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "reason": HTTPStatus(status).phrase, "message": message},
        status_code=status,
        headers=headers,
    )


def install_error_handler(app: FastAPI) -> None:
    """Route every kind of error the app can meet to :func:`handle_error`."""
    for exc_class in (ArgmapError, HTTPException, RequestValidationError, Exception):
        app.add_exception_handler(exc_class, handle_error)
