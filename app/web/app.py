"""``create_app()``: the FastAPI application, wired from settings and a store."""

from __future__ import annotations

import gc
import sys

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.middleware.gzip import GZipMiddleware

from app import maps
from app.cache import ByteCache
from app.collector import keep_collecting
from app.config import Settings
from app.store import Store
from app.work import Worker
from app.web import api, docs, exports, pages
from app.web.errors import install_error_handler
from app.web.limits import Buckets
from app.web.security import SecurityHeaders


def exact_text(text: str) -> Markup:
    """Return ``text`` escaped for HTML, carriage returns kept (the parser would drop a raw CR).

    >>> exact_text("a <b>\\r\\n")
    Markup('a &lt;b&gt;&#13;\\n')
    """
    return Markup(str(escape(text)).replace("\r", "&#13;"))


def make_templates(config: Settings) -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(config.templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["exact_text"] = exact_text
    return Jinja2Templates(env=env)


def tune_for_serving() -> None:
    """Set the interpreter for a server whose requests may each hold a map of thousands of nodes.

    - Laying out such a map is pure Python in a request's thread: handing the interpreter lock over every
      1 ms (not 5) keeps the other requests quick meanwhile (a static file, slowest while a 5,000-node PNG
      and a 2 MB text were made: 250 ms -> 21 ms).
    - An edit of a 5,000-node map makes some 100,000 short-lived objects: with the default thresholds many
      outlive a young collection and soon force a full one over every map in memory (a third of an edit's
      time). Collecting the young every 50,000 allocations, not 700, lets them die first (PATCH 280 -> 150 ms).
    - The garbage collector is not paused while a map is made, as it is in the CLI (app.collector): requests
      overlap, and a pause that never ends would let cyclic garbage pile up.
    """
    sys.setswitchinterval(0.001)
    gc.set_threshold(50_000, 20, 10)
    keep_collecting()


def create_app(config: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Return the app serving ``store``, by default the database at ``config.db_path``.

    Without ``config``, the settings are read from the environment now (``ARGMAP_DB``…).
    The seed files of ``config.seeds_dir`` are mapped into the default store at every start.
    """
    config = config or Settings()
    tune_for_serving()
    app = FastAPI(
        title="Argmap",
        summary="See the argument of a persuasive text as an interactive map.",
        docs_url=None,
        redoc_url=None,
    )
    if store is None:
        store = Store(config.db_path, cache_bytes=config.map_cache_mb * 1024**2)
        maps.sync_seeds(store, config.seeds_dir, config.max_input_bytes)
    app.state.store = store
    app.state.settings = config
    # rendered pages and API answers, by (what, map id, version): see app.web.deps.rendered_once
    app.state.pages = ByteCache[bytes](config.page_cache_mb * 1024**2)
    app.state.creates = Buckets(config.creates_per_minute)  # writes per client: see app.web.limits
    app.state.edits = Buckets(config.edits_per_minute)
    app.state.worker = Worker(seconds=config.work_seconds, memory_bytes=config.work_memory_mb * 1024**2,
                              inline_bytes=config.work_inline_bytes)
    app.state.templates = make_templates(config)
    app.add_middleware(SecurityHeaders)
    # Pages, JSON, SVG and the other text exports shrink several times; Starlette leaves images as they are.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    install_error_handler(app)
    app.mount("/static", StaticFiles(directory=config.static_dir), name="static")
    app.include_router(api.router)
    app.include_router(docs.router)
    # The export's "/maps/{map_id}.{fmt}" must be tried before the page's "/maps/{map_id}".
    app.include_router(exports.router)
    app.include_router(pages.router)
    return app
