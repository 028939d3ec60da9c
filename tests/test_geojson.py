"""GeoJSON export of incidents with coordinates: the features, the streaming format, the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from urdu_events import (
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
from urdu_events.cli import run
from urdu_events.geojson import GeoJsonSerializer, feature_collection, incident_feature
from urdu_events.serialize.formats import get_serializer

REPO = Path(__file__).resolve().parents[1]
QUETTA = Location("کوئٹہ", latitude=30.18, longitude=66.99, country="PK", english_name="Quetta")
NOWHERE = Location("گاؤں")


def _doc() -> Document:
    located = Incident(
        EventType.BATTLES,
        SubEventType.ARMED_CLASH,
        date=DateRange.day(dt.date(2024, 3, 7)),
        locations=[NOWHERE, QUETTA],
        actors=[Participant("پولیس", role=Role.TARGET)],
        casualties=Casualties(killed=Count(2, 3)),
    )
    unlocated = Incident(EventType.PROTESTS, SubEventType.PEACEFUL_PROTEST, locations=[NOWHERE])
    return Document("d1", "متن", incidents=[unlocated, located])


class TestFeatures:
    def test_only_incidents_with_coordinates(self) -> None:
        """Incidents without coordinates are left out; the index still counts them."""
        features = feature_collection(_doc())["features"]
        assert [1] == [f["properties"]["incident"] for f in features]

    def test_point_is_longitude_then_latitude(self) -> None:
        """RFC 7946 puts longitude first, at the first place that has coordinates."""
        feature = incident_feature(_doc(), 1, _doc().incidents[1])
        assert feature is not None
        assert {"type": "Point", "coordinates": [66.99, 30.18]} == feature["geometry"]
        assert "کوئٹہ" == feature["properties"]["location"]

    def test_properties(self) -> None:
        """Properties carry the document, types, dates, actors and casualty ranges."""
        feature = incident_feature(_doc(), 1, _doc().incidents[1])
        assert feature is not None
        props = feature["properties"]
        assert ("d1", "Armed clash", "2024-03-07") == (
            props["doc_id"],
            props["sub_event_type"],
            props["date_start"],
        )
        assert (["پولیس"], 2, 3, None) == (
            props["targets"],
            props["killed_min"],
            props["killed_max"],
            props["injured_min"],
        )
        assert "d1-2" == feature["id"]

    def test_empty(self) -> None:
        """No documents give an empty FeatureCollection."""
        assert {"type": "FeatureCollection", "features": []} == feature_collection([])


class TestSerializer:
    def test_streamed_output_is_the_collection(self) -> None:
        """The streaming serializer writes exactly the FeatureCollection, as valid JSON."""
        out = io.StringIO()
        assert 2 == GeoJsonSerializer().dump([_doc(), Document("d2", "متن")], out)
        assert feature_collection([_doc()]) == json.loads(out.getvalue())

    def test_empty_output_is_valid(self) -> None:
        """With nothing to map, the output is still a valid FeatureCollection."""
        out = io.StringIO()
        GeoJsonSerializer(indent=2).dump([], out)
        assert {"type": "FeatureCollection", "features": []} == json.loads(out.getvalue())

    def test_registered_as_a_format(self) -> None:
        """geojson is a built-in output format."""
        serializer = get_serializer("geojson")
        assert ("geojson", "geojson") == (serializer.name, serializer.extension)

    def test_cli(self) -> None:
        """urdu-events extract --format geojson maps the example articles, Urdu unescaped."""
        out, err = io.StringIO(), io.StringIO()
        args = ["extract", str(REPO / "examples" / "articles.jsonl"), "--format", "geojson", "-q"]
        code = run(args, out, err)
        assert 0 == code, err.getvalue()
        collection = json.loads(out.getvalue())
        assert "FeatureCollection" == collection["type"]
        for feature in collection["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert "\\u" not in out.getvalue()
