"""A cache held to a budget of bytes: laid-out maps and rendered pages, the least recently used dropped first.

A count of entries says nothing of memory: one map of a 1 MB text holds some 60 MB of Python
objects, one of a tweet a few kilobytes. Each value here comes with its size, as its owner
measures it, and the cache keeps the total under its budget. What it drops goes back to the
system: the C allocator is asked to return free memory (``malloc_trim``, where there is one).

    >>> cache = ByteCache(budget=10)
    >>> cache.put("a", "first", 6), cache.put("b", "second", 6), cache.get("a"), cache.get("b"), cache.used
    ('first', 'second', None, 'second', 6)
    >>> cache.put("huge", "too big to keep", 11), cache.get("huge")
    ('too big to keep', None)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["ByteCache"]

V = TypeVar("V")

#: Dropping at least this much asks the C allocator to give free memory back to the system.
TRIM_AFTER = 8 * 1024 * 1024


def _malloc_trim() -> None:
    """Ask glibc to return the free memory at the top of its heaps to the system (elsewhere: nothing)."""


_libc_name = ctypes.util.find_library("c")
try:
    _trim = ctypes.CDLL(_libc_name).malloc_trim if _libc_name else None
except (OSError, AttributeError):  # not glibc (musl, macOS): freed memory goes back as those allocators do
    _trim = None
if _trim is not None:
    def _malloc_trim() -> None:  # noqa: F811 - the glibc version of the no-op above
        _trim(0)


class ByteCache(Generic[V]):
    """Values by key, their sizes summed under ``budget`` bytes; a value larger than the budget is not kept."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0
        self._values: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._builds: dict[Hashable, threading.Lock] = {}  # a lock for each value being built

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            kept = self._values.get(key)
            if kept is None:
                return None
            self._values.move_to_end(key)
            return kept[0]

    def put(self, key: Hashable, value: V, size: int) -> V:
        """Keep ``value`` (``size`` bytes) under ``key``, dropping the least recently used to stay in budget;
        return ``value``."""
        dropped = 0
        with self._lock:
            if key in self._values:
                self.used -= self._values.pop(key)[1]
            if size <= self.budget:
                self._values[key] = (value, size)
                self.used += size
            while self.used > self.budget:
                old = self._values.popitem(last=False)[1][1]  # the value is freed here: nothing holds it
                self.used -= old
                dropped += old
        if dropped >= TRIM_AFTER:
            _malloc_trim()
        return value

    def get_or_build(self, key: Hashable, build: Callable[[], V], size: Callable[[V], int]) -> V:
        """Return the value of ``key``, built by ``build`` when it is not kept; requests that miss it together
        wait for one build (twenty readers of a new map lay it out once, not twenty times)."""
        kept = self.get(key)
        if kept is not None:
            return kept
        with self._lock:
            building = self._builds.setdefault(key, threading.Lock())
        with building:
            kept = self.get(key)
            if kept is None:
                kept = build()
                self.put(key, kept, size(kept))
        with self._lock:
            self._builds.pop(key, None)
        return kept

    def __len__(self) -> int:
        return len(self._values)
