"""Imports through the same upload as texts: AIF JSON and Argdown recognised by content, errors as 422."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from app.render import export
from tests.conftest import OP_ED_EDGES, OP_ED_NODES, outline

ARGDOWN = "# Trees\n\n[Trees]: Cities should plant trees.\n  + [Shade]: Shade cools streets.\n  - [Cost]: Trees cost too much.\n"
AIF = {
    "nodes": [{"nodeID": "1", "type": "I", "text": "Cities should plant trees."},
              {"nodeID": "2", "type": "I", "text": "Trees cost too much."},
              {"nodeID": "3", "type": "CA", "text": "Default Conflict"}],
    "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}],
}  # fmt: skip


def test_an_aif_file_posted_as_text_becomes_a_map(empty_app):
    client = TestClient(empty_app)
    response = client.post("/api/maps", json={"text": json.dumps(AIF)})
    assert response.status_code == 201, response.text
    amap = client.get(f"/api/maps/{response.json()['id']}").json()
    assert amap["title"] == "Imported AIF map"
    assert [(n["label"], n["kind"], n["confirmed"]) for n in amap["nodes"]] == [
        ("Cities should plant trees", "central_claim", True), ("Trees cost too much", "counterclaim", True),
    ]  # fmt: skip
    assert [(e["source"], e["kind"], e["target"]) for e in amap["edges"]] == [
        ("trees-cost-too-much", "attacks", "cities-should-plant-trees"),
    ]


def test_an_argdown_file_uploaded_in_the_form_becomes_a_map(empty_app):
    client = TestClient(empty_app)
    response = client.post("/api/maps", files={"file": ("debate.argdown", ARGDOWN.encode(), "text/plain")})
    assert response.status_code == 201, response.text
    amap = client.get(f"/api/maps/{response.json()['id']}").json()
    assert amap["title"] == "Trees"
    assert sorted((n["label"], n["kind"]) for n in amap["nodes"]) == [
        ("Cost", "counterclaim"), ("Shade", "claim"), ("Trees", "central_claim"),
    ]


def test_our_own_aif_export_uploads_as_the_same_map(empty_app, client_for):
    client, original, _ = client_for()
    aif = export(original, "aif")[0]
    response = client.post("/api/maps", files={"file": ("map.aif.json", aif, "application/json")})
    assert response.status_code == 201, response.text
    again = client.get(f"/api/maps/{response.json()['id']}").json()
    assert again["text"] == original.text
    assert [(n["id"], n["kind"], n["label"], n["spans"]) for n in again["nodes"]] == [
        (n.id, n.kind, n.label, [s.model_dump() for s in n.spans]) for n in original.nodes
    ]
    assert outline(again) == (OP_ED_NODES, OP_ED_EDGES)


def test_a_malformed_aif_file_is_a_422_naming_the_json_path(empty_app):
    client = TestClient(empty_app)
    broken = {"nodes": AIF["nodes"], "edges": [{"fromID": "2", "toID": "9"}]}
    response = client.post("/api/maps", json={"text": json.dumps(broken)})
    assert (response.status_code, response.json()) == (
        422, {"error": "AIF: $.edges[0].toID: no node has the id '9'", "status": 422},
    )  # fmt: skip


def test_a_malformed_argdown_file_is_a_422_naming_the_line(empty_app):
    client = TestClient(empty_app)
    response = client.post("/api/maps", json={"text": "[A]: a\n  + [B: b", "format": "argdown"})
    assert response.status_code == 422
    assert response.json()["error"] == "Argdown: line 2: a title opened with '[' is never closed"


def test_an_imported_map_re_mined_keeps_its_nodes(empty_app):
    client = TestClient(empty_app)
    created = client.post("/api/maps", json={"text": ARGDOWN}).json()
    response = client.post(f"/api/maps/{created['id']}/remine", headers={"X-Edit-Key": created["edit_key"]})
    assert response.status_code == 200, response.text
    remined = response.json()
    # Every node came from a person's file, so each is confirmed and kept; what the miner finds overlaps them.
    assert [(n["id"], n["kind"], n["label"], n["confirmed"]) for n in remined["nodes"]] == [
        ("trees", "central_claim", "Trees", True), ("shade", "claim", "Shade", True),
        ("cost", "counterclaim", "Cost", True)]
    assert [(e["source"], e["kind"], e["target"]) for e in remined["edges"]] == [
        ("shade", "supports", "trees"), ("cost", "attacks", "trees")]


def test_a_malformed_upload_in_the_form_shows_the_form_again_with_the_message(empty_app):
    client = TestClient(empty_app)
    broken = json.dumps({"nodes": AIF["nodes"], "edges": [{"fromID": "1", "toID": "7"}]}).encode()
    response = client.post("/maps", files={"file": ("broken.json", broken, "application/json")})
    assert response.status_code == 422
    assert "AIF: $.edges[0].toID: no node has the id &#39;7&#39;" in response.text
    assert 'id="new-map-submit"' in response.text


def test_our_json_download_uploads_as_the_same_map(client_for):
    client, original, _ = client_for()
    data = client.get(f"/maps/{original.id}.json").content
    response = client.post("/api/maps", files={"file": ("map.json", data, "application/json")})
    assert response.status_code == 201, response.text
    again = client.get(f"/api/maps/{response.json()['id']}").json()
    assert again["text"] == original.text
    assert again["nodes"] == [n.model_dump() for n in original.nodes]
    assert again["edges"] == [e.model_dump() for e in original.edges]
    assert outline(again) == (OP_ED_NODES, OP_ED_EDGES)


def test_the_form_sent_by_the_page_s_script_gets_json_the_map_s_address_or_the_problem(empty_app):
    # The home page's script sends the form in the background, so that a problem leaves it filled in.
    client = TestClient(empty_app)
    json_please = {"Accept": "application/json"}
    made = client.post("/maps", files={"file": ("debate.argdown", ARGDOWN.encode(), "text/plain")},
                       data={"format": "argdown"}, headers=json_please, follow_redirects=False)
    assert made.status_code == 201
    url, key = made.json()["url"].split("#key=")
    assert client.get(url).status_code == 200 and key
    refused = client.post("/maps", files={"file": ("debate.argdown", b"[A]: a\n  + [B: b", "text/plain")},
                          data={"format": "argdown"}, headers=json_please)
    assert (refused.status_code, refused.json()) == (
        422, {"error": "Argdown: line 2: a title opened with '[' is never closed.", "status": 422})
    # Without the script, the form works as a plain form: a redirect, or the page again with the problem.
    plain = client.post("/maps", files={"file": ("debate.argdown", ARGDOWN.encode(), "text/plain")},
                        follow_redirects=False)
    assert plain.status_code == 303 and "#key=" in plain.headers["location"]


def test_a_dialogue_s_speakers_are_shown_as_speakers_in_the_text(empty_app):
    nodeset = {
        "nodes": [{"nodeID": "1", "type": "I", "text": "Trains should be free"},
                  {"nodeID": "2", "type": "L", "text": "Ann : Trains should be free"},
                  {"nodeID": "3", "type": "YA", "text": "Asserting"}],
        "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}],
    }  # fmt: skip
    client = TestClient(empty_app)
    made = client.post("/api/maps", json={"text": json.dumps(nodeset)})
    assert made.status_code == 201, made.text
    page = client.get(made.json()["url"]).text
    assert '<span class="speaker">Ann</span>: <mark class="span kind-central_claim"' in page
    assert page.count("Trains should be free") >= 1 and "Ann : " not in page  # once, without the annotator's prefix
