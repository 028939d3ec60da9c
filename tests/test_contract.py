"""The data contract at the edges: typed findings and documents, plain JSON out, only our errors in."""

from __future__ import annotations

import json
from typing import Any

import cattrs
import pytest

from urdu_events import (
    Claim,
    ClaimKind,
    Document,
    EventType,
    Findings,
    Incident,
    InvalidArgumentError,
    InvalidDocumentError,
    Pipeline,
    SchemaVersionError,
    Span,
    SubEventType,
    extract,
)
from urdu_events.serialize import document_from_dict, document_to_dict
from urdu_events.serialize.json import loads
from urdu_events.testing import FakeExtractor

TEXT = "کوہاٹ میں دھماکے سے دو راہگیر زخمی ہو گئے۔ ترجمان نے کہا کہ ملزمان جلد پکڑے جائیں گے۔"
PLAIN = (dict, list, str, int, float, bool, type(None))


def _plain(value: Any, path: str = "$") -> list[str]:
    """The paths of every value that is not exactly a plain JSON type (a str subclass counts as not plain)."""
    if type(value) not in PLAIN:
        return [f"{path}: {type(value).__name__}"]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _plain(k, path) + _plain(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _plain(v, f"{path}[{i}]")]
    return []


@pytest.fixture(scope="module")
def doc() -> Document:
    found = extract(TEXT, published="2024-05-02", doc_id="c1")
    assert found.incidents and found.claims
    return found


class TestTypedItems:
    @pytest.mark.parametrize("field", ["incidents", "claims"])
    def test_findings_reject_other_items(self, field: str) -> None:
        """Findings(incidents=["x"]) and Findings(claims=[42]) cannot be built."""
        with pytest.raises(InvalidArgumentError, match=rf"Findings\.{field}\[0\] must be"):
            Findings(**{field: ["x" if field == "incidents" else 42]})

    @pytest.mark.parametrize("field", ["incidents", "claims", "failures"])
    def test_document_rejects_other_items(self, field: str) -> None:
        """Document(incidents=["junk"]) and the like cannot be built."""
        with pytest.raises(InvalidArgumentError, match=rf"Document\.{field}\[0\] must be"):
            Document("d", "متن", **{field: ["junk"]})

    def test_document_rejects_a_non_string_text(self) -> None:
        """A Document's id and text are strings."""
        with pytest.raises(InvalidArgumentError, match=r"Document\.text"):
            Document("d", 42)  # type: ignore[arg-type]

    def test_extractor_building_bad_findings_is_an_extractor_failure(self) -> None:
        """An extractor whose Findings hold a non-claim fails on its own; the pipeline carries on."""
        bad = FakeExtractor("bad", lambda _d: Findings(claims=[42]))  # type: ignore[list-item]
        doc = Pipeline([bad, "claims"]).extract(TEXT, doc_id="d")
        assert ["bad"] == [f.extractor for f in doc.failures]
        assert doc.claims

    @pytest.mark.parametrize("exc", [SystemExit(3), GeneratorExit(), BaseException("odd")])
    def test_base_exceptions_from_a_plugin_are_failures(self, exc: BaseException) -> None:
        """SystemExit (any BaseException but KeyboardInterrupt) from an extractor is a recorded failure."""

        def boom(_doc: Document) -> Findings:
            raise exc

        doc = Pipeline([FakeExtractor("boom", boom), "claims"]).extract(TEXT, doc_id="d")
        assert ["boom"] == [f.extractor for f in doc.failures]
        assert type(exc).__name__ in doc.failures[0].message

    def test_keyboard_interrupt_still_stops_the_run(self) -> None:
        """Ctrl-C inside an extractor is not swallowed."""

        def interrupted(_doc: Document) -> Findings:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            Pipeline([FakeExtractor("ctrl-c", interrupted)]).extract(TEXT)

    def test_valid_items_still_work(self) -> None:
        """Real incidents and claims pass the checks."""
        span = Span.of(TEXT, 10, 16)
        incident = Incident(EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.REMOTE_EXPLOSIVE, trigger=span)
        claim = Claim(span, span, kind=ClaimKind.STATEMENT)
        assert (incident,) == Document("d", TEXT, incidents=[incident], claims=[claim]).incidents


class TestPlainJson:
    def test_document_to_dict_has_only_plain_types(self, doc: Document) -> None:
        """Enums become their values: every value is exactly a dict, list, str, int, float, bool or None."""
        data = document_to_dict(doc)
        assert [] == _plain(data)
        assert "Explosions/Remote violence" == data["incidents"][0]["event_type"]
        assert json.loads(json.dumps(data)) == data

    def test_extract_bag_as_dict_has_only_plain_types(self) -> None:
        """extract_bag(as_dict=True) gives the same plain objects."""
        pytest.importorskip("dask", reason="the dask extra is not installed")
        import dask
        import dask.bag as db

        from urdu_events.dask import extract_bag

        with dask.config.set(scheduler="synchronous"):
            (data,) = extract_bag(db.from_sequence([{"id": "b", "text": TEXT}]), as_dict=True).compute()
        assert [] == _plain(data)
        json.dumps(data)


class TestLoaderErrors:
    @pytest.mark.parametrize("version", ["².0", "1" * 5000 + ".0", "١.0", " 1.0", "1", 1.0])
    def test_malformed_schema_version(self, doc: Document, version: object) -> None:
        """Odd digits and overlong or unparsable versions are a SchemaVersionError, not a bare ValueError."""
        data = {**document_to_dict(doc), "schema_version": version}
        with pytest.raises(SchemaVersionError):
            document_from_dict(data)

    @pytest.mark.parametrize("value", [{}, "", "abc", 0])
    @pytest.mark.parametrize("field", ["incidents", "claims"])
    def test_a_list_field_that_is_not_a_list(self, doc: Document, field: str, value: object) -> None:
        """ "incidents": {} or "" is a structure error naming the field, not silently empty."""
        data = {**document_to_dict(doc), field: value}
        with pytest.raises(cattrs.ClassValidationError) as info:
            document_from_dict(data)
        assert any(f"@ $.{field}" in m for m in cattrs.transform_error(info.value)), info.value

    def test_a_nested_list_field_that_is_not_a_list(self, doc: Document) -> None:
        """The check reaches nested lists too, with the full path."""
        data = document_to_dict(doc)
        data["incidents"][0]["locations"] = {}
        with pytest.raises(cattrs.ClassValidationError) as info:
            document_from_dict(data)
        assert any("@ $.incidents[0].locations" in m for m in cattrs.transform_error(info.value))

    @pytest.mark.parametrize(
        "data",
        [
            b"\xff\xfe not utf-8",
            "[" * 100_000,
            '{"id": "x", "n": ' + "9" * 5000 + "}",
            "not json",
            "[]",
        ],
    )
    def test_loads_raises_only_our_error(self, data: str | bytes) -> None:
        """serialize.json.loads turns every unreadable input into InvalidDocumentError."""
        with pytest.raises(InvalidDocumentError):
            loads(data)

    def test_round_trip_still_works(self, doc: Document) -> None:
        """A real document still loads back equal."""
        assert doc == loads(json.dumps(document_to_dict(doc)))
