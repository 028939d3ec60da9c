"""Streaming extraction over many records, optionally on several processes.

:func:`extract_many` takes any iterable (a list, a generator over a huge file, a
live feed) and yields one result per input record, **in input order**, keeping
only a bounded window of records in memory. A record that cannot be processed
yields a :class:`RecordError` instead of stopping the batch, so the number of
results always equals the number of inputs.

Results do not depend on the number of workers or on the other records of the
batch: each document is extracted on its own.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .exceptions import InvalidArgumentError, UrduEventsError
from .models import Document
from .pipeline import Pipeline, make_document

__all__ = ["Record", "RecordError", "extract_many"]

#: What :func:`extract_many` accepts per record.
Record = str | Mapping[str, Any] | Document


@attrs.frozen
class RecordError:
    """A record that could not be processed.

    Attributes:
        index: 0-based position of the record in the input.
        id: The record's ID, when it had one.
        message: What went wrong.
        source: Where the record came from (``file:line``), when known.
    """

    index: int
    id: str | None
    message: str
    source: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The machine-readable error record."""
        return {"error": self.message, "index": self.index, "id": self.id, "source": self.source}


_PIPELINE: Pipeline | None = None


def _to_document(record: Record, index: int, default_id: str | None = None) -> Document:
    fallback = str(index) if default_id is None else default_id
    if isinstance(record, Document):
        return record
    if isinstance(record, str):
        return make_document(record, doc_id=fallback)
    if isinstance(record, Mapping):
        text = record.get("text")
        if not isinstance(text, str):
            raise InvalidArgumentError("the record has no 'text' string")
        raw_id = record.get("id")
        if raw_id is None:
            doc_id = fallback
        elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
            doc_id = str(raw_id)
        else:
            raise InvalidArgumentError(
                f"the record's 'id' must be a string or an integer, not {type(raw_id).__name__}"
            )
        return make_document(text, published=record.get("published"), doc_id=doc_id)
    raise InvalidArgumentError(
        f"a record must be a str, a mapping or a Document, not {type(record).__name__}"
    )


def _process(
    pipeline: Pipeline, index: int, record: Record | RecordError, default_id: str | None = None
) -> Document | RecordError:
    """Extract from one record; ``default_id`` (else ``str(index)``) names a record without an ID."""
    if isinstance(record, RecordError):
        return record
    raw_id = record.get("id") if isinstance(record, Mapping) else getattr(record, "id", None)
    try:
        return pipeline(_to_document(record, index, default_id))
    except UrduEventsError as exc:
        return RecordError(index, None if raw_id is None else str(raw_id), str(exc))


@functools.lru_cache(maxsize=8)
def _cached_pipeline(names: tuple[str, ...] | None) -> Pipeline:
    pipeline = Pipeline(names)
    pipeline.extract("")  # load lexicons and gazetteer once per process
    return pipeline


def _shared_pipeline(extractors: Sequence[Any] | None) -> Pipeline:
    """A pipeline built once per process for registered names; a new one for extractor objects.

    For the partition functions of :mod:`urdu_events.dask` and
    :func:`urdu_events.dataframe.extract_partition`, which run once per
    partition, often many times in one worker process.
    """
    if extractors is None:
        return _cached_pipeline(None)
    if all(isinstance(e, str) for e in extractors):
        return _cached_pipeline(tuple(extractors))
    return Pipeline(extractors)


def _init_worker(extractors: Sequence[Any] | None) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(extractors)
    _PIPELINE.extract("")  # load lexicons and gazetteer once per process


def _process_chunk(chunk: list[tuple[int, Record | RecordError]]) -> list[Document | RecordError]:
    if _PIPELINE is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker pipeline was not initialised")
    return [_process(_PIPELINE, i, r) for i, r in chunk]


def _chunks(
    records: Iterable[Record | RecordError], size: int
) -> Iterator[list[tuple[int, Record | RecordError]]]:
    chunk: list[tuple[int, Record | RecordError]] = []
    for item in enumerate(records):
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(
    records: Iterable[Record | RecordError],
    *,
    workers: int = 1,
    extractors: Sequence[Any] | None = None,
    pipeline: Pipeline | None = None,
    chunk_size: int = 32,
) -> Iterator[Document | RecordError]:
    """Extract from every record, yielding results in input order.

    Args:
        records: Texts, ``{"id", "text", "published"}`` mappings or
            :class:`Document` objects. A :class:`RecordError` in the input is
            passed through in place (so a reader can report unreadable records).
        workers: Number of processes; ``1`` runs in this process, ``0`` uses
            every CPU.
        extractors: Extractor names (or picklable extractors) for the pipeline;
            ``None`` for the default. Ignored when ``pipeline`` is given.
        pipeline: A pipeline to use in this process; only with ``workers=1``.
        chunk_size: Records sent to a worker at a time.

    Yields:
        A :class:`Document` or a :class:`RecordError` per input record.

    Raises:
        InvalidArgumentError: For bad options (raised on the first ``next()``).
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        raise InvalidArgumentError(f"workers must be a non-negative integer, got {workers!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise InvalidArgumentError(f"chunk_size must be a positive integer, got {chunk_size!r}")
    if workers == 0:
        workers = os.cpu_count() or 1
    if pipeline is not None and workers != 1:
        raise InvalidArgumentError(
            "a pipeline object runs in this process only; pass extractors= for workers"
        )
    if workers == 1:
        local = pipeline or Pipeline(extractors)
        for index, record in enumerate(records):
            yield _process(local, index, record)
        return
    yield from _parallel(records, workers, extractors, chunk_size)


def _parallel(
    records: Iterable[Record | RecordError], workers: int, extractors: Sequence[Any] | None, chunk_size: int
) -> Iterator[Document | RecordError]:
    Pipeline(extractors)  # fail fast, in this process, on unknown extractor names
    window = 2 * workers
    with concurrent.futures.ProcessPoolExecutor(
        workers, initializer=_init_worker, initargs=(extractors,)
    ) as pool:
        pending: collections.deque[concurrent.futures.Future[list[Document | RecordError]]] = (
            collections.deque()
        )
        for chunk in _chunks(records, chunk_size):
            pending.append(pool.submit(_process_chunk, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
