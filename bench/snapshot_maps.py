"""Prove a change left every mined map as it was: digests of the maps of many texts, before and after.

    .venv/bin/python bench/snapshot_maps.py --write bench/snapshots/NAME.json   # record
    .venv/bin/python bench/snapshot_maps.py --check bench/snapshots/NAME.json   # compare; exit 1 on a change

The texts: the seed, every fixture text in ``tests/fixtures``, every text of the corpora in
``../shared/corpora`` and the parse bench's synthetic op-eds (3 KB to 1 MB). For each, the
digest covers the mined map as the API gives it (nodes, edges, attributes in order, the layout),
its SVG and its Argdown; for the 1 MB text the map alone (its SVG is the layout bench's business).
A refactoring that must not change behaviour keeps every digest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import ROOT, SEED  # noqa: E402
from bench.bench_parse import synthetic_oped  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SYNTHETIC_SIZES = (3_000, 30_000, 100_000, 1_000_000)
EXPORTS_UP_TO = 100_000  # bytes of text


def texts() -> Iterator[tuple[str, str]]:
    """Yield ``(name, text)`` for every text the snapshot covers, in a fixed order."""
    yield "seed", SEED.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        yield f"fixture/{path.name}", path.read_text(encoding="utf-8")
    for path in sorted(CORPORA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                yield f"{path.stem}/{record['id']}", record["text"]
    for size in SYNTHETIC_SIZES:
        yield f"synthetic/{size}", synthetic_oped(size)


def digest(name: str, text: str) -> str:
    """Return the sha256 of the map of ``text`` (JSON as the API gives it) and, for texts up to 100 KB, its
    SVG and Argdown."""
    from app.pipeline import build_map
    from app.render import export

    amap = build_map(text, map_id="snapshot")
    h = hashlib.sha256(amap.model_dump_json().encode())
    if len(text.encode()) <= EXPORTS_UP_TO:
        h.update(export(amap, "svg")[0])
        h.update(export(amap, "argdown")[0])
    return h.hexdigest()


def snapshot() -> dict[str, str]:
    return {name: digest(name, text) for name, text in texts()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="record the digests in this file")
    action.add_argument("--check", type=Path, help="compare the digests with this file's")
    args = parser.parse_args(argv)
    digests = snapshot()
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
        print(f"{len(digests)} maps recorded in {args.write}")
        return 0
    recorded = json.loads(args.check.read_text(encoding="utf-8"))
    changed = sorted(name for name in recorded.keys() | digests.keys() if recorded.get(name) != digests.get(name))
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(digests) - len(changed)} of {len(digests)} maps identical to {args.check}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
