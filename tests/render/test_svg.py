"""The SVG: standalone, safe with hostile text, one group per node and edge, kinds told apart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.models import ArgumentMap
from app.render.palette import BACKGROUND, EDGE_STYLES, LABEL_INK, NODE_STYLES, contrast
from app.render.svg import render_svg

SVG = "{http://www.w3.org/2000/svg}"


def parse(amap: ArgumentMap) -> ET.Element:
    return ET.fromstring(render_svg(amap))


def groups(root: ET.Element, kind: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if kind in g.get("class", "").split()]


def test_the_svg_stands_alone(small_map):
    root = parse(small_map)
    assert root.tag == f"{SVG}svg"
    assert root.get("class") == "argmap"
    # The legend is wider than this small map (459.5 px) and sits in a band of 44 px above it (322 px high).
    assert (root.get("viewBox"), root.get("width"), root.get("height")) == ("0 0 844.1 323", "100%", "100%")
    assert root.find(f"{SVG}title").text == "Cars in cities"


def test_nothing_runs_loads_or_needs_inline_styles(small_map):
    text = render_svg(small_map)
    root = ET.fromstring(text)
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert not tags & {"script", "style", "foreignObject", "image", "use", "a", "iframe"}
    for el in root.iter():
        for name, value in el.attrib.items():
            assert name != "style" and "href" not in name and not name.startswith("on"), (el.tag, name)
            assert "//" not in value and "javascript:" not in value, (el.tag, name, value)
            assert "url(" not in value or re.fullmatch(r"url\(#[\w-]+\)", value), value
    assert text.count("http://") == 1  # the namespace, nothing else


def test_one_group_per_node_with_its_id_kind_and_tooltip(small_map):
    root = parse(small_map)
    nodes = groups(root, "node")
    assert [(g.get("data-id"), g.get("data-kind"), g.get("id"), g.get("class")) for g in nodes] == [
        ("ban-cars", "central_claim", "node-ban-cars", "node kind-central_claim"),
        ("safer", "claim", "node-safer", "node kind-claim"),
        ("oslo", "evidence", "node-oslo", "node kind-evidence"),
        ("shops", "counterclaim", "node-shops", "node kind-counterclaim"),
        ("spend", "rebuttal", "node-spend", "node kind-rebuttal"),
    ]
    assert [g.find(f"{SVG}title").text for g in nodes] == [
        "Cities should ban cars — central claim — Cities should ban private cars from their centres.",
        "Streets without cars are safer — claim — Streets without cars are safer for children.",
        "Oslo had no pedestrian deaths — evidence — Oslo had no pedestrian deaths in 2019.",
        "Shops will lose customers — counterclaim — Critics argue that shops will lose customers.",
        "People on foot spend more — rebuttal — However, people on foot spend more each month.",
    ]
    assert [[t.text for t in g.find(f"{SVG}text[@class='label']")] for g in nodes] == [
        ["Cities should ban cars"], ["Streets without cars are", "safer"], ["Oslo had no pedestrian", "deaths"],
        ["Shops will lose", "customers"], ["People on foot spend", "more"],
    ]
    assert all(g.find(f"{SVG}path[@class='shape']") is not None for g in nodes)


def test_the_drawing_of_a_node(small_map):
    """The whole group of one node, as the viewer's script and style sheet rely on it."""
    text = render_svg(small_map)
    start = text.index('<g class="node kind-evidence"')
    assert text[start : text.index("</g>", start) + 4] == (
        '<g class="node kind-evidence" id="node-oslo" data-id="oslo" data-kind="evidence">\n'
        "<title>Oslo had no pedestrian deaths — evidence — Oslo had no pedestrian deaths in 2019.</title>\n"
        '<path class="shape" d="M18.5 199H206.5V263H18.5Z" fill="#fbf6d0" stroke="#a08f00" stroke-width="1"/>\n'
        '<text class="tag" x="112.5" y="216.3" text-anchor="middle" font-size="10" font-weight="bold" '
        'fill="#5c5300">EVIDENCE</text>\n'
        '<text class="label" text-anchor="middle" font-size="13" fill="#1a1a1a">'
        '<tspan x="112.5" y="235.6">Oslo had no pedestrian</tspan> <tspan x="112.5" y="251.6">deaths</tspan></text>\n'
        "</g>"
    )


