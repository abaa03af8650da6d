"""The catalogue: every seed mapped at startup, in name order; bad seeds collected, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog import Catalog
from app.errors import NotFound
from app.pipeline import build_map


def test_seeds_are_mapped_in_name_order_and_bad_ones_are_collected(tmp_path: Path, op_ed: str) -> None:
    (tmp_path / "b.txt").write_text(op_ed, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Schools should start later\n\nSchools should start later. Teenagers sleep late.\n")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(b"PK\x03\x04\x00")
    (tmp_path / "e.txt").write_text(op_ed * 10, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}")

    catalog = Catalog.from_seeds(tmp_path, max_input_bytes=len(op_ed.encode()) * 2)

    assert catalog.default_map().id == "schools-should-start-later"
    assert catalog.get_map("cities-should-ban-cars-from-their-centres") == build_map(op_ed)
    assert len(catalog) == 2
    assert [(p.path.name, p.message) for p in catalog.problems] == [
        ("c.txt", "nothing to map: the input is empty"),
        ("d.txt", "the input looks binary (it contains NUL bytes); give a text, Markdown or HTML file"),
        ("e.txt", f"{len(op_ed.encode()) * 10} bytes is more than the limit of {len(op_ed.encode()) * 2}"),
    ]


def test_two_seeds_with_the_same_title_both_get_a_map(tmp_path: Path, op_ed: str) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(op_ed, encoding="utf-8")
    catalog = Catalog.from_seeds(tmp_path, max_input_bytes=10_000)
    ids = ["cities-should-ban-cars-from-their-centres", "cities-should-ban-cars-from-their-centres-2",
           "cities-should-ban-cars-from-their-centres-3"]
    assert [catalog.get_map(i).id for i in ids] == ids


def test_unknown_id_is_not_found() -> None:
    with pytest.raises(NotFound, match="no map with id 'x'"):
        Catalog().get_map("x")
    with pytest.raises(NotFound, match="there are no maps yet"):
        Catalog().default_map()
