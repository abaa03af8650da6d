"""Fixtures shared by the web and browser tests: the app over the seeds, and apps over tiny texts.

Every app here keeps its maps in a database under pytest's temporary folder, never in ``argmap.db``.
Every property and fuzz test (a hypothesis test, schemathesis's included) is marked ``slow``:
``pytest -m "not slow"`` leaves them out of a quick run; ``bash .ci/run`` runs them all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app import maps
from app.config import settings
from app.models import ArgumentMap
from app.web import create_app

#: A short op-ed with a central claim, support, evidence, a counterclaim and a rebuttal.
OP_ED = """\
Cities should ban cars from their centres

Cities should ban private cars from their centres. Streets without cars are safer for children.
For example, Oslo had no pedestrian deaths in 2019 after it removed parking from its centre.

Critics argue that shops will lose customers. However, studies show that people on foot spend more each month.
"""


#: What the miner makes of OP_ED, read off the text: the title line states the position, which the first
#: sentence restates (one node, anchored to both), the first paragraph argues for it and "For example" backs
#: the sentence before it; "Critics argue" voices the other side and "However" answers it. (id, kind, label)
#: of each node in the order of the text.
OP_ED_NODES = [
    ("cities-should-ban-cars-from-their", "central_claim", "Cities should ban cars from their centres"),
    ("streets-without-cars-are-safer-for", "claim", "Streets without cars are safer for children"),
    ("oslo-had-no-pedestrian-deaths-in", "evidence", "Oslo had no pedestrian deaths in 2019"),
    ("shops-will-lose-customers", "counterclaim", "Shops will lose customers"),
    ("studies-show-that-people-on-foot", "rebuttal", "Studies show that people on foot spend more each month"),
]
#: (source, kind, target) of each edge of OP_ED's map.
OP_ED_EDGES = [
    ("streets-without-cars-are-safer-for", "supports", "cities-should-ban-cars-from-their"),
    ("oslo-had-no-pedestrian-deaths-in", "supports", "streets-without-cars-are-safer-for"),
    ("shops-will-lose-customers", "attacks", "cities-should-ban-cars-from-their"),
    ("studies-show-that-people-on-foot", "attacks", "shops-will-lose-customers"),
]


def outline(amap: dict) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Return the (id, kind, label) of the nodes and the (source, kind, target) of the edges of a map's JSON."""
    return ([(n["id"], n["kind"], n["label"]) for n in amap["nodes"]],
            [(e["source"], e["kind"], e["target"]) for e in amap["edges"]])


@pytest.fixture(scope="session")
def op_ed() -> str:
    return OP_ED


def app_on(db_path: Path, seeds_dir: Path | None = None, **options) -> FastAPI:
    """Return an app over the database ``db_path`` (created if need be) and the seeds of ``seeds_dir``.

    Its write rate limits are off unless ``options`` set them: tests make hundreds of writes a minute."""
    options = {"creates_per_minute": 0, "edits_per_minute": 0, **options}
    config = dataclasses.replace(settings, db_path=db_path, seeds_dir=seeds_dir or settings.seeds_dir, **options)
    return create_app(config)


@pytest.fixture(scope="session")
def seed_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """The app as it starts on a new database: the seed files mapped, the first one the default map."""
    return app_on(tmp_path_factory.mktemp("db") / "argmap.db")


@pytest.fixture(scope="session")
def client(seed_app: FastAPI) -> TestClient:
    return TestClient(seed_app)


@pytest.fixture(scope="session")
def seed_map(seed_app: FastAPI) -> ArgumentMap:
    return maps.default_map(seed_app.state.store)


@pytest.fixture
def empty_app(tmp_path: Path) -> FastAPI:
    """An app on a new database with no seeds."""
    (tmp_path / "seeds").mkdir()
    return app_on(tmp_path / "argmap.db", tmp_path / "seeds")


@pytest.fixture
def client_for(empty_app: FastAPI) -> Callable[..., tuple[TestClient, ArgumentMap, str]]:
    """Return a function that maps ``text`` through the API; it gives the client, the new map and its edit key."""

    def make(text: str = OP_ED, title: str | None = None, **options) -> tuple[TestClient, ArgumentMap, str]:
        client = TestClient(empty_app, **options)
        response = client.post("/api/maps", json={"text": text, "title": title})
        assert response.status_code == 201, response.text
        created = response.json()
        return client, maps.get_map(empty_app.state.store, created["id"]), created["edit_key"]

    return make


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)
