"""A flat CSV with ACLED's column names, one row per incident.

The columns are ACLED's (``event_id_cnty``, ``event_date``, ``event_type``,
``actor1``, ``fatalities``, …) plus ``injured`` and a few of ours that ACLED
has no column for (``event_date_end``, ``main``, ``responsibility``,
``weapons``, ``doc_id``). Two deliberate differences from ACLED's export:
``country`` holds the ISO 3166-1 alpha-2 code (not the English name), and
``fatalities``/``injured`` hold the *lower bound* of the range (ACLED's
conservative figure), with the upper bounds in ``fatalities_max``/``injured_max``.
Documents with no incidents produce no rows.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

import attrs

from ..models import ActorType, Count, DatePrecision, Document, Incident, Participant

__all__ = ["COLUMNS", "CsvSerializer", "incident_row"]

#: Column names, in order.
COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "event_date_end",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "fatalities_max",
    "injured",
    "injured_max",
    "responsibility",
    "claimants",
    "weapons",
    "main",
    "doc_id",
)

_TIME_PRECISION = {DatePrecision.DAY: 1, DatePrecision.WEEK: 2}


def _bounds(count: Count | None) -> tuple[str, str]:
    if count is None:
        return "", ""
    return (
        "" if count.min is None else str(count.min),
        "" if count.max is None else str(count.max),
    )


def _inter(actors: tuple[Participant, ...]) -> str:
    return str(actors[0].type.inter_code) if actors and actors[0].type else ""


def incident_row(doc: Document, index: int, incident: Incident) -> dict[str, str]:
    """The CSV row of one incident of ``doc``."""
    perps, targets = incident.perpetrators, incident.targets
    place = incident.locations[0] if incident.locations else None
    date = incident.date
    inter1, inter2 = _inter(perps), _inter(targets)
    killed, killed_max = _bounds(incident.casualties.killed)
    injured, injured_max = _bounds(incident.casualties.injured)
    return {
        "event_id_cnty": f"{doc.id}-{index + 1}",
        "event_date": date.start.isoformat() if date.start else "",
        "event_date_end": date.end.isoformat() if date.end else "",
        "year": str(date.start.year) if date.start else "",
        "time_precision": str(_TIME_PRECISION.get(date.precision, 3)) if date.precision else "",
        "event_type": incident.event_type.value,
        "sub_event_type": incident.sub_event_type.value,
        "actor1": perps[0].name if perps else "",
        "assoc_actor_1": "; ".join(a.name for a in perps[1:]),
        "inter1": inter1,
        "actor2": targets[0].name if targets else "",
        "assoc_actor_2": "; ".join(a.name for a in targets[1:]),
        "inter2": inter2,
        "interaction": "".join(sorted(x for x in (inter1, inter2) if x)),
        "civilian_targeting": "Civilian targeting"
        if any(a.type is ActorType.CIVILIANS for a in targets)
        else "",
        "country": incident.country or "",
        "admin1": place.admin1 or "" if place else "",
        "admin2": place.admin2 or "" if place else "",
        "location": "; ".join(loc.name for loc in incident.locations),
        "latitude": "" if place is None or place.latitude is None else str(place.latitude),
        "longitude": "" if place is None or place.longitude is None else str(place.longitude),
        "geo_precision": str(place.precision.acled_code) if place and place.precision else "",
        "source": doc.id,
        "notes": " … ".join(s.text for s in (incident.trigger, *incident.evidence) if s is not None),
        "fatalities": killed,
        "fatalities_max": killed_max,
        "injured": injured,
        "injured_max": injured_max,
        "responsibility": incident.responsibility.status.value,
        "claimants": "; ".join(a.name for a in incident.responsibility.claimants),
        "weapons": "; ".join(w.name for w in incident.weapons),
        "main": "true" if incident.main else "false",
        "doc_id": doc.id,
    }


@attrs.frozen
class CsvSerializer:
    """ACLED-style CSV, UTF-8.

    Args:
        bom: Start with a UTF-8 byte-order mark so that spreadsheet programs
            detect the encoding and show Urdu intact.
    """

    bom: bool = False
    name: str = attrs.field(default="csv", init=False)
    extension: str = attrs.field(default="csv", init=False)

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        """Write a header, then one row per incident; returns the number of documents."""
        if self.bom:
            out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        count = 0
        for doc in docs:
            writer.writerows(incident_row(doc, i, inc) for i, inc in enumerate(doc.incidents))
            count += 1
        return count
