"""JSON and JSON Lines: the interchange formats of Document JSON.

``json`` writes one JSON array of documents; ``jsonl`` one document per line,
which streams. Both write UTF-8 with Urdu left readable (``ensure_ascii=False``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, TextIO

import attrs

from ..exceptions import InvalidDocumentError, UrduEventsError
from ..models import Document
from . import document_from_dict, document_to_dict

__all__ = ["JsonLinesSerializer", "JsonSerializer", "LineError", "dumps", "iter_jsonl", "loads"]


#: Characters that are legal raw in JSON strings but that many line readers
#: (Python's ``str.splitlines``, JavaScript) treat as line breaks; always escaped.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def dumps(doc: Document, *, indent: int | None = None) -> str:
    """Serialize one document to a JSON string (Urdu unescaped, Unicode line breaks escaped)."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=indent).translate(_LINE_BREAKS)


def loads(data: str | bytes, *, forbid_extra_keys: bool = False) -> Document:
    """Load one document from a JSON string.

    Raises:
        InvalidDocumentError: If ``data`` is not UTF-8 JSON (or nests too
            deeply, or holds a number too long to read), or not an object.
        SchemaVersionError: If it was written by a newer major schema version.
        cattrs.errors.ClassValidationError: If fields are missing or mistyped.
    """
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise InvalidDocumentError(f"not valid JSON: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InvalidDocumentError(f"not valid UTF-8: {exc.reason} at byte {exc.start}") from exc
    except RecursionError as exc:
        raise InvalidDocumentError("not readable JSON: nested too deeply") from exc
    except ValueError as exc:  # a number too long to convert
        raise InvalidDocumentError(f"not readable JSON: {str(exc).split(';')[0]}") from exc
    return document_from_dict(parsed, forbid_extra_keys=forbid_extra_keys)


@attrs.frozen
class LineError:
    """A line of a JSON Lines file that could not be loaded.

    Attributes:
        line: 1-based line number.
        error: What went wrong.
    """

    line: int
    error: Exception


def iter_jsonl(
    stream: IO[str], *, forbid_extra_keys: bool = False, skip_errors: bool = False
) -> Iterator[Document | LineError]:
    """Load documents from a JSON Lines stream, one per non-blank line.

    Args:
        stream: A text stream.
        forbid_extra_keys: Reject unknown keys instead of ignoring them.
        skip_errors: Yield a :class:`LineError` for a bad line and go on,
            instead of raising.

    Raises:
        UrduEventsError: For the first bad line, naming its number (unless ``skip_errors``).
    """
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            yield loads(line, forbid_extra_keys=forbid_extra_keys)
        except Exception as exc:
            if not skip_errors:
                raise UrduEventsError(f"line {number}: {exc}") from exc
            yield LineError(number, exc)


@attrs.frozen
class JsonSerializer:
    """A JSON array of Document JSON objects.

    Args:
        indent: Indentation of the output; ``None`` for one line.
    """

    indent: int | None = 2
    name: str = attrs.field(default="json", init=False)
    extension: str = attrs.field(default="json", init=False)

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        """Write ``docs`` as one JSON array; streams, one document at a time."""
        count = 0
        out.write("[")
        for doc in docs:
            out.write(",\n" if count else "\n")
            out.write(dumps(doc, indent=self.indent))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count


@attrs.frozen
class JsonLinesSerializer:
    """One Document JSON object per line (the format ``score.py`` reads)."""

    name: str = attrs.field(default="jsonl", init=False)
    extension: str = attrs.field(default="jsonl", init=False)

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        """Write one line per document, flushing nothing itself."""
        count = 0
        for doc in docs:
            out.write(dumps(doc))
            out.write("\n")
            count += 1
        return count
