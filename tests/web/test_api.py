"""The web app through FastAPI's TestClient: pages, JSON API, SVG export, errors, headers, escaping."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from app.config import settings
from app.models import ArgumentMap
from app.render.svg import render_svg
from app.store import Store
from app.views import parents
from app.web.security import CONTENT_SECURITY_POLICY
from tests.conftest import app_on

SVG = "{http://www.w3.org/2000/svg}"
HTML = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
JSON = {"accept": "application/json"}

#: The seed the app maps first, and what tests/mining/test_seed_map.py shows the miner makes of it.
SEED_TEXT = (settings.seeds_dir / "000_a10110a0f1e8edd2.txt").read_text(encoding="utf-8")
SEED_ID, SEED_TITLE = "open-source-ai-is-the-path-forward", "Open Source AI is the Path Forward"
#: (id, kind, label) of the seed map's first node: its central claim, the title.
SEED_CENTRAL = ("open-source-ai-is-the-path", "central_claim", "Open Source AI is the Path Forward")


class Page(HTMLParser):
    """The parts of a viewer page the tests read: every start tag, the text pane, the map data."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.source_text = ""
        self.map_data = ""
        self._in: list[str] = []  # the open elements that matter: "source" and "data"
        self._depth = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id") == "source-text":
            self._in.append("source")
            self._depth = 0
        elif attributes.get("id") == "map-data":
            self._in.append("data")
        elif self._in and self._in[-1] == "source" and tag != "br":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if not self._in:
            return
        if self._in[-1] == "source" and self._depth:
            self._depth -= 1
        else:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "source":
            self.source_text += data
        elif self._in and self._in[-1] == "data":
            self.map_data += data

    def tags_named(self, name: str) -> list[dict[str, str | None]]:
        return [attributes for tag, attributes in self.tags if tag == name]


# --- the viewer page ---------------------------------------------------------------------------


