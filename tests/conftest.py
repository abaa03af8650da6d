"""Fixtures shared by the web and browser tests: the app over the seeds, and apps over tiny texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.catalog import Catalog
from app.models import ArgumentMap
from app.pipeline import build_map
from app.web import create_app

#: A short op-ed with a central claim, support, evidence, a counterclaim and a rebuttal.
OP_ED = """\
Cities should ban cars from their centres

Cities should ban private cars from their centres. Streets without cars are safer for children.
For example, Oslo had no pedestrian deaths in 2019 after it removed parking from its centre.

Critics argue that shops will lose customers. However, studies show that people on foot spend more each month.
"""


@pytest.fixture(scope="session")
def op_ed() -> str:
    return OP_ED


@pytest.fixture(scope="session")
def seed_app() -> FastAPI:
    """The app as it starts: a catalogue of the seed files, the first one the default map."""
    return create_app()


@pytest.fixture(scope="session")
def client(seed_app: FastAPI) -> TestClient:
    return TestClient(seed_app)


@pytest.fixture(scope="session")
def seed_map(seed_app: FastAPI) -> ArgumentMap:
    return seed_app.state.catalog.default_map()


@pytest.fixture
def client_for() -> Callable[..., TestClient]:
    """Return a function giving a client of an app whose only map is built from ``text``."""

    def make(text: str = OP_ED, title: str | None = None, **options) -> TestClient:
        return TestClient(create_app(catalog=Catalog([build_map(text, title=title)])), **options)

    return make
