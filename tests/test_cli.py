"""The ``argmap`` command: same maps as the pipeline, one-line errors with exit code 2."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import PROG, main
from app.config import settings
from app.models import ArgumentMap
from app.pipeline import build_map
from tests.conftest import OP_ED, OP_ED_EDGES, OP_ED_NODES, outline

ROOT = Path(__file__).resolve().parent.parent
SEED = settings.seeds_dir / "000_a10110a0f1e8edd2.txt"

TEXT = OP_ED
#: The op-ed's map as tests/test_pipeline.py pins it: what every command below must print.
OP_ED_OUTLINE = (OP_ED_NODES, OP_ED_EDGES)

BAD_INPUTS = {
    "empty": (b"", "nothing to map: the input is empty"),
    "whitespace": (b" \n\t\n", "nothing to map: the input is empty"),
    "binary": (b"PK\x03\x04\x00\x00text", "the input looks binary (it contains NUL bytes)"),
    "latin-1": ("Caf\u00e9 society is wrong.".encode("latin-1"), "the input is not valid UTF-8 (bad byte at position 3)"),
}

#: The fields of a map's JSON (the text's section headings are for exporters only).
MAP_FIELDS = {name for name, field in ArgumentMap.model_fields.items() if not field.exclude}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "op-ed.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# --- argmap parse FILE -------------------------------------------------------------------------


def test_parse_prints_the_same_json_as_the_pipeline(text_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["parse", str(text_file)], capsys)
    assert (code, err) == (0, "")
    assert out == build_map(TEXT).model_dump_json(indent=2) + "\n"
    amap = json.loads(out)
    assert set(amap) == MAP_FIELDS
    assert (amap["id"], amap["title"], outline(amap)) == (
        "cities-should-ban-cars-from-their-centres", "Cities should ban cars from their centres", OP_ED_OUTLINE)


def test_parse_of_the_seed_gives_a_valid_map_with_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["parse", str(SEED)], capsys)
    amap = ArgumentMap.model_validate_json(out)
    assert code == 0
    assert amap.text == SEED.read_text(encoding="utf-8")
    assert (amap.id, amap.nodes[0].kind, amap.nodes[0].label) == (
        "open-source-ai-is-the-path-forward", "central_claim", "Open Source AI is the Path Forward")
    assert {box.id for box in amap.layout.boxes} == {node.id for node in amap.nodes}


def test_parse_title_sets_the_maps_title(text_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["parse", str(text_file), "--title", "Car-free centres"], capsys)
    assert code == 0
    assert json.loads(out)["title"] == "Car-free centres"


def test_parse_dash_reads_stdin_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    code, out, _ = run(["parse", "-"], capsys)
    assert code == 0
    assert out == build_map(TEXT).model_dump_json(indent=2) + "\n"
    assert outline(json.loads(out)) == OP_ED_OUTLINE


def test_parse_svg_is_the_renderers_svg_and_parses_as_xml(
    text_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.render.svg import render_svg

    code, out, _ = run(["parse", str(text_file), "--format", "svg"], capsys)
    assert code == 0
    assert out.rstrip("\n") == render_svg(build_map(TEXT)).rstrip("\n")
    root = ET.fromstring(out)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert [g.get("data-id") for g in root.iter("{http://www.w3.org/2000/svg}g") if "node" in g.get("class").split()] == [
        node_id for node_id, _, _ in OP_ED_NODES]
    assert (
        '<g class="node kind-central_claim" id="node-cities-should-ban-cars-from-their" '
        'data-id="cities-should-ban-cars-from-their" data-kind="central_claim">\n'
        "<title>Cities should ban cars from their centres — central claim — Cities should ban cars from their centres"
        " … Cities should ban private cars from their centres.</title>"
    ) in out


def test_parse_output_file_gets_the_map_and_stdout_stays_empty(
    text_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "map.json"
    code, out, err = run(["parse", str(text_file), "-o", str(target)], capsys)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == build_map(TEXT).model_dump_json(indent=2) + "\n"
    assert outline(json.loads(target.read_text(encoding="utf-8"))) == OP_ED_OUTLINE


# --- bad input: one line on stderr, exit code 2 ------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_gives_one_error_line_and_exit_code_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, message = BAD_INPUTS[kind]
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(data)
    code, out, err = run(["parse", str(path)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"argmap: error: {path}: {message}")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "message"), [("missing.txt", "No such file or directory"), (".", "Is a directory")]
)
def test_unreadable_file_gives_the_os_reason(
    name: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    assert run(["parse", str(path)], capsys) == (2, "", f"argmap: error: {path}: {message}\n")


def test_bad_stdin_is_named_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe")))
    code, _, err = run(["parse", "-"], capsys)
    assert code == 2
    assert err.startswith("argmap: error: <stdin>: the input is not valid UTF-8")


def test_failed_parse_leaves_no_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty, target = tmp_path / "empty.txt", tmp_path / "map.json"
    empty.write_bytes(b"")
    assert run(["parse", str(empty), "-o", str(target)], capsys)[0] == 2
    assert list(tmp_path.iterdir()) == [empty]


def test_unwritable_output_is_a_one_line_error(
    text_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-dir" / "map.json"
    assert run(["parse", str(text_file), "-o", str(target)], capsys) == (
        2,
        "",
        f"argmap: error: {target}: No such file or directory\n",
    )


def test_usage_errors_exit_2_and_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["parse", "a.txt", "--format", "png"]) == 2
    assert main(["parse", "a.txt", "--jsonl", "b.jsonl"]) == 2
    capsys.readouterr()
    assert main(["parse", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: argmap parse [-h] [--jsonl IN.jsonl]")


# --- argmap parse --jsonl ----------------------------------------------------------------------


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def test_jsonl_writes_one_compact_map_per_line_keeping_ids_and_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        {"id": "z9", "text": TEXT},
        "",
        {"id": "a1", "text": TEXT, "title": "Car-free centres"},
        {"id": "m5", "text": SEED.read_text(encoding="utf-8")},
    )
    code, out, err = run(["parse", "--jsonl", str(source)], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    maps = [json.loads(line) for line in lines]
    assert [m["id"] for m in maps] == ["z9", "a1", "m5"]
    assert maps[1]["title"] == "Car-free centres"
    assert lines[0] == build_map(TEXT, map_id="z9").model_dump_json()
    assert [outline(m) for m in maps[:2]] == [OP_ED_OUTLINE, OP_ED_OUTLINE]
    assert (maps[0]["title"], maps[2]["title"]) == ("Cities should ban cars from their centres",
                                                    "Open Source AI is the Path Forward")
    assert all(set(m) == MAP_FIELDS for m in maps)


def test_jsonl_to_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", {"id": "only", "text": TEXT})
    target = tmp_path / "out.jsonl"
    assert run(["parse", "--jsonl", str(source), "-o", str(target)], capsys) == (0, "", "")
    written = target.read_text(encoding="utf-8")
    assert written == build_map(TEXT, map_id="only").model_dump_json() + "\n"
    assert written.count("\n") == 1
    assert (json.loads(written)["id"], outline(json.loads(written))) == ("only", OP_ED_OUTLINE)


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "b2", "text": ', "not valid JSON (Expecting value at column 22)"),
        ('["b2", "text"]', 'each line must be a JSON object like {"id": "a1", "text": "..."}'),
        ('{"text": "No id here."}', 'the line needs an "id" that is a non-empty string'),
        ('{"id": 7, "text": "A number id."}', 'the line needs an "id" that is a non-empty string'),
        ('{"id": "b2"}', "id 'b2': the line needs a \"text\" that is a string"),
        ('{"id": "b2", "text": "  "}', "id 'b2': nothing to map: the input is empty"),
    ],
)
def test_jsonl_bad_line_names_the_line_and_writes_nothing(
    bad_line: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", {"id": "a1", "text": TEXT}, bad_line)
    target = tmp_path / "out.jsonl"
    code, out, err = run(["parse", "--jsonl", str(source), "-o", str(target)], capsys)
    assert (code, out, err) == (2, "", f"argmap: error: {source}, line 2: {message}\n")
    assert not target.exists()


def test_jsonl_refuses_format_and_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", {"id": "a1", "text": TEXT})
    code, _, err = run(["parse", "--jsonl", str(source), "--format", "svg"], capsys)
    assert code == 2
    assert err.startswith("argmap: error: --jsonl: writes JSON only")


# --- the real command, in a process of its own -------------------------------------------------


# The checkout comes first on the path, so the processes run the code under test even when
# another copy of the package is installed.
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
SCRIPT = Path(sys.executable).parent / "argmap"
PYTHON_M = [sys.executable, "-m", "app.cli"]


@pytest.mark.parametrize("command", ["python-m", "console-script"])
def test_real_command_bad_input_is_exit_2_without_traceback(command: str, tmp_path: Path) -> None:
    if command == "console-script" and not SCRIPT.exists():
        pytest.skip("the argmap console script is not installed (pip install -e .)")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    done = subprocess.run(
        [*(PYTHON_M if command == "python-m" else [str(SCRIPT)]), "parse", str(binary)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=ENV,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"argmap: error: {binary}: the input looks binary (it contains NUL bytes); give a text, Markdown or HTML file"
    ]


def test_real_command_reads_stdin_and_writes_json(tmp_path: Path) -> None:
    done = subprocess.run(
        [*PYTHON_M, "parse", "-"], input=TEXT.encode(), capture_output=True, cwd=tmp_path, env=ENV, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode("utf-8") == build_map(TEXT).model_dump_json(indent=2) + "\n"
    assert outline(json.loads(done.stdout)) == OP_ED_OUTLINE


# --- argmap serve ------------------------------------------------------------------------------


def test_serve_runs_uvicorn_on_the_app_factory(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    assert main(["serve", "--host", "0.0.0.0", "--port", "8123"]) == 0
    assert calls == [("app.web:create_app", {"factory": True, "host": "0.0.0.0", "port": 8123, "workers": 1})]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_real_serve_answers_the_home_page(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [*PYTHON_M, "serve", "--port", str(port)],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    assert response.status == 200
                    assert response.headers["content-type"].startswith("text/html")
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    pytest.fail(f"argmap serve did not answer /: {server.communicate()[1].decode()[-2000:]}")
                time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)


PAGE = (
    "<!DOCTYPE html><html><head><title>Cities Should Plant Trees</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/subscribe'>Subscribe</a></nav><article><h1>Cities Should Plant Trees</h1>"
    "<p>Cities should plant more trees, because shade cools the streets.</p>"
    "<p>For example, shaded streets in Lyon were 5% cooler in 2023.</p>"
    "<p>Critics argue that trees cost too much. However, the savings on cooling pay for them.</p>"
    "</article></body></html>"
)


def test_parse_reads_an_html_file_as_the_web_form_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "trees.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run(["parse", str(page)], capsys)
    assert (code, err) == (0, "")
    amap = json.loads(out)
    assert amap["text"] == (  # the article's text as light Markdown: no markup, no menu
        "# Cities Should Plant Trees\n\n"
        "Cities should plant more trees, because shade cools the streets.\n\n"
        "For example, shaded streets in Lyon were 5% cooler in 2023.\n\n"
        "Critics argue that trees cost too much. However, the savings on cooling pay for them."
    )
    assert [n["kind"] for n in amap["nodes"]] == ["central_claim", "claim", "evidence", "counterclaim", "rebuttal"]


def test_parse_knows_html_on_stdin_by_its_content(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    code, out, err = run(["parse", "-"], capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["text"].startswith("# Cities Should Plant Trees\n\nCities should plant more trees,")


def test_parse_of_an_argdown_file_gives_its_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "trees.argdown"
    source.write_text("[Trees]: Cities should plant trees.\n  + <Shade>: Shade cools streets.\n", encoding="utf-8")
    code, out, err = run(["parse", str(source)], capsys)
    assert (code, err) == (0, "")
    amap = json.loads(out)
    assert sorted(n["text"] for n in amap["nodes"]) == ["Cities should plant trees.", "Shade cools streets."]
    assert [e["kind"] for e in amap["edges"]] == ["supports"]


def test_serve_with_a_database_that_cannot_be_opened_says_so_in_one_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ARGMAP_DB", "")  # serve sets it from --db: put back as it was after the test
    missing = tmp_path / "no such folder" / "argmap.db"
    assert main(["serve", "--db", str(missing)]) == 2  # before any server starts
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"argmap: error: {missing}: cannot open the database")
    assert "folder must exist" in err


def test_serve_with_a_read_only_database_says_so_in_one_line(capsys, tmp_path, monkeypatch):
    import sqlite3

    from app.store import Store

    monkeypatch.setenv("ARGMAP_DB", "")
    path = tmp_path / "argmap.db"
    Store(path)  # a database made before, now read-only (root writes to a chmod 444 file: opened read-only here)
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda p, **kw: connect(f"file:{p}?mode=ro", uri=True, **kw))
    assert main(["serve", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"argmap: error: {path}: cannot open the database for writing (attempt to write a readonly")


def test_serve_starts_as_many_server_processes_as_asked(capsys, tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setenv("ARGMAP_DB", "")
    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(options, app=app))
    assert main(["serve", "--db", str(tmp_path / "argmap.db"), "--workers", "2"]) == 0
    assert (started["app"], started["factory"], started["workers"]) == ("app.web:create_app", True, 2)
    assert main(["serve", "--db", str(tmp_path / "argmap.db"), "--workers", "0"]) == 2
    assert capsys.readouterr().err == "argmap: error: --workers: must be 1 or more\n"


def test_jsonl_with_two_jobs_writes_the_same_maps_in_the_same_order_and_shows_progress_on_a_terminal(
        tmp_path, capsys, monkeypatch):
    texts = ["Cities should plant trees. Shade cools streets.", "Towns should keep night buses. Workers need them.",
             "Schools should start later. Teenagers sleep late.", "Cars must go. Streets get safer without them."]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    assert main(["parse", "--jsonl", str(source), "-o", str(tmp_path / "one.jsonl"), "--jobs", "1"]) == 0
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["parse", "--jsonl", str(source), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2"]) == 0
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert [json.loads(line)["id"] for line in (tmp_path / "two.jsonl").read_text().splitlines()] == ["t0", "t1", "t2", "t3"]
    assert capsys.readouterr().err.endswith(f"\r{PROG}: [{'#' * 30}] 4/4 maps\n")
    assert main(["parse", "--jsonl", str(source), "--jobs", "0"]) == 2


def test_jsonl_on_a_dask_cluster_writes_the_same_maps_as_here(tmp_path, capsys, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="the dask extra: pip install 'argmap[dask]'")
    texts = ["Cities should plant trees. Shade cools streets.", "Towns should keep night buses. Workers need them.",
             "Schools should start later. Teenagers sleep late."]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    assert main(["parse", "--jsonl", str(source), "-o", str(tmp_path / "here.jsonl"), "--jobs", "1"]) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert main(["parse", "--jsonl", str(source), "-o", str(tmp_path / "there.jsonl"),
                     "--scheduler", cluster.scheduler_address]) == 0
    assert (tmp_path / "there.jsonl").read_bytes() == (tmp_path / "here.jsonl").read_bytes()
    monkeypatch.setattr("app.cli.SCHEDULER_TIMEOUT", 1)
    assert main(["parse", "--jsonl", str(source), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
