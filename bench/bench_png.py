"""Print how long a map takes to become a PNG, whole process, beside Graphviz's ``dot -Tpng`` on the same map.

    .venv/bin/python bench/bench_png.py [--sizes 200,2000] [--runs 3]

The maps are bench_layout's synthetic maps; Argmap draws them from their Argdown file
(``argmap parse FILE --format png``: read, laid out, drawn as SVG and rasterised by resvg) and
``dot -Tpng`` from Argmap's DOT export of the same map (its own layout included). Each figure is
the median of ``--runs`` whole processes, with the picture's size. Issue 14's target: at most 1.5
times dot's time; a map is laid out to fit (1 : 1 to 2 : 1), never a strip.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import command_seconds, machine_line  # noqa: E402
from bench.bench_layout import synthetic_argdown, synthetic_map  # noqa: E402

ARGMAP = Path(sys.executable).parent / "argmap"


def png_size(path: Path) -> str:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return f"{width:,} x {height:,} px"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200,2000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from app.pipeline import graph_to_map
    from app.render import export

    print(machine_line())
    dot = shutil.which("dot")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in (int(v) for v in args.sizes.split(",")):
            source, graph = folder / f"map{n}.argdown", folder / f"map{n}.dot"
            source.write_text(synthetic_argdown(n), encoding="utf-8")
            graph.write_bytes(export(graph_to_map(synthetic_map(n), f"map{n}", laid_out=False), "dot")[0])
            ours = command_seconds([str(ARGMAP), "parse", str(source), "--format", "png", "-o", str(folder / "a.png")], args.runs)
            line = f"{n:>5,} nodes: argmap {ours:.2f} s ({png_size(folder / 'a.png')})"
            if dot:
                theirs = command_seconds([dot, "-Tpng", str(graph), "-o", str(folder / "d.png")], args.runs)
                line += f"; dot -Tpng {theirs:.2f} s ({png_size(folder / 'd.png')}): {ours / theirs:.1f} times dot's (target 1.5)"
            else:
                line += "; Graphviz's dot is not installed (apt-get install graphviz)"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
