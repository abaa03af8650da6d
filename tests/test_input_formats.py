"""The one table of input formats: the API's types, the form, file suffixes and the CLI all follow it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.cli import main
from app.input_formats import FORMATS, format_of_file, mined_suffixes
from app.models import IMPORT_FORMATS, ArgumentMap, ImportFormat, InputFormat
from tests.web.test_api import Page


def test_the_api_types_spell_the_tables_formats() -> None:
    assert get_args(InputFormat) == tuple(name for name, f in FORMATS.items() if not f.imported) == (
        "text", "markdown", "html")
    assert get_args(ImportFormat) == tuple(name for name, f in FORMATS.items() if f.imported) == IMPORT_FORMATS == (
        "aif", "argdown", "json")


@pytest.mark.parametrize(("filename", "fmt"), [
    ("op-ed.TXT", "text"), ("notes.text", "text"), ("notes.markdown", "markdown"), ("page.htm", "html"),
    ("debate.ad", "argdown"), ("dir.d/debate.argdown", "argdown"),
    ("map.aif.json", None), ("map.json", None), ("README", None), ("archive.zip", None),
])
def test_a_file_suffix_names_one_format_or_none(filename: str, fmt: str | None) -> None:
    assert format_of_file(filename) == fmt


def test_seeds_may_be_any_text_the_miner_maps() -> None:
    assert mined_suffixes() == {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                                ".html": "html", ".htm": "html"}


def test_the_form_offers_every_format_and_picks_every_suffix(empty_app: FastAPI) -> None:
    html = TestClient(empty_app).get("/").text
    assert [a["accept"] for tag, a in Page(html).tags if a.get("type") == "file"] == [
        ".txt,.text,.md,.markdown,.html,.htm,.json,.argdown,.ad,text/plain,text/markdown,text/html,application/json"]
    assert re.findall(r'<option value="([^"]*)">([^<]*)</option>', html) == [
        ("", "Guess from the file or text"),
        ("text", "Plain text"),
        ("markdown", "Markdown"),
        ("html", "HTML page (the article is kept, menus and scripts dropped)"),
        ("aif", "AIF JSON map (OVA, AIFdb)"),
        ("argdown", "Argdown map"),
        ("json", "Argmap JSON map (a download of this app)"),
    ]


def test_argmap_export_reads_a_file_named_argdown_as_argdown(tmp_path: Path) -> None:
    source = tmp_path / "debate.ad"  # no "[Title]:" line, so only the name says it is Argdown
    source.write_text("Cities should plant trees.\n  + Trees give shade.\n")
    assert main(["export", str(source), "-o", str(tmp_path / "map.json")]) == 0
    amap = ArgumentMap.model_validate_json((tmp_path / "map.json").read_text())
    assert [(e.source, e.kind, e.target) for e in amap.edges] == [
        ("trees-give-shade", "supports", "cities-should-plant-trees")]
