"""People's maps through the API and the form: create, limits, keys, every edit, escaping everywhere."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.models import ArgumentMap
from app.pipeline import NO_ARGUMENT
from tests.conftest import OP_ED, OP_ED_EDGES, OP_ED_NODES, app_on, outline
from tests.web.test_api import JSON, Page

HTML_PAGE = """<!doctype html><html><head><title>Cities should ban cars | The Daily</title>
<style>p { color: red }</style><script>track()</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Cities should ban cars from their centres</h1>
<p>Cities should ban private cars from their centres. Streets without cars are safer for children.</p>
<h2>Safety</h2><ul><li>For example, Oslo had no pedestrian deaths in 2019.</li></ul>
<!-- an editor's note -->
<p>Critics argue that shops will lose customers. However, studies show that people on foot spend more.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


@pytest.fixture
def client(empty_app: FastAPI) -> TestClient:
    return TestClient(empty_app)


def create(client: TestClient, **body) -> tuple[ArgumentMap, str]:
    response = client.post("/api/maps", json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    assert set(created) == {"id", "edit_key", "url"}
    assert created["url"] == f"/maps/{created['id']}" == response.headers["location"]
    return ArgumentMap.model_validate(client.get(f"/api/maps/{created['id']}").json()), created["edit_key"]


# --- creating ------------------------------------------------------------------------------------


def test_a_pasted_text_becomes_a_map_with_its_title(client: TestClient) -> None:
    amap, _ = create(client, text=OP_ED, title="Car-free centres")
    assert amap.title == "Car-free centres" and amap.text == OP_ED
    assert outline(amap.model_dump()) == (OP_ED_NODES, OP_ED_EDGES)
    assert amap.problems == [] and amap.version == 1


def test_an_html_page_is_mapped_from_its_article_text(client: TestClient) -> None:
    amap, _ = create(client, text=HTML_PAGE, format="html")
    assert amap.title == "Cities should ban cars from their centres"
    assert amap.text == (  # the article as light Markdown: no style, script, menu, comment or footer
        "# Cities should ban cars from their centres\n\n"
        "Cities should ban private cars from their centres. Streets without cars are safer for children.\n\n"
        "## Safety\n\n"
        "- For example, Oslo had no pedestrian deaths in 2019.\n\n"
        "Critics argue that shops will lose customers. However, studies show that people on foot spend more."
    )
    assert [n.kind for n in amap.nodes] == ["central_claim", "claim", "evidence", "counterclaim", "rebuttal"]
    for node in amap.nodes:
        for span in node.spans:  # spans index the text the pane shows
            assert amap.text[span.start:span.end] in node.text


def test_the_format_is_guessed_from_the_text_and_from_the_file_name(client: TestClient) -> None:
    amap, _ = create(client, text=HTML_PAGE)
    assert amap.text.startswith("# Cities should ban cars from their centres\n\nCities should ban private cars")
    response = client.post("/api/maps", files={"file": ("op-ed.md", b"# Cities should ban cars\n\n" + OP_ED.encode())})
    assert response.status_code == 201
    markdown = client.get(f"/api/maps/{response.json()['id']}").json()
    assert markdown["title"] == "Cities should ban cars"


def test_an_uploaded_html_file_with_broken_markup_is_tolerated(client: TestClient) -> None:
    broken = b"<html><body><div><p>Cities should ban cars. <b>Streets without cars are safer.<p>For example, Oslo"
    response = client.post("/api/maps", files={"file": ("page.html", broken)}, data={"title": "Broken"})
    assert response.status_code == 201, response.text
    amap = client.get(f"/api/maps/{response.json()['id']}").json()
    assert (amap["title"], amap["text"]) == (
        "Broken", "Cities should ban cars. **Streets without cars are safer.**\n\nFor example, Oslo")


def test_the_form_redirects_to_the_new_map_with_its_key_in_the_fragment(client: TestClient) -> None:
    response = client.post("/maps", data={"text": OP_ED, "title": "", "format": ""}, follow_redirects=False)
    assert response.status_code == 303
    path, key = response.headers["location"].split("#key=")
    map_id = path.removeprefix("/maps/")
    assert client.get(path).status_code == 200
    assert client.post(f"/api/maps/{map_id}/remine", headers={"X-Edit-Key": key}).status_code == 200


def test_a_text_without_an_argument_is_a_map_that_says_so(client: TestClient) -> None:
    amap, _ = create(client, text="12345\n\n***")
    assert amap.nodes == [] and amap.problems == [NO_ARGUMENT]
    assert "No argument was found in this text" in client.get(f"/maps/{amap.id}").text


def test_a_recipe_is_a_map_that_says_no_argument_was_found(client: TestClient) -> None:
    recipe = "Lemon Soup\n\nChop the onion. Add the stock and simmer it for twenty minutes. Squeeze the lemon over it."
    amap, _ = create(client, text=recipe)
    assert (amap.nodes, amap.edges, amap.problems) == ([], [], [NO_ARGUMENT])
    assert "No argument was found in this text" in client.get(f"/maps/{amap.id}").text


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_nothing_to_map_is_a_422(client: TestClient, text: str) -> None:
    response = client.post("/api/maps", json={"text": text})
    assert response.status_code == 422
    assert response.json() == {"error": "nothing to map: the text is empty", "status": 422}
    upload = client.post("/api/maps", files={"file": ("a.txt", text.encode())})
    assert (upload.status_code, upload.json()["error"]) == (422, "nothing to map: the input is empty")


def test_too_large_is_a_413(tmp_path: Path) -> None:
    client = TestClient(app_on(tmp_path / "db", tmp_path, max_input_bytes=1000))
    for response in (
        client.post("/api/maps", json={"text": "word " * 201}),
        client.post("/api/maps", files={"file": ("a.txt", b"word " * 201)}),
        client.post("/maps", data={"text": "word " * 201}, headers={"accept": "text/html"}),
    ):
        assert response.status_code == 413
    assert client.post("/api/maps", json={"text": "x" * 1001}).json() == {
        "error": "the text is too large: 1,001 bytes, and the limit is 1,000 bytes", "status": 413}
    assert client.post("/api/maps", json={"text": "Cars must go. " * 70}).status_code == 201


def test_the_default_limit_is_2_mb(client: TestClient) -> None:
    response = client.post("/api/maps", files={"file": ("big.txt", b"Cars must go. " * 150_000)})
    assert response.status_code == 413
    assert response.json()["error"] == (
        "the text is too large: 2,100,000 bytes, and the limit is 2,097,152 bytes (2 MB)")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", b"caf\xe9 au lait", b"\xff\xfe\x00"])
def test_binary_or_undecodable_bytes_are_a_415(client: TestClient, data: bytes) -> None:
    response = client.post("/api/maps", files={"file": ("a.txt", data)})
    assert response.status_code == 415
    assert "binary" in response.json()["error"] or "not valid UTF-8" in response.json()["error"]


def test_a_body_neither_json_nor_a_form_is_a_415_and_bad_json_a_422(client: TestClient) -> None:
    assert client.post("/api/maps", content=b"text", headers={"content-type": "text/plain"}).status_code == 415
    bad = client.post("/api/maps", content=b'{"text": 3}', headers={"content-type": "application/json"})
    assert bad.status_code == 422 and bad.json()["error"].startswith("the request is not valid: text:")


def test_fifty_maps_posted_at_once_are_all_kept(empty_app: FastAPI, tmp_path: Path) -> None:
    client = TestClient(empty_app)
    texts = [f"Town {i} should plant trees\n\nTown {i} should plant trees. Shade cools streets." for i in range(50)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda text: client.post("/api/maps", json={"text": text}), texts))
    assert [r.status_code for r in responses] == [201] * 50
    restarted = TestClient(app_on(tmp_path / "argmap.db", tmp_path / "seeds"))
    titles = sorted(restarted.get(f"/api/maps/{r.json()['id']}").json()["title"] for r in responses)
    assert titles == sorted(f"Town {i} should plant trees" for i in range(50))


