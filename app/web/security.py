"""Security headers on every response: a strict Content-Security-Policy and ``nosniff``; redirects by path.

The viewer loads nothing but its own files: no inline script (the map data travels in a
``<script type="application/json">`` block, which is never executed), no inline style,
no other origin.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
}


class SecurityHeaders:
    """ASGI middleware: add :data:`SECURITY_HEADERS` to every HTTP response that does not set its own, and
    make a redirect's address a path (no scheme, no host)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                # A redirect names a path, never a host: the request's Host header is the client's to say
                # (Starlette's trailing-slash redirect would echo it).
                location = headers.get("location")
                if location and 300 <= message["status"] < 400:
                    parts = urlsplit(location)
                    if parts.scheme or parts.netloc:
                        headers["location"] = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
            await send(message)

        await self.app(scope, receive, send_with_headers)
