"""The byte-budget cache: readers that miss a value together wait for one build of it."""

from __future__ import annotations

import threading
import time

from app.cache import ByteCache


def test_readers_missing_a_value_together_wait_for_one_build() -> None:
    cache: ByteCache[str] = ByteCache(budget=100)
    builds: list[int] = []

    def build() -> str:
        builds.append(1)
        time.sleep(0.2)  # a layout of a big map, say
        return "laid out"

    got: list[str] = []
    threads = [threading.Thread(target=lambda: got.append(cache.get_or_build("m", build, len))) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == ["laid out"] * 10 and len(builds) == 1
    assert cache.get_or_build("m", build, len) == "laid out" and len(builds) == 1
