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
    #: Heavy work (large inputs, PNG) runs in a child process stopped after this many seconds (a 503)…
    work_seconds: float = field(default_factory=lambda: float(os.environ.get("ARGMAP_WORK_SECONDS", 60)))
    #: … whose memory is capped at this many MB (past it, a 413).
    work_memory_mb: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_WORK_MEMORY_MB", 2048)))
    #: Inputs under this many bytes are mapped in the server's process: a child process is not worth it.
    work_inline_bytes: int = field(default_factory=lambda: int(os.environ.get("ARGMAP_WORK_INLINE_BYTES", 64 * 1024)))


settings = Settings()
