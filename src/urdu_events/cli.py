"""The ``urdu-events`` command line (also ``python -m urdu_events``).

Exit codes: 0 everything worked; 1 some input could not be read or processed
(every other record was still written); 2 the command was used wrongly. Every
failure prints one line on stderr; a user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, TextIO

import attrs

from ._checks import describe, document_warnings
from ._output import AtomicOutput, Terminated, clashing_paths, sigterm_raises
from ._progress import Progress, count_records, plural
from .batch import RecordError, extract_many
from .exceptions import (
    ExtractorNotFoundError,
    InvalidArgumentError,
    NotUrduWarning,
    PluginLoadError,
    UnresolvedDateWarning,
    UrduEventsError,
    UrduEventsWarning,
)
from .models import Document
from .pipeline import Pipeline, parse_published

__all__ = ["main"]

PROG = "urdu-events"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


class _VersionAction(argparse._VersionAction):
    """``--version``, which reads the package's version only when it is asked for: the version
    is read from the installed distribution's metadata, and importing ``importlib.metadata``
    (about 35 ms) is no cost of every other command."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from . import __version__

        self.version = f"%(prog)s {__version__}"
        super().__call__(parser, namespace, values, option_string)


@attrs.frozen
class Record:
    """One input document before extraction."""

    id: str
    text: str
    published: object = None
    source: str = ""
    #: The outlet that published it (a JSON Lines record's ``source``), for the CSV export.
    outlet: str | None = None


@attrs.frozen
class InputError:
    """An input that could not become a document.

    Attributes:
        source: Where it came from (``file``, ``file:line``).
        message: What was wrong.
    """

    source: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """The machine-readable error record."""
        return {"error": self.message, "source": self.source}


