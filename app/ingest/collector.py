"""The cyclic garbage collector, paused while a text is read and while it is mined.

Reading and mining a long text make some ten thousand small containers per 100 KB (blocks,
sentences, units, spans, vectors, graph dicts) that all live until the graph is built and
hold no reference cycles. The collector would walk them again and again for nothing: its
full collections cover the whole growing heap, so their cost grows faster than the text (on
a 10 MB text they took a sixth of the time, and made the time per megabyte grow with the
length). Reference counting still frees everything as usual; only the search for cycles waits.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Return ``function`` run with the cyclic collector paused, and resumed after if it ran before.

    Calls in several threads at once leave the collector as they found it: a call that finds it
    paused leaves resuming it to the call that paused it.

    >>> import gc
    >>> @collector_paused
    ... def busy():
    ...     return gc.isenabled()
    >>> busy(), gc.isenabled()
    (False, True)
    """

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused
