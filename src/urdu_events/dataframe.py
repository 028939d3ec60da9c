"""pandas DataFrames and Parquet files of documents (the ``dataframe`` extra).

:func:`to_pandas` turns documents into :class:`Tables`, four tables keyed by
``doc_id``:

``documents``
    one row per document: ``doc_id``, ``text``, ``published``,
    ``schema_version``, ``failures``, ``lexicons``.
``incidents``
    one row per incident: ``doc_id``, ``incident`` (its number in the document,
    from 1, as in the CSV's ``event_id_cnty`` and GeoJSON's ``id``) and every
    field of :class:`~urdu_events.models.Incident` as flat columns
    (``event_type``, ``date_start``, ``killed_min``, ``trigger``, ...). Places,
    weapons, evidence and reasons are list columns of dicts (``locations``, ``weapons``,
    ``evidence``, ``reasons``); the first place is also spread into ``location``, ``admin1``,
    ``admin2``, ``latitude``, ``longitude`` and ``geo_precision`` for plotting.
``claims``
    one row per claim: ``doc_id``, ``claim`` (its number, from 1), ``kind``,
    ``anonymous``, ``incident`` (the number of the incident it is about), the
    ``cue`` and ``content`` with their offsets, and the ``speaker``'s name.
``actors``
    one row per actor mention: ``doc_id``, ``incident`` or ``claim`` (their
    numbers), ``role`` (``perpetrator``, ``target``, ``claimant`` or
    ``speaker``), ``position`` in its list (from 1), and the
    :class:`~urdu_events.models.Actor` fields.

Every number in the tables counts from 1: incident 1 of a document is the row
with ``incident == 1``, the claims about it have ``incident == 1`` and its
actors too (in Python, ``doc.incidents[0]`` and ``Claim.incident == 0``).
Span offsets are columns ending in ``_start``/``_end``; they point into the
document's ``text`` (they are offsets, not numbers, and start at 0). Counts
and other whole numbers that may be missing use pandas' nullable ``Int64``;
dates (``published``, ``date_start``, ``date_end``) are ``datetime64[s]``
columns, so ``.dt`` works and a missing date is ``NaT``. ACLED's labels and
the other closed vocabularies (``event_type``, ``sub_event_type``,
``date_precision``, ``geo_precision``, ``responsibility``, a claim's ``kind``,
an actor's ``role`` and ``type``) are ``category`` columns whose categories are
every possible value, so counts by type list the types that did not occur too.

:func:`from_pandas` rebuilds the documents. The round trip is lossless, **but
only with the** ``documents`` **table**: a span is rebuilt and checked against
the text it points into, so a document whose text is missing cannot be rebuilt.
The convenience columns (``location``, ``latitude``, ``speaker``, ...) are
derived and ignored on the way back; change ``locations`` or the ``actors``
table instead.

:func:`to_parquet` writes the four tables as Parquet files (through pyarrow) and
:func:`read_parquet` reads them back. Parquet is binary, so it is a function here
rather than a ``--format`` of the command line, whose formats write text.

:func:`to_acled` gives the rows of ACLED's export instead, one per incident,
with ACLED's column names (the very mapping the CSV format writes, see
:mod:`urdu_events.serialize.acled`), and :func:`to_acled_parquet` writes them
as one Parquet file.

:func:`extract_partition` goes the other way round, from a DataFrame of texts
to one row of results per text (the Document JSON and counts), for Dask's
``map_partitions`` and Spark's ``mapInPandas``; see ``docs/scale.md``.

pandas and pyarrow are imported only when these functions run; without them an
:class:`~urdu_events.OptionalDependencyError` (an ``ImportError``) says to
``pip install 'urdu-events[dataframe]'``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .batch import RecordError, _process, _shared_pipeline
from .exceptions import InvalidArgumentError, OptionalDependencyError
from .models import (
    Actor,
    ActorType,
    Casualties,
    Claim,
    ClaimKind,
    Count,
    DatePrecision,
    DateRange,
    Document,
    EventType,
    ExtractorFailure,
    GeoPrecision,
    Incident,
    LexiconVersion,
    Location,
    Participant,
    Reason,
    Responsibility,
    ResponsibilityStatus,
    Role,
    Span,
    SubEventType,
    Weapon,
)
from .pipeline import Pipeline

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "EXTRACTED_COLUMNS",
    "TABLES",
    "Tables",
    "extract_partition",
    "from_pandas",
    "read_parquet",
    "to_acled",
    "to_acled_parquet",
    "to_pandas",
    "to_parquet",
]

#: The table names, in the order :class:`Tables` holds them.
TABLES = ("documents", "incidents", "claims", "actors")


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise OptionalDependencyError(
            f"{module} is needed for DataFrames and Parquet files; "
            "install it with: pip install 'urdu-events[dataframe]'"
        ) from exc


@attrs.frozen
class Tables:
    """The tables of a set of documents; see the module documentation for the columns.

    Args:
        documents: One row per document, with its text.
        incidents: One row per incident.
        claims: One row per claim.
        actors: One row per actor mention (participant, claimant or speaker).
    """

    documents: pd.DataFrame
    incidents: pd.DataFrame
    claims: pd.DataFrame
    actors: pd.DataFrame

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return iter((self.documents, self.incidents, self.claims, self.actors))


# --- columns -------------------------------------------------------------------------

_INT = "Int64"
_OBJ = "object"
_DATE = "datetime64[s]"
#: An actor mention's role: a participant's, or how else the actor appears.
_ROLES = (*(r.value for r in Role), "claimant", "speaker")

_DOCUMENT_COLUMNS: dict[str, Any] = {
    "doc_id": _OBJ,
    "text": _OBJ,
    "published": _DATE,
    "schema_version": _OBJ,
    "failures": _OBJ,
    "lexicons": _OBJ,
}
_INCIDENT_COLUMNS: dict[str, Any] = {
    "doc_id": _OBJ,
    "incident": _INT,
    "event_type": EventType,
    "sub_event_type": SubEventType,
    "date_start": _DATE,
    "date_end": _DATE,
    "date_precision": DatePrecision,
    "date_span_start": _INT,
    "date_span_end": _INT,
    "country": _OBJ,
    "location": _OBJ,
    "admin1": _OBJ,
    "admin2": _OBJ,
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": GeoPrecision,
    "locations": _OBJ,
    "weapons": _OBJ,
    "killed_min": _INT,
    "killed_max": _INT,
    "killed_span_start": _INT,
    "killed_span_end": _INT,
    "injured_min": _INT,
    "injured_max": _INT,
    "injured_span_start": _INT,
    "injured_span_end": _INT,
    "responsibility": ResponsibilityStatus,
    "main": "bool",
    "confidence": "float64",
    "trigger": _OBJ,
    "trigger_start": _INT,
    "trigger_end": _INT,
    "evidence": _OBJ,
    "reasons": _OBJ,
}
_CLAIM_COLUMNS: dict[str, Any] = {
    "doc_id": _OBJ,
    "claim": _INT,
    "kind": ClaimKind,
    "anonymous": "bool",
    "incident": _INT,
    "speaker": _OBJ,
    "cue": _OBJ,
    "cue_start": _INT,
    "cue_end": _INT,
    "content": _OBJ,
    "content_start": _INT,
    "content_end": _INT,
}
_ACTOR_COLUMNS: dict[str, Any] = {
    "doc_id": _OBJ,
    "incident": _INT,
    "claim": _INT,
    "role": _ROLES,
    "position": _INT,
    "name": _OBJ,
    "type": ActorType,
    "anonymous": "bool",
    "normalized_name": _OBJ,
    "english_name": _OBJ,
    "span_start": _INT,
    "span_end": _INT,
}


def _value(member: Any) -> Any:
    return None if member is None else member.value


def _span(prefix: str, span: Span | None) -> dict[str, Any]:
    return {f"{prefix}_start": span and span.start, f"{prefix}_end": span and span.end}


def _count(prefix: str, count: Count | None) -> dict[str, Any]:
    return {
        f"{prefix}_min": count and count.min,
        f"{prefix}_max": count and count.max,
        **_span(f"{prefix}_span", count.span if count else None),
    }


def _location(loc: Location) -> dict[str, Any]:
    return {
        "name": loc.name,
        **_span("span", loc.span),
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "country": loc.country,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "precision": _value(loc.precision),
        "geonames_id": loc.geonames_id,
        "english_name": loc.english_name,
    }


def _incident_row(doc: Document, index: int, inc: Incident) -> dict[str, Any]:
    first = inc.locations[0] if inc.locations else None
    return {
        "doc_id": doc.id,
        "incident": index + 1,
        "event_type": inc.event_type.value,
        "sub_event_type": inc.sub_event_type.value,
        "date_start": inc.date.start,
        "date_end": inc.date.end,
        "date_precision": _value(inc.date.precision),
        **_span("date_span", inc.date.span),
        "country": inc.country,
        "location": first and first.name,
        "admin1": first and first.admin1,
        "admin2": first and first.admin2,
        "latitude": first and first.latitude,
        "longitude": first and first.longitude,
        "geo_precision": first and _value(first.precision),
        "locations": [_location(loc) for loc in inc.locations],
        "weapons": [{"name": w.name, **_span("span", w.span)} for w in inc.weapons],
        **_count("killed", inc.casualties.killed),
        **_count("injured", inc.casualties.injured),
        "responsibility": inc.responsibility.status.value,
        "main": inc.main,
        "confidence": inc.confidence,
        "trigger": inc.trigger and inc.trigger.text,
        **_span("trigger", inc.trigger),
        "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in inc.evidence],
        "reasons": [
            {
                "field": r.field,
                "value": r.value,
                "rule": r.rule,
                "start": None if r.span is None else r.span.start,
                "end": None if r.span is None else r.span.end,
            }
            for r in inc.reasons
        ],
    }


def _actor_row(
    doc_id: str, where: dict[str, int | None], role: str, position: int, actor: Actor
) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        **where,
        "role": role,
        "position": position + 1,
        "name": actor.name,
        "type": _value(actor.type),
        "anonymous": actor.anonymous,
        "normalized_name": actor.normalized_name,
        "english_name": actor.english_name,
        **_span("span", actor.span),
    }


def _claim_row(doc: Document, index: int, claim: Claim) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "claim": index + 1,
        "kind": claim.kind.value,
        "anonymous": claim.anonymous,
        "incident": None if claim.incident is None else claim.incident + 1,
        "speaker": claim.speaker and claim.speaker.name,
        "cue": claim.cue.text,
        **_span("cue", claim.cue),
        "content": claim.content and claim.content.text,
        **_span("content", claim.content),
    }


def _actor_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for i, inc in enumerate(doc.incidents):
        where: dict[str, int | None] = {"incident": i + 1, "claim": None}
        for position, participant in enumerate(inc.actors):
            yield _actor_row(doc.id, where, participant.role.value, position, participant)
        for position, claimant in enumerate(inc.responsibility.claimants):
            yield _actor_row(doc.id, where, "claimant", position, claimant)
    for i, claim in enumerate(doc.claims):
        if claim.speaker is not None:
            yield _actor_row(doc.id, {"incident": None, "claim": i + 1}, "speaker", 0, claim.speaker)


def _dtype(pd: Any, spec: Any) -> Any:
    """A column's dtype: a pandas dtype name, or the values of a ``category`` (an enum or a tuple)."""
    if isinstance(spec, str):
        return spec
    return pd.CategoricalDtype([getattr(v, "value", v) for v in spec])


