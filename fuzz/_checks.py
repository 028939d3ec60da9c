"""The checks every fuzzing script makes of an extracted document (not part of CI)."""

from __future__ import annotations

from typing import Any

from urdu_events.models import Document, iter_spans
from urdu_events.serialize import document_from_dict, document_to_dict


def check_document(doc: Document, validator: Any, label: str = "") -> None:
    """Raise AssertionError unless every span points into the text and the JSON of
    ``doc`` validates with ``validator`` (a jsonschema validator of the document
    schema) and loads back equal."""
    prefix = f"{label}: " if label else ""
    for span in iter_spans((doc.incidents, doc.claims)):
        if doc.text[span.start : span.end] != span.text:
            raise AssertionError(f"{prefix}bad span {span}")
    as_json = document_to_dict(doc)
    validator.validate(as_json)
    if document_from_dict(as_json) != doc:
        raise AssertionError(f"{prefix}JSON round trip changed the document")