def test_people_s_maps_are_not_listed(client: TestClient) -> None:
    create(client, text=OP_ED)
    assert client.get("/api/maps").json() == []


# --- editing -------------------------------------------------------------------------------------


@pytest.fixture
def made(client: TestClient) -> tuple[TestClient, ArgumentMap, dict[str, str]]:
    amap, key = create(client, text=OP_ED)
    return client, amap, {"X-Edit-Key": key}


def test_every_change_without_the_key_is_a_403(made) -> None:
    client, amap, _ = made
    node, edge = amap.nodes[0], amap.edges[0]
    base = f"/api/maps/{amap.id}"
    for method, path, body in [
        ("PATCH", f"/nodes/{node.id}", {"label": "x"}),
        ("DELETE", f"/nodes/{node.id}", None),
        ("POST", "/nodes", {"kind": "claim", "spans": [{"start": 0, "end": 5}]}),
        ("POST", "/edges", {"source": node.id, "target": edge.source, "kind": "attacks"}),
        ("PATCH", f"/edges/{edge.source}/{edge.target}", {"kind": "attacks"}),
        ("DELETE", f"/edges/{edge.source}/{edge.target}", None),
        ("POST", f"/edges/{edge.source}/{edge.target}/reverse", None),
        ("POST", "/undo", None), ("POST", "/redo", None), ("POST", "/remine", None),
    ]:
        for headers in ({}, {"X-Edit-Key": "not-the-key"}):
            response = client.request(method, base + path, json=body, headers=headers)
            assert response.status_code == 403, (method, path)
            assert response.json()["error"].startswith("this map can be changed only with its edit key")
    assert client.get(base).json()["version"] == 1


