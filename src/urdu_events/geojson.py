"""GeoJSON (RFC 7946) of incidents that have coordinates; standard library only.

Every incident whose places include one with coordinates becomes a ``Feature``
with a ``Point`` at the first such place (places are listed most specific
first), so a map shows the incident at its most precise known position. The
``properties`` give the document, the incident's index in it, its types, dates,
places, actors, casualty ranges and the trigger; ``geo_precision`` says what the
point stands for (a town, or only a district, province or country).
Incidents without coordinates are left out.

>>> import json
>>> from urdu_events import Document, EventType, Incident, Location, SubEventType
>>> place = Location("کوئٹہ", latitude=30.18, longitude=66.99, country="PK")
>>> clash = Incident(EventType.BATTLES, SubEventType.ARMED_CLASH, locations=[place])
>>> doc = Document("d1", "…", incidents=[clash])
>>> feature_collection([doc])["features"][0]["geometry"]
{'type': 'Point', 'coordinates': [66.99, 30.18]}

:class:`GeoJsonSerializer` is the ``geojson`` output format
(``urdu-events extract ... --format geojson``); it streams, one feature at a time.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import attrs

from .models import Count, Document, Incident, Location

__all__ = ["GeoJsonSerializer", "feature_collection", "incident_feature", "iter_features"]


def _bounds(prefix: str, count: Count | None) -> dict[str, int | None]:
    if count is None:
        return {f"{prefix}_min": None, f"{prefix}_max": None}
    return {f"{prefix}_min": count.min, f"{prefix}_max": count.max}


def _place(incident: Incident) -> Location | None:
    return next((loc for loc in incident.locations if loc.latitude is not None), None)


def incident_feature(doc: Document, index: int, incident: Incident) -> dict[str, Any] | None:
    """The GeoJSON ``Feature`` of one incident of ``doc``, or ``None`` without coordinates.

    Args:
        doc: The document the incident belongs to.
        index: The incident's index in ``doc.incidents``.
        incident: The incident.
    """
    place = _place(incident)
    if place is None or place.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": f"{doc.id}-{index + 1}",
        "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
        "properties": {
            "doc_id": doc.id,
            "incident": index,
            "event_type": incident.event_type.value,
            "sub_event_type": incident.sub_event_type.value,
            "date_start": incident.date.start and incident.date.start.isoformat(),
            "date_end": incident.date.end and incident.date.end.isoformat(),
            "location": place.name,
            "english_name": place.english_name,
            "admin1": place.admin1,
            "admin2": place.admin2,
            "country": place.country or incident.country,
            "geo_precision": place.precision and place.precision.value,
            "geonames_id": place.geonames_id,
            "locations": [loc.name for loc in incident.locations],
            "perpetrators": [a.name for a in incident.perpetrators],
            "targets": [a.name for a in incident.targets],
            **_bounds("killed", incident.casualties.killed),
            **_bounds("injured", incident.casualties.injured),
            "weapons": [w.name for w in incident.weapons],
            "responsibility": incident.responsibility.status.value,
            "main": incident.main,
            "trigger": incident.trigger and incident.trigger.text,
        },
    }


def iter_features(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """Yield the features of every incident with coordinates, document by document."""
    for doc in docs:
        for index, incident in enumerate(doc.incidents):
            feature = incident_feature(doc, index, incident)
            if feature is not None:
                yield feature


def feature_collection(docs: Document | Iterable[Document]) -> dict[str, Any]:
    """A GeoJSON ``FeatureCollection`` of the incidents of ``docs`` that have coordinates."""
    items = [docs] if isinstance(docs, Document) else docs
    return {"type": "FeatureCollection", "features": list(iter_features(items))}


@attrs.frozen
class GeoJsonSerializer:
    """The ``geojson`` format: one FeatureCollection, written as documents arrive.

    Args:
        indent: Indentation of each feature; ``None`` (the default) puts one
            feature on each line.
    """

    indent: int | None = None
    name: str = attrs.field(default="geojson", init=False)
    extension: str = attrs.field(default="geojson", init=False)

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        """Write the incidents of ``docs`` that have coordinates; returns the number of documents."""
        count = 0
        written = 0
        out.write('{"type": "FeatureCollection", "features": [')
        for doc in docs:
            count += 1
            for feature in iter_features([doc]):
                out.write(",\n" if written else "\n")
                out.write(json.dumps(feature, ensure_ascii=False, indent=self.indent))
                written += 1
        out.write("\n]}\n" if written else "]}\n")
        return count
