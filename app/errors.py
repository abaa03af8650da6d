"""Errors that carry what a person needs: an HTTP status and a message.

    ArgmapError(status, message)
      ├── NotFound          404: no such map, node or edge
      ├── Forbidden         403: a change without the map's edit key
      ├── Conflict          409: the change clashes with the map (an edge that is there already)
      │     └── Stale       409: the map changed since the version the change was made on
      ├── BadInput          400/413/415/422: the input cannot be mapped (empty, too large, binary, not UTF-8)
      └── Unavailable       429/503: not now (too many writes, a limit of time or a busy server): Retry-After

The web layer turns each into a JSON body (API) or an HTML page (browser); the CLI
prints the message on stderr and exits with code 2.
"""

from __future__ import annotations


class ArgmapError(Exception):
    status: int = 500
    #: HTTP headers the answer carries besides the message (Retry-After, X-Map-Version).
    headers: dict[str, str] = {}

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NotFound(ArgmapError):
    status = 404


class BadInput(ArgmapError):
    status = 422


class Forbidden(ArgmapError):
    status = 403


class Conflict(ArgmapError):
    status = 409


class Stale(Conflict):
    """A change made on a version of the map that another change has replaced: its answer names the current one."""

    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.headers = {"X-Map-Version": str(version)}


class Unavailable(ArgmapError):
    status = 503

    def __init__(self, message: str, retry_after: int, status: int | None = None) -> None:
        super().__init__(message, status)
        self.retry_after = retry_after
        self.headers = {"Retry-After": str(retry_after)}