def _decode(where: str, data: bytes, *, offset: int = 0) -> str | InputError:
    try:
        return data.decode("utf-8-sig" if offset == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        return InputError(where, f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {at})")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_problem(exc: Exception) -> str:
    """A one-line reason for a JSON Lines line that :func:`json.loads` rejected."""
    if isinstance(exc, json.JSONDecodeError):
        at = "column" if exc.msg.endswith(" at") else "at column"  # "starting at" + column
        return f"not valid JSON ({exc.msg} {at} {exc.colno})"
    if isinstance(exc, RecursionError):
        return "not readable JSON (nested too deeply)"
    return f"not readable JSON ({str(exc).split(';')[0]})"  # a number too long to convert


def _surrogate_field(obj: dict[str, Any]) -> str | None:
    """The first field of ``obj`` whose string holds a lone surrogate (not encodable as UTF-8)."""
    for key in ("id", "text", "published"):
        value = obj.get(key)
        if isinstance(value, str) and _SURROGATE.search(value):
            return key
    return None


def _jsonl_record(where: str, default_id: str, line: str) -> Record | InputError:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return InputError(where, _json_problem(exc))
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    if not isinstance(obj.get("text"), str):
        got = "missing" if "text" not in obj else f"not a string: {obj['text']!r}"
        return InputError(where, f"text: {got}")
    raw_id = obj.get("id")
    if raw_id is None:  # absent or null: as in the API, the record gets a default ID
        raw_id = default_id
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        return InputError(where, f"id: must be a string or an integer, got {raw_id!r}")
    field = _surrogate_field(obj)
    if field is not None:
        return InputError(where, f"{field}: holds a lone surrogate escape (\\ud800-\\udfff), not text")
    outlet = obj.get("source")
    if outlet is not None and not isinstance(outlet, str):
        return InputError(where, f"source: must be a string (the outlet's name), got {outlet!r}")
    try:
        published = parse_published(obj.get("published"))
    except InvalidArgumentError:
        return InputError(where, f"published: not a date YYYY-MM-DD: {obj['published']!r}")
    return Record(str(raw_id), obj["text"], published, where, outlet)


def _jsonl_records(source: str, stream: IO[bytes]) -> Iterator[Record | InputError]:
    """Read JSON Lines one line at a time, so memory does not grow with the file."""
    stem = Path(source).stem or "stdin"
    offset = 0
    for number, raw in enumerate(stream, 1):
        line = _decode(f"{source}:{number}", raw, offset=offset)
        offset += len(raw)
        if isinstance(line, InputError):
            yield line
        elif line.strip():
            yield _jsonl_record(f"{source}:{number}", f"{stem}-{number}", line)


def _format_of(source: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    return "jsonl" if source.lower().endswith((".jsonl", ".ndjson")) else "text"


def read_inputs(
    inputs: Sequence[str], *, input_format: str, stdin: IO[bytes] | None = None
) -> Iterator[Record | InputError]:
    """Yield a record (or an input error) for every document in ``inputs``, lazily.

    JSON Lines inputs are read line by line; a text input is one document.
    """
    for source in inputs:
        label = "<stdin>" if source == "-" else source
        try:
            with contextlib.ExitStack() as stack:
                if source == "-":
                    stream: IO[bytes] = stdin or sys.stdin.buffer
                else:
                    stream = stack.enter_context(open(source, "rb"))
                if _format_of(source, input_format) == "jsonl":
                    yield from _jsonl_records(label, stream)
                    continue
                text = _decode(label, stream.read())
        except OSError as exc:
            yield InputError(source, exc.strerror or str(exc))
            continue
        if isinstance(text, InputError):
            yield text
        else:
            yield Record("stdin" if source == "-" else Path(source).stem, text, source=label)


class _Sources:
    """The outlet of each record (its ``source``, else ``--source``), for the CSV export.

    Results come back one per record and in input order, so the outlets are
    queued as records are read and taken off as results come out.
    """

    def __init__(self, default: str | None) -> None:
        self.default = default
        self._pending: collections.deque[str | None] = collections.deque()
        self._current: tuple[Document, str | None] | None = None

    def track(self, records: Iterable[Record | InputError]) -> Iterator[Record | InputError]:
        for rec in records:
            self._pending.append(rec.outlet if isinstance(rec, Record) and rec.outlet else self.default)
            yield rec

    def pair(self, results: Iterable[Document | RecordError]) -> Iterator[Document | RecordError]:
        for result in results:
            source = self._pending.popleft()
            if isinstance(result, Document):
                self._current = (result, source)
            yield result

    def of(self, doc: Document) -> str | None:
        """The outlet of ``doc``, the document last handed on."""
        current = self._current
        return current[1] if current is not None and current[0] is doc else self.default


@attrs.define
class _Tally:
    documents: int = 0
    incidents: int = 0
    claims: int = 0
    errors: int = 0
    failures: int = 0
    warnings: int = 0
    #: Where each record still being processed came from (``file``, ``file:line``), in input order.
    sources: collections.deque[str] = attrs.field(factory=collections.deque)

    def summary(self, elapsed: float) -> str:
        """``3 documents, 1 incident, 0 claims, 0 errors in 0.4 s (7.5 documents/s)``."""
        rate = self.documents / elapsed if elapsed > 0 else 0.0
        return (
            f"{plural(self.documents, 'document')}, {plural(self.incidents, 'incident')}, "
            f"{plural(self.claims, 'claim')}, {plural(self.errors, 'error')}"
            + (f", {plural(self.failures, 'extractor failure')}" if self.failures else "")
            + (f", {plural(self.warnings, 'warning')}" if self.warnings else "")
            + f" in {elapsed:.1f} s ({rate:.1f} documents/s)"
        )

    def note(self) -> str:
        """The counts the progress line shows after the documents."""
        return (
            f"{plural(self.incidents, 'incident')}, {plural(self.claims, 'claim')}, "
            f"{plural(self.errors, 'error')}"
        )


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def _as_batch(
    records: Iterable[Record | InputError], published: object, sources: collections.deque[str]
) -> Iterator[dict[str, object] | RecordError]:
    for index, rec in enumerate(records):
        sources.append(rec.source)
        if isinstance(rec, InputError):
            yield RecordError(index, None, rec.message, rec.source)
        else:
            when = rec.published if rec.published is not None else published
            yield {"id": rec.id, "text": rec.text, "published": when}


def _documents(
    results: Iterable[Document | RecordError],
    tally: _Tally,
    report: TextIO,
    errors_out: TextIO | None,
    progress: Progress | None = None,
) -> Iterator[Document]:
    for result in results:
        source = tally.sources.popleft() if tally.sources else ""
        found = document_warnings(result) if isinstance(result, Document) else []
        if progress is not None and (not isinstance(result, Document) or result.failures or found):
            progress.clear()  # a message follows
        if isinstance(result, Document):
            _report_warnings(found, source or result.id, tally, report)
            tally.documents += 1
            tally.incidents += len(result.incidents)
            tally.claims += len(result.claims)
            for failure in result.failures:
                tally.failures += 1
                where = source or result.id
                print(f"{PROG}: {where}: {failure.message} (document written without it)", file=report)
                if errors_out is not None:
                    record = {"error": failure.message, "id": result.id, "extractor": failure.extractor}
                    errors_out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if progress is not None:
                progress.update(tally.documents + tally.errors, tally.note())
            yield result
            continue
        tally.errors += 1
        if result.source is None and source:
            result = attrs.evolve(result, source=source)
        print(f"{PROG}: {result.source or result.id}: {result.message}", file=report)
        if errors_out is not None:
            errors_out.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
        if progress is not None:
            progress.update(tally.documents + tally.errors, tally.note())


def _report_warnings(found: Sequence[UrduEventsWarning], source: str, tally: _Tally, report: TextIO) -> None:
    for warning in found:
        tally.warnings += 1
        print(f"{PROG}: {source}: warning: {describe(warning)}", file=report)


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Conflict events and attributed claims from Urdu news text.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action=_VersionAction, version="%(prog)s")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    ext = _command(sub, "extract", "extract incidents and claims from texts")
    ext.add_argument(
        "inputs", nargs="+", metavar="INPUT", help=".txt file (one document), .jsonl file, or - for stdin"
    )
    ext.add_argument(
        "-f", "--format", default="jsonl", metavar="NAME", help="output format (see 'formats'; default jsonl)"
    )
    ext.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ext.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    ext.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read inputs (auto: .jsonl/.ndjson are JSON Lines, the rest plain text)",
    )
    ext.add_argument(
        "--extractors", metavar="a,b", help="comma-separated extractor names (default: incidents,claims)"
    )
    ext.add_argument("--errors", metavar="FILE", help="also write one JSON error record per failed input")
    ext.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 byte-order mark")
    ext.add_argument("--source", metavar="OUTLET", help="csv: the outlet, for records that name none")
    ext.add_argument(
        "--no-escape-formulas",
        action="store_true",
        help="csv: write cells starting with = + - @ as they are (spreadsheets may run them)",
    )
    ext.add_argument(
        "-j", "--workers", type=int, default=1, metavar="N", help="processes to use (default 1; 0 = all CPUs)"
    )
    ext.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="report an extractor that takes longer than this on one document as failed",
    )
    ext.add_argument(
        "-q", "--quiet", action="store_true", help="no progress display and no summary line on stderr"
    )

    _add_plugin_options(ext)
    _add_plugin_options(_command(sub, "formats", "list the output formats (plugins' too)"))
    _add_plugin_options(_command(sub, "extractors", "list the extractors (plugins' too)"))
    schema = _command(sub, "schema", "print the JSON Schema of Document JSON")
    schema.add_argument(
        "--indent", type=int, default=2, metavar="N", help="spaces per indentation level (default 2)"
    )
    check = _command(sub, "check-lexicon", "check lexicon files against the schema of their kind")
    check.add_argument("files", nargs="+", metavar="FILE", help="lexicon JSON files")
    return parser