def test_seed_maps_cannot_be_changed(client_seeded: TestClient, seed_map: ArgumentMap) -> None:
    response = client_seeded.post(f"/api/maps/{seed_map.id}/undo", headers={"X-Edit-Key": "x"})
    assert response.status_code == 403
    assert response.json()["error"].startswith("this is one of the app's example maps")


@pytest.fixture
def client_seeded(seed_app: FastAPI) -> TestClient:
    return TestClient(seed_app)


def test_rename_and_change_kind_confirm_the_node_and_move_the_layout(made) -> None:
    client, amap, key = made
    node = next(n for n in amap.nodes if n.kind == "evidence")
    renamed = client.patch(f"/api/maps/{amap.id}/nodes/{node.id}", json={"label": "Oslo: no deaths"}, headers=key)
    assert renamed.status_code == 200
    body = ArgumentMap.model_validate(renamed.json())
    changed = next(n for n in body.nodes if n.id == node.id)
    assert (changed.label, changed.confirmed, body.version) == ("Oslo: no deaths", True, 2)
    assert next(b.lines for b in body.layout.boxes if b.id == node.id) == ["Oslo: no deaths"]
    kind = client.patch(f"/api/maps/{amap.id}/nodes/{node.id}", json={"kind": "claim"}, headers=key).json()
    assert next(n["kind"] for n in kind["nodes"] if n["id"] == node.id) == "claim"
    assert client.patch(f"/api/maps/{amap.id}/nodes/{node.id}", json={"kind": "opinion"}, headers=key).status_code == 422
    assert client.patch(f"/api/maps/{amap.id}/nodes/nope", json={"label": "x"}, headers=key).json() == {
        "error": "the map has no node 'nope'", "status": 404}


def test_a_selection_becomes_a_node_with_exactly_its_span(made) -> None:
    client, amap, key = made
    start = OP_ED.index("Oslo had")
    end = start + len("Oslo had no pedestrian deaths in 2019")
    response = client.post(f"/api/maps/{amap.id}/nodes", json={"kind": "evidence", "spans": [{"start": start - 1, "end": end}]},
                           headers=key)
    assert response.status_code == 201
    added = next(n for n in response.json()["nodes"] if n["id"] not in {m.id for m in amap.nodes})
    assert added["spans"] == [{"start": start, "end": end}]  # the leading space trimmed
    assert (added["text"], added["kind"], added["confirmed"]) == (OP_ED[start:end], "evidence", True)
    for spans in ([{"start": 5, "end": 5}], [{"start": 0, "end": len(OP_ED) + 1}], []):
        bad = client.post(f"/api/maps/{amap.id}/nodes", json={"kind": "claim", "spans": spans}, headers=key)
        assert bad.status_code == 422


def test_edges_are_added_reversed_changed_and_removed(made) -> None:
    client, amap, key = made
    base = f"/api/maps/{amap.id}"
    edge = amap.edges[0]
    edges = lambda body: {(e["source"], e["target"]): e["kind"] for e in body["edges"]}  # noqa: E731
    reversed_ = client.post(f"{base}/edges/{edge.source}/{edge.target}/reverse", headers=key).json()
    assert edges(reversed_)[edge.target, edge.source] == edge.kind and (edge.source, edge.target) not in edges(reversed_)
    changed = client.patch(f"{base}/edges/{edge.target}/{edge.source}", json={"kind": "attacks"}, headers=key).json()
    assert edges(changed)[edge.target, edge.source] == "attacks"
    removed = client.delete(f"{base}/edges/{edge.target}/{edge.source}", headers=key).json()
    assert (edge.target, edge.source) not in edges(removed)
    added = client.post(f"{base}/edges", json={"source": edge.source, "target": edge.target, "kind": "supports"},
                        headers=key)
    assert added.status_code == 201 and edges(added.json())[edge.source, edge.target] == "supports"
    again = client.post(f"{base}/edges", json={"source": edge.source, "target": edge.target, "kind": "attacks"},
                        headers=key)
    assert again.status_code == 409
    self_loop = client.post(f"{base}/edges", json={"source": edge.source, "target": edge.source, "kind": "attacks"},
                            headers=key)
    assert self_loop.json() == {"error": "a node cannot support or attack itself", "status": 422}
    assert client.delete(f"{base}/edges/{edge.source}/nope", headers=key).status_code == 404


