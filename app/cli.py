"""The command line: ``argmap serve`` and ``argmap parse``, thin over the same pipeline as the web app.

    argmap serve [--host H] [--port P] [--db FILE]
    argmap parse FILE|- [--format json|svg|…] [-o OUT] [--title T] [--miner NAME]
    argmap parse --jsonl IN.jsonl|- [-o OUT] [--miner NAME] [--jobs N | --scheduler ADDRESS]
    argmap export MAP.json|FILE.aif.json|FILE.argdown [--format aif|argdown|…] [-o OUT]
    argmap eval CORPUS.jsonl|GOLD_MAP.json [--details] [--miner NAME] [--against OTHER]

``--format`` offers every exporter of :mod:`app.render`, the same ones the web app serves;
``--miner`` any miner registered in :mod:`app.mining` ("rules" unless told).
Bad input ends the command with one line on stderr, ``argmap: error: WHERE: WHAT``,
and exit code 2; a partial output file is never left behind.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NoReturn

from app.errors import ArgmapError, BadInput
from app.render import EXPORTERS, export

if TYPE_CHECKING:
    from app.models import ArgumentMap, ImportFormat, InputFormat

PROG = "argmap"
EXIT_BAD_INPUT = 2
STDIN_NAME = "<stdin>"
SCHEDULER_TIMEOUT = 20  # seconds to reach a Dask scheduler (--scheduler)


class CliError(Exception):
    """A failure to report as ``argmap: error: WHERE: WHAT``."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")