def _command(sub: Any, name: str, summary: str) -> _Parser:
    """A subcommand whose one-line summary is both its entry in the command list and its --help text."""
    command: _Parser = sub.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    return command


def _progress_for(
    args: argparse.Namespace, out: TextIO, stdout: TextIO, stderr: TextIO, started: float
) -> Progress | None:
    """A progress display on stderr, only on a terminal and not when the documents go to that terminal."""
    if args.quiet or not _isatty(stderr) or (out is stdout and _isatty(stdout)):
        return None
    total = count_records(args.inputs, lambda source: _format_of(source, args.input_format) == "jsonl")
    progress = Progress(stderr, total, prog=PROG)
    progress.start = started
    return progress


def _add_plugin_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--plugins",
        metavar="NAMES",
        help="load only these plugins (entry-point or distribution names, comma-separated; "
        "default: all, or $URDU_EVENTS_PLUGINS)",
    )
    parser.add_argument(
        "--no-plugin", action="append", default=[], metavar="NAME", help="skip this plugin (repeatable)"
    )


def _select_plugins(args: argparse.Namespace) -> None:
    from .registry import select_plugins

    if args.plugins is not None or args.no_plugin:
        only = None if args.plugins is None else [n.strip() for n in args.plugins.split(",") if n.strip()]
        select_plugins(only=only, skip=args.no_plugin)


@contextlib.contextmanager
def _warnings_to(stderr: TextIO) -> Iterator[None]:
    """Show urdu-events warnings (a skipped plugin) as one line each on ``stderr``."""
    original = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if issubclass(category, UrduEventsWarning):
            print(f"{PROG}: warning: {message}", file=stderr)
        else:
            original(message, category, *args, **kwargs)

    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = original