def test_delete_undo_redo(made) -> None:
    client, amap, key = made
    base = f"/api/maps/{amap.id}"
    victim = next(n for n in amap.nodes if n.kind == "counterclaim")
    deleted = client.delete(f"{base}/nodes/{victim.id}", headers=key).json()
    assert victim.id not in {n["id"] for n in deleted["nodes"]}
    assert all(victim.id not in (e["source"], e["target"]) for e in deleted["edges"])
    undone = client.post(f"{base}/undo", headers=key).json()
    assert ArgumentMap.model_validate(undone).model_dump(exclude={"version"}) == amap.model_dump(exclude={"version"})
    assert client.post(f"{base}/undo", headers=key).status_code == 409
    redone = client.post(f"{base}/redo", headers=key).json()
    assert victim.id not in {n["id"] for n in redone["nodes"]} and redone["version"] == 4


def test_remine_keeps_confirmed_nodes_and_leaves_deleted_ones_out(made) -> None:
    client, amap, key = made
    base = f"/api/maps/{amap.id}"
    evidence = next(n for n in amap.nodes if n.kind == "evidence")
    counter = next(n for n in amap.nodes if n.kind == "counterclaim")
    client.patch(f"{base}/nodes/{evidence.id}", json={"label": "Oslo", "kind": "claim"}, headers=key)
    client.delete(f"{base}/nodes/{counter.id}", headers=key)
    remined = client.post(f"{base}/remine", headers=key).json()
    kept = next(n for n in remined["nodes"] if n["id"] == evidence.id)
    assert (kept["label"], kept["kind"], kept["confirmed"]) == ("Oslo", "claim", True)
    assert [n for n in remined["nodes"] if n["spans"] == [s.model_dump() for s in evidence.spans]] == [kept]
    assert all(n["spans"] != [s.model_dump() for s in counter.spans] for n in remined["nodes"])
    assert len(remined["nodes"]) == len(amap.nodes) - 1


# --- escaping ------------------------------------------------------------------------------------

NASTY = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "]]>", "&amp; & &lt;", "<svg onload=alert(1)>",
         "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "&xxe;", "<![CDATA[x]]>"]


def test_user_text_comes_out_as_text_in_every_page_and_export(client_for: Callable[..., tuple]) -> None:
    title = " ".join(NASTY)
    text = "\n\n".join(f"People should write {s} safely. For example, {s} appeared in 2005." for s in NASTY)
    client, amap, key = client_for(text, title=title)
    node = amap.nodes[0]
    amap = ArgumentMap.model_validate(
        client.patch(f"/api/maps/{amap.id}/nodes/{node.id}", json={"label": title}, headers={"X-Edit-Key": key}).json()
    )
    assert amap.title == title and next(n.label for n in amap.nodes if n.id == node.id) == title

    html = client.get(f"/maps/{amap.id}").text
    page = Page(html)
    assert page.tags_named("img") == [] and page.tags_named("svg") == [page.tags_named("svg")[0]]
    assert [tag for tag, _ in page.tags].count("script") == 5  # viewer.js, editor.js, map, stand and kind data
    assert page.source_text == text
    assert json.loads(page.map_data)["title"] == title
    for nasty in NASTY:
        assert nasty not in html or "<" not in nasty and "&" not in nasty and '"' not in nasty

    svg = client.get(f"/maps/{amap.id}.svg").content
    root = ET.fromstring(svg)  # well-formed: nothing broke out of its element
    assert all(el.tag.split("}")[1] in {"svg", "title", "defs", "marker", "path", "rect", "g", "text", "tspan"}
               for el in root.iter())
    texts = "".join(root.itertext())
    assert title in texts
    assert b"<!ENTITY" not in svg and b"<![CDATA[" not in svg and b"<script" not in svg

    exported = client.get(f"/maps/{amap.id}.json")
    assert json.loads(exported.content)["title"] == title
    assert json.loads(client.get(f"/maps/{amap.id}.aif").content)["argmap"]["title"] == title
    graphml = ET.fromstring(client.get(f"/maps/{amap.id}.graphml").content)  # well-formed
    assert title in "".join(graphml.itertext())
    dot = client.get(f"/maps/{amap.id}.dot").text
    assert len(dot.splitlines()) == 3 + len(amap.nodes) + len(amap.edges) + 1
    assert client.get(f"/maps/{amap.id}.argdown").text.startswith(  # Argdown's special characters escaped
        r'# \<script\>alert(1)\<\/script\> "\>\<img src\=x onerror\=alert(1)\> \]\]\> &amp; & &lt; '
        r'\<svg onload\=alert(1)\> \<!ENTITY xxe SYSTEM "file:\/\/\/etc\/passwd"\> &xxe; \<!\[CDATA\[x\]\]\>' "\n")
    assert client.get(f"/api/maps/{amap.id}", headers=JSON).json()["text"] == text


