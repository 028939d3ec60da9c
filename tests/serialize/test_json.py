"""Tests for Document JSON and JSON Lines."""

from __future__ import annotations

import io
import json

import cattrs
import pytest
from hypothesis import given

from urdu_events import Document, SchemaVersionError
from urdu_events.serialize import document_from_dict, document_to_dict, make_converter
from urdu_events.serialize.json import JsonLinesSerializer, JsonSerializer, LineError, iter_jsonl, loads
from urdu_events.testing import strategies as ues
from urdu_events.testing.strategies import (
    actors,
    casualties,
    counts,
    date_ranges,
    incidents,
    locations,
    participants,
    responsibilities,
    weapons,
)


class TestRoundTrip:
    @given(ues.documents())
    def test_documents_round_trip_through_json(self, doc: Document) -> None:
        """structure(unstructure(doc)) == doc, via a JSON string."""
        assert doc == loads(json.dumps(document_to_dict(doc)))

    @pytest.mark.parametrize(
        ("strategy", "cls"),
        [
            (counts(), "Count"),
            (date_ranges(), "DateRange"),
            (locations(), "Location"),
            (actors(), "Actor"),
            (participants(), "Participant"),
            (weapons(), "Weapon"),
            (casualties(), "Casualties"),
            (responsibilities(), "Responsibility"),
            (incidents(), "Incident"),
        ],
    )
    def test_every_model_round_trips(self, strategy: object, cls: str) -> None:
        """Each model survives unstructure → JSON → structure unchanged."""
        import urdu_events

        conv = make_converter()
        model = getattr(urdu_events, cls)

        @given(strategy)  # type: ignore[misc]
        def check(obj: object) -> None:
            assert obj == conv.structure(json.loads(json.dumps(conv.unstructure(obj))), model)

        check()


class TestKeys:
    @given(ues.documents(min_size=1))
    def test_guideline_keys_are_present(self, doc: Document) -> None:
        """Incidents and claims carry the keys GUIDELINES.md names."""
        data = document_to_dict(doc)
        for inc in data["incidents"]:
            assert set(inc) >= {
                "event_type",
                "sub_event_type",
                "date",
                "locations",
                "country",
                "actors",
                "weapons",
                "casualties",
                "responsibility",
                "main",
            }
            assert set(inc["casualties"]) == {"killed", "injured"}
            assert all({"name", "role"} <= set(a) for a in inc["actors"])
        for claim in data["claims"]:
            assert set(claim) >= {"speaker", "cue", "content", "kind", "anonymous"}


class TestLoadingErrors:
    def test_wrong_type_names_the_field(self) -> None:
        """A number where text belongs is reported with its path."""
        with pytest.raises(cattrs.errors.ClassValidationError) as info:
            document_from_dict({"id": "a", "text": 5})
        assert any("$.text" in m for m in cattrs.transform_error(info.value))

    def test_bad_enum_names_the_field(self) -> None:
        """An unknown event type is reported at its path inside incidents."""
        data = {"id": "a", "text": "x", "incidents": [{"event_type": "War", "sub_event_type": "Attack"}]}
        with pytest.raises(cattrs.errors.ClassValidationError) as info:
            document_from_dict(data)
        assert any("$.incidents[0].event_type" in m for m in cattrs.transform_error(info.value))

    def test_unknown_keys_kept_quiet_or_rejected(self) -> None:
        """Extra keys are ignored by default and rejected on request."""
        data = {"id": "a", "text": "x", "title": "t"}
        assert "a" == document_from_dict(data).id
        with pytest.raises(cattrs.errors.ClassValidationError):
            document_from_dict(data, forbid_extra_keys=True)

    def test_newer_major_version_is_refused(self) -> None:
        """A document from schema 2.x cannot be read by 1.x."""
        with pytest.raises(SchemaVersionError, match="upgrade"):
            document_from_dict({"id": "a", "text": "x", "schema_version": "2.0"})

    def test_bad_jsonl_line_is_numbered_and_the_rest_loads(self) -> None:
        """With skip_errors the bad line is reported by number and the others load."""
        good = json.dumps(document_to_dict(Document("a", "متن")), ensure_ascii=False)
        stream = io.StringIO(f"{good}\nnot json\n\n{good}\n")
        results = list(iter_jsonl(stream, skip_errors=True))
        assert [Document, LineError, Document] == [type(r) for r in results]
        assert 2 == results[1].line  # type: ignore[union-attr]


class TestSerializers:
    @given(ues.documents())
    def test_jsonl_writes_one_line_per_document(self, doc: Document) -> None:
        """jsonl writes a line per document that loads back to it."""
        out = io.StringIO()
        assert 2 == JsonLinesSerializer().dump([doc, doc], out)
        lines = out.getvalue().splitlines()
        assert [doc, doc] == [loads(line) for line in lines]

    def test_json_writes_an_array(self) -> None:
        """json writes a JSON array, empty when there are no documents."""
        out = io.StringIO()
        JsonSerializer().dump([], out)
        assert [] == json.loads(out.getvalue())
        out = io.StringIO()
        JsonSerializer().dump([Document("a", "متن"), Document("b", "")], out)
        assert ["a", "b"] == [d["id"] for d in json.loads(out.getvalue())]

    def test_urdu_is_written_readably(self) -> None:
        """Urdu characters are not escaped."""
        out = io.StringIO()
        JsonLinesSerializer().dump([Document("a", "متن")], out)
        assert "متن" in out.getvalue()