def _loadable(names: list[str] | None, stderr: TextIO) -> tuple[list[str] | None, int]:
    """``names`` without the extractor plugins that fail to load (each reported once), and how many failed."""
    from .extractors import register_builtins
    from .registry import extractors

    if names is None:
        return None, 0
    register_builtins()
    kept: list[str] = []
    for name in names:
        try:
            extractors.get(name)
        except PluginLoadError as exc:
            print(f"{PROG}: {exc}; skipped", file=stderr)
            continue
        kept.append(name)
    return kept, len(names) - len(kept)


def _utf8(stream: Any) -> io.TextIOWrapper:
    return io.TextIOWrapper(stream.buffer, encoding="utf-8", newline="", write_through=False)


def _check_extract_options(args: argparse.Namespace) -> list[str] | None:
    """Reject contradictory or unusable options; return the extractor names (``None``: default)."""
    clash = clashing_paths(args.output, args.errors, args.inputs)
    if clash is not None:
        raise _UsageError(clash)
    for flag, used in (
        ("--bom", args.bom),
        ("--source", args.source),
        ("--no-escape-formulas", args.no_escape_formulas),
    ):
        if used and args.format != "csv":
            raise _UsageError(f"{flag} only applies to --format csv")
    if args.workers < 0:
        raise _UsageError("--workers must be 0 (all CPUs) or more")
    if args.timeout is not None and not args.timeout > 0:
        raise _UsageError("--timeout must be a positive number of seconds")
    if args.extractors is None:
        return None
    names = [n.strip() for n in args.extractors.split(",") if n.strip()]
    if not names:
        raise _UsageError("--extractors names no extractor (leave it out for the default ones)")
    return names


@attrs.define
class _Outputs:
    """The ``-o`` and ``--errors`` files: replaced atomically on success, left as they were otherwise."""

    output: str | None
    errors: str | None
    files: list[AtomicOutput] = attrs.field(factory=list)

    def open(self, stdout: TextIO) -> tuple[TextIO, TextIO | None]:
        out = self._open(self.output, newline="") if self.output else stdout
        errors_out = self._open(self.errors, newline=None) if self.errors else None
        return out, errors_out

    def _open(self, path: str, *, newline: str | None) -> TextIO:
        target = AtomicOutput(path, newline=newline)
        stream = target.open()
        self.files.append(target)
        return stream

    def commit(self) -> None:
        for target in self.files:
            target.commit()

    def abort(self) -> None:
        for target in self.files:
            target.abort()

    def kept(self) -> str:
        """The end of the interruption message: which files were left as they were."""
        named = [p for p in (self.output, self.errors) if p]
        return f"; {' and '.join(named)} left unchanged" if named else ""


def _flush_each(docs: Iterable[Document], out: TextIO) -> Iterator[Document]:
    """Yield ``docs``, flushing ``out`` after the serializer wrote each one (before waiting for the next)."""
    for doc in docs:
        yield doc
        out.flush()


def _write_failure(exc: BaseException, path: str | None, serializer: str) -> str:
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"cannot write {path or 'standard output'}: {exc.strerror or exc}"
    return f"the {serializer!r} format failed: {type(exc).__name__}: {exc}"


