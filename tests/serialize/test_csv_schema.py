"""Tests for the ACLED-style CSV and the JSON Schema."""

from __future__ import annotations

import csv
import datetime as dt
import io

import jsonschema
from hypothesis import given

from urdu_events import (
    ActorType,
    Casualties,
    Count,
    DateRange,
    Document,
    EventType,
    Incident,
    Location,
    Participant,
    Role,
    SubEventType,
)
from urdu_events.serialize import document_to_dict
from urdu_events.serialize.csv import COLUMNS, CsvSerializer
from urdu_events.serialize.schema import json_schema
from urdu_events.testing import strategies as ues

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _doc() -> Document:
    incident = Incident(
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        date=DateRange.day(dt.date(2024, 3, 7)),
        locations=[Location("مستونگ", country="PK", admin1="Balochistan", latitude=29.8, longitude=66.8)],
        country="PK",
        actors=[
            Participant("نامعلوم مسلح افراد", role=Role.PERPETRATOR, type=ActorType.EXTERNAL_OTHER),
            Participant("دکاندار", role=Role.TARGET, type=ActorType.CIVILIANS),
        ],
        casualties=Casualties(killed=Count(1), injured=Count(2, None)),
    )
    return Document("doc-1", "متن", incidents=[incident])


class TestCsv:
    def test_one_row_per_incident_with_acled_columns(self) -> None:
        """The header is COLUMNS and each incident is one row with ACLED values."""
        out = io.StringIO()
        CsvSerializer().dump([_doc(), Document("empty", "")], out)
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert list(COLUMNS) == list(rows[0])
        assert 1 == len(rows)
        row = rows[0]
        assert ("2024-03-07", "Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)") == (
            row["event_date"],
            row["sub_event_type"],
            row["actor1"],
            row["actor2"],
        )
        assert ("1", "2", "", "37", "Civilian targeting") == (
            row["fatalities"],
            row["injured_min"],
            row["injured_max"],
            row["interaction"],
            row["civilian_targeting"],
        )
        assert ("نامعلوم مسلح افراد", "دکاندار") == (row["perpetrators_ur"], row["targets_ur"])

    def test_bom_option(self) -> None:
        """bom=True starts the output with a byte-order mark; the default does not."""
        with_bom, without = io.StringIO(), io.StringIO()
        CsvSerializer(bom=True).dump([_doc()], with_bom)
        CsvSerializer().dump([_doc()], without)
        assert with_bom.getvalue().startswith("\ufeff")
        assert not without.getvalue().startswith("\ufeff")

    @given(ues.documents())
    def test_any_document_exports(self, doc: Document) -> None:
        """CSV export never fails and writes one row per incident."""
        out = io.StringIO()
        CsvSerializer().dump([doc], out)
        assert len(doc.incidents) == len(list(csv.DictReader(io.StringIO(out.getvalue()))))


class TestSchema:
    def test_schema_is_valid_json_schema(self) -> None:
        """The generated schema is itself valid draft 2020-12."""
        jsonschema.Draft202012Validator.check_schema(json_schema())

    @given(ues.documents())
    def test_every_document_validates(self, doc: Document) -> None:
        """Every generated document's JSON validates against the schema."""
        VALIDATOR.validate(document_to_dict(doc))

    def test_schema_rejects_a_bad_event_type(self) -> None:
        """An event type outside ACLED's list fails validation."""
        data = document_to_dict(_doc())
        data["incidents"][0]["event_type"] = "War"
        assert not VALIDATOR.is_valid(data)
