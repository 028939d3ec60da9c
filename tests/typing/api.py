"""Real usage of the public API, type-checked with ``mypy --strict`` (not run by pytest)."""

from __future__ import annotations

import datetime as dt
import io

import urdu_events
from urdu_events import Count, Document, Findings, Incident, InvalidDocumentError, Pipeline, Role
from urdu_events.batch import RecordError, extract_many
from urdu_events.registry import select_plugins
from urdu_events.serialize import document_from_dict, document_to_dict, make_converter
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

# Robustness options (issue 15): timeouts in batches, plugin selection, load errors.
results: list[Document | RecordError] = list(extract_many(["متن"], timeout=2.5))
select_plugins(only=["acme-lexicons"], skip=["acme-broken"])
try:
    loads("[]")
except InvalidDocumentError as load_error:
    reason: str = str(load_error)