def test_seed_map_page_is_the_viewer_of_the_default_map(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/maps/{seed_map.id}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert render_svg(seed_map) in response.text
    assert ('<g class="node kind-central_claim" id="node-open-source-ai-is-the-path" '
            'data-id="open-source-ai-is-the-path" data-kind="central_claim">') in response.text
    page = Page(response.text)
    assert page.source_text == SEED_TEXT
    assert '<h1 class="map-title" title="Open Source AI is the Path Forward">Open Source AI is the Path Forward</h1>' in response.text


def test_map_page_shows_the_map_its_text_and_its_data(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/maps/{seed_map.id}")
    assert response.status_code == 200
    page = Page(response.text)
    assert page.source_text == SEED_TEXT
    data = json.loads(page.map_data)
    assert data == {
        **seed_map.model_dump(include={"id", "title", "nodes", "edges", "version", "problems"}), "undo": 0, "redo": 0,
        "parents": parents(seed_map), "view": {"collapsed": [], "focus": None},  # 30 nodes: opens whole
    }
    assert (data["id"], data["title"], data["version"], data["problems"]) == (SEED_ID, SEED_TITLE, 1, [])
    assert [(n["id"], n["kind"], n["label"]) for n in data["nodes"][:1]] == [SEED_CENTRAL]
    downloads = [a for a in page.tags_named("a") if a.get("id", "").startswith("download-")]
    assert downloads[:7] == [{"id": f"download-{fmt}", "href": f"/maps/{seed_map.id}.{fmt}", "download": None}
                             for fmt in ("svg", "png", "json", "aif", "argdown", "graphml", "dot")]
    # and the drawings of the part in view, which the script points at that part when there is one
    assert [a["id"] for a in downloads[7:]] == ["download-part-svg", "download-part-png"]


def test_page_loads_only_its_own_files_and_has_no_inline_script_or_style(client: TestClient, seed_map: ArgumentMap) -> None:
    page = Page(client.get(f"/maps/{seed_map.id}").text)
    scripts = page.tags_named("script")
    assert scripts == [
        {"src": "/static/viewer.js", "defer": None},
        {"src": "/static/editor.js", "defer": None},
        {"type": "application/json", "id": "map-data"},
        {"type": "application/json", "id": "stand-data"},
        {"type": "application/json", "id": "kind-names"},
    ]
    assert [link["href"] for link in page.tags_named("link")] == ["data:,", "/static/viewer.css"]
    assert all("style" not in attributes for _, attributes in page.tags)
    assert page.tags_named("style") == []


def test_every_span_is_highlighted_with_its_nodes_innermost_first(client: TestClient, seed_map: ArgumentMap) -> None:
    page = Page(client.get(f"/maps/{seed_map.id}").text)
    marks = [m for m in page.tags_named("mark")]
    covered = {int(m["data-start"]) for m in marks}
    lengths = {}
    for node in seed_map.nodes:
        for span in node.spans:
            assert span.start in covered, f"no highlight starts where {node.id} starts"
            lengths[node.id] = min(lengths.get(node.id, len(seed_map.text)), span.end - span.start)
    for mark in marks:
        ids = mark["data-nodes"].split()
        assert [lengths[i] for i in ids] == sorted(lengths[i] for i in ids)
        kind = next(n.kind for n in seed_map.nodes if n.id == ids[0])
        assert f"kind-{kind}" in mark["class"].split()


def test_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/viewer.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/viewer.css").headers["content-type"].startswith("text/css")


# --- the JSON API ------------------------------------------------------------------------------


def test_api_gives_the_whole_map(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/api/maps/{seed_map.id}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"id", "title", "text", "nodes", "edges", "noise", "layout", "version", "problems", "speakers", "metadata"}
    assert set(body["nodes"][0]) == {"id", "kind", "label", "text", "spans", "confidence", "cue", "confirmed"}
    assert set(body["edges"][0]) == {"source", "target", "kind", "cue", "confirmed", "group"}
    assert set(body["layout"]) == {"width", "height", "boxes", "routes"}
    assert ArgumentMap.model_validate(body).model_dump() == seed_map.model_dump()
    assert (body["id"], body["title"], body["text"], body["version"]) == (SEED_ID, SEED_TITLE, SEED_TEXT, 1)
    assert (body["nodes"][0]["id"], body["nodes"][0]["kind"], body["nodes"][0]["label"]) == SEED_CENTRAL


def test_openapi_lists_the_argument_map_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["components"]["schemas"]["ArgumentMap"]["properties"]) == {
        "id", "title", "text", "nodes", "edges", "noise", "layout", "version", "problems", "speakers", "metadata"
    }
    responses = schema["paths"]["/api/maps/{map_id}"]["get"]["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ArgumentMap"}
    assert responses["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}
    assert set(schema["paths"]["/maps/{map_id}.{fmt}"]["get"]["responses"]["200"]["content"]) == {
        "image/svg+xml", "application/json", "text/plain; charset=utf-8", "application/graphml+xml",
        "text/vnd.graphviz; charset=utf-8", "image/png",
    }
    assert "/" not in schema["paths"]


def test_docs_are_off_unless_turned_on_and_say_where_the_schema_is(client: TestClient) -> None:
    response = client.get("/docs", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert "/openapi.json" in response.json()["error"] and "ARGMAP_API_DOCS=1" in response.json()["error"]
    assert "cdn" not in client.get("/").text.lower()


def test_docs_turned_on_allow_swagger_ui_by_hash_not_unsafe_inline(tmp_path) -> None:
    client = TestClient(app_on(tmp_path / "maps.db", api_docs=True))
    response = client.get("/docs")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy
    assert "script-src 'self' https://cdn.jsdelivr.net 'sha256-" in policy


# --- the SVG export ----------------------------------------------------------------------------


def test_svg_export_is_the_drawing_of_the_page(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/maps/{seed_map.id}.svg")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"] == 'attachment; filename="open-source-ai-is-the-path-forward.svg"'
    assert response.text == render_svg(seed_map)
    assert response.text in client.get(f"/maps/{seed_map.id}").text
    root = ET.fromstring(response.content)
    assert root.tag == f"{SVG}svg"
    node_ids = [g.get("data-id") for g in root.iter(f"{SVG}g") if "node" in g.get("class", "").split()]
    assert node_ids == [node.id for node in seed_map.nodes]
    assert node_ids[0] == SEED_CENTRAL[0]


def test_json_export_is_the_api_body_as_a_file(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/maps/{seed_map.id}.json")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-disposition"] == 'attachment; filename="open-source-ai-is-the-path-forward.json"'
    assert response.json() == client.get(f"/api/maps/{seed_map.id}").json()
    assert (response.json()["id"], response.json()["title"]) == (SEED_ID, SEED_TITLE)


def test_unknown_export_format_is_a_404_naming_the_formats(client: TestClient, seed_map: ArgumentMap) -> None:
    response = client.get(f"/maps/{seed_map.id}.pdf", headers=JSON)
    assert response.status_code == 404
    assert response.json() == {"error": "no export format 'pdf'; choose one of: aif, argdown, dot, graphml, json, png, svg", "status": 404}


# --- errors ------------------------------------------------------------------------------------


def test_unknown_map_is_a_json_404_on_the_api(client: TestClient) -> None:
    response = client.get("/api/maps/no-such-map", headers=HTML)
    assert response.status_code == 404
    assert response.json() == {"error": "no map with id 'no-such-map'", "status": 404}


@pytest.mark.parametrize("path", ["/maps/no-such-map", "/maps/no-such-map.svg"])
def test_unknown_map_is_a_friendly_404_page_for_a_browser(client: TestClient, path: str) -> None:
    response = client.get(path, headers=HTML)
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>Not Found</h1>" in response.text
    assert "No map with id &#39;no-such-map&#39;." in response.text


def test_unknown_path_answers_json_to_a_json_client(client: TestClient) -> None:
    assert client.get("/nowhere", headers=JSON).json() == {"error": "there is nothing at /nowhere", "status": 404}
    assert client.get("/api/nowhere").json() == {"error": "there is nothing at /api/nowhere", "status": 404}
    page = client.get("/nowhere", headers=HTML)
    assert page.status_code == 404
    assert "There is nothing at /nowhere." in page.text


def test_wrong_method_keeps_its_status_and_allow_header(client: TestClient) -> None:
    response = client.put("/api/maps/x")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json() == {"error": "Method Not Allowed", "status": 405}


class BrokenStore(Store):
    def version(self, map_id: str) -> int:
        raise RuntimeError("secret internals")


def test_unexpected_error_is_a_500_page_without_a_trace(tmp_path) -> None:
    app = app_on(tmp_path / "argmap.db", tmp_path)
    app.state.store = BrokenStore(tmp_path / "argmap.db")
    client = TestClient(app, raise_server_exceptions=False)
    page = client.get("/maps/x", headers=HTML)
    assert page.status_code == 500
    assert "Something went wrong on our side; the error has been logged." in page.text
    assert "secret internals" not in page.text and "Traceback" not in page.text
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    api = client.get("/api/maps/x")
    assert api.json() == {"error": "something went wrong on our side; the error has been logged", "status": 500}


def test_no_seeds_is_an_empty_list_with_a_hint(empty_app) -> None:
    client = TestClient(empty_app)
    assert client.get("/api/maps").json() == []
    assert "No examples: put a text file in the seeds folder and restart." in client.get("/").text


# --- headers and escaping ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/", "/maps/open-source-ai-is-the-path-forward", "/maps/open-source-ai-is-the-path-forward.svg", "/api/maps/x",
     "/static/viewer.js", "/nowhere"],
)
def test_security_headers_are_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
    assert response.headers["x-content-type-options"] == "nosniff"


SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def test_user_text_is_only_ever_escaped(client_for: Callable[..., tuple]) -> None:
    text = (
        f"Why {SCRIPT} must never run\n\n"
        f"Pages should escape what people write {IMG} because scripts steal sessions. "
        f"For example, {SCRIPT} ran on many forums in 2005.\n"
    )
    title = f"Title {IMG} {SCRIPT}"
    client, amap, _ = client_for(text, title=title)
    assert (amap.title, amap.text) == (title, text)

    html = client.get(f"/maps/{amap.id}").text
    assert SCRIPT not in html and "<img" not in html and "onerror=alert(1)>" not in html
    page = Page(html)
    assert [tag for tag, _ in page.tags].count("script") == 5  # viewer.js, editor.js, map, stand and kind data
    assert page.tags_named("img") == []
    assert page.source_text == text
    assert json.loads(page.map_data)["title"] == title
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html  # the map data, JSON-escaped

    svg = client.get(f"/maps/{amap.id}.svg")
    assert SCRIPT not in svg.text and "<img" not in svg.text
    ET.fromstring(svg.content)
    assert client.get(f"/api/maps/{amap.id}").json()["title"] == title


def test_carriage_returns_survive_in_the_text_pane(client_for: Callable[..., tuple]) -> None:
    text = "Cities should ban cars.\r\n\r\nStreets without cars are safer for children.\r\n"
    client, amap, _ = client_for(text)
    html = client.get(f"/maps/{amap.id}").text
    assert "&#13;" in html
    assert Page(html).source_text == text


def test_the_key_check_says_whether_a_key_opens_a_map(client_for) -> None:
    client, amap, key = client_for()
    assert client.get(f"/api/maps/{amap.id}/key", headers={"X-Edit-Key": key}).status_code == 204
    wrong = client.get(f"/api/maps/{amap.id}/key", headers={"X-Edit-Key": "wrong"})
    assert wrong.status_code == 403 and "key" in wrong.json()["error"]
    assert client.get(f"/api/maps/{amap.id}/key").status_code in (401, 403)


def test_a_redirect_names_a_path_and_never_echoes_the_host_header(client: TestClient) -> None:
    response = client.get("/api/maps/", headers={"Host": "evil.example"}, follow_redirects=False)
    assert response.status_code in (307, 308)
    assert response.headers["location"] == "/api/maps"
    created = client.post("/maps", data={"text": "Towns should keep night buses. Critics argue they cost too much."},
                          headers={"Host": "evil.example"}, follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"].startswith("/maps/")


def test_maps_are_made_from_this_site_s_pages_only(client: TestClient) -> None:
    text = {"text": "Towns should keep night buses. Critics argue they cost too much."}
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}, {"Origin": "https://evil.example"},
                    {"Origin": "null"}):
        refused = client.post("/api/maps", json=text, headers=headers)
        assert refused.status_code == 403, headers
        assert "this site's own pages" in refused.json()["error"]
        form = client.post("/maps", data=text, headers=headers, follow_redirects=False)
        assert form.status_code == 403 and "this site&#39;s own pages" in form.text
    # this site's pages, and clients that say nothing of where they come from, are served
    for headers in ({"Sec-Fetch-Site": "same-origin"}, {"Origin": "http://testserver"}, {}):
        assert client.post("/api/maps", json=text, headers=headers).status_code == 201, headers


def test_a_database_that_cannot_be_written_is_a_503_that_says_nothing_changed(client_for, monkeypatch) -> None:
    import sqlite3

    from app.store import Store

    client, amap, key = client_for()

    def read_only(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Store, "change", read_only)
    client = TestClient(client.app, raise_server_exceptions=False)  # as a real server answers
    response = client.patch(f"/api/maps/{amap.id}/nodes/{amap.nodes[0].id}", json={"label": "New"},
                            headers={"X-Edit-Key": key})
    assert response.status_code == 503 and response.headers["retry-after"] == "60"
    assert response.json()["error"].startswith("the map store cannot be written right now")
