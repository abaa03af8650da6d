"""The kinds of node, each defined once: the models name them, the palette says how each looks, DOT and the
README follow the palette."""

from __future__ import annotations

import re
from pathlib import Path

from app.models import NODE_KINDS, ArgumentMap
from app.render import export
from app.render.palette import NODE_STYLES


def test_every_kind_has_one_look_in_the_models_order():
    assert tuple(NODE_STYLES) == NODE_KINDS == ("central_claim", "claim", "counterclaim", "rebuttal", "evidence")
    assert [style.title for style in NODE_STYLES.values()] == [
        "Central claim", "Claim", "Counterclaim", "Rebuttal", "Evidence"]


def test_dot_draws_each_kind_with_its_colours_and_border(small_map: ArgumentMap):
    dot = export(small_map, "dot")[0].decode()
    looks = re.findall(r'kind="(\w+)", fillcolor="(#\w+)", color="(#\w+)", style="([\w,]+)"', dot)
    assert looks == [
        ("central_claim", "#d9eaf7", "#0072b2", "filled,bold"),
        ("claim", "#d7f2e8", "#008f68", "filled"),
        ("evidence", "#fbf6d0", "#a08f00", "filled"),
        ("counterclaim", "#fbe3d2", "#d55e00", "filled,dashed"),
        ("rebuttal", "#f6e3ee", "#b3528a", "filled,dotted"),
    ]


def test_the_readme_table_gives_each_kind_the_palettes_colours():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([a-z ]+) \| [a-z]+ `(#\w+)` on `(#\w+)` \|", readme, re.MULTILINE)
    assert rows == [(style.name, style.stroke, style.fill) for style in NODE_STYLES.values()]
