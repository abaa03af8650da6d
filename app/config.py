"""Settings: where templates, static files and seeds live, and the limits the app enforces.

Paths of the app's own files are resolved from this file, never from the working directory:
an editable install finds them at the repository's top level; a wheel carries them inside
``app/``. The database is data, not the app's: ``argmap.db`` in the working directory unless
``ARGMAP_DB`` (or ``argmap serve --db``) says otherwise.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


@dataclass(frozen=True)
class Settings:
    templates_dir: Path = field(default_factory=lambda: _resource("templates"))
    static_dir: Path = field(default_factory=lambda: _resource("static"))
    seeds_dir: Path = field(default_factory=lambda: Path(os.environ.get("ARGMAP_SEEDS", _resource("seeds"))))
    max_input_bytes: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_MAX_INPUT_BYTES", 2 * 1024 * 1024)))
    db_path: Path = field(default_factory=lambda: Path(os.environ.get("ARGMAP_DB", "argmap.db")))
    #: New maps a client may make a minute (in a burst of as many), and changes it may make; 0: no limit.
    creates_per_minute: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_CREATES_PER_MINUTE", 30)))
    edits_per_minute: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_EDITS_PER_MINUTE", 600)))
    #: Serve Swagger UI at /docs (its scripts come from a CDN, on the origin that holds people's edit keys).
    api_docs: bool = field(default_factory=lambda: os.environ.get("ARGMAP_API_DOCS", "") in ("1", "true", "yes"))
    #: Laid-out maps kept in memory, in MB (a map of a 1 MB text takes about 60)…
    map_cache_mb: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_MAP_CACHE_MB", 256)))
    #: … and rendered viewer pages (one of a 1 MB text: about 25).
    page_cache_mb: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_PAGE_CACHE_MB", 64)))
    #: Heavy work (large inputs, PNG) runs in a child process stopped after this many seconds (a 503)…
    work_seconds: float = field(default_factory=lambda: float(os.environ.get("ARGMAP_WORK_SECONDS", 60)))
    #: … whose memory is capped at this many MB (past it, a 413).
    work_memory_mb: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_WORK_MEMORY_MB", 2048)))
    #: Inputs under this many bytes are mapped in the server's process: a child process is not worth it.
    work_inline_bytes: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_WORK_INLINE_BYTES", 64 * 1024)))


settings = Settings()