def _frame(pd: Any, rows: list[dict[str, Any]], columns: Mapping[str, Any]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype({name: _dtype(pd, spec) for name, spec in columns.items()})


def to_pandas(docs: Document | Iterable[Document]) -> Tables:
    """Turn documents into :class:`Tables` of pandas DataFrames.

    Args:
        docs: A document or several (any iterable; read once).

    Raises:
        OptionalDependencyError: If pandas is not installed.

    .. versionadded:: 0.1.0
    """
    pd = _require("pandas")
    items = [docs] if isinstance(docs, Document) else list(docs)
    documents = [
        {
            "doc_id": d.id,
            "text": d.text,
            "published": d.published,
            "schema_version": d.schema_version,
            "failures": [{"extractor": f.extractor, "message": f.message} for f in d.failures],
            "lexicons": [{"name": v.name, "version": v.version} for v in d.lexicons],
        }
        for d in items
    ]
    incidents = [_incident_row(d, i, inc) for d in items for i, inc in enumerate(d.incidents)]
    claims = [_claim_row(d, i, c) for d in items for i, c in enumerate(d.claims)]
    actors = [row for d in items for row in _actor_rows(d)]
    return Tables(
        _frame(pd, documents, _DOCUMENT_COLUMNS),
        _frame(pd, incidents, _INCIDENT_COLUMNS),
        _frame(pd, claims, _CLAIM_COLUMNS),
        _frame(pd, actors, _ACTOR_COLUMNS),
    )


# --- back to documents ---------------------------------------------------------------


def _scalar(value: Any) -> Any:
    """A plain Python value, with every kind of missing value (None, NaN, NA, NaT) as ``None``."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, float):  # numpy.float64 too
        return None if math.isnan(value) else float(value)
    if hasattr(value, "to_pydatetime"):  # pandas.Timestamp
        return value.to_pydatetime().date()
    if not isinstance(value, (str, bytes)) and hasattr(value, "item"):  # other numpy scalars
        return value.item()
    return value


def _int(value: Any) -> int | None:
    value = _scalar(value)
    return None if value is None else int(value)


def _date(value: Any) -> dt.date | None:
    value = _scalar(value)
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _items(value: Any) -> list[Mapping[str, Any]]:
    """The dicts of a list column (a list, tuple or numpy array, as Parquet gives it back)."""
    if value is None or isinstance(value, (float, str)):
        return []
    return list(value)


def _span_of(text: str, row: Mapping[str, Any], prefix: str) -> Span | None:
    start, end = _int(row.get(f"{prefix}_start")), _int(row.get(f"{prefix}_end"))
    if start is None or end is None:
        return None
    return Span.of(text, start, end)


def _enum(kind: type[Any], value: Any) -> Any:
    value = _scalar(value)
    return None if value is None else kind(value)


def _opt_count(text: str, row: Mapping[str, Any], prefix: str) -> Count | None:
    low, high = _int(row[f"{prefix}_min"]), _int(row[f"{prefix}_max"])
    if low is None and high is None:
        return None
    return Count(low, high, span=_span_of(text, row, f"{prefix}_span"))


def _actor_fields(text: str, row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": row["name"],
        "type": _enum(ActorType, row.get("type")),
        "anonymous": bool(_scalar(row.get("anonymous"))),
        "normalized_name": _scalar(row.get("normalized_name")),
        "english_name": _scalar(row.get("english_name")),
        "span": _span_of(text, row, "span"),
    }


def _float(value: Any) -> float | None:
    value = _scalar(value)
    return None if value is None else float(value)


def _location_from(text: str, item: Mapping[str, Any]) -> Location:
    return Location(
        item["name"],
        span=_span_of(text, item, "span"),
        admin1=_scalar(item.get("admin1")),
        admin2=_scalar(item.get("admin2")),
        country=_scalar(item.get("country")),
        latitude=_float(item.get("latitude")),
        longitude=_float(item.get("longitude")),
        precision=_enum(GeoPrecision, item.get("precision")),
        geonames_id=_int(item.get("geonames_id")),
        english_name=_scalar(item.get("english_name")),
    )


def _incident_from(text: str, row: Mapping[str, Any], actors: Sequence[Mapping[str, Any]]) -> Incident:
    def ordered(*roles: str) -> list[Mapping[str, Any]]:
        return sorted((a for a in actors if a["role"] in roles), key=lambda a: _int(a["position"]) or 0)

    participants = [
        Participant(role=Role(a["role"]), **_actor_fields(text, a)) for a in ordered("perpetrator", "target")
    ]
    claimants = [Actor(**_actor_fields(text, a)) for a in ordered("claimant")]
    start, end = _date(row["date_start"]), _date(row["date_end"])
    return Incident(
        EventType(row["event_type"]),
        SubEventType(row["sub_event_type"]),
        date=DateRange(
            start, end, _enum(DatePrecision, row["date_precision"]), span=_span_of(text, row, "date_span")
        ),
        locations=[_location_from(text, item) for item in _items(row["locations"])],
        country=_scalar(row["country"]),
        actors=participants,
        weapons=[Weapon(w["name"], span=_span_of(text, w, "span")) for w in _items(row["weapons"])],
        casualties=Casualties(_opt_count(text, row, "killed"), _opt_count(text, row, "injured")),
        responsibility=Responsibility(ResponsibilityStatus(row["responsibility"]), claimants),
        main=bool(_scalar(row["main"])),
        trigger=_span_of(text, row, "trigger"),
        evidence=[Span.of(text, int(e["start"]), int(e["end"])) for e in _items(row["evidence"])],
        confidence=float(row["confidence"]),
        reasons=[_reason_from(text, r) for r in _items(row["reasons"])] if "reasons" in row else (),
    )


def _reason_from(text: str, item: Mapping[str, Any]) -> Reason:
    start, end = _scalar(item.get("start")), _scalar(item.get("end"))
    span = None if start is None or end is None else Span.of(text, int(start), int(end))
    return Reason(str(item["field"]), str(item["value"]), str(item["rule"]), span=span)


def _claim_from(text: str, row: Mapping[str, Any], speaker: Mapping[str, Any] | None) -> Claim:
    cue = _span_of(text, row, "cue")
    if cue is None:
        raise InvalidArgumentError(f"claim {row['claim']} of {row['doc_id']!r} has no cue offsets")
    return Claim(
        cue,
        _span_of(text, row, "content"),
        speaker=None if speaker is None else Actor(**_actor_fields(text, speaker)),
        kind=ClaimKind(row["kind"]),
        anonymous=bool(_scalar(row["anonymous"])),
        incident=_number_to_index(row["incident"]),
    )


def _number_to_index(value: Any) -> int | None:
    """The tables count from 1, the models from 0."""
    number = _int(value)
    return None if number is None else number - 1


def _records(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    return [] if frame is None else list(frame.to_dict("records"))


def _by_doc(rows: Iterable[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: _int(r[key]) or 0):
        grouped[str(row["doc_id"])].append(row)
    return grouped


def from_pandas(
    documents: pd.DataFrame | Tables,
    incidents: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    actors: pd.DataFrame | None = None,
) -> list[Document]:
    """Rebuild documents from the tables :func:`to_pandas` made.

    ``from_pandas(to_pandas(docs)) == list(docs)``. Pass the :class:`Tables`, or
    the tables one by one; a missing table means "nothing of that kind" (a
    document without its ``claims`` table comes back without claims).

    Args:
        documents: The ``documents`` table (it holds the text every span points
            into, so it is required), or a whole :class:`Tables`.
        incidents: The ``incidents`` table.
        claims: The ``claims`` table.
        actors: The ``actors`` table; without it, incidents and claims come back
            without actors, claimants and speakers.

    Raises:
        OffsetError: If an offset does not fit the document's text.
        InvalidArgumentError: If a value is not valid for its field, or two
            documents share an id (rows are matched to documents by ``doc_id``).
        KeyError: If a required column is missing.

    .. versionadded:: 0.1.0
    """
    if isinstance(documents, Tables):
        documents, incidents, claims, actors = documents
    incident_rows = _by_doc(_records(incidents), "incident")
    claim_rows = _by_doc(_records(claims), "claim")
    actor_rows: dict[tuple[str, str, int], list[dict[str, Any]]] = defaultdict(list)
    for row in _records(actors):
        where = "incident" if _int(row["incident"]) is not None else "claim"
        actor_rows[str(row["doc_id"]), where, _int(row[where]) or 0].append(row)
    rows = _records(documents)
    twice = sorted(i for i, n in Counter(str(row["doc_id"]) for row in rows).items() if n > 1)
    if twice:
        raise InvalidArgumentError(f"document ids must be unique to be rebuilt; repeated: {twice[:5]}")
    out = []
    for row in rows:
        doc_id, text = str(row["doc_id"]), row["text"]
        found_incidents = [
            _incident_from(text, r, actor_rows.get((doc_id, "incident", _int(r["incident"]) or 0), []))
            for r in incident_rows.get(doc_id, [])
        ]
        found_claims = [
            _claim_from(
                text, r, next(iter(actor_rows.get((doc_id, "claim", _int(r["claim"]) or 0), [])), None)
            )
            for r in claim_rows.get(doc_id, [])
        ]
        out.append(
            Document(
                doc_id,
                text,
                published=_date(row["published"]),
                incidents=found_incidents,
                claims=found_claims,
                failures=[ExtractorFailure(f["extractor"], f["message"]) for f in _items(row["failures"])],
                lexicons=[LexiconVersion(v["name"], v["version"]) for v in _items(row.get("lexicons"))],
                schema_version=row["schema_version"],
            )
        )
    return out


# --- Parquet -------------------------------------------------------------------------


def to_parquet(
    docs: Document | Iterable[Document] | Tables, directory: str | os.PathLike[str]
) -> dict[str, Path]:
    """Write the four tables as Parquet files into ``directory`` (created if needed).

    The files are ``documents.parquet``, ``incidents.parquet``,
    ``claims.parquet`` and ``actors.parquet``; :func:`read_parquet` reads them back.

    Args:
        docs: Documents, or :class:`Tables` already made by :func:`to_pandas`.
        directory: Where to write.

    Returns:
        The path of each file, by table name.

    Raises:
        OptionalDependencyError: If pandas or pyarrow is not installed.

    .. versionadded:: 0.1.0
    """
    tables = docs if isinstance(docs, Tables) else to_pandas(docs)
    _require("pyarrow")
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, frame in zip(TABLES, tables, strict=True):
        paths[name] = target / f"{name}.parquet"
        frame.to_parquet(paths[name], engine="pyarrow", index=False)
    return paths


def read_parquet(directory: str | os.PathLike[str]) -> Tables:
    """Read the tables :func:`to_parquet` wrote; pass the result to :func:`from_pandas`.

    Raises:
        OptionalDependencyError: If pandas or pyarrow is not installed.
        FileNotFoundError: If one of the four files is missing.

    .. versionadded:: 0.1.0
    """
    pd = _require("pandas")
    _require("pyarrow")
    source = Path(directory)
    frames = [pd.read_parquet(source / f"{name}.parquet", engine="pyarrow") for name in TABLES]
    return Tables(*frames)


# --- ACLED's export ------------------------------------------------------------------


def to_acled(
    docs: Document | Iterable[Document],
    *,
    source: str | Callable[[Document], str | None] | None = None,
    source_scale: str | None = None,
    timestamp: int | None = None,
) -> pd.DataFrame:
    """ACLED's export as a DataFrame: one row per incident, the columns of the CSV format.

    ACLED's 31 columns come first, in ACLED's order, then ours
    (:data:`urdu_events.serialize.acled.COLUMNS`); whole numbers are nullable
    ``Int64``, coordinates ``float64`` (:data:`urdu_events.serialize.acled.DTYPES`).
    Unlike the CSV, cells are not escaped against spreadsheet formulas: escape
    them (:func:`urdu_events.serialize.acled.neutralise_formula`) before
    writing a spreadsheet from the frame.

    Args:
        docs: A document or several (any iterable; read once).
        source: The outlet, for the ``source`` column: a name, or a function of
            the document.
        source_scale: ACLED's ``source_scale`` for every row (default: known
            outlets only).
        timestamp: The ``timestamp`` column (default: now).

    Raises:
        OptionalDependencyError: If pandas is not installed.

    .. versionadded:: 0.2.0
    """
    from .serialize.acled import COLUMNS, DTYPES, AcledExport

    pd = _require("pandas")
    items = [docs] if isinstance(docs, Document) else docs
    export = AcledExport(source=source, source_scale=source_scale, timestamp=timestamp)
    frame = pd.DataFrame(list(export.rows(items)), columns=list(COLUMNS))
    return frame.astype(DTYPES)


def to_acled_parquet(
    docs: Document | Iterable[Document] | pd.DataFrame,
    path: str | os.PathLike[str],
    **options: Any,
) -> Path:
    """Write :func:`to_acled`'s table as one Parquet file; returns its path.

    Args:
        docs: Documents, or a frame :func:`to_acled` already made.
        path: The file to write (its folder is created if needed).
        options: ``source``, ``source_scale`` and ``timestamp``, as for :func:`to_acled`.

    Raises:
        OptionalDependencyError: If pandas or pyarrow is not installed.

    .. versionadded:: 0.2.0
    """
    pd = _require("pandas")
    frame = docs if isinstance(docs, pd.DataFrame) else to_acled(docs, **options)
    _require("pyarrow")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(target, engine="pyarrow", index=False)
    return target


# --- extraction, one partition at a time ---------------------------------------------

#: The columns of :func:`extract_partition`'s result, with their pandas dtypes
#: (Dask's ``meta``; for Spark's ``mapInPandas`` schema see ``docs/scale.md``).
EXTRACTED_COLUMNS: dict[str, str] = {
    "doc_id": _OBJ,
    "document": _OBJ,
    "incidents": _INT,
    "claims": _INT,
    "failures": _INT,
    "error": _OBJ,
}


def _extracted_row(result: Document | RecordError, doc_id: str) -> dict[str, Any]:
    from .serialize.json import dumps  # builds the cattrs converter: only when needed

    if isinstance(result, RecordError):
        return {"doc_id": doc_id if result.id is None else result.id, "error": result.message}
    return {
        "doc_id": result.id,
        "document": dumps(result),
        "incidents": len(result.incidents),
        "claims": len(result.claims),
        "failures": len(result.failures),
    }


def extract_partition(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    extractors: Sequence[Any] | None = None,
    pipeline: Pipeline | None = None,
) -> pd.DataFrame:
    """Extract from every row of a pandas DataFrame; one result row per input row.

    Meant for frameworks that hand pandas DataFrames to a function one
    partition at a time: Dask (``ddf.map_partitions``, or
    :func:`urdu_events.dask.extract_frame`, which does it for you) and Spark
    (``mapInPandas``; see the recipe in ``docs/scale.md``). It works as well on
    any single DataFrame.

    Each row is a record as :func:`urdu_events.batch.extract_many` reads it:
    the text is required, the ID and the publication date are optional (a
    missing column or value is allowed). A row without an ID is named after
    its index label, so a whole DataFrame with the default ``RangeIndex`` gives
    the IDs ``extract_many`` gives its records. Missing values (``None``,
    ``NaN``, ``NA``, ``NaT``) count as absent; a ``Timestamp`` publication
    date is taken as its day. A row that cannot be processed (no text, a bad
    date) is reported in the ``error`` column and does not stop the others.

    The result has the input's index, so it lines up with the input rows
    (``frame.join(extract_partition(frame))``), and the columns of
    :data:`EXTRACTED_COLUMNS`:

    ``doc_id``
        the document's ID (for a failed row, the ID it would have had);
    ``document``
        the Document JSON (:func:`urdu_events.serialize.json.dumps`; read it
        back with :func:`urdu_events.serialize.json.loads`), missing for a
        failed row;
    ``incidents``, ``claims``
        how many were found;
    ``failures``
        how many extractors failed on the document (it is then partial; see
        :attr:`Document.failures <urdu_events.models.Document.failures>`);
    ``error``
        why the row could not be processed, else missing.

    Args:
        frame: The rows.
        text_column: The column of texts.
        id_column: The column of document IDs, if the frame has it; ``None``
            to name every document after its index label.
        published_column: The column of publication dates (dates, timestamps
            or ISO strings), if the frame has it; ``None`` to ignore it.
        extractors: Extractor names (or picklable extractors); ``None`` for the
            default pipeline. A pipeline of names is built once per process
            and reused by every later call.
        pipeline: A :class:`~urdu_events.Pipeline` to use instead (it is
            pickled with the task when the call runs elsewhere).

    Raises:
        InvalidArgumentError: If ``text_column`` is not a column of ``frame``.
        ExtractorNotFoundError: If an extractor name is not registered.
        OptionalDependencyError: If pandas is not installed.

    .. versionadded:: 0.1.0
    """
    pd = _require("pandas")
    if text_column not in frame.columns:
        raise InvalidArgumentError(
            f"the frame has no column {text_column!r} (text_column); it has {list(frame.columns)!r}"
        )
    run = pipeline if pipeline is not None else _shared_pipeline(extractors)
    fields = {"text": text_column, "id": id_column, "published": published_column}
    used = {key: column for key, column in fields.items() if column is not None and column in frame.columns}
    columns = [frame[column] for column in used.values()]
    rows = []
    for position, (label, *values) in enumerate(zip(frame.index, *columns, strict=True)):
        record = {key: _scalar(value) for key, value in zip(used, values, strict=True)}
        default_id = str(_scalar(label))
        rows.append(_extracted_row(_process(run, position, record, default_id), default_id))
    return pd.DataFrame(
        {
            name: pd.Series([row.get(name) for row in rows], dtype=dtype, index=frame.index)
            for name, dtype in EXTRACTED_COLUMNS.items()
        }
    )