def _cmd_extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .serialize.formats import get_serializer

    published = None
    if args.published is not None:
        try:
            published = parse_published(args.published)
        except InvalidArgumentError as exc:
            raise _UsageError(f"--published: {exc}") from None
    names, broken = _loadable(_check_extract_options(args), stderr)
    if names is not None and not names:
        return 1  # every extractor named was a plugin that failed to load
    options: dict[str, object] = {"bom": True} if args.bom else {}
    sources = _Sources(args.source)
    if args.format == "csv":
        options.update(source=sources.of, escape_formulas=not args.no_escape_formulas)
    serializer = get_serializer(args.format, **options)
    # The command line reports document warnings itself, one line each, with their input.
    pipeline = Pipeline(names, timeout=args.timeout, warn=False) if args.workers == 1 else None
    tally = _Tally()
    started = time.monotonic()
    outputs = _Outputs(args.output, args.errors)
    try:
        out, errors_out = outputs.open(stdout)
    except OSError as exc:
        outputs.abort()
        print(f"{PROG}: cannot write {exc.filename}: {exc.strerror}", file=stderr)
        return 1
    upstream_failed = False
    progress: Progress | None = None
    try:
        with warnings.catch_warnings():
            # Document warnings are printed one line each by _documents, with the input they
            # concern; a skipped plugin's warning still goes through _warnings_to.
            warnings.simplefilter("ignore", NotUrduWarning)
            warnings.simplefilter("ignore", UnresolvedDateWarning)
            inputs = sources.track(read_inputs(args.inputs, input_format=args.input_format))
            records = _as_batch(inputs, published, tally.sources)
            results = sources.pair(
                extract_many(
                    records, workers=args.workers, extractors=names, pipeline=pipeline, timeout=args.timeout
                )
            )
            progress = _progress_for(args, out, stdout, stderr, started)
            docs = _documents(results, tally, stderr, errors_out, progress)

            def upstream() -> Iterator[Document]:
                nonlocal upstream_failed
                try:
                    yield from docs
                except BaseException:
                    upstream_failed = True
                    raise

            serializer.dump(_flush_each(upstream(), out), out)
        out.flush()
        outputs.commit()
    except BrokenPipeError:  # the reader went away (``| head``): quietly, as main() handles it
        outputs.abort()
        raise
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated)
        outputs.abort()
        if progress is not None:
            progress.clear()
        what = "terminated" if isinstance(exc, Terminated) else "interrupted"
        print(f"{PROG}: {what}{outputs.kept()}", file=stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except Exception as exc:
        outputs.abort()
        if upstream_failed:
            raise
        if progress is not None:
            progress.clear()
        print(f"{PROG}: {_write_failure(exc, args.output, args.format)}", file=stderr)
        return 1
    if progress is not None:
        progress.close()
    if not args.quiet:
        print(f"{PROG}: {tally.summary(time.monotonic() - started)}", file=stderr)
    return 1 if tally.errors or tally.failures or broken else 0


def _cmd_check_lexicon(files: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Load each lexicon file; print a line per valid file, and every problem of the others."""
    from .lexicons import Lexicon

    bad = 0
    for path in files:
        try:
            lexicon = Lexicon.from_path(path)
        except OSError as exc:
            print(f"{PROG}: cannot read {path}: {exc.strerror}", file=stderr)
            bad += 1
        except InvalidArgumentError as exc:  # a LexiconError lists every problem, one per line
            print(f"{PROG}: {exc}", file=stderr)
            bad += 1
        else:
            note = "" if lexicon.typed_entries is not None else " (a free-form kind: entries not checked)"
            print(
                f"{path}: ok, {lexicon.kind} {lexicon.name!r} {lexicon.version}, "
                f"{len(lexicon.entries)} entries{note}",
                file=stdout,
            )
    return 1 if bad else 0


def _cmd_list(kind: str, stdout: TextIO) -> int:
    from .extractors import register_builtins as register_extractors
    from .registry import extractors, serializers
    from .serialize.formats import register_builtins as register_formats

    register_extractors()
    register_formats()
    registry = extractors if kind == "extractors" else serializers
    for name in registry.available():
        print(name, file=stdout)
    return 0


def run(argv: Sequence[str] | None, stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line with explicit streams; returns the exit code."""
    try:
        args = _build_parser().parse_args(argv)
        if args.command in ("extract", "formats", "extractors"):
            _select_plugins(args)
        if args.command == "extract":
            with _warnings_to(stderr):
                return _cmd_extract(args, stdout, stderr)
        if args.command == "check-lexicon":
            return _cmd_check_lexicon(args.files, stdout, stderr)
        if args.command == "schema":
            from .serialize.schema import json_schema

            json.dump(json_schema(), stdout, ensure_ascii=False, indent=args.indent)
            stdout.write("\n")
            return 0
        return _cmd_list(args.command, stdout)
    except _UsageError as exc:
        print(f"{PROG}: error: {exc} (see '{PROG} --help')", file=stderr)
        return 2
    except (InvalidArgumentError, ExtractorNotFoundError) as exc:
        print(f"{PROG}: error: {exc}", file=stderr)
        return 2
    except PluginLoadError as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 1
    except UrduEventsError as exc:  # the run cannot go on (worker processes keep dying)
        print(f"{PROG}: {exc}", file=stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point."""
    stdout = _utf8(sys.stdout)
    try:
        with sigterm_raises():
            return run(argv, stdout, sys.stderr)
    except Terminated:
        print(f"{PROG}: terminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    finally:
        _release_stdout(stdout)


def _release_stdout(stdout: io.TextIOWrapper) -> None:
    """Flush and detach the UTF-8 wrapper; output that cannot be written (reported already) is dropped."""
    try:
        stdout.flush()
    except (OSError, ValueError):  # a broken pipe or a full disk: send what is left nowhere
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
    with contextlib.suppress(OSError, ValueError):
        stdout.detach()
