"""Writes per client, limited: a 429 with Retry-After past the rate, so nobody floods the store or the workers.

Each client (by its address, as uvicorn gives it; behind a proxy, run uvicorn with
``--proxy-headers`` so that it is the client's) has two token buckets: one for new maps (they
may each take seconds of a worker), one for edits. A bucket holds a minute's worth of
writes, refilled at its rate: a burst of that many goes through, then one write per its
share of a minute. The rates are settings (``ARGMAP_CREATES_PER_MINUTE``, 30;
``ARGMAP_EDITS_PER_MINUTE``, 600; 0 turns a limit off). Reads are never limited.

    >>> bucket = Buckets(per_minute=2)
    >>> [bucket.take("ann", now=0.0), bucket.take("ann", now=0.0), bucket.take("ann", now=0.0)]
    [0.0, 0.0, 30.0]
    >>> bucket.take("bob", now=0.0), bucket.take("ann", now=30.0)
    (0.0, 0.0)
"""

from __future__ import annotations

import math
import threading
import time

from fastapi import Request

from app.errors import Unavailable

__all__ = ["Buckets", "limit_writes"]

#: A client unseen for this long is forgotten (its bucket would be full again anyway).
FORGET_AFTER = 600.0


class Buckets:
    """Token buckets by client: ``per_minute`` writes a minute, in bursts of as many."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._tokens: dict[str, tuple[float, float]] = {}  # client -> (tokens left, when counted)
        self._lock = threading.Lock()
        self._swept = 0.0

    def take(self, client: str, now: float | None = None) -> float:
        """Take one write for ``client``: return 0 when it may go, else the seconds until it may."""
        if self.per_minute <= 0:
            return 0.0
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60.0
        with self._lock:
            if now - self._swept > FORGET_AFTER:
                self._tokens = {c: (t, at) for c, (t, at) in self._tokens.items() if now - at < FORGET_AFTER}
                self._swept = now
            tokens, at = self._tokens.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - at) * rate)
            if tokens < 1.0:
                self._tokens[client] = (tokens, now)
                return (1.0 - tokens) / rate
            self._tokens[client] = (tokens - 1.0, now)
            return 0.0


def _creates(request: Request) -> bool:
    return request.method == "POST" and request.url.path in ("/maps", "/api/maps")


async def limit_writes(request: Request) -> None:
    """Refuse a write past its client's rate with a 429 that says when to try again (reads pass)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    creates = _creates(request)
    buckets: Buckets = request.app.state.creates if creates else request.app.state.edits
    client = request.client.host if request.client else "unknown"
    wait = buckets.take(client)
    if wait:
        what = "new maps" if creates else "changes"
        raise Unavailable(f"too many {what} from your address: at most {buckets.per_minute} a minute; "
                          f"try again in {math.ceil(wait)} s", math.ceil(wait), 429)