def main(argv: list[str] | None = None) -> int:
    """Return the exit code of the ``argmap`` command run with ``argv`` (default: ``sys.argv[1:]``)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage or help already
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    try:
        return args.run(args)
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (``argmap parse x | head``): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def run() -> NoReturn:
    """The ``argmap`` command: :func:`main`, then exit without the interpreter's last collection."""
    code = main()
    gc.freeze()  # at exit the collector would walk every object the process frees anyway: 60 ms of a 0.4 s parse
    sys.exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="See the argument of a persuasive text as a map.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the web app", description="Run the web app with uvicorn.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: %(default)s)")
    serve.add_argument("--db", help="the SQLite file of the maps (default: $ARGMAP_DB, else argmap.db here)")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="server processes answering requests (default: %(default)s); they share the database")
    serve.set_defaults(run=_serve)

    parse = commands.add_parser(
        "parse",
        help="map a text file and print the map as JSON or SVG",
        description="Map a plain-text or Markdown file (or '-' for stdin) and write the map as JSON or SVG.",
        epilog="examples:\n"
        "  argmap parse op-ed.txt > map.json\n"
        "  curl -s URL | argmap parse - --format svg -o map.svg\n"
        "  argmap parse --jsonl articles.jsonl -o maps.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parse.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE", help="the text to map, or '-' to read stdin")
    source.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        help='map many texts: one {"id", "text", "title"?} object per line in, one map JSON per line out',
    )
    parse.add_argument("--format", choices=sorted(EXPORTERS), default="json", help="output format (default: json)")
    parse.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parse.add_argument("--title", help="the map's title (default: taken from the text)")
    parse.add_argument("--miner", default="rules", help="the miner that maps the text (default: %(default)s)")
    parse.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="with --jsonl: texts mapped at once, in as many processes (default: the cores, %(default)s)")
    parse.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --jsonl: map the texts on this Dask cluster (tcp://host:8786) instead; "
                            "needs the dask extra: pip install 'argmap[dask]'")
    parse.set_defaults(run=_parse)

    convert = commands.add_parser(
        "export",
        help="write a map (our JSON, AIF or Argdown) in another format",
        description="Read a map — our JSON (argmap parse's output), an AIF JSON file or an Argdown file — "
        "and write it in any export format.",
        epilog="examples:\n"
        "  argmap export map.json --format argdown -o map.argdown\n"
        "  argmap export debate.argdown --format aif > debate.aif.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument("file", metavar="FILE", help="the map to convert, or '-' to read stdin")
    convert.add_argument("--format", choices=sorted(EXPORTERS), default="json", help="output format (default: json)")
    convert.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    convert.set_defaults(run=_export)

    evaluate = commands.add_parser(
        "eval",
        help="score the miner against annotated texts",
        description="Score the miner against an annotated corpus (JSON lines in the arg-microtexts form) "
        "or against a gold map of one text (JSON: text_file or text, nodes with quotes and kinds, edges).",
    )
    evaluate.add_argument("gold", nargs="+", metavar="CORPUS.jsonl|GOLD_MAP.json",
                          help="the annotations to score against; several are scored side by side")
    evaluate.add_argument("--details", action="store_true", help="also print one line per text")
    evaluate.add_argument("--miner", default="rules", help="the miner to score (default: %(default)s)")
    evaluate.add_argument("--against", metavar="OTHER", help="also score this miner, and print both side by side")
    evaluate.set_defaults(run=_eval)
    return parser


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # imported here so that `argmap parse` does not pay for the web stack

    if args.db:
        os.environ["ARGMAP_DB"] = args.db  # read by the app's Settings when the factory runs
    from app.config import Settings

    if args.workers < 1:
        raise CliError("--workers", "must be 1 or more")
    _check_database(Settings().db_path)
    uvicorn.run("app.web:create_app", factory=True, host=args.host, port=args.port, workers=args.workers)
    return 0


def _check_database(path: Path) -> None:
    """Open the database once before the server starts: a path that cannot hold one is a line, not a traceback."""
    import sqlite3

    from app.store import Store

    try:
        Store(path)
    except (sqlite3.Error, OSError) as exc:
        raise CliError(str(path), f"cannot open the database for writing ({exc}): its folder must exist, and the file "
                                  "and the folder must be writable") from None


def _parse(args: argparse.Namespace) -> int:
    _check_miner(args.miner)
    if args.jsonl is not None:
        if args.format != "json" or args.title is not None:
            raise CliError("--jsonl", "writes JSON only and takes titles from each line; drop --format/--title")
        if args.jobs < 1:
            raise CliError("--jobs", "must be 1 or more")
        return _parse_jsonl(args.jsonl, args.output, args.miner, args.jobs, args.scheduler)
    if args.scheduler is not None:
        raise CliError("--scheduler", "maps a --jsonl corpus only")

    name = STDIN_NAME if args.file == "-" else args.file
    text = _read_text(args.file)
    try:
        from app.formats import guess_format

        # As the web form reads an upload: by the file's suffix, else by its content (HTML, AIF, Argdown).
        fmt = guess_format(text, None if args.file == "-" else args.file)
        amap = _build_map(text, title=args.title, fmt=fmt, miner=args.miner)
    except ArgmapError as exc:
        raise CliError(name, exc.message) from exc
    _write(export(amap, args.format)[0:2], args.output)
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.input_formats import format_of_file

    name = STDIN_NAME if args.file == "-" else args.file
    text = _read_text(args.file)
    try:
        amap = _read_map(text, argdown=format_of_file(args.file) == "argdown")
    except ArgmapError as exc:
        raise CliError(name, exc.message) from exc
    _write(export(amap, args.format)[0:2], args.output)
    return 0


def _read_map(text: str, *, argdown: bool = False) -> ArgumentMap:
    """Return the map ``text`` holds: our JSON as it is, an AIF or Argdown file imported and laid out."""
    import json

    from pydantic import ValidationError

    from app.imports import read_import
    from app.models import ArgumentMap
    from app.pipeline import graph_to_map, slugify

    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict) and "layout" in data and "nodes" in data:
        try:
            return ArgumentMap.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise BadInput(f"not a valid argument map: {where}: {first['msg']}", 422) from None
    graph = read_import(text, "argdown" if argdown else None)
    return graph_to_map(graph, slugify(graph.graph["title"]))


def _write(content: tuple[bytes, str], output: str | None) -> None:
    data, media_type = content
    with _output(output) as out:
        out.write(data)
        if _is_text(media_type) and not data.endswith(b"\n"):
            out.write(b"\n")  # so that a shell prompt does not start on the last line