def test_a_problem_with_the_form_shows_the_form_again_as_it_was_sent(tmp_path: Path) -> None:
    client = TestClient(app_on(tmp_path / "db", tmp_path, max_input_bytes=1000))
    text = "\nCars </textarea><script>alert(1)</script> " * 30
    response = client.post("/maps", data={"text": text, "title": 'A "title"', "format": "markdown"})
    assert response.status_code == 413
    page = Page(response.text)
    assert [a for a in page.tags_named("p") if a.get("id") == "form-problem"] == [
        {"class": "form-problem", "id": "form-problem", "role": "alert"}]
    assert "The text is too large: 1,290 bytes, and the limit is 1,000 bytes." in response.text
    assert [a["value"] for a in page.tags_named("input") if a.get("id") == "new-title"] == ['A "title"']
    assert f"<textarea id=\"new-text\" name=\"text\" rows=\"12\" placeholder=\"Paste the article here…\">\n" \
           f"{html.escape(text, quote=True)}</textarea>" in response.text
    assert [a for a in page.tags_named("option") if "selected" in a] == [{"value": "markdown", "selected": None}]
    assert "<script>alert(1)" not in response.text


def test_a_map_whose_nodes_were_all_deleted_says_so(made) -> None:
    client, amap, key = made
    for node in amap.nodes:
        body = client.delete(f"/api/maps/{amap.id}/nodes/{node.id}", headers=key).json()
    assert body["nodes"] == [] and body["problems"][0].startswith("the map is empty: every node was deleted")


LATIN_PAGE = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
    "<title>Caf\u00e9s Should Stay Open Late</title></head><body><article><h1>Caf\u00e9s Should Stay Open Late</h1>"
    "<p>Caf\u00e9s should stay open late, because night workers need somewhere warm to eat.</p>"
    "<p>For example, in Lyon the late caf\u00e9s served 4,000 nurses a week in 2023.</p>"
    "<p>Critics argue that noise keeps neighbours awake. However, the \u2018quiet hours\u2019 rule solved it.</p>"
    "</article></body></html>"
).encode("cp1252")


def test_an_html_page_in_the_charset_it_declares_is_read_as_a_browser_reads_it(client: TestClient) -> None:
    response = client.post("/api/maps", files={"file": ("cafes.html", LATIN_PAGE)})
    assert response.status_code == 201, response.text
    amap = client.get(f"/api/maps/{response.json()['id']}").json()
    assert "Caf\u00e9s should stay open late" in amap["text"]
    assert "\u2018quiet hours\u2019" in amap["text"]  # bytes 0x91/0x92: windows-1252, as browsers read ISO-8859-1


@pytest.mark.parametrize("page, message", [
    (b"<meta charset='x-unheard-of'><p>caf\xe9</p>", "the page declares 'x-unheard-of'"),
    (b"<meta charset='utf-8'><p>caf\xe9</p>", "the page declares the charset 'utf-8' but is not valid in it"),
    (b"<p>caf\xe9, no charset declared</p>", "the input is not valid UTF-8 (bad byte at position 6)"),
])
def test_a_page_that_cannot_be_read_in_its_declared_charset_is_a_415(client: TestClient, page: bytes, message: str) -> None:
    response = client.post("/api/maps", files={"file": ("page.html", page)})
    assert response.status_code == 415
    assert message in response.json()["error"]


def test_a_big_map_opens_on_its_first_levels_without_laying_out_the_whole_map(client: TestClient, monkeypatch) -> None:
    from app import pipeline
    from bench.bench_parse import synthetic_oped

    made = client.post("/api/maps", json={"text": synthetic_oped(30_000)}).json()
    whole = []
    real = pipeline.layout_graph
    monkeypatch.setattr(pipeline, "layout_graph", lambda graph: whole.append(len(graph)) or real(graph))
    page = client.get(f"/maps/{made['id']}")
    assert page.status_code == 200 and 'class="node' in page.text
    assert whole == []  # only the part drawn was laid out (by app.views)
    assert client.get(f"/api/maps/{made['id']}").json()["layout"]["boxes"]  # the API's map is laid out
    assert len(whole) == 1
