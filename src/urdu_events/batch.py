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
import signal
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .exceptions import InvalidArgumentError, PluginWarning, UrduEventsError
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


def _init_worker(
    extractors: Sequence[Any] | None, timeout: float | None = None, *, warned: bool = False
) -> None:
    global _PIPELINE
    # Ctrl-C reaches the whole process group: the parent handles it, workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler: terminate() must stop us
    if warned:
        warnings.simplefilter("ignore", PluginWarning)  # the parent reported skipped plugins once
    _PIPELINE = Pipeline(extractors, timeout=timeout)
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
    timeout: float | None = None,
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
        timeout: Seconds an extractor may spend on one document before it is
            reported as failed (see :class:`~urdu_events.Pipeline`); ``None``:
            no limit. Ignored when ``pipeline`` is given.

    A worker process that dies (killed, out of memory) does not stop the batch:
    the pool is restarted and the records it was working on are retried once,
    one at a time; a record on which a worker dies again becomes a
    :class:`RecordError`.

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
    if timeout is not None and not (isinstance(timeout, int | float) and timeout > 0):
        raise InvalidArgumentError(f"timeout must be a positive number of seconds, got {timeout!r}")
    if workers == 1:
        local = pipeline or Pipeline(extractors, timeout=timeout)
        for index, record in enumerate(records):
            yield _process(local, index, record)
        return
    yield from _parallel(records, workers, extractors, chunk_size, timeout)


_BUILTIN_NAMES = frozenset({"incidents", "claims"})

#: Pool restarts in a row, without a record completed in between, before the batch gives up.
_MAX_RESTARTS = 10


class _Pool:
    """A process pool that can be replaced when a worker dies."""

    def __init__(
        self, workers: int, extractors: Sequence[Any] | None, timeout: float | None, *, warned: bool
    ) -> None:
        self._workers = workers
        self._initializer = functools.partial(_init_worker, extractors, timeout, warned=warned)
        self.restarts_in_a_row = 0
        self.executor = self._start()

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(self._workers, initializer=self._initializer)

    def restart(self) -> None:
        self.restarts_in_a_row += 1
        if self.restarts_in_a_row > _MAX_RESTARTS:
            raise UrduEventsError(
                f"worker processes died {_MAX_RESTARTS} times in a row without finishing a record"
            )
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self, *, wait: bool) -> None:
        # Private attribute, read before shutdown() clears it: the executor has no public
        # way to stop a worker that is busy (stuck in a plugin, say).
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=wait, cancel_futures=True)
        if not wait:  # interrupted: do not wait for the workers to finish their chunks
            for process in processes:
                process.terminate()


def _retry_one(pool: _Pool, index: int, record: Record | RecordError) -> Document | RecordError:
    """Run one record that was in flight when a worker died; a second death makes it a RecordError."""
    try:
        (result,) = pool.executor.submit(_process_chunk, [(index, record)]).result()
    except concurrent.futures.process.BrokenProcessPool:
        pool.restart()
        raw_id = record.get("id") if isinstance(record, Mapping) else getattr(record, "id", None)
        return RecordError(
            index,
            None if raw_id is None else str(raw_id),
            "a worker process died while extracting from this record, also when it was retried on its own",
        )
    pool.restarts_in_a_row = 0
    return result


def _parallel(
    records: Iterable[Record | RecordError],
    workers: int,
    extractors: Sequence[Any] | None,
    chunk_size: int,
    timeout: float | None = None,
) -> Iterator[Document | RecordError]:
    pipeline = Pipeline(extractors)  # fail fast, in this process, on unknown extractor names
    # Built-in extractors load their lexicons here too, so a skipped lexicon plugin is
    # reported once, not once per worker; other extractors' code runs in workers only.
    warned = extractors is None or all(isinstance(e, str) and e in _BUILTIN_NAMES for e in extractors)
    if warned:
        pipeline.extract("")
    window = 2 * workers
    pool = _Pool(workers, extractors, timeout, warned=warned)
    pending: collections.deque[
        tuple[list[tuple[int, Record | RecordError]], concurrent.futures.Future[list[Document | RecordError]]]
    ] = collections.deque()
    finished = False
    try:
        for chunk in _chunks(records, chunk_size):
            pending.append((chunk, _submit(pool, chunk)))
            if len(pending) >= window:
                yield from _collect(pool, pending)
        while pending:
            yield from _collect(pool, pending)
        finished = True
    finally:
        pool.close(wait=finished)


def _submit(
    pool: _Pool, chunk: list[tuple[int, Record | RecordError]]
) -> concurrent.futures.Future[list[Document | RecordError]]:
    try:
        return pool.executor.submit(_process_chunk, chunk)
    except concurrent.futures.process.BrokenProcessPool:
        # The pool broke since the last submission: hand back a failed future; _collect retries it.
        failed: concurrent.futures.Future[list[Document | RecordError]] = concurrent.futures.Future()
        failed.set_exception(concurrent.futures.process.BrokenProcessPool("the pool was broken"))
        return failed


def _collect(
    pool: _Pool,
    pending: collections.deque[
        tuple[list[tuple[int, Record | RecordError]], concurrent.futures.Future[list[Document | RecordError]]]
    ],
) -> list[Document | RecordError]:
    """The results of the oldest chunk; if its worker died, restart the pool and retry what was in flight."""
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except concurrent.futures.process.BrokenProcessPool:
        pool.restart()
        # Every chunk still pending was submitted to the dead pool: those not finished are retried.
        survivors = [(c, f) for c, f in pending]
        pending.clear()
        retried = [_retry_one(pool, i, r) for i, r in chunk]
        for other, other_future in survivors:
            if other_future.done() and other_future.exception() is None:
                pending.append((other, other_future))
            else:
                pending.append((other, _retried(pool, other)))
        return retried
    pool.restarts_in_a_row = 0
    return results


def _retried(
    pool: _Pool, chunk: list[tuple[int, Record | RecordError]]
) -> concurrent.futures.Future[list[Document | RecordError]]:
    """A finished future holding ``chunk``'s results, each record retried on its own."""
    done: concurrent.futures.Future[list[Document | RecordError]] = concurrent.futures.Future()
    done.set_result([_retry_one(pool, i, r) for i, r in chunk])
    return done
