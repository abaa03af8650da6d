"""``argmap export``: a map in our JSON, AIF or Argdown, written in any export format."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.models import ArgumentMap
from app.render import export
from tests.render.conftest import build_map
from tests.render.test_formats import EXPECTED_ARGDOWN


def test_our_json_is_written_in_the_format_asked_for(tmp_path: Path, capsysbinary):
    amap = build_map()
    source = tmp_path / "map.json"
    source.write_bytes(export(amap, "json")[0])
    assert main(["export", str(source), "--format", "argdown"]) == 0
    assert capsysbinary.readouterr().out == EXPECTED_ARGDOWN.encode()  # ends with a newline already


def test_argdown_becomes_aif_and_aif_becomes_our_json(tmp_path: Path):
    source = tmp_path / "debate.argdown"
    source.write_text("# Trees\n\n[Trees]: Cities should plant trees.\n  - [Cost]: Trees cost too much.\n")
    assert main(["export", str(source), "--format", "aif", "-o", str(tmp_path / "debate.aif.json")]) == 0
    assert main(["export", str(tmp_path / "debate.aif.json"), "-o", str(tmp_path / "map.json")]) == 0
    amap = ArgumentMap.model_validate_json((tmp_path / "map.json").read_text())
    assert (amap.id, amap.title) == ("trees", "Trees")
    assert [(n.label, n.kind) for n in amap.nodes] == [("Trees", "central_claim"), ("Cost", "counterclaim")]
    assert [(e.source, e.kind, e.target) for e in amap.edges] == [("cost", "attacks", "trees")]


def test_a_malformed_file_is_one_line_on_stderr_and_exit_code_2(tmp_path: Path, capsys):
    source = tmp_path / "broken.argdown"
    source.write_text("[A]: a\n  + [B: b\n")
    assert main(["export", str(source), "--format", "dot"]) == 2
    assert capsys.readouterr().err == f"argmap: error: {source}: Argdown: line 2: a title opened with '[' is never closed\n"
    assert main(["export", str(tmp_path / "missing.json")]) == 2