def _eval(args: argparse.Namespace) -> int:
    from app.evaluation import load_corpus, load_gold_map, score_map, score_text, summarize
    from app.pipeline import mine_text

    miners = [args.miner] if args.against is None else [args.miner, args.against]
    _check_miner(args.miner)
    if args.against is not None:
        _check_miner(args.against, "--against")
    if len({Path(gold).suffix == ".jsonl" for gold in args.gold}) > 1:
        raise CliError(" ".join(args.gold), "corpora and gold maps have different scores: score them apart")
    several = len(args.gold) > 1
    figures: dict[str, dict[str, float]] = {}  # a column per annotation and miner
    for gold in args.gold:
        path = Path(gold)
        if not path.is_file():
            raise CliError(gold, "no such file")
        try:
            corpus = load_corpus(path) if path.suffix == ".jsonl" else None
            gold_map = load_gold_map(path) if corpus is None else None
            for miner in miners:
                column = " ".join(([path.stem] if several else []) + ([miner] if len(miners) > 1 else [])) or miner
                if gold_map is not None:
                    figures[column] = score_map(gold_map, mine_text(gold_map.text, miner=miner))
                    continue
                scores = [score_text(text, mine_text(text.text, miner=miner)) for text in corpus]
                if args.details:
                    if several or len(miners) > 1:
                        print(f"{column}:")
                    _print_details(scores)
                figures[column] = summarize(scores)
        except ArgmapError as exc:
            raise CliError(gold, exc.message) from None
        if corpus is not None:
            units = sum(len(text.units) for text in corpus)
            print(f"{path.stem + ': ' if several else ''}{len(corpus)} texts, {units} units")
    _print_figures(figures)
    return 0


def _print_figures(figures: dict[str, dict[str, float]]) -> None:
    """Print a line per measure: its value in each column (an annotation, a miner), headed when there are several."""
    widths = [max(5, len(column)) for column in figures]
    if len(figures) > 1:
        print(" ".join([" " * 15, *(f"{column:>{w}}" for column, w in zip(figures, widths))]))
    for name in next(iter(figures.values())):
        print(" ".join([f"{name:<15}", *(f"{values[name]:>{w}.3f}" for values, w in zip(figures.values(), widths))]))


def _check_miner(name: str, option: str = "--miner") -> None:
    """Raise :class:`CliError` naming ``option`` unless a miner is registered as ``name``."""
    from app.mining import miner_named

    try:
        miner_named(name)
    except BadInput as exc:
        raise CliError(option, exc.message) from None


def _print_details(scores: list) -> None:
    print(f"{'text':<14} {'central':>7} {'roles':>6} {'functions':>9} {'attached':>8} {'segments':>8}")
    for s in scores:
        roles = f"{sum(g == p for g, p in s.roles)}/{len(s.roles)}"
        functions = f"{sum(g == p for g, p in s.functions)}/{len(s.functions)}"
        attached = f"{s.attachment[0]}/{s.attachment[2]}"
        segments = f"{s.segments[2]}/{s.segments[3]}"
        print(f"{s.id:<14} {'yes' if s.central_ok else 'no':>7} {roles:>6} {functions:>9} {attached:>8} {segments:>8}")