def test_one_group_per_edge_between_drawn_nodes_with_a_defined_head(small_map):
    root = parse(small_map)
    node_ids = {g.get("data-id") for g in groups(root, "node")}
    markers = {m.get("id") for m in root.iter(f"{SVG}marker")}
    edges = groups(root, "edge")
    assert [(g.get("data-source"), g.get("data-target"), g.get("class")) for g in edges] == [
        ("safer", "ban-cars", "edge edge-supports"), ("oslo", "safer", "edge edge-supports"),
        ("oslo", "shops", "edge edge-attacks"), ("shops", "ban-cars", "edge edge-attacks"),
        ("spend", "shops", "edge edge-attacks"),
    ]
    for g in edges:
        assert {g.get("data-source"), g.get("data-target")} <= node_ids
        path = g.find(f"{SVG}path")
        assert path.get("d").startswith("M") and path.get("fill") == "none"
        assert path.get("marker-end")[5:-1] in markers


def test_marker_ids_carry_the_map_id_so_two_maps_on_a_page_do_not_clash(small_map):
    markers = {m.get("id") for m in parse(small_map).iter(f"{SVG}marker")}
    assert markers == {"argmap-cars-supports", "argmap-cars-attacks"}


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "]]> <![CDATA[ x",
    "Fish &amp; chips & peas",
    "it's \"quoted\" <b>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_user_text_comes_out_as_text(map_of, hostile):
    nodes = [("x" + hostile, "central_claim", hostile, hostile), ("y", "claim", hostile, f"a {hostile} b")]
    amap = map_of(nodes, [("y", "x" + hostile, "supports")], title=hostile)
    root = parse(amap)
    assert root.find(f"{SVG}title").text == hostile
    first, second = groups(root, "node")
    assert first.get("data-id") == "x" + hostile and first.get("id") == "node-x" + hostile
    assert groups(root, "edge")[0].get("data-target") == "x" + hostile
    assert second.find(f"{SVG}title").text == f"{hostile} — claim — a {hostile} b"
    assert "".join("".join(t.itertext()) for t in second.iter(f"{SVG}tspan")).replace(" ", "") == hostile.replace(" ", "")
    assert not {el.tag for el in root.iter()} & {f"{SVG}script", f"{SVG}img", "script", "img"}


def test_characters_xml_forbids_are_dropped(map_of):
    amap = map_of([("a", "claim", "bell\x07 and\x0b tab", "form\x0cfeed")], [], title="null\x01 title")
    root = parse(amap)
    assert root.find(f"{SVG}title").text == "null title"
    assert groups(root, "node")[0].find(f"{SVG}title").text == "bell and tab — claim — formfeed"


def test_the_legend_names_every_kind_above_the_map(small_map):
    root = parse(small_map)
    (legend,) = groups(root, "legend")
    names = [t.text for t in legend.iter(f"{SVG}text")]
    assert names == ["central claim", "claim", "counterclaim", "rebuttal", "evidence", "supports", "attacks"]
    (drawing,) = groups(root, "map")
    # the small map, narrower than its legend, stands in the middle below it
    width = float(root.get("viewBox").split()[2])
    assert drawing.get("transform") == f"translate({(width - small_map.layout.width) / 2:g} 44)"
    assert max(float(t.get("y")) for t in legend.iter(f"{SVG}text")) + 12 < 44  # legend at y=12, below the map's top


def test_kinds_differ_by_more_than_colour():
    looks = {(s.shape, s.dasharray, s.stroke_width) for s in NODE_STYLES.values()}
    assert len(looks) == len(NODE_STYLES)
    assert len({(s.dasharray, s.head) for s in EDGE_STYLES.values()}) == len(EDGE_STYLES)


def test_text_and_lines_have_enough_contrast():
    for style in NODE_STYLES.values():
        assert contrast(LABEL_INK, style.fill) >= 7
        assert contrast(style.ink, style.fill) >= 4.5
        assert contrast(style.stroke, BACKGROUND) >= 3
    for style in EDGE_STYLES.values():
        assert contrast(style.stroke, BACKGROUND) >= 3


def test_an_empty_map_is_a_legend(map_of):
    root = parse(map_of([], [], title="Nothing"))
    assert groups(root, "node") == [] and len(groups(root, "legend")) == 1


def test_rendering_is_deterministic(small_map, map_of):
    assert render_svg(small_map) == render_svg(map_of())
