"""Heavy work in a child process: its answer comes back, and past its limits it is stopped with a clear error."""

from __future__ import annotations

import os
import time

import pytest
from fastapi.testclient import TestClient

from app.errors import ArgmapError, BadInput, Unavailable
from app.work import INLINE, Worker
from tests.conftest import OP_ED, app_on


def _fail(message: str, status: int) -> None:
    raise BadInput(message, status)


def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024**2))


@pytest.fixture(scope="module")
def worker() -> Worker:
    return Worker(seconds=20, memory_bytes=1024**3, inline_bytes=100)


def test_a_large_call_runs_in_another_process_a_small_one_here(worker):
    assert worker.run(os.getpid, size=100) != os.getpid()
    assert worker.run(os.getpid, size=99) == os.getpid() == INLINE.run(os.getpid)


def test_past_the_time_limit_the_child_is_stopped_and_the_answer_is_a_503_to_try_again():
    quick = Worker(seconds=0.5)
    start = time.perf_counter()
    with pytest.raises(Unavailable) as error:
        quick.run(time.sleep, 30)
    assert time.perf_counter() - start < 10
    assert (error.value.status, error.value.retry_after) == (503, 1)
    assert "longer than the limit of 0.5 s" in error.value.message


def test_the_limit_holds_when_the_server_sees_the_answer_late(monkeypatch):
    from multiprocessing.connection import Connection

    looked = Connection.poll

    def late(self, timeout=0.0):  # the server's thread held up past the child's whole run
        time.sleep(1.0)
        return looked(self, timeout)

    monkeypatch.setattr(Connection, "poll", late)
    with pytest.raises(Unavailable, match="longer than the limit of 0.3 s"):
        Worker(seconds=0.3).run(time.sleep, 0.5)
    assert Worker(seconds=0.3).run(abs, -2) == 2  # a quick one is served however late it is read


def test_past_the_memory_limit_the_answer_is_a_413_that_names_the_limit(worker):
    with pytest.raises(ArgmapError) as error:
        worker.run(_allocate, 2048)
    assert error.value.status == 413
    assert "more memory than the limit of 1,024 MB" in error.value.message
    assert worker.run(_allocate, 10) == 10 * 1024**2  # and the next call is served


def test_an_input_problem_in_the_child_keeps_its_status_and_message(worker):
    with pytest.raises(ArgmapError) as error:
        worker.run(_fail, "the input is empty", 422)
    assert (error.value.status, error.value.message) == (422, "the input is empty")


def test_a_bug_in_the_child_is_an_error_of_ours_not_the_inputs(worker):
    with pytest.raises(RuntimeError, match="int failed in a worker"):
        worker.run(int, "x")


def test_the_server_answers_a_limit_hit_by_a_png_or_a_large_text_with_a_message(tmp_path):
    app = app_on(tmp_path / "maps.db", work_seconds=0.001, work_inline_bytes=1000)
    client = TestClient(app)
    png = client.get("/maps/open-source-ai-is-the-path-forward.png")
    assert png.status_code == 503 and png.headers["Retry-After"] == "1"
    assert "longer than the limit" in png.text  # the error page, a person's download
    big = client.post("/api/maps", json={"text": OP_ED * 10})
    assert big.status_code == 503 and "longer than the limit" in big.json()["error"]
    small = client.post("/api/maps", json={"text": OP_ED})  # under the size worth a process: mapped here
    assert small.status_code == 201


def test_a_large_text_mapped_in_a_worker_is_the_map_made_here(tmp_path):
    app = app_on(tmp_path / "maps.db", work_inline_bytes=1000)
    client = TestClient(app)
    created = client.post("/api/maps", json={"text": OP_ED * 4}).json()
    there = client.get(f"/api/maps/{created['id']}").json()
    from app.pipeline import build_map

    here = build_map(OP_ED * 4, map_id=created["id"]).model_dump(mode="json")
    assert there == here


def test_a_server_does_not_pause_the_collector_a_one_shot_process_does():
    import gc
    import subprocess
    import sys

    # in a fresh interpreter each: the switch is process-wide. Nested pauses end with the outer one.
    probe = ("import gc; from app.collector import collection_paused{extra}\n"
             "with collection_paused():\n"
             "    with collection_paused():\n        inner = gc.isenabled()\n"
             "    print(inner, gc.isenabled())\n"
             "print(gc.isenabled())")
    serving = "; from app.web.app import tune_for_serving; tune_for_serving()"
    for extra, expected in (("", "False False\nTrue"), (serving, "True True\nTrue")):
        out = subprocess.run([sys.executable, "-c", probe.format(extra=extra)], capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == expected
    assert gc.isenabled()
