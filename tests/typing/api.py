"""Real usage of the public API, type-checked with ``mypy --strict`` (not run by pytest)."""

from __future__ import annotations

import datetime as dt
import io

import urdu_events
from urdu_events import (
    Count,
    Document,
    Findings,
    Incident,
    InvalidDocumentError,
    LexiconError,
    LexiconVersion,
    Pipeline,
    Reason,
    Role,
)
from urdu_events.batch import RecordError, extract_many
from urdu_events.lexicons import Lexicon, json_schema
from urdu_events.lexicons.entries import LexiconEntry
from urdu_events.pipeline import document_warnings
from urdu_events.registry import select_plugins
from urdu_events.serialize import document_from_dict, document_to_dict, make_converter
from urdu_events.serialize.acled import ACLED_COLUMNS, AcledExport, neutralise_formula
from urdu_events.serialize.formats import get_serializer
from urdu_events.serialize.json import loads
from urdu_events.text import analyze


def killed_totals(doc: Document) -> list[int | None]:
    return [i.casualties.killed.min if i.casualties.killed else None for i in doc.incidents]


class KeywordExtractor:
    name = "keyword"

    def __call__(self, doc: Document, /) -> Findings:
        analyze(doc.text)
        return Findings()


doc: Document = urdu_events.extract("کراچی میں فائرنگ", published=dt.date(2024, 1, 1))
pipeline = Pipeline(["incidents", KeywordExtractor()])
again: Document = pipeline.extract("متن", doc_id="x")
incident: Incident
for incident in doc.incidents:
    perpetrators: list[str] = [a.name for a in incident.actors if a.role is Role.PERPETRATOR]
    at_least: Count | None = incident.casualties.killed
data = document_to_dict(doc)
loaded: Document = document_from_dict(data)
converter = make_converter(forbid_extra_keys=True)
out = io.StringIO()
written: int = get_serializer("jsonl").dump([doc], out)

# Lexicons: typed entries, their JSON Schemas, and the versions a document records.
words = Lexicon("acme", "weapons", "1", [{"term": "گرنیڈ"}])
from_file: Lexicon = Lexicon.from_path("acme-weapons.json")
typed: tuple[LexiconEntry, ...] | None = words.typed_entries
editor_schema: dict[str, object] = json_schema("weapons")
recorded: tuple[LexiconVersion, ...] = doc.lexicons
reported = Findings(lexicons=[words.version_info])
try:
    Lexicon("bad", "actors", "1", [{"term": "x", "stronk": True}])
except LexiconError as error:
    problems: tuple[str, ...] = error.problems
acled_csv: int = get_serializer("csv", source="BBC Urdu", escape_formulas=True).dump([doc], out)
export = AcledExport(source=lambda d: "Daily Jang" if d.id.startswith("jang") else None, timestamp=0)
interactions: list[int | None] = [row["interaction"] for row in export.rows([doc])]
header: tuple[str, ...] = ACLED_COLUMNS
safe: str = neutralise_formula("=1+1")
found: list[urdu_events.UrduEventsWarning] = document_warnings(doc)
undated: int = sum(w.unresolved for w in found if isinstance(w, urdu_events.UnresolvedDateWarning))
# Robustness options (issue 15): timeouts in batches, plugin selection, load errors.
results: list[Document | RecordError] = list(extract_many(["متن"], timeout=2.5))
select_plugins(only=["acme-lexicons"], skip=["acme-broken"])
try:
    loads("[]")
except InvalidDocumentError as load_error:
    reason: str = str(load_error)
# Why an incident has its values.
why: list[tuple[str, str]] = [(r.field, r.rule) for i in doc.incidents for r in i.reasons]
first_reason: Reason | None = (
    doc.incidents[0].reasons[0] if doc.incidents and doc.incidents[0].reasons else None
)
