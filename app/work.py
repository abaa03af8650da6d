"""Heavy work in a child process, with a time limit and a memory limit: the server stays free.

Mining or importing a large text, laying out a map of thousands of nodes and drawing a PNG
take seconds of pure Python (or of resvg, which keeps Python's interpreter lock while it
draws). Done in the server's process they would hold up every other request, and a hostile
input could take all its memory. :class:`Worker` runs such a call in a child process of its
own instead:

- the child is forked from a server process that has imported the app once (multiprocessing's
  "forkserver"), so it starts in milliseconds and shares nothing with the server's threads;
- its address space is capped (``RLIMIT_AS``): past ``memory_bytes`` its allocations fail and the
  call is a 413 with a message;
- past ``seconds`` it is killed and the call is a 503 with a message and ``Retry-After``; the child
  also times its own work and refuses a result that took longer, so the limit holds even when the
  server's thread was held up and only saw the answer late;
- at most ``processes`` children run at once (one fewer than the cores: one is left for the
  server's own answers); a call that finds them all busy for ``seconds`` is a 503 too;
- an :class:`~app.errors.ArgmapError` in the child (an input that cannot be mapped) is raised
  again in the server, with its status and message.

A child starts as multiprocessing's children do: it imports the main module of the server's
process again (as ``__mp_main__``), so a script that serves the app must start it under
``if __name__ == "__main__":`` (``argmap serve``, uvicorn and pytest do).

Small inputs are not worth a process: calls whose ``size`` is under ``inline_bytes`` run in
the calling thread, as does everything when the worker is :data:`INLINE` (the CLI, tests).

    >>> INLINE.run(len, "abc", size=3)
    3
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing
import os
import resource
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from app.errors import ArgmapError, Unavailable

__all__ = ["INLINE", "Inline", "Runner", "Worker"]

T = TypeVar("T")
log = logging.getLogger(__name__)

#: The app's modules a child needs, imported once in the process children are forked from.
PRELOAD = ["app.maps", "app.render", "app.web.exports"]


@dataclass
class Worker:
    """Runs calls of ``size`` at least ``inline_bytes`` in a child process, within the limits."""

    seconds: float = 60.0
    memory_bytes: int = 2 * 1024**3
    processes: int = field(default_factory=lambda: max(1, (os.cpu_count() or 1) - 1))  # a core left for the server
    inline_bytes: float = 64 * 1024

    def __post_init__(self) -> None:
        self._slots = threading.BoundedSemaphore(self.processes)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)

    def run(self, function: Callable[..., T], *args: Any, size: float = math.inf) -> T:
        """Return ``function(*args)``: here when ``size`` is small, else from a child process within the limits."""
        if size < self.inline_bytes:
            return function(*args)
        retry = max(1, round(self.seconds))
        if not self._slots.acquire(timeout=self.seconds):
            raise Unavailable(f"the server is busy with other large maps; try again in {retry} s", retry)
        try:
            return self._in_child(function, args, retry)
        finally:
            self._slots.release()

    def _in_child(self, function: Callable[..., T], args: tuple, retry: int) -> T:
        receive, send = self._context.Pipe(duplex=False)
        child = self._context.Process(target=_child, args=(send, self.memory_bytes, self.seconds, function, args),
                                      daemon=True)
        child.start()
        send.close()
        try:
            if not receive.poll(self.seconds):
                outcome = "time"
            else:
                try:
                    outcome, *value = receive.recv()
                except EOFError:  # the child died without a word: killed from outside, or out of memory in C
                    raise Unavailable("the work stopped before it was done (it may have needed too much memory); "
                                      "a smaller text or map fits", retry) from None
        finally:
            receive.close()
            if child.is_alive():
                child.kill()
            child.join()
        if outcome == "done":
            return value[0]
        if outcome == "time":
            raise Unavailable(f"this took longer than the limit of {self.seconds:g} s and was stopped; "
                              "a smaller text or map, or a view of part of it, fits", retry)
        if outcome == "memory":
            raise ArgmapError(f"this needs more memory than the limit of {self.memory_bytes / 1024**2:,.0f} MB; "
                              "a smaller text or map fits", 413)
        if outcome == "failed":  # a bug, not the input: logged here with the child's trace, a 500 for the caller
            name = getattr(function, "__qualname__", function)
            log.error("%s failed in a worker:\n%s", name, value[0])
            raise RuntimeError(f"{name} failed in a worker")
        message, status = value
        raise ArgmapError(message, status)


class Runner(Protocol):
    """What runs a call: a :class:`Worker`, or :data:`INLINE`."""

    def run(self, function: Callable[..., T], *args: Any, size: float = math.inf) -> T: ...


class Inline:
    """Runs every call in the calling thread: for the CLI and for tests that need no limits."""

    def run(self, function: Callable[..., T], *args: Any, size: float = math.inf) -> T:
        return function(*args)


INLINE = Inline()


def _child(send: Any, memory_bytes: int, seconds: float, function: Callable[..., Any], args: tuple) -> None:
    """In the child: cap the memory, run ``function(*args)`` and send back how it went (past ``seconds``,
    that it took too long)."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    # The child lives for one call and its memory is capped: collecting cycles as it goes would only slow
    # it down (a third of the time of a map of thousands of nodes), and all goes back at its exit.
    gc.disable()
    start = time.monotonic()
    try:
        result: tuple = ("done", function(*args))
        if time.monotonic() - start > seconds:
            result = ("time",)
    except MemoryError:
        result = ("memory",)
    except ArgmapError as exc:
        result = ("error", exc.message, exc.status)
    except Exception:  # noqa: BLE001 - sent to the server, which logs it
        result = ("failed", traceback.format_exc())
    try:
        send.send(result)
    except MemoryError:
        send.send(("memory",))
    send.close()