def _is_text(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type.endswith(("/json", "+xml"))


def _parse_jsonl(source: str, output: str | None, miner: str, jobs: int = 1, scheduler: str | None = None) -> int:
    """Map every record of a JSON Lines file, ``jobs`` at once (or on the Dask cluster at ``scheduler``), and
    write one map per line in the records' order.

    Every line is checked before any text is mapped; a text that cannot be mapped stops the run with its
    line. With stderr on a terminal, a progress line counts the maps made."""
    name = STDIN_NAME if source == "-" else source
    records = [(f"{name}, line {number}", *_jsonl_record(line, f"{name}, line {number}"))
               for number, line in enumerate(_read_text(source).split("\n"), start=1)
               if line.strip()]  # blank lines, the final newline among them, are skipped
    jobs = min(jobs, len(records)) or 1
    map_record = functools.partial(_map_record, miner=miner)
    with _output(output) as out, contextlib.ExitStack() as stack:
        if scheduler is not None:
            answers = _on_cluster(stack, scheduler, map_record, records)
        elif jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            # a few records a task: fewer round trips between the processes, still every core busy to the end
            chunk = max(1, len(records) // (8 * jobs))
            answers = stack.enter_context(ProcessPoolExecutor(jobs)).map(map_record, records, chunksize=chunk)
        else:
            answers = map(map_record, records)
        for done, (where, record_id, line, problem) in enumerate(answers, start=1):
            if problem is not None:
                raise CliError(where, f"id {record_id!r}: {problem}")
            out.write(line)
            _progress(done, len(records))
    return 0


def _on_cluster(stack: contextlib.ExitStack, scheduler: str, map_record: Callable[[tuple], tuple],
                records: list[tuple]) -> Iterator[tuple]:
    """Return the answers of ``map_record`` for each record, worked out by the Dask cluster at ``scheduler``."""
    try:
        from distributed import Client
    except ImportError:
        raise CliError("--scheduler", "needs Dask: pip install 'argmap[dask]'") from None
    try:
        client = stack.enter_context(Client(scheduler, timeout=SCHEDULER_TIMEOUT))
    except OSError as exc:
        raise CliError("--scheduler", f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    futures = client.map(map_record, records, pure=False)
    return (future.result() for future in futures)


def _map_record(record: tuple[str, str, str, str | None], miner: str) -> tuple[str, str, bytes, str | None]:
    """Map one JSON Lines record (in a worker process with --jobs): its map's line, or the problem."""
    where, record_id, text, title = record
    try:
        amap = _build_map(text, map_id=record_id, title=title, miner=miner)
    except ArgmapError as exc:
        return where, record_id, b"", exc.message
    return where, record_id, amap.model_dump_json().encode("utf-8") + b"\n", None


def _progress(done: int, total: int) -> None:
    """Draw ``done`` of ``total`` as a bar on stderr, when stderr is a terminal (not in a log or a pipe)."""
    if sys.stderr.isatty():
        filled = 30 * done // total
        end = "\n" if done == total else ""
        print(f"\r{PROG}: [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} maps", end=end, file=sys.stderr,
              flush=True)


def _jsonl_record(line: str, where: str) -> tuple[str, str, str | None]:
    """Return ``(id, text, title)`` of one JSON Lines record, or raise :class:`CliError` saying what to fix."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CliError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise CliError(where, 'each line must be a JSON object like {"id": "a1", "text": "..."}')
    record_id, text, title = record.get("id"), record.get("text"), record.get("title")
    if not isinstance(record_id, str) or not record_id:
        raise CliError(where, 'the line needs an "id" that is a non-empty string')
    if not isinstance(text, str):
        raise CliError(where, f'id {record_id!r}: the line needs a "text" that is a string')
    if title is not None and not isinstance(title, str):
        raise CliError(where, f'id {record_id!r}: "title" must be a string when given')
    return record_id, text, title


def _build_map(
    text: str, *, map_id: str | None = None, title: str | None = None, fmt: InputFormat | ImportFormat = "text",
    miner: str = "rules",
) -> ArgumentMap:
    from app.pipeline import build_map  # imported here so that `argmap --help` stays fast

    return build_map(text, map_id=map_id, title=title, fmt=fmt, miner=miner)


def _read_text(source: str) -> str:
    """Return the text of the file ``source`` (``-``: stdin), decoded as the web app decodes uploads."""
    from app.pipeline import decode_input

    name = STDIN_NAME if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise CliError(name, exc.strerror or str(exc)) from exc
    try:
        return decode_input(data)
    except BadInput as exc:
        raise CliError(name, exc.message) from exc


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[BinaryIO]:
    """Yield a binary stream to ``path`` (None: stdout); the file appears only if the block succeeds."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise CliError(path, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, target)
    except OSError as exc:
        raise CliError(path, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


if __name__ == "__main__":
    run()
