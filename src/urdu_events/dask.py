"""Extraction on a Dask cluster: bags of records and DataFrames (the ``dask`` extra).

Two helpers put :func:`urdu_events.batch.extract_many`'s record handling on
`Dask <https://docs.dask.org>`_, locally or on a ``distributed`` cluster:

:func:`extract_bag`
    a :class:`dask.bag.Bag` of texts, ``{"id", "text", "published"}`` records
    or documents in, a bag of one :class:`~urdu_events.models.Document` (or
    :class:`~urdu_events.batch.RecordError`) per record out, in the same
    order; ``as_dict=True`` gives Document JSON objects and error records
    instead, ready for ``.map(json.dumps).to_textfiles(...)``.
:func:`extract_frame`
    a Dask DataFrame with a column of texts in, a Dask DataFrame with the
    columns of :func:`urdu_events.dataframe.extract_partition` out, one row per
    input row, on the same index.

Each partition is one task. The pipeline is built once per worker process and
reused by every partition the process runs (for registered extractor names;
extractor objects or a :class:`~urdu_events.Pipeline` are pickled with the
tasks). A record that cannot be processed is reported in its place, never
raised, so the output has as many items as the input. Extraction is pure
Python and holds the GIL: give the cluster processes, not threads
(``LocalCluster(processes=True, threads_per_worker=1)``, or the bag's default
multiprocessing scheduler). See ``docs/scale.md`` for memory, ordering and a
Spark recipe.

Importing this module without Dask raises
:class:`~urdu_events.OptionalDependencyError`; install the extra with
``pip install 'urdu-events[dask]'``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .batch import Record, RecordError, _process, _shared_pipeline
from .exceptions import InvalidArgumentError, OptionalDependencyError
from .models import Document
from .pipeline import Pipeline

_INSTALL = "install it with: pip install 'urdu-events[dask]'"

try:
    import dask.bag as db
except ImportError as exc:
    raise OptionalDependencyError(f"urdu_events.dask needs Dask ({exc}); {_INSTALL}") from exc

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["extract_bag", "extract_frame"]


def _extract_records(
    records: Iterable[Record | RecordError],
    number: Sequence[int],
    *,
    extractors: Sequence[Any] | None,
    pipeline: Pipeline | None,
    as_dict: bool,
) -> list[Any]:
    """One bag partition: ``number`` is a one-item partition holding its position among the partitions."""
    (partition,) = number
    run = pipeline if pipeline is not None else _shared_pipeline(extractors)
    out: list[Any] = []
    for position, record in enumerate(records):
        result = _process(run, position, record, default_id=f"{partition}-{position}")
        if isinstance(result, RecordError) and result.source is None:
            result = attrs.evolve(result, source=f"partition {partition}")
        if as_dict:
            out.append(result.as_dict() if isinstance(result, RecordError) else _document_dict(result))
        else:
            out.append(result)
    return out


def _document_dict(doc: Document) -> dict[str, Any]:
    from .serialize import document_to_dict

    return document_to_dict(doc)


def _check_pipeline(extractors: Sequence[Any] | None, pipeline: Pipeline | None) -> None:
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise InvalidArgumentError(f"pipeline must be a Pipeline, got {type(pipeline).__name__}")
    if pipeline is None:
        Pipeline(extractors)  # fail fast, here, on unknown extractor names


def extract_bag(
    bag: db.Bag,
    *,
    extractors: Sequence[Any] | None = None,
    pipeline: Pipeline | None = None,
    as_dict: bool = False,
) -> db.Bag:
    """Extract from every record of a Dask bag, lazily.

    The records are what :func:`~urdu_events.batch.extract_many` accepts:
    texts, ``{"id", "text", "published"}`` mappings (extra keys are ignored)
    or :class:`~urdu_events.models.Document` objects, and a
    :class:`~urdu_events.batch.RecordError` already in the bag passes
    through. ``db.read_text("articles-*.jsonl").map(json.loads)`` makes such
    a bag from JSON Lines files.

    The result has one item per record, in the bag's order. Where
    ``extract_many`` counts positions across its whole input, a partition
    does not know how many records the partitions before it hold, so:

    - a record without an ID is named ``"{partition}-{position}"`` (``"3-17"``:
      the 18th record of the 4th partition) instead of by its overall position;
    - a :class:`~urdu_events.batch.RecordError`'s ``index`` is the record's
      position in its partition and its ``source`` is ``"partition 3"``.

    Give records IDs and the results equal ``extract_many``'s exactly.

    Args:
        bag: The records.
        extractors: Extractor names (or picklable extractors) for the
            pipeline; ``None`` for the default. Ignored when ``pipeline`` is
            given. A pipeline of names is built once per worker process.
        pipeline: A pipeline to use instead; it is pickled with every task,
            so its extractors must be picklable (by cloudpickle, on a
            ``distributed`` cluster).
        as_dict: Return plain dicts instead of objects: the Document JSON
            object of each document (:func:`urdu_events.serialize.document_to_dict`)
            and :meth:`RecordError.as_dict() <urdu_events.batch.RecordError.as_dict>`
            (with an ``"error"`` key) for each failure.

    Returns:
        A bag of :class:`~urdu_events.models.Document` and
        :class:`~urdu_events.batch.RecordError` objects, or of dicts.

    Raises:
        InvalidArgumentError: If ``bag`` is not a Dask bag or an option is invalid.
        ExtractorNotFoundError: If an extractor name is not registered
            (raised here, before anything is computed).

    .. versionadded:: 0.1.0
    """
    if not isinstance(bag, db.Bag):
        raise InvalidArgumentError(f"extract_bag needs a dask.bag.Bag, got {type(bag).__name__}")
    _check_pipeline(extractors, pipeline)
    # One single-item partition per partition of the bag, holding its number: map_partitions
    # zips the two bags partition by partition, so each task knows which partition it runs.
    numbers = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    if numbers.npartitions != bag.npartitions:  # pragma: no cover - from_sequence splits one per item
        raise RuntimeError("could not number the partitions of the bag")
    result: db.Bag = bag.map_partitions(
        _extract_records,
        numbers,
        extractors=None if extractors is None else list(extractors),
        pipeline=pipeline,
        as_dict=bool(as_dict),
        token="urdu-events-extract",
    )
    return result


def extract_frame(
    ddf: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    extractors: Sequence[Any] | None = None,
    pipeline: Pipeline | None = None,
) -> dd.DataFrame:
    """Extract from every row of a Dask DataFrame, lazily.

    ``ddf.map_partitions(``:func:`~urdu_events.dataframe.extract_partition`\\ ``)``
    with its ``meta`` filled in: the result has one row per input row, on the
    same index (so ``ddf.join(result)`` lines rows up) and the columns of
    :data:`urdu_events.dataframe.EXTRACTED_COLUMNS` (``doc_id``, ``document``
    as Document JSON, ``incidents``, ``claims``, ``failures``, ``error``).
    A row without an ID is named after its index label. The arguments are
    those of :func:`~urdu_events.dataframe.extract_partition`.

    Raises:
        InvalidArgumentError: If ``text_column`` is not a column of ``ddf``.
        ExtractorNotFoundError: If an extractor name is not registered
            (raised here, before anything is computed).
        OptionalDependencyError: If ``dask.dataframe`` or pandas is not installed.

    .. versionadded:: 0.1.0
    """
    try:
        import dask.dataframe as dd
    except ImportError as exc:
        raise OptionalDependencyError(f"extract_frame needs dask.dataframe ({exc}); {_INSTALL}") from exc
    from .dataframe import EXTRACTED_COLUMNS, _require, extract_partition

    pd = _require("pandas")
    if not isinstance(ddf, dd.DataFrame):
        raise InvalidArgumentError(
            f"extract_frame needs a dask.dataframe.DataFrame, got {type(ddf).__name__}"
        )
    if text_column not in ddf.columns:
        raise InvalidArgumentError(
            f"the frame has no column {text_column!r} (text_column); it has {list(ddf.columns)!r}"
        )
    _check_pipeline(extractors, pipeline)
    index = pd.Index([], dtype=ddf.index.dtype)
    meta = pd.DataFrame(
        {name: pd.Series(dtype=dtype, index=index) for name, dtype in EXTRACTED_COLUMNS.items()}, index=index
    )
    result: dd.DataFrame = ddf.map_partitions(
        extract_partition,
        text_column=text_column,
        id_column=id_column,
        published_column=published_column,
        extractors=None if extractors is None else list(extractors),
        pipeline=pipeline,
        meta=meta,
    )
    return result
