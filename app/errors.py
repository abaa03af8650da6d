"""Errors that carry what a person needs: an HTTP status and a message.

    ArgmapError(status, message)
      ├── NotFound          404: no such map
      └── BadInput          400/415/422: the input cannot be mapped (empty, binary, not UTF-8)

The web layer turns each into a JSON body (API) or an HTML page (browser); the CLI
prints the message on stderr and exits with code 2.
"""

from __future__ import annotations


class ArgmapError(Exception):
    status: int = 500

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NotFound(ArgmapError):
    status = 404


class BadInput(ArgmapError):
    status = 422
